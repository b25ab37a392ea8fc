"""Search snippets: a few words around the first match, with the matches marked.

Why not SQLite's snippet(): FTS5 scores every phrase position in the document, which took
over 30 seconds on a 1 MB entry with many matches. This is linear and stops at the window.
Words are compared the way the search index compares them: case-folded, without accents,
as prefixes of whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque

# Private-use characters mark matches; they never occur in typed text.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
ELLIPSIS = "…"
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Case-fold and drop accents, like the index's `remove_diacritics` tokenizer."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def query_words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def make_snippet(body: str, words: list[str], *, size: int = 16, before: int = 5) -> str:
    """About `size` words of `body` around the first word starting with any of `words`."""
    prefixes = tuple(w for w in words if w)
    lead: deque[re.Match[str]] = deque(maxlen=before)
    window: list[re.Match[str]] = []
    tokens = _WORD.finditer(body)
    for token in tokens:
        if prefixes and fold(token.group()).startswith(prefixes):
            window = [*lead, token]
            break
        lead.append(token)
    else:
        window = list(lead)[:size] if not prefixes else []
    if not window:  # the match was in the title only: show how the entry begins
        window = [t for _, t in zip(range(size), _WORD.finditer(body), strict=False)]
        if not window:
            return ""
    for token in tokens:
        if len(window) >= size:
            break
        window.append(token)
    start, end = window[0].start(), window[-1].end()
    pieces: list[str] = [ELLIPSIS] if start > 0 else []
    cursor = start
    for token in window:
        pieces.append(body[cursor : token.start()])
        if prefixes and fold(token.group()).startswith(prefixes):
            pieces.append(f"{MATCH_START}{token.group()}{MATCH_END}")
        else:
            pieces.append(token.group())
        cursor = token.end()
    if _WORD.search(body, end):
        pieces.append(ELLIPSIS)
    return " ".join("".join(pieces).split())


def split_highlights(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and the (start, end) spans of the matched words within it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = None
    length = 0
    for ch in snippet:
        if ch == MATCH_START:
            start = length
        elif ch == MATCH_END:
            if start is not None:
                spans.append((start, length))
            start = None
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), spans

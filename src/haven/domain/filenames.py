"""The names Haven suggests for files it saves: plain about what they are, or neutral.

Outside discreet mode a suggested name says what the file holds, so the person finds it
again: "summary-for-therapy-2026-12-03.pdf". In discreet mode the name says nothing about
Haven or what the file is for: it is built from the neutral name the person chose and the
date, "notes-2026-12-03.pdf". A file list, a "recent files" menu or a download bar then
shows nothing telling.

The name is only a suggestion in the save dialog: the person can change it. When a file of
that name is already in the folder, "-2", "-3"… is added, so two exports of the same day
(a summary and a partner page, which have the same neutral name) never ask to replace
each other.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Final

# kind -> (the plain name's start, the file's extension)
KINDS: Final[dict[str, tuple[str, str]]] = {
    "summary": ("summary-for-therapy", ".pdf"),
    "partner-page": ("page-for-my-partner", ".pdf"),
    "csv": ("check-ins-and-practices", ".csv"),
    "backup": ("journal-backup", ".db"),
    "markdown": ("haven-journal", ".zip"),
}
NEUTRAL_FALLBACK: Final = "notes"
_STEM_MAX = 40


def neutral_stem(name: str) -> str:
    """The discreet name as the start of a file name: lower case, words joined by "-".

    Letters and digits of any script are kept ("Notizen für mich" → "notizen-für-mich");
    everything else (spaces, slashes, dots, emoji) becomes one "-". A name with no letter
    or digit at all gives "notes".
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    parts: list[str] = []
    word: list[str] = []
    for ch in text:
        if ch.isalnum():
            word.append(ch)
        elif word:
            parts.append("".join(word))
            word = []
    if word:
        parts.append("".join(word))
    stem = "-".join(parts)[:_STEM_MAX].strip("-")
    return stem or NEUTRAL_FALLBACK


def suggested_name(
    kind: str,
    day: date,
    *,
    discreet_name: str | None = None,
    taken: Callable[[str], bool] = lambda _name: False,
) -> str:
    """The file name to offer for `kind` on `day`.

    `discreet_name` is the neutral name when discreet mode is on (None when it is off).
    `taken(name)` says whether a file of that name is already where it will be saved.
    """
    try:
        plain, extension = KINDS[kind]
    except KeyError:
        raise ValueError(f"Haven has no file name for {kind!r}.") from None
    start = neutral_stem(discreet_name) if discreet_name is not None else plain
    base = f"{start}-{day.isoformat()}"
    name = f"{base}{extension}"
    number = 2
    while taken(name) and number < 1000:
        name = f"{base}-{number}{extension}"
        number += 1
    return name

"""The Learn readings: short Markdown files in resources/learn/, read offline.

Each file starts with a small header between two `---` lines, then the reading itself:

    ---
    title: Triggers and reminders
    summary: One line that says what the reading is about.
    content_note: Touches on memories of harm.        (optional)
    order: 2
    sources:
    - NHS: Post-traumatic stress disorder | https://www.nhs.uk/... | checked 2026-12-03
    ---
    The reading, in Markdown: `##` headings, paragraphs, `-` lists.

The file's name (without `.md`) is the reading's id: the vault keeps the person's marks
under it and the "what is this?" links name it, so it never changes once shipped.
No Qt here, so the CLI and the tests read the same readings the window shows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from haven.resources import ResourceError, resource_dir

FOLDER = "learn"
_SOURCE = re.compile(
    r"^-\s*(?P<title>.+?)\s*\|\s*(?P<url>https?://\S+)\s*\|\s*checked\s+(?P<day>\S+)$"
)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str
    checked: date


@dataclass(frozen=True, slots=True)
class Reading:
    id: str
    title: str
    summary: str
    content_note: str
    order: int
    sources: tuple[Source, ...]
    body: str  # Markdown

    def plain_text(self) -> str:
        """The body as plain sentences: what word counts, reading grade and search use."""
        return plain_text(self.body)

    def matches(self, query: str) -> bool:
        """Every word of the query appears in the title, summary or body (any case)."""
        words = re.findall(r"\w+", query.casefold())
        haystack = f"{self.title} {self.summary} {self.plain_text()}".casefold()
        return all(word in haystack for word in words)


def plain_text(markdown: str) -> str:
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^#+\s*", "", line)  # headings
        line = re.sub(r"^\s*[-*]\s+", "", line)  # list markers
        line = re.sub(r"\*\*|__|\*|_|`", "", line)  # emphasis
        line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)  # links keep their words
        lines.append(line.strip())
    return "\n".join(lines).strip()


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*", text))


def parse(reading_id: str, text: str) -> Reading:
    """One reading from its file text; a malformed header raises ResourceError naming it."""
    where = f"The Learn reading {reading_id!r}"
    parts = text.split("---\n", 2)
    if len(parts) != 3 or parts[0].strip():
        raise ResourceError(f"{where} has no header between two '---' lines.")
    fields: dict[str, str] = {}
    sources: list[Source] = []
    in_sources = False
    for line in parts[1].splitlines():
        if not line.strip():
            continue
        if in_sources and line.lstrip().startswith("-"):
            found = _SOURCE.match(line.strip())
            if not found:
                raise ResourceError(f"{where} has a source line Haven cannot read: {line!r}")
            try:
                checked = date.fromisoformat(found["day"])
            except ValueError:
                raise ResourceError(f"{where} has a source without a checked date.") from None
            sources.append(Source(found["title"], found["url"], checked))
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ResourceError(f"{where} has a header line Haven cannot read: {line!r}")
        key = key.strip()
        in_sources = key == "sources"
        if not in_sources:
            fields[key] = value.strip()
    for needed in ("title", "summary"):
        if not fields.get(needed):
            raise ResourceError(f"{where} has no {needed}.")
    try:
        order = int(fields.get("order", "999"))
    except ValueError:
        raise ResourceError(f"{where} has an order that is not a whole number.") from None
    return Reading(
        id=reading_id,
        title=fields["title"],
        summary=fields["summary"],
        content_note=fields.get("content_note", ""),
        order=order,
        sources=tuple(sources),
        body=parts[2].strip(),
    )


def folder() -> Path:
    return resource_dir() / FOLDER


@functools.cache
def _load() -> tuple[Reading, ...]:
    found = []
    for path in sorted(folder().glob("*.md")):
        found.append(parse(path.stem, path.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=lambda r: (r.order, r.title)))


def all_readings() -> list[Reading]:
    """Every reading, in the order the Learn area shows them."""
    return list(_load())


def get(reading_id: str) -> Reading | None:
    return next((r for r in _load() if r.id == reading_id), None)


def search(query: str, readings: list[Reading] | None = None) -> list[Reading]:
    pool = all_readings() if readings is None else readings
    return [r for r in pool if r.matches(query)] if query.strip() else pool


def clear_cache() -> None:
    _load.cache_clear()

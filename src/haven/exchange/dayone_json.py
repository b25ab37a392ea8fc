"""Importing a Day One journal: the JSON export (a zip holding `Journal.json`, or that file).

Day One writes `{"metadata": {"version": "1.0"}, "entries": [...]}`, pretty-printed, each
entry with `uuid` (32 hex digits), `creationDate` (UTC, "2021-03-03T11:48:50Z"),
`timeZone` (an IANA name, "Australia/Sydney"), `text` (Markdown), and optionally `tags`,
`starred`, `modifiedDate`, `photos`, `location`, `weather` and more. A zip export holds one
such file per journal (`Journal.json` for the default one) beside folders of photos.
How each entry becomes a Haven journal entry:

- text: Day One escapes Markdown punctuation with a backslash (`Slept early\\.`); the
  escapes are removed (`\\\\` becomes one backslash). When the first line is a heading
  (`# Tea starts your day`), it becomes the title and the rest the body; otherwise the whole
  text is the body. A heading alone becomes the body.
- photos and other media (`![](dayone-moment://…)`), locations and weather are not brought
  in: the references are taken out of the text, and the preview counts and names what was
  left behind ("12 photos were not brought in."). An entry holding only a photo keeps a
  line saying so, so it is never empty.
- time: `creationDate` shown in the entry's own `timeZone` (zoneinfo), so the wall time
  and offset are those the person saw; without a known zone, this computer's zone.
  `modifiedDate` becomes the entry's last change.
- tags: kept (normalised as Haven keeps tags); a starred entry also gets the tag "starred".
- uid: made from Day One's `uuid`, so importing the same export again, or a newer one,
  adds only entries that are new.

`preview_dayone` checks everything first; `import_dayone` then writes all or nothing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from haven.domain.models import JournalEntry, normalise_tags
from haven.exchange.text_import import (
    ImportPreview,
    ImportProblem,
    ImportReport,
    check_entry,
    decode_utf8,
    import_entries,
    read_file,
    sentence,
    uid5,
)
from haven.exchange.zip_input import ZipReader, looks_like_zip

if TYPE_CHECKING:
    from haven.store.vault import Vault

FORMAT = "dayone-json"
SOURCE = "Day One"
STARRED_TAG = "starred"
EXPORT_AGAIN = "You could export it again from Day One (File › Export › JSON)"

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/*([^)\s]*)\)")
_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_MEDIA_KINDS = {"video": "videos", "audio": "audios", "pdfattachment": "pdfAttachments"}
_MEDIA_WORDS = {
    "photos": ("photo", "photos"),
    "videos": ("video", "videos"),
    "audios": ("audio recording", "audio recordings"),
    "pdfAttachments": ("PDF", "PDFs"),
}


def preview_dayone(path: Path | str) -> ImportPreview:
    """Read and check a whole Day One export (zip or JSON); touches no vault."""
    path = Path(path)
    return parse_dayone(read_file(path), name=path.name)


def import_dayone(vault: Vault, path: Path | str) -> ImportReport:
    """Check the whole export, then add its entries in one transaction (all or nothing)."""
    return import_entries(vault, preview_dayone(path))


def parse_dayone(data: bytes, *, name: str = "The file") -> ImportPreview:
    """The entries of a Day One export held in memory, checked, oldest first."""
    documents: list[tuple[str, bytes]]
    if looks_like_zip(data):
        archive = ZipReader(data, name)
        found = [n for n in archive.names if _is_journal_json(n)]
        if not found:
            raise ImportProblem(
                f"{name} is a zip, but it holds no Day One journal (a file like "
                f"Journal.json). {EXPORT_AGAIN}."
            )
        documents = [(f"{name}, {n}", archive.read(n).data) for n in found]
    else:
        documents = [(name, data)]
    counts: Counter[str] = Counter()
    entries: list[JournalEntry] = []
    seen: dict[str, str] = {}
    for where, raw in documents:
        for number, item in enumerate(_entries_of(raw, where), start=1):
            entries.append(_entry(item, where, number, counts, seen))
    if not entries:
        raise ImportProblem(f"{name} holds no Day One entries.")
    entries.sort(key=lambda e: e.at)
    return ImportPreview(source=SOURCE, name=name, entries=entries, left_out=_left_out(counts))


def _is_journal_json(member: str) -> bool:
    parts = member.split("/")
    return (
        member.lower().endswith(".json")
        and not any(p.startswith(".") or p == "__MACOSX" for p in parts)
        and len(parts) <= 2
    )


def _entries_of(raw: bytes, where: str) -> list[Any]:
    text = decode_utf8(raw, where, export_again=EXPORT_AGAIN)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        what = "the file ends too early, as if it was cut short" if cut else exc.msg
        raise ImportProblem(
            f"{where} is not valid JSON: at line {exc.lineno}, column {exc.colno}, {what}. "
            f"{EXPORT_AGAIN}.",
            line=exc.lineno,
        ) from None
    except RecursionError:
        raise ImportProblem(f"{where} is nested too deeply to be a Day One export.") from None
    if isinstance(doc, dict) and doc.get("format") == "haven-export":
        raise ImportProblem(
            f"{where} looks like a Haven export, not a Day One export. "
            "You could import it as a Haven export instead."
        )
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem(
            f"{where} is JSON, but not a Day One export: a Day One export is one object "
            f"with a list of 'entries'. {EXPORT_AGAIN}."
        )
    first = next((e for e in doc["entries"] if isinstance(e, dict)), None)
    if first is not None and "creationDate" not in first and {"date", "body"} <= first.keys():
        raise ImportProblem(
            f"{where} looks like a jrnl export, not a Day One export. "
            "You could import it as a jrnl file instead."
        )
    return doc["entries"]


def _entry(
    raw: Any, where: str, number: int, counts: Counter[str], seen: dict[str, str]
) -> JournalEntry:
    label = f"{where}, entry {number}"

    def problem(what: str) -> ImportProblem:
        return ImportProblem(f"{label}: {sentence(what)}", entry=number)

    if not isinstance(raw, dict):
        raise problem("it is not a JSON object with named fields like 'uuid' and 'text'")
    ident = raw.get("uuid")
    if not isinstance(ident, str) or not ident.strip():
        raise problem("its 'uuid' is missing, so Haven could not tell it from other entries")
    created = raw.get("creationDate")
    if not isinstance(created, str):
        raise problem("its 'creationDate' is missing")
    at_utc = _utc(created, "creationDate", problem)
    label = f"{where}, entry {number} ({created.strip()[:10]})"
    if ident in seen:
        raise problem(f"it has the same uuid as {seen[ident]}")
    seen[ident] = label
    zone = _zone(raw.get("timeZone"), counts)
    at = at_utc.astimezone(zone) if zone is not None else at_utc.astimezone()
    modified = raw.get("modifiedDate")
    updated = None
    if isinstance(modified, str) and modified.strip():
        moment = _utc(modified, "modifiedDate", problem)
        updated = moment.astimezone(zone) if zone is not None else moment.astimezone()

    text = raw.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise problem(f"'text' should be text, but it is {json.dumps(text)[:40]}")
    media = Counter[str]()
    text = _MEDIA.sub(lambda m: _count_media(m, media), text)
    for key in _MEDIA_WORDS:
        listed = raw.get(key)
        listed_n = len(listed) if isinstance(listed, list) else 0
        counts[key] += max(listed_n, media[key])
    if raw.get("location"):
        counts["location"] += 1
    if raw.get("weather"):
        counts["weather"] += 1
    title, body = split_title(unescape(text))
    if not body:
        body = _only_media(media, raw)

    tags_raw = raw.get("tags") or []
    if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
        raise problem("'tags' should be a list of words")
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise problem("'starred' should be true or false")
    entry = JournalEntry(
        body=body,
        title=title,
        at=at,
        updated_at=updated,
        tags=normalise_tags([*tags_raw, STARRED_TAG] if starred else tags_raw),
        uid=uid5(f"{FORMAT}\x1f{ident.strip().upper()}"),
    )
    check_entry(entry, label, line=None, number=number)
    return entry


def unescape(text: str) -> str:
    """Day One's Markdown without its backslash escapes (`\\.` becomes `.`)."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line is the title when it is a Markdown heading."""
    text = _BLANK_RUN.sub("\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    first, _, rest = text.partition("\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading is None or not heading[1].strip():
        return "", text
    title, body = " ".join(heading[1].split()), rest.strip()
    if not body:  # a heading alone: keep its text once, in the body
        return "", title
    return title, body


def _only_media(media: Counter[str], raw: dict[str, Any]) -> str:
    """The body of an entry that held only attachments, so it is never empty."""
    parts = []
    for key, (one, many) in _MEDIA_WORDS.items():
        listed = raw.get(key)
        n = max(media[key], len(listed) if isinstance(listed, list) else 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    if not parts:
        return "(A Day One entry with no text.)"
    total = sum(int(p.split(" ", 1)[0]) for p in parts)
    listed_words = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (
        f"(A Day One entry with no text, only {listed_words}, which "
        f"{'was' if total == 1 else 'were'} not brought in.)"
    )


def _count_media(match: re.Match[str], media: Counter[str]) -> str:
    kind = match[1].split("/", 1)[0].lower() if "/" in match[1] else ""
    media[_MEDIA_KINDS.get(kind, "photos")] += 1
    return ""


def _utc(text: str, key: str, problem: Callable[[str], ImportProblem]) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise problem(
            f"its '{key}' '{text[:40]}' is not a time like 2023-01-05T10:20:30Z"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _zone(name: Any, counts: Counter[str]) -> ZoneInfo | None:
    if not isinstance(name, str) or not name.strip():
        counts["no_zone"] += 1
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        counts["no_zone"] += 1
        return None


def _left_out(counts: Counter[str]) -> list[str]:
    """What the export held that Haven did not bring in, in words for the preview."""
    lines = []
    for key, (one, many) in _MEDIA_WORDS.items():
        n = counts[key]
        if n:
            lines.append(
                f"{n} {one if n == 1 else many} {'was' if n == 1 else 'were'} not brought in."
            )
    for key, one, many in (
        ("location", "location", "locations"),
        ("weather", "weather note", "weather notes"),
    ):
        n = counts[key]
        if n:
            lines.append(
                f"{n} {one if n == 1 else many} {'was' if n == 1 else 'were'} not brought in."
            )
    n = counts["no_zone"]
    if n:
        lines.append(
            f"{n} {'entry has' if n == 1 else 'entries have'} no time zone Haven knows: "
            f"{'its time is' if n == 1 else 'their times are'} shown in this computer's zone."
        )
    return lines

"""Importing a jrnl journal: the JSON that `jrnl --export json` writes.

The file looks like `{"tags": {"@sleep": 2}, "entries": [{"title", "body", "date", "time",
"tags", "starred"}, …]}`. How each entry becomes a Haven journal entry:

- text: jrnl splits an entry's text into `title` (the first sentence) and `body` (the rest).
  They are kept as Haven's title and body. When the body is empty (a one-sentence entry),
  the text goes into the body and the title is left empty, so the text is kept once and the
  entry is never refused as empty. An entry with neither title nor body is refused: jrnl
  never writes one, so the file has been changed by hand.
- time: `date` (YYYY-MM-DD) and `time` (HH:MM; seconds allowed) carry no zone; they are read
  as the local time of this machine, which is what jrnl meant when it wrote them.
- tags: the words of `tags` without their sigil ("@sleep" becomes "sleep"), and "starred"
  for a starred entry. The top-level tag counts are not needed and are ignored.
- uid: made from "jrnl", the date, the time, the title and the body (see
  text_import.EntryUids), so importing the same file again adds nothing.

`preview_jrnl` checks the whole file first; `import_jrnl` then writes it all or nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.clock import ensure_aware
from haven.domain.limits import check_day, check_moment
from haven.domain.models import JournalEntry, normalise_tags
from haven.exchange.text_import import (
    EntryUids,
    ImportPreview,
    ImportProblem,
    ImportReport,
    check_entry,
    decode_utf8,
    import_entries,
    read_file,
    sentence,
)

if TYPE_CHECKING:
    from haven.store.vault import Vault

FORMAT = "jrnl-json"
STARRED_TAG = "starred"
EXPORT_AGAIN = "You could export it again with `jrnl --export json`"

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def preview_jrnl(path: Path | str) -> ImportPreview:
    """Read and check a whole jrnl JSON export; raises ImportProblem. Touches no vault."""
    path = Path(path)
    return parse_jrnl(read_file(path), name=path.name)


def import_jrnl(vault: Vault, path: Path | str) -> ImportReport:
    """Check the whole file, then add its entries in one transaction (all or nothing)."""
    return import_entries(vault, preview_jrnl(path))


def parse_jrnl(data: bytes, *, name: str = "The file") -> ImportPreview:
    """The entries of a jrnl JSON export held in memory, checked, oldest first."""
    text = decode_utf8(data, name, export_again=EXPORT_AGAIN)
    doc = _load(text, name)
    if not isinstance(doc, dict):
        raise ImportProblem(
            f"{name} is JSON, but not a jrnl export: a jrnl export is one object with a "
            "list of 'entries'."
        )
    if doc.get("format") == "haven-export":
        raise ImportProblem(
            f"{name} looks like a Haven export, not a jrnl export. "
            "You could import it as a Haven export instead."
        )
    if "entries" not in doc:
        raise ImportProblem(
            f"{name} is JSON, but not a jrnl export: it has no list of 'entries'. {EXPORT_AGAIN}."
        )
    raw_entries = doc["entries"]
    if not isinstance(raw_entries, list):
        raise ImportProblem(f"{name}: 'entries' should be a list of entries, but it is not.")
    if not raw_entries:
        raise ImportProblem(f"{name} holds no entries.")
    uids = EntryUids()
    entries = [_entry(raw, number, name, uids) for number, raw in enumerate(raw_entries, 1)]
    entries.sort(key=lambda e: e.at)  # stable: entries at the same minute keep file order
    return ImportPreview(source="jrnl", name=name, entries=entries)


# json's messages, in plain words.
_JSON_ERRORS = {
    "Expecting value": "a value was expected",
    "Expecting ',' delimiter": "a comma was expected",
    "Expecting ':' delimiter": "a colon was expected",
    "Expecting property name enclosed in double quotes": "a name in double quotes was expected",
    "Extra data": "there is more after the end of the JSON",
    "Invalid control character at": "a text value holds a line break or control character",
    "Invalid \\escape": "a backslash is followed by something JSON does not allow",
}


def _load(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_like_daylio(text):
            raise ImportProblem(
                f"{name} looks like a Daylio CSV export, not a jrnl JSON export. "
                "You could import it as a Daylio file instead."
            ) from None
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            what = "the file ends too early, as if it was cut short"
        else:
            what = _JSON_ERRORS.get(exc.msg, exc.msg)
        raise ImportProblem(
            f"{name} is not valid JSON: at line {exc.lineno}, column {exc.colno}, {what}. "
            f"{EXPORT_AGAIN}.",
            line=exc.lineno,
        ) from None
    except RecursionError:
        raise ImportProblem(f"{name} is nested too deeply to be a jrnl export.") from None


def _looks_like_daylio(text: str) -> bool:
    first = text.lstrip().partition("\n")[0].lower()
    return first.startswith(("full_date,", '"full_date",')) or (
        "," in first and {"mood", "activities"} <= {c.strip(' "') for c in first.split(",")}
    )


def _entry(raw: Any, number: int, name: str, uids: EntryUids) -> JournalEntry:
    where = f"{name}, entry {number}"

    def problem(what: str) -> ImportProblem:
        return ImportProblem(f"{where}: {sentence(what)}", entry=number)

    if not isinstance(raw, dict):
        raise problem("it is not a JSON object with named fields like 'date' and 'body'")
    missing = [k for k in ("date", "time", "title", "body") if k not in raw]
    if missing:
        names = " and ".join(f"'{k}'" for k in missing)
        raise problem(f"{names} {'is' if len(missing) == 1 else 'are'} missing")

    day, clock = _text(raw, "date", problem), _text(raw, "time", problem)
    at = _moment(day, clock, problem)
    where = f"{name}, entry {number} ({day.strip()} {clock.strip()})"
    title, body = _text(raw, "title", problem), _text(raw, "body", problem)

    tags_raw = raw.get("tags")
    if tags_raw is None:
        tags_raw = []
    if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
        raise problem("'tags' should be a list of words like \"@sleep\"")
    starred = raw.get("starred")
    if starred is None:
        starred = False
    if not isinstance(starred, bool):
        raise problem("'starred' should be true or false")

    if not title.strip() and not body.strip():
        raise problem(
            "it has no text: its title and body are both empty. You could add a word or "
            "delete it from the file, and then import again"
        )
    uid = uids.make(FORMAT, day, clock, title, body)
    if not body.strip():  # a one-sentence entry: keep its text once, in the body
        title, body = "", title
    entry = JournalEntry(
        body=body,
        title=title,
        at=at,
        tags=normalise_tags([*tags_raw, STARRED_TAG] if starred else tags_raw),
        uid=uid,
    )
    check_entry(entry, where, line=None, number=number)
    return entry


def _text(raw: dict[str, Any], key: str, problem: Callable[[str], ImportProblem]) -> str:
    value = raw[key]
    if value is None:
        return ""
    if not isinstance(value, str):
        raise problem(f"'{key}' should be text, but it is {json.dumps(value)[:40]}")
    return value


def _moment(day: str, clock: str, problem: Callable[[str], ImportProblem]) -> datetime:
    d = _DATE.fullmatch(day.strip())
    if d is None:
        raise problem(f"the date '{day}' is not a date like 2024-03-01")
    t = _TIME.fullmatch(clock.strip())
    if t is None:
        raise problem(f"the time '{clock}' is not a time of day like 21:30")
    try:
        naive = datetime(int(d[1]), int(d[2]), int(d[3]))
    except ValueError:
        raise problem(f"the date '{day}' is not a day of the calendar") from None
    try:
        naive = naive.replace(hour=int(t[1]), minute=int(t[2]), second=int(t[3] or 0))
    except ValueError:
        raise problem(f"the time '{clock}' is not a time of day like 21:30") from None
    try:
        check_day(naive.date(), "the date")
        return check_moment(ensure_aware(naive), "the date")
    except ValueError as exc:
        raise problem(str(exc).rstrip(".")) from None

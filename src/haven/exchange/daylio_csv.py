"""Importing a Daylio mood diary: the CSV that Daylio's "Export entries" writes.

Two layouts exist, told apart by the first line and then read by column name (extra
columns are ignored):

- today's, 8 columns: `full_date,date,weekday,time,mood,activities,note_title,note`
  (a file without `note_title` is read too);
- the older one, 7 columns: `year,date,weekday,time,mood,activities,note`. There is no
  `full_date`: the day is `year` plus `date`, written as a day and an English month name
  ("2 January"; "January 2" and short names like "2 Jan" are read too).

Each row becomes one Haven journal entry:

- time: the day and `time`, either 12-hour ("9:40 pm", "12:05 AM") or 24-hour ("21:40"),
  read as the local time of this machine. `weekday` (and, in today's layout, `date`) only
  repeat the day for display and are not needed. Rows are newest first in the file, across
  year boundaries too; the preview puts them oldest first.
- mood: kept as the entry's mood label, without surrounding spaces; custom names too.
- activities: split at "|", kept as tags (normalise_tags: trimmed, lower-case).
- text: `note_title` is the entry's title, `note` its body, turned from Daylio's simple
  HTML into plain text: <br> and closing paragraphs become line breaks, list items start
  with "• ", the formatting tags Daylio uses (<b>, <i>, <u>, <span>…) are removed and
  entities (&amp;, &quot;…) become their characters. Anything else between angle brackets
  ("<sigh>") is the person's own text and is kept. Real line breaks inside a note are kept.
- a row with a title but no note keeps the title as its body (the text is kept once); a row
  with neither keeps what it does say as its body, e.g. "Mood: rad" and a second line
  "Activities: friends, good sleep", so no entry is empty and nothing is lost.
- uid: made from the date, time, mood, activities, title and note (text_import.EntryUids),
  so importing the same file, or a newer export of the same diary, adds only what is new.

`preview_daylio` checks the whole file first; `import_daylio` then writes it all or nothing.
"""

from __future__ import annotations

import csv
import html
import io
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

FORMAT = "daylio-csv"
EXPORT_AGAIN = "You could export it again from Daylio as CSV"
COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
OLD_COLUMNS = ("year", "date", "weekday", "time", "mood", "activities", "note")
REQUIRED = ("full_date", "time", "mood", "activities", "note")
OLD_REQUIRED = ("year", "date", "time", "mood", "activities", "note")
_ALL_COLUMNS = (*COLUMNS, "year")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?")
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})")
_YEAR = re.compile(r"\d{4}")

# Notes can be long (Haven keeps up to 5 million characters; its own check says so), and
# the csv module's default limit of 131,072 characters per field would cut them off.
# The limit is process-wide; it is only ever raised here.
_FIELD_LIMIT = 2**31 - 1
if csv.field_size_limit() < _FIELD_LIMIT:
    csv.field_size_limit(_FIELD_LIMIT)

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?", re.IGNORECASE)

_FORMAT_TAGS = (
    "b|strong|i|em|u|s|strike|del|ins|mark|small|big|sub|sup|span|font|a|code|tt|"
    "p|div|ul|ol|h[1-6]|blockquote|pre|center"
)
_LINE_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|ul|ol|h[1-6]|blockquote|pre)\s*>", re.I)
_LIST_ITEM = re.compile(r"<li(?:\s[^<>]*)?>", re.IGNORECASE)
_FORMAT_TAG = re.compile(rf"</?(?:{_FORMAT_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)


def preview_daylio(path: Path | str) -> ImportPreview:
    """Read and check a whole Daylio CSV export; raises ImportProblem. Touches no vault."""
    path = Path(path)
    return parse_daylio(read_file(path), name=path.name)


def import_daylio(vault: Vault, path: Path | str) -> ImportReport:
    """Check the whole file, then add its entries in one transaction (all or nothing)."""
    return import_entries(vault, preview_daylio(path))


def note_to_text(note: str) -> str:
    """Daylio's simple HTML as plain text (see the module's description)."""
    text = note.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _LINE_BREAK.sub("\n", text)
        text = _LIST_ITEM.sub("• ", text)
        text = _FORMAT_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\xa0", " ").strip()


def parse_daylio(data: bytes, *, name: str = "The file") -> ImportPreview:
    """The entries of a Daylio CSV export held in memory, checked, oldest first."""
    text = decode_utf8(data, name, export_again=EXPORT_AGAIN)
    _refuse_json(text, name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = _header(reader, name)
    column = {c: header.index(c) for c in _ALL_COLUMNS if c in header}
    uids = EntryUids()
    entries: list[JournalEntry] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _csv_problem(exc, name, start, reader.line_num) from None
        if not row:  # a blank line
            continue
        if len(row) != len(header):
            raise ImportProblem(
                f"{name}, line {start}: this row has {len(row)} "
                f"{'field' if len(row) == 1 else 'fields'}, but the first line names "
                f"{len(header)} columns. The file may have been cut short or changed by hand.",
                line=start,
            )
        entries.append(_entry(row, column, name, start, uids))
    if not entries:
        raise ImportProblem(f"{name} has its column names but no entries.")
    entries.reverse()  # Daylio writes newest first; keep the real order of equal times
    entries.sort(key=lambda e: e.at)
    return ImportPreview(source="Daylio", name=name, entries=entries)


def _refuse_json(text: str, name: str) -> None:
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return
    head = text[:4000]
    if '"haven-export"' in head:
        kind = "a Haven export"
        hint = "You could import it as a Haven export instead."
    elif '"entries"' in head:
        kind = "a jrnl JSON export"
        hint = "You could import it as a jrnl file instead."
    else:
        kind = "a JSON file"
        hint = f"{EXPORT_AGAIN}."
    raise ImportProblem(f"{name} looks like {kind}, not a Daylio CSV export. {hint}")


def _header(reader: Any, name: str) -> list[str]:
    try:
        first = next(reader, None)
    except csv.Error as exc:
        raise _csv_problem(exc, name, 1, reader.line_num) from None
    if not first:
        raise ImportProblem(f"{name} is empty: it holds no entries.")
    header = [c.strip().lower() for c in first]
    if len(header) == 1 and any(sep in header[0] for sep in ";\t"):
        sep = "semicolons" if ";" in header[0] else "tabs"
        raise ImportProblem(
            f"{name}, line 1: its columns are separated by {sep}, not commas, so it is not "
            "a Daylio CSV export as Daylio writes it (a spreadsheet may have saved it "
            f"again). {EXPORT_AGAIN}, and then import that file.",
            line=1,
        )
    old = "full_date" not in header and "year" in header
    missing = [c for c in (OLD_REQUIRED if old else REQUIRED) if c not in header]
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise ImportProblem(
            f"{name} does not look like a Daylio CSV export: its first line should name "
            f"the columns {','.join(COLUMNS)} (or, in older exports, "
            f"{','.join(OLD_COLUMNS)}), but {names} "
            f"{'is' if len(missing) == 1 else 'are'} missing.",
            line=1,
        )
    return header


def _csv_problem(exc: csv.Error, name: str, start: int, end: int) -> ImportProblem:
    message = str(exc)
    if "unexpected end of data" in message:
        return ImportProblem(
            f"{name}, line {start}: the file ends inside this row's quotes (a quoted note "
            "is never closed), as if the file was cut short. "
            f"{EXPORT_AGAIN}.",
            line=start,
        )
    where = f"line {start}" if start == end else f"lines {start} to {end}"
    return ImportProblem(
        f"{name}, {where}: this row cannot be read as CSV ({message}). "
        "The file may have been changed by hand.",
        line=start,
    )


def _entry(
    row: list[str], column: dict[str, int], name: str, line: int, uids: EntryUids
) -> JournalEntry:
    def field(key: str) -> str:
        i = column.get(key)
        return "" if i is None else row[i]

    def problem(what: str) -> ImportProblem:
        return ImportProblem(f"{name}, line {line}: {sentence(what)}", line=line)

    clock = field("time").strip()
    if "full_date" in column:
        day = field("full_date").strip()
    else:
        day = _old_day(field("year").strip(), field("date").strip(), problem)
    at = _moment(day, clock, problem)
    mood = field("mood").strip()
    activities = [a.strip() for a in field("activities").split("|") if a.strip()]
    title = " ".join(note_to_text(field("note_title")).split())
    note = note_to_text(field("note"))

    moment = at.strftime("%Y-%m-%d %H:%M:%S")
    uid = uids.make(FORMAT, moment, mood, "|".join(activities), title, note)
    if note:
        body = note
    elif title:  # a title alone: keep the text once, in the body
        title, body = "", title
    else:
        lines = [f"Mood: {mood}"] if mood else []
        if activities:
            lines.append(f"Activities: {', '.join(activities)}")
        body = "\n".join(lines) or "A Daylio entry with no mood, activities or note."
    entry = JournalEntry(
        body=body,
        title=title,
        at=at,
        tags=normalise_tags(activities),
        mood_label=mood,
        uid=uid,
    )
    check_entry(entry, f"{name}, line {line}", line=line, number=None)
    return entry


def _old_day(year: str, day: str, problem: Callable[[str], ImportProblem]) -> str:
    """The older layout's day, `year` + "2 January", as YYYY-MM-DD."""
    if _YEAR.fullmatch(year) is None:
        raise problem(f"the year '{year}' is not a year like 2019")
    found = _DAY_MONTH.fullmatch(day)
    number, month = (found[1], found[2]) if found else (None, None)
    if found is None and (found := _MONTH_DAY.fullmatch(day)) is not None:
        number, month = found[2], found[1]
    if number is None or month is None or month.lower() not in MONTHS:
        raise problem(f"the date '{day}' is not a day and month like 2 January")
    return f"{year}-{MONTHS[month.lower()]:02d}-{int(number):02d}"


def _moment(day: str, clock: str, problem: Callable[[str], ImportProblem]) -> datetime:
    d = _DATE.fullmatch(day)
    if d is None:
        raise problem(f"the date '{day}' is not a date like 2024-03-01")
    t = _TIME.fullmatch(clock)
    if t is None:
        raise problem(f"the time '{clock}' is not a time of day like 9:40 pm or 21:40")
    hour, minute, second = int(t[1]), int(t[2]), int(t[3] or 0)
    if t[4]:  # 12-hour: 12 am is midnight, 12 pm is noon
        if not 1 <= hour <= 12:
            raise problem(f"the time '{clock}' is not a time of day like 9:40 pm or 21:40")
        hour = hour % 12 + (12 if t[4].lower() == "p" else 0)
    try:
        naive = datetime(int(d[1]), int(d[2]), int(d[3]))
    except ValueError:
        raise problem(f"the date '{day}' is not a day of the calendar") from None
    try:
        naive = naive.replace(hour=hour, minute=minute, second=second)
    except ValueError:
        raise problem(f"the time '{clock}' is not a time of day like 9:40 pm or 21:40") from None
    try:
        check_day(naive.date(), "the date")
        return check_moment(ensure_aware(naive), "the date")
    except ValueError as exc:
        raise problem(str(exc).rstrip(".")) from None

"""The journal as plain Markdown files in one zip, to take anywhere; and reading it back.

`export_markdown(vault)` returns the zip's bytes (made in memory: no file is written
here). Inside:

```
README.md                         what is where, in plain words
journal/2024/2024-03-01-2140-quiet-sunday-5f2d7c1e.md   one file per journal entry
checkins.csv                      every check-in, with its note
practices.csv                     every practice: its ratings and what was written
```

An entry's file starts with a small front matter between `---` lines, one `key: value` a
line, each value written as JSON (which YAML also reads), then a blank line and the body
exactly as it was written:

```
---
uid: "5f2d7c1e-…"
date: "2024-03-01T21:40:00+01:00"
title: "Quiet Sunday"
tags: ["sleep", "walk"]
distress: 3
comfort: 7
---

Walked by the river.
```

`date` carries its UTC offset, so the wall time the person saw is kept. Optional keys
(`distress`, `comfort`, `mood`, `shared`, `updated`) appear only when they hold something.
The CSV tables use the same guard as Haven's other CSV: a cell a spreadsheet could run as a
formula gets an apostrophe in front.

`preview_markdown_zip(path)` reads such a zip back (format `markdown-zip`): every entry with
its uid, title, body, tags, date and offset, ratings, mood and shared flag, so importing it
into a journal restores the entries exactly, and importing it again adds nothing. The CSV
tables are not read back: the `haven-json` export carries everything else.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.clock import from_text
from haven.domain.models import CheckIn, JournalEntry, Practice
from haven.domain.spreadsheet import safe_cell
from haven.exchange.text_import import (
    ImportPreview,
    ImportProblem,
    ImportReport,
    check_entry,
    import_entries,
    read_file,
    sentence,
)
from haven.exchange.zip_input import ZipReader, looks_like_zip

if TYPE_CHECKING:
    from haven.store.vault import Vault

FORMAT = "markdown-zip"
SOURCE = "a Markdown export"
JOURNAL_DIR = "journal"
FENCE = "---"
_SLUG_DROP = re.compile(r"[^\w\s-]")
_SLUG_SPACE = re.compile(r"[\s_-]+")
_KEY = re.compile(r"([a-z_]+):[ \t]*(.*)")
CHECKIN_COLUMNS = ("date", "distress", "comfort", "sleep_hours", "stress", "tags", "note")
PRACTICE_COLUMNS = (
    "started",
    "ended",
    "status",
    "step",
    "duration_minutes",
    "distress_before",
    "comfort_before",
    "predicted_distress",
    "distress_peak",
    "distress_after",
    "comfort_after",
    "consent_checked",
    "intention",
    "boundaries",
    "stop_signal",
    "what_helped",
    "what_was_hard",
    "for_therapist",
)

README = """\
# Your Haven journal, as plain files

This zip was made by Haven ("Export as Markdown"). It is not encrypted: keep it somewhere
private, and delete it when you no longer need it.

## What is where

- `journal/YEAR/` holds one Markdown file per journal entry, named by its date and time,
  a few words of its title, and the start of its uid (so no two names are alike).
- `checkins.csv` holds every check-in: its date and time with the UTC offset, ratings,
  sleep, tags and note.
- `practices.csv` holds every practice: its times, status, roadmap step, ratings, and what
  was written before and after.

## An entry's file

Each file starts with a few lines between `---` marks (front matter), one `key: value` a
line, each value written as JSON:

- `uid`: the entry's lasting name in Haven; importing this zip again skips entries whose
  uid is already there.
- `date`: when it was written, with its UTC offset (`2024-03-01T21:40:00+01:00`).
- `title`, `tags`: as in Haven.
- `distress`, `comfort` (0–10), `mood`, `shared` (marked to share with a therapist),
  `updated`: only when the entry has them.

After a blank line comes the entry's text exactly as it was written.

## Opening it

Any text editor reads the `.md` files; Markdown notes apps (Obsidian, for example) read
the front matter too. The `.csv` files open in a spreadsheet; a cell that starts with
`=`, `+`, `-` or `@` has an apostrophe in front so the spreadsheet never runs it.

To bring the entries back into Haven: `haven import THIS.zip --format markdown-zip`, or
Import from a file in the app's Settings.
"""


# == export ===================================================================================
def entry_filename(entry: JournalEntry) -> str:
    """`journal/2024/2024-03-01-2140-quiet-sunday-5f2d7c1e.md`: sortable, readable, unique."""
    words = entry.title or entry.body.split("\n", 1)[0]
    slug = unicodedata.normalize("NFKC", words).lower()
    slug = _SLUG_SPACE.sub("-", _SLUG_DROP.sub("", slug)).strip("-")[:40].strip("-")
    stem = f"{entry.at:%Y-%m-%d-%H%M}" + (f"-{slug}" if slug else "") + f"-{entry.uid[:8]}"
    return f"{JOURNAL_DIR}/{entry.at:%Y}/{stem}.md"


def entry_markdown(entry: JournalEntry) -> str:
    """One entry as a Markdown file: front matter, a blank line, then the body."""
    fields: list[tuple[str, Any]] = [
        ("uid", entry.uid),
        ("date", entry.at.isoformat()),
        ("title", entry.title),
        ("tags", list(entry.tags)),
    ]
    if entry.distress is not None:
        fields.append(("distress", entry.distress))
    if entry.comfort is not None:
        fields.append(("comfort", entry.comfort))
    if entry.mood_label:
        fields.append(("mood", entry.mood_label))
    if entry.share_with_therapist:
        fields.append(("shared", True))
    if entry.updated_at is not None:
        fields.append(("updated", entry.updated_at.isoformat()))
    front = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields)
    return f"{FENCE}\n{front}\n{FENCE}\n\n{entry.body}\n"


def _csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _opt(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def checkins_csv(checkins: Iterable[CheckIn]) -> bytes:
    return _csv(
        CHECKIN_COLUMNS,
        (
            (
                c.at.isoformat(),
                c.distress,
                c.comfort,
                _opt(c.sleep_hours),
                _opt(c.stress),
                "; ".join(c.tags),
                c.note,
            )
            for c in checkins
        ),
    )


def practices_csv(practices: Iterable[Practice], steps: dict[str, str]) -> bytes:
    def row(p: Practice) -> tuple[object, ...]:
        minutes = None if p.duration_seconds is None else round(p.duration_seconds / 60)
        return (
            p.started_at.isoformat(),
            "" if p.ended_at is None else p.ended_at.isoformat(),
            p.status.value,
            steps.get(p.step_uid or "", ""),
            _opt(minutes),
            _opt(p.pre.distress_now),
            _opt(p.pre.comfort_now),
            _opt(p.pre.predicted_distress),
            _opt(p.debrief.distress_peak),
            _opt(p.debrief.distress_after),
            _opt(p.debrief.comfort),
            _opt(p.debrief.consent_checked),
            p.pre.intention,
            p.pre.boundaries,
            p.pre.stop_signal,
            p.debrief.what_helped,
            p.debrief.what_was_hard,
            p.debrief.for_therapist,
        )

    return _csv(PRACTICE_COLUMNS, (row(p) for p in practices))


def export_markdown(vault: Vault) -> tuple[bytes, str]:
    """The zip's bytes, made in memory, and one sentence saying what it holds."""
    entries = vault.journal.list(newest_first=False)
    checkins = vault.checkins.list()
    practices = vault.practices.list()
    steps = {s.uid: s.title for s in vault.roadmap.list()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.md", README)
        for entry in entries:
            archive.writestr(entry_filename(entry), entry_markdown(entry))
        archive.writestr("checkins.csv", checkins_csv(checkins))
        archive.writestr("practices.csv", practices_csv(practices, steps))
    n, c, p = len(entries), len(checkins), len(practices)
    return buffer.getvalue(), (
        f"It holds {n} journal {'entry' if n == 1 else 'entries'} as Markdown files, "
        f"{c} check-in{'' if c == 1 else 's'} and {p} practice{'' if p == 1 else 's'} "
        "as CSV tables, and a README explaining the layout."
    )


# == import ===================================================================================
def preview_markdown_zip(path: Path | str) -> ImportPreview:
    """Read and check a Markdown export made by Haven; touches no vault."""
    path = Path(path)
    return parse_markdown_zip(read_file(path), name=path.name)


def import_markdown_zip(vault: Vault, path: Path | str) -> ImportReport:
    return import_entries(vault, preview_markdown_zip(path))


def parse_markdown_zip(data: bytes, *, name: str = "The file") -> ImportPreview:
    if not looks_like_zip(data):
        raise ImportProblem(
            f"{name} is not a zip file, so it is not a Markdown export made by Haven."
        )
    archive = ZipReader(data, name)
    members = [n for n in archive.names if n.startswith(f"{JOURNAL_DIR}/") and n.endswith(".md")]
    if "README.md" not in archive.names and not members:
        raise ImportProblem(
            f"{name} is a zip, but not a Markdown export made by Haven: it has no "
            f"'{JOURNAL_DIR}' folder of entries."
        )
    entries: list[JournalEntry] = []
    uids: dict[str, str] = {}
    for number, member in enumerate(sorted(members), start=1):
        where = f"{name}, {member}"
        entry = _read_entry(archive.read(member).data, where, number)
        if entry.uid in uids:
            raise ImportProblem(f"{where}: it has the same uid as {uids[entry.uid]}.", entry=number)
        uids[entry.uid] = member
        entries.append(entry)
    if not entries:
        raise ImportProblem(f"{name} holds no journal entries.")
    entries.sort(key=lambda e: e.at)
    return ImportPreview(source=SOURCE, name=name, entries=entries)


def _read_entry(raw: bytes, where: str, number: int) -> JournalEntry:
    def problem(what: str, line: int | None = None) -> ImportProblem:
        at = f", line {line}" if line is not None else ""
        return ImportProblem(f"{where}{at}: {sentence(what)}", line=line, entry=number)

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise problem("it is not UTF-8 text") from None
    if text.startswith(FENCE + "\r\n"):  # saved again on Windows: the body's breaks too
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise problem("it does not start with a front matter between '---' lines", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise problem("its front matter is never closed with a '---' line") from None
    fields: dict[str, Any] = {}
    for i in range(1, end):
        line = lines[i]
        if not line.strip():
            continue
        found = _KEY.fullmatch(line.strip())
        if found is None:
            raise problem(f"'{line[:60]}' is not a line like key: value", i + 1)
        try:
            fields[found[1]] = json.loads(found[2])
        except json.JSONDecodeError:
            value = found[2].strip()  # a hand-edited plain value: keep it as text
            fields[found[1]] = value.strip("'\"")
    body = "\n".join(lines[end + 1 :])
    body = body[1:] if body.startswith("\n") else body
    body = body[:-1] if body.endswith("\n") else body

    def text_field(key: str, default: str = "") -> str:
        value = fields.get(key, default)
        if not isinstance(value, str):
            raise problem(f"'{key}' should be text")
        return value

    uid = text_field("uid").strip()
    if not uid:
        raise problem("its 'uid' is missing")
    at = _moment(text_field("date"), "date", problem)
    updated = fields.get("updated")
    tags = fields.get("tags", [])
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,;]", tags.strip("[]")) if t.strip()]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise problem("'tags' should be a list of words")
    ratings = {}
    for key in ("distress", "comfort"):
        value = fields.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise problem(f"'{key}' should be a whole number from 0 to 10")
        ratings[key] = value
    shared = fields.get("shared", False)
    if not isinstance(shared, bool):
        raise problem("'shared' should be true or false")
    entry = JournalEntry(
        body=body,
        title=text_field("title"),
        at=at,
        tags=list(tags),
        distress=ratings["distress"],
        comfort=ratings["comfort"],
        share_with_therapist=shared,
        mood_label=text_field("mood"),
        updated_at=None if not updated else _moment(str(updated), "updated", problem),
        uid=uid,
    )
    check_entry(entry, where, line=None, number=number)
    return entry


def _moment(value: str, key: str, problem: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise problem(
            f"'{key}' '{value[:40]}' is not a date like 2024-03-01T21:40:00+01:00"
        ) from None
    return from_text(moment.isoformat())

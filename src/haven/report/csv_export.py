"""Check-ins and practice ratings as one CSV table, for a spreadsheet.

One row per check-in and one per finished practice, oldest first, in a single table with
a `kind` column, so a spreadsheet can filter or pivot it without joining two files:

| column | check-in | practice |
|---|---|---|
| kind | `check-in` | `practice` |
| date | its local date, `YYYY-MM-DD` | the day it started |
| time | its local time, `HH:MM` | the time it started |
| distress, comfort | 0–10 | (empty) |
| sleep_hours | hours slept, e.g. `7.5`, or empty | (empty) |
| stress | 0–10 or empty | (empty) |
| tags | the tags, separated by `; ` | (empty) |
| step | (empty) | the roadmap step's title, or empty |
| distress_before, distress_peak, distress_after | (empty) | 0–10 or empty |
| comfort_before, comfort_after | (empty) | 0–10 or empty |
| duration_minutes | (empty) | whole minutes, or empty |

Written text (check-in notes, debriefs, intentions) is never in it: only numbers, tags and
step titles. The file is UTF-8 with a byte-order mark, so Excel reads accents and other
scripts correctly, and has Windows line endings, as RFC 4180 says. A cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return gets an apostrophe in front, so a
spreadsheet shows it as text and never runs it as a formula (CSV formula injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from haven.domain.models import CheckIn, Practice, PracticeStatus
from haven.domain.spreadsheet import safe_cell

if TYPE_CHECKING:
    from haven.store.vault import Vault

COLUMNS: tuple[str, ...] = (
    "kind",
    "date",
    "time",
    "distress",
    "comfort",
    "sleep_hours",
    "stress",
    "tags",
    "step",
    "distress_before",
    "distress_peak",
    "distress_after",
    "comfort_before",
    "comfort_after",
    "duration_minutes",
)
CHECKIN = "check-in"
PRACTICE = "practice"
BOM = "\ufeff"
_DAY = timedelta(days=1)


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _checkin_row(c: CheckIn) -> dict[str, str]:
    return {
        "kind": CHECKIN,
        "date": c.at.date().isoformat(),
        "time": f"{c.at:%H:%M}",
        "distress": _number(c.distress),
        "comfort": _number(c.comfort),
        "sleep_hours": _number(c.sleep_hours),
        "stress": _number(c.stress),
        "tags": "; ".join(c.tags),
    }


def _practice_row(p: Practice, steps: dict[str, str]) -> dict[str, str]:
    minutes = None if p.duration_seconds is None else round(p.duration_seconds / 60)
    return {
        "kind": PRACTICE,
        "date": p.started_at.date().isoformat(),
        "time": f"{p.started_at:%H:%M}",
        "step": steps.get(p.step_uid or "", ""),
        "distress_before": _number(p.pre.distress_now),
        "distress_peak": _number(p.debrief.distress_peak),
        "distress_after": _number(p.debrief.distress_after),
        "comfort_before": _number(p.pre.comfort_now),
        "comfort_after": _number(p.debrief.comfort),
        "duration_minutes": _number(minutes),
    }


def rows(
    checkins: Iterable[CheckIn], practices: Iterable[Practice], steps: dict[str, str]
) -> list[list[str]]:
    """Every row, oldest first (a check-in before a practice at the same minute)."""
    keyed: list[tuple[datetime, int, dict[str, str]]] = []
    keyed += [(c.at, 0, _checkin_row(c)) for c in checkins]
    keyed += [
        (p.started_at, 1, _practice_row(p, steps))
        for p in practices
        if p.status == PracticeStatus.DONE
    ]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [[safe_cell(row.get(col, "")) for col in COLUMNS] for _, _, row in keyed]


def write_csv(table: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)
    return (BOM + buffer.getvalue()).encode("utf-8")


def export_csv(vault: Vault, start: date | None = None, end: date | None = None) -> bytes:
    """The CSV for an unlocked vault, in memory: everything, or the days start–end (both
    included, by each record's own local date)."""
    # One day of slack each way: records are kept by the date their own clock showed.
    since = None if start is None else datetime.combine(start - _DAY, time.min).astimezone()
    until = None if end is None else datetime.combine(end + _DAY, time.max).astimezone()

    def inside(moment: datetime) -> bool:
        day = moment.date()
        return (start is None or day >= start) and (end is None or day <= end)

    checkins = [c for c in vault.checkins.list(since, until) if inside(c.at)]
    practices = [
        p
        for p in vault.practices.list(since=since, until=until, status=PracticeStatus.DONE)
        if inside(p.started_at)
    ]
    steps = {s.uid: s.title for s in vault.roadmap.list()}
    return write_csv(rows(checkins, practices, steps))


def count_rows(data: bytes) -> tuple[int, int]:
    """(check-ins, practices) in a CSV this module wrote: for the message after saving."""
    text = data.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader, None)
    kinds = [row[0] for row in reader if row]
    return kinds.count(CHECKIN), kinds.count(PRACTICE)


def export_described(
    vault: Vault, start: date | None = None, end: date | None = None
) -> tuple[bytes, str]:
    """The table, and one sentence saying what it holds (shown before and after saving)."""
    if start is not None and end is not None and start > end:
        start, end = end, start
    data = export_csv(vault, start, end)
    checkins, practices = count_rows(data)
    return data, (
        f"It holds {checkins} check-in{'s' if checkins != 1 else ''} and {practices} "
        f"practice{'s' if practices != 1 else ''}: their dates, ratings, tags and steps, "
        "and no notes."
    )

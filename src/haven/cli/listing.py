"""`haven list checkins|practices|grounding`: what was saved, to read or to script.

The JSON is the haven-json record shape (docs/export-format.md), oldest first, so what a
script reads here matches what an export holds. Text output is one line per record.
"""

from __future__ import annotations

import argparse
import json

from haven.cli.common import say
from haven.cli.vault import unlocked
from haven.domain.models import CheckIn, GroundingUse, Practice, PracticeStatus
from haven.domain.ratings import words_for
from haven.exchange.haven_json_write import record_out
from haven.usecases import records
from haven.usecases.records import RecordKind

LIST_KINDS = tuple(kind.value for kind in RecordKind)

_TOOL_NAMES = {
    "paced_breathing": "paced breathing",
    "senses_54321": "5-4-3-2-1 senses",
    "body_scan": "body scan",
}
_NOTHING = {
    RecordKind.CHECKINS: "There are no check-ins in that time.",
    RecordKind.PRACTICES: "There are no practices in that time.",
    RecordKind.GROUNDING: "There are no grounding uses in that time.",
}


def cmd_list(args: argparse.Namespace) -> int:
    kind = RecordKind(args.kind)
    since, until = records.day_range(args.start, args.end)
    with unlocked(args) as vault:
        found = records.list_records(vault, kind, since, until)
    if args.json:
        say(json.dumps([record_out(r) for r in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        say(_NOTHING[kind])
        return 0
    for record in found:
        say(_line(record))
    return 0


def _rating(value: int | None, scale: str) -> str:
    return "–" if value is None else f"{value} ({words_for(value, scale)})"


def _line(record: CheckIn | Practice | GroundingUse) -> str:
    if isinstance(record, CheckIn):
        parts = [
            f"{record.at:%Y-%m-%d %H:%M}",
            f"distress {_rating(record.distress, 'distress')}",
            f"comfort {_rating(record.comfort, 'comfort')}",
        ]
        if record.stress is not None:
            parts.append(f"stress {_rating(record.stress, 'stress')}")
        if record.note:
            parts.append(" ".join(record.note.split()))
        return "  ".join(parts)
    if isinstance(record, Practice):
        state = "finished" if record.status is PracticeStatus.DONE else "not finished yet"
        return "  ".join(
            [
                f"{record.started_at:%Y-%m-%d %H:%M}",
                state,
                f"peak distress {_rating(record.debrief.distress_peak, 'distress')}",
                f"afterwards {_rating(record.debrief.distress_after, 'distress')}",
            ]
        )
    return "  ".join(
        [
            f"{record.at:%Y-%m-%d %H:%M}",
            _TOOL_NAMES.get(record.tool.value, record.tool.value),
            f"distress before {_rating(record.distress_before, 'distress')}",
            f"after {_rating(record.distress_after, 'distress')}",
        ]
    )

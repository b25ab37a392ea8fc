"""Writing records as haven-json: one function per kind of record, each giving the plain
JSON object docs/export-format.md describes. `export_document` (haven_json.py) calls them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from haven.domain.clock import to_text
from haven.domain.models import (
    Boundary,
    CheckIn,
    ChecklistItem,
    Draft,
    GroundingUse,
    JournalEntry,
    Practice,
    RoadmapStep,
    Threshold,
    Zone,
)

if TYPE_CHECKING:
    pass


def _time(value: datetime | None) -> str | None:
    return None if value is None else to_text(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _value(member: Enum | None) -> Any:
    return None if member is None else member.value


_ZONE_ORDER = {zone: i for i, zone in enumerate(Zone)}


def _map_order(items: list[Threshold]) -> list[Threshold]:
    # Positions count within a zone; the repository's order already breaks ties.
    return sorted(items, key=lambda t: (_ZONE_ORDER[t.zone], t.position))


def _checkin_out(c: CheckIn) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "at": _time(c.at),
        "distress": c.distress,
        "comfort": c.comfort,
        "sleep_hours": c.sleep_hours,
        "stress": c.stress,
        "note": c.note,
        "tags": list(c.tags),
    }


def _entry_out(e: JournalEntry) -> dict[str, Any]:
    return {
        "uid": e.uid,
        "at": _time(e.at),
        "updated_at": _time(e.updated_at),
        "title": e.title,
        "body": e.body,
        "tags": list(e.tags),
        "distress": e.distress,
        "comfort": e.comfort,
        "share_with_therapist": e.share_with_therapist,
        "mood_label": e.mood_label,
    }


def _step_out(s: RoadmapStep) -> dict[str, Any]:
    return {
        "uid": s.uid,
        "position": s.position,
        "title": s.title,
        "description": s.description,
        "state": s.state.value,
        "readiness_notes": s.readiness_notes,
        "readiness": None
        if s.readiness is None
        else {
            "practices": s.readiness.practices,
            "max_peak_distress": s.readiness.max_peak_distress,
        },
        "created_at": _time(s.created_at),
        "history": [
            {
                "uid": c.uid,
                "at": _time(c.at),
                "from_state": _value(c.from_state),
                "to_state": c.to_state.value,
                "note": c.note,
            }
            for c in s.history
        ],
    }


def _threshold_out(t: Threshold) -> dict[str, Any]:
    return {
        "uid": t.uid,
        "zone": t.zone.value,
        "position": t.position,
        "situation": t.situation,
        "boundary": t.boundary,
        "notes": t.notes,
        "created_at": _time(t.created_at),
        "history": [
            {
                "uid": m.uid,
                "at": _time(m.at),
                "from_zone": _value(m.from_zone),
                "to_zone": m.to_zone.value,
                "note": m.note,
            }
            for m in t.history
        ],
    }


def _practice_out(p: Practice) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "step_uid": p.step_uid,
        "status": p.status.value,
        "started_at": _time(p.started_at),
        "ended_at": _time(p.ended_at),
        "duration_seconds": p.duration_seconds,
        "pre": {
            "intention": p.pre.intention,
            "boundaries": p.pre.boundaries,
            "stop_signal_agreed": p.pre.stop_signal_agreed,
            "stop_signal": p.pre.stop_signal,
            "distress_now": p.pre.distress_now,
            "comfort_now": p.pre.comfort_now,
            "predicted_distress": p.pre.predicted_distress,
        },
        "debrief": {
            "distress_peak": p.debrief.distress_peak,
            "distress_after": p.debrief.distress_after,
            "comfort": p.debrief.comfort,
            "what_helped": p.debrief.what_helped,
            "what_was_hard": p.debrief.what_was_hard,
            "consent_checked": p.debrief.consent_checked,
            "for_therapist": p.debrief.for_therapist,
        },
    }


def _boundary_out(b: Boundary) -> dict[str, Any]:
    return {
        "uid": b.uid,
        "position": b.position,
        "text": b.text,
        "review_by": _day(b.review_by),
        "reviews": [
            {
                "uid": r.uid,
                "at": _time(r.at),
                "text": r.text,
                "note": r.note,
                "next_review_by": _day(r.next_review_by),
            }
            for r in b.reviews
        ],
    }


def _checklist_out(i: ChecklistItem) -> dict[str, Any]:
    return {
        "uid": i.uid,
        "position": i.position,
        "activity": i.activity,
        "answer": i.answer.value,
        "history": [
            {"uid": m.uid, "at": _time(m.at), "answer": m.answer.value, "note": m.note}
            for m in i.history
        ],
    }


def _plain_out(names: tuple[str, ...]) -> Callable[[Any], dict[str, Any]]:
    def out(item: Any) -> dict[str, Any]:
        values = {"uid": item.uid, "position": item.position}
        for name in names:
            value = getattr(item, name)
            values[name] = value.value if isinstance(value, Enum) else value
        return values

    return out


def _grounding_out(g: GroundingUse) -> dict[str, Any]:
    return {
        "uid": g.uid,
        "at": _time(g.at),
        "tool": g.tool.value,
        "distress_before": g.distress_before,
        "distress_after": g.distress_after,
        "note": g.note,
    }


def record_out(record: CheckIn | Practice | GroundingUse) -> dict[str, Any]:
    """One check-in, practice or grounding use in the same shape as in a haven-json file.

    `haven list --json` prints these, so a script reads what was saved the same way it reads
    an export (docs/export-format.md).
    """
    if isinstance(record, CheckIn):
        return _checkin_out(record)
    if isinstance(record, Practice):
        return _practice_out(record)
    if isinstance(record, GroundingUse):
        return _grounding_out(record)
    raise TypeError(f"record_out cannot show {type(record).__name__}")


def _draft_out(d: Draft) -> dict[str, Any]:
    return {"key": d.key, "updated_at": _time(d.updated_at), "content": d.content}

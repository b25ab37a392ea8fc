"""Haven's own export format: the whole vault as one versioned JSON document.

The format is documented field by field in docs/export-format.md. In short:

- `{"format": "haven-export", "version": 1, "exported_at": …, <sections>}`;
- every record is named by its `uid` (the store's row ids never leave the vault);
- timestamps are ISO 8601 with their UTC offset, so the wall time the person saw is kept;
- enums are written by value ("practising", "not_yet"…);
- the order is deterministic, so two exports of the same journal differ only in
  `exported_at`.

Import checks the whole document before writing anything, then writes it in one
transaction: all of it, or nothing. A record whose uid is already in the vault is left as it
is, so importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from haven.domain.clock import now, parse_moment, to_text
from haven.domain.limits import (
    MAX_COUNT,
    MAX_LONG_TEXT,
    MAX_POSITION,
    check_day,
    check_number,
    check_text,
    check_whole,
)
from haven.domain.models import (
    Actor,
    Boundary,
    BoundaryReview,
    CheckIn,
    ChecklistAnswer,
    ChecklistItem,
    ChecklistMark,
    Contact,
    Debrief,
    Draft,
    GroundingTool,
    GroundingUse,
    JournalEntry,
    PausePlanStep,
    Practice,
    PracticeStatus,
    PreBrief,
    ReadinessGuide,
    RoadmapStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    StateChange,
    StepState,
    Threshold,
    Trigger,
    Zone,
    ZoneMove,
)
from haven.domain.ratings import check_rating
from haven.exchange import reflections_json as reflect
from haven.store.errors import RecordConflict
from haven.store.repositories import checkins as checkin_rules
from haven.store.repositories import journal as journal_rules
from haven.store.repositories.safety import SECTIONS

if TYPE_CHECKING:
    from haven.store.vault import Vault

FORMAT = "haven-export"
VERSION = 1

E = TypeVar("E", bound=Enum)


class ImportProblem(ValueError):
    """The document cannot be imported. `str()` names the section, the item and the problem."""


# -- kinds of record, in the order they are written ---------------------------------------
@dataclass(frozen=True, slots=True)
class Kind:
    key: str  # the key in ImportReport's counts
    one: str  # how a message names one of them: "journal entry 12"
    many: str  # how a summary counts them: "3 journal entries"


KINDS: tuple[Kind, ...] = (
    Kind("checkins", "check-in", "check-ins"),
    Kind("journal", "journal entry", "journal entries"),
    Kind("roadmap", "roadmap step", "roadmap steps"),
    Kind("thresholds", "threshold", "thresholds"),
    Kind("practices", "practice", "practices"),
    Kind("boundaries", "safety plan, boundary", "boundaries"),
    Kind("triggers", "safety plan, trigger", "triggers"),
    Kind("contacts", "safety plan, contact", "contacts"),
    Kind("signals", "safety plan, signal", "signals"),
    Kind("pause_plan", "safety plan, pause-plan step", "pause-plan steps"),
    Kind("routines", "safety plan, routine", "routines"),
    Kind("scripts", "safety plan, script", "scripts"),
    Kind("checklist", "safety plan, checklist item", "checklist items"),
    Kind("grounding", "grounding use", "grounding uses"),
    *(Kind(*kind) for kind in reflect.KINDS),
    Kind("drafts", "draft", "drafts"),
    Kind("settings", "setting", "settings"),
)
_KIND = {k.key: k for k in KINDS}

# The safety plan's sections: export name, model class.
SAFETY_SECTIONS: tuple[tuple[str, type], ...] = (
    ("boundaries", Boundary),
    ("triggers", Trigger),
    ("contacts", Contact),
    ("signals", Signal),
    ("pause_plan", PausePlanStep),
    ("routines", Routine),
    ("scripts", Script),
    ("checklist", ChecklistItem),
)
TOP_SECTIONS = (
    "checkins",
    "journal",
    "roadmap",
    "thresholds",
    "practices",
    "grounding",
    *reflect.SECTIONS,
    "drafts",
)


@dataclass(slots=True)
class ImportReport:
    """What an import did, per kind of record (keys as in KINDS)."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KIND, 0))
    skipped_existing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KIND, 0))

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped_existing.values())

    def describe(self) -> str:
        """Plain sentences for a person: what was added and what was already there."""
        if self.total_added:
            text = f"Added {describe_counts(self.added)}."
        else:
            text = "There was nothing new to add."
        if self.total_skipped:
            one = self.total_skipped == 1
            text += (
                f" {describe_counts(self.skipped_existing)} "
                f"{'was' if one else 'were'} already in your journal, "
                f"and Haven left {'it' if one else 'them'} as {'it was' if one else 'they were'}."
            )
        return text


def document_counts(doc: dict[str, Any]) -> dict[str, int]:
    """How many records of each kind an exported document holds (histories not counted)."""
    counts = dict.fromkeys(_KIND, 0)
    for name in TOP_SECTIONS:
        counts[name] = len(doc.get(name) or [])
    for name, _model in SAFETY_SECTIONS:
        counts[name] = len((doc.get("safety_plan") or {}).get(name) or [])
    counts["settings"] = len(doc.get("settings") or {})
    return counts


def describe_counts(counts: dict[str, int]) -> str:
    """'3 check-ins, 1 journal entry and 2 contacts' (kinds with none are left out)."""
    parts = []
    for kind in KINDS:
        n = counts.get(kind.key, 0)
        if n:
            name = kind.many if n != 1 else kind.one.rsplit(", ", 1)[-1]
            parts.append(f"{n} {name}")
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return "".join(parts) or "nothing yet"


# == export =================================================================================
def export_document(vault: Vault) -> dict[str, Any]:
    """The whole vault as a JSON-ready dict (see docs/export-format.md)."""
    with vault.transaction():  # one consistent snapshot
        safety = vault.safety
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": to_text(now()),
            "checkins": [_checkin_out(c) for c in vault.checkins.list()],
            "journal": [_entry_out(e) for e in vault.journal.list(newest_first=False)],
            "roadmap": [_step_out(s) for s in vault.roadmap.list()],
            "thresholds": [_threshold_out(t) for t in _map_order(vault.thresholds.list())],
            "practices": [_practice_out(p) for p in vault.practices.list()],
            "safety_plan": {
                name: [_SAFETY_OUT[kind](item) for item in safety.list(kind)]
                for name, kind in SAFETY_SECTIONS
            },
            "grounding": [_grounding_out(g) for g in vault.grounding.list()],
            **reflect.export_sections(vault),
            "drafts": [_draft_out(d) for d in sorted(vault.drafts.all(), key=lambda d: d.key)],
            "settings": dict(sorted(vault.settings.all().items())),
        }


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


_SAFETY_OUT: dict[type, Callable[[Any], dict[str, Any]]] = {
    Boundary: _boundary_out,
    Trigger: _plain_out(("text", "contexts", "what_helps")),
    Contact: _plain_out(("name", "relation", "how_to_reach", "when_to_call")),
    Signal: _plain_out(("kind", "signal", "form", "meaning")),
    PausePlanStep: _plain_out(("actor", "text")),
    Routine: _plain_out(("title", "description", "kind")),
    Script: _plain_out(("title", "body", "category", "from_template")),
    ChecklistItem: _checklist_out,
}


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


# == reading a document =====================================================================
class _Record:
    """One JSON object being read, with where it sits for messages."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise ImportProblem(f"{where} is not a JSON object with named fields.")
        self.raw: dict[str, Any] = raw
        self.where = where

    def problem(self, what: str) -> ImportProblem:
        return ImportProblem(f"{self.where}: {what}{'' if what.endswith('.') else '.'}")

    def _present(self, name: str, required: bool) -> bool:
        if self.raw.get(name) is None:
            if required:
                raise self.problem(f"'{name}' is missing")
            return False
        return True

    def text(self, name: str, *, required: bool = False, nonempty: bool = False) -> str:
        if not self._present(name, required or nonempty):
            return ""
        value = self.raw[name]
        if not isinstance(value, str):
            raise self.problem(f"'{name}' is not text")
        try:
            check_text(value, f"'{name}'", max_chars=MAX_LONG_TEXT)
        except ValueError as exc:
            raise self.problem(str(exc)) from None
        if nonempty and not value.strip():
            raise self.problem(f"'{name}' is empty")
        return value

    def optional_text(self, name: str) -> str | None:
        return self.text(name) if self._present(name, False) else None

    def uid(self) -> str:
        return self.text("uid", nonempty=True)

    def integer(self, name: str, *, minimum: int | None = None) -> int | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.problem(f"'{name}' is not a whole number")
        if minimum is not None and value < minimum:
            raise self.problem(f"'{name}' is below {minimum}")
        high = MAX_POSITION if name == "position" else MAX_COUNT
        try:
            return check_whole(value, f"'{name}'", low=minimum or 0, high=high)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def rating(self, name: str, *, required: bool = False) -> int | None:
        value = self.raw.get(name)
        try:
            return check_rating(value, f"'{name}'", optional=not required)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def number(self, name: str) -> float | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(f"'{name}' is not a number")
        try:
            return check_number(value, f"'{name}'", low=-1e12, high=1e12)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def boolean(self, name: str) -> bool:
        value = self.optional_boolean(name)
        return bool(value)

    def optional_boolean(self, name: str) -> bool | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if not isinstance(value, bool):
            raise self.problem(f"'{name}' is not true or false")
        return value

    def moment(self, name: str, *, required: bool = True) -> datetime | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        if not isinstance(value, str):
            raise self.problem(f"'{name}' is not a date")
        try:
            return parse_moment(value)
        except ValueError as exc:
            if "outside the years" in str(exc):
                raise self.problem(f"'{name}': {exc}") from None
            raise self.problem(f"'{name}' is not a date") from None

    def day(self, name: str) -> date | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            raise self.problem(f"'{name}' is not a day like 2026-03-14") from None
        try:
            return check_day(day, f"'{name}'")
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def choice(self, name: str, enum: type[E], *, required: bool = True) -> E | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(f"'{m.value}'" for m in enum)  # type: ignore[attr-defined]
            raise self.problem(f"'{name}' is {value!r}; it can be one of {allowed}") from None

    def tags(self) -> list[str]:
        if not self._present("tags", False):
            return []
        value = self.raw["tags"]
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise self.problem("'tags' is not a list of text")
        try:
            return [check_text(t, "a tag") for t in value]
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def mapping(self, name: str, *, required: bool = False) -> dict[str, Any] | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        if not isinstance(value, dict):
            raise self.problem(f"'{name}' is not a JSON object")
        return value

    def records(self, name: str, label: str) -> list[_Record]:
        if not self._present(name, False):
            return []
        value = self.raw[name]
        if not isinstance(value, list):
            raise self.problem(f"'{name}' is not a list")
        return [_Record(raw, f"{self.where}, {label} {n}") for n, raw in enumerate(value, 1)]


@dataclass(slots=True)
class _Item:
    kind: str
    where: str
    obj: Any
    position: int | None = None  # the position to keep, when the document gives one


class _Uids:
    """Uids seen so far per table, so a file cannot carry the same record twice."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, str]] = {}

    def claim(self, table: str, record: _Record) -> str:
        uid = record.uid()
        seen = self.seen.setdefault(table, {})
        if uid in seen:
            raise record.problem(f"its uid {uid!r} is also used by {seen[uid]}")
        seen[uid] = record.where
        return uid


def validate_document(doc: Any) -> dict[str, int]:
    """Check a whole document without writing anything. Returns how many records it holds,
    per kind; raises ImportProblem naming the first thing that is wrong."""
    counts = dict.fromkeys(_KIND, 0)
    for item in _parse(doc):
        counts[item.kind] += 1
    return counts


def _parse(doc: Any) -> list[_Item]:
    if not isinstance(doc, dict):
        raise ImportProblem("This file is not a Haven export: it does not hold a JSON object.")
    fmt = doc.get("format")
    if fmt != FORMAT:
        said = "it has no 'format'" if fmt is None else f"its 'format' is {fmt!r}"
        raise ImportProblem(f"This file is not a Haven export: {said}, not '{FORMAT}'.")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportProblem(
            f"This export is version {version}, from a newer Haven. This Haven reads version "
            f"{VERSION}; updating Haven would let it import this file."
        )
    if version != VERSION or isinstance(version, bool):
        raise ImportProblem(f"This export's 'version' is {version!r}; Haven reads version 1.")
    top = _Record(doc, "the export")
    top.moment("exported_at", required=False)

    uids = _Uids()
    items: list[_Item] = []

    def section(name: str) -> list[_Record]:
        value = doc.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ImportProblem(f"The '{name}' section is not a list.")
        return [_Record(raw, f"{_KIND[name].one} {n}") for n, raw in enumerate(value, 1)]

    for r in section("checkins"):
        items.append(_Item("checkins", r.where, _read_checkin(r, uids)))
    for r in section("journal"):
        items.append(_Item("journal", r.where, _read_entry(r, uids)))
    for r in section("roadmap"):
        items.append(_Item("roadmap", r.where, _read_step(r, uids), r.integer("position")))
    for r in section("thresholds"):
        items.append(_Item("thresholds", r.where, _read_threshold(r, uids), r.integer("position")))
    for r in section("practices"):
        items.append(_Item("practices", r.where, _read_practice(r, uids)))

    plan = doc.get("safety_plan")
    if plan is not None and not isinstance(plan, dict):
        raise ImportProblem("The 'safety_plan' section is not a JSON object.")
    for name, model in SAFETY_SECTIONS:
        value = (plan or {}).get(name)
        if value is None:
            continue
        if not isinstance(value, list):
            raise ImportProblem(f"The safety plan's '{name}' section is not a list.")
        for n, raw in enumerate(value, 1):
            r = _Record(raw, f"{_KIND[name].one} {n}")
            obj = _read_safety(model, r, uids)
            items.append(_Item(name, r.where, obj, r.integer("position")))

    for r in section("grounding"):
        items.append(_Item("grounding", r.where, _read_grounding(r, uids)))
    marks_seen: dict[str, str] = {}
    for name in reflect.SECTIONS:
        for r in section(name):
            items.append(_Item(name, r.where, reflect.read(name, r, uids, marks_seen)))
    drafts_seen: dict[str, str] = {}
    for r in section("drafts"):
        key = r.text("key", nonempty=True)
        if key in drafts_seen:
            raise r.problem(f"its key {key!r} is also used by {drafts_seen[key]}")
        drafts_seen[key] = r.where
        content = r.mapping("content", required=True) or {}
        updated = r.moment("updated_at", required=False) or now()
        items.append(_Item("drafts", r.where, Draft(key=key, content=content, updated_at=updated)))

    settings = doc.get("settings")
    if settings is not None and not isinstance(settings, dict):
        raise ImportProblem("The 'settings' section is not a JSON object.")
    for key, value in sorted((settings or {}).items()):
        items.append(_Item("settings", f"setting {key!r}", (key, value)))
    return items


def _domain_rule(record: _Record, rule: Callable[[Any], None], obj: Any) -> None:
    try:
        rule(obj)
    except ValueError as exc:
        raise record.problem(str(exc)) from None


def _read_checkin(r: _Record, uids: _Uids) -> CheckIn:
    checkin = CheckIn(
        uid=uids.claim("checkins", r),
        at=r.moment("at"),
        distress=r.rating("distress", required=True),
        comfort=r.rating("comfort", required=True),
        sleep_hours=r.number("sleep_hours"),
        stress=r.rating("stress"),
        note=r.text("note"),
        tags=r.tags(),
    )
    _domain_rule(r, checkin_rules.validate, checkin)
    return checkin


def _read_entry(r: _Record, uids: _Uids) -> JournalEntry:
    entry = JournalEntry(
        uid=uids.claim("journal", r),
        at=r.moment("at"),
        updated_at=r.moment("updated_at", required=False),
        title=r.text("title"),
        body=r.text("body", required=True),
        tags=r.tags(),
        distress=r.rating("distress"),
        comfort=r.rating("comfort"),
        share_with_therapist=r.boolean("share_with_therapist"),
        mood_label=r.text("mood_label"),
    )
    _domain_rule(r, journal_rules.validate, entry)
    return entry


def _read_step(r: _Record, uids: _Uids) -> RoadmapStep:
    readiness = None
    guide = r.mapping("readiness")
    if guide is not None:
        g = _Record(guide, f"{r.where}, readiness")
        practices = g.integer("practices", minimum=1)
        if practices is None:
            raise g.problem("'practices' is missing")
        readiness = ReadinessGuide(practices, g.rating("max_peak_distress", required=True))
    history = [
        StateChange(
            uid=uids.claim("state_changes", h),
            at=h.moment("at"),
            from_state=h.choice("from_state", StepState, required=False),
            to_state=h.choice("to_state", StepState),
            note=h.text("note"),
        )
        for h in r.records("history", "history item")
    ]
    return RoadmapStep(
        uid=uids.claim("roadmap", r),
        title=r.text("title", nonempty=True),
        description=r.text("description"),
        state=r.choice("state", StepState),
        readiness_notes=r.text("readiness_notes"),
        readiness=readiness,
        created_at=r.moment("created_at", required=False) or now(),
        history=history,
    )


def _read_threshold(r: _Record, uids: _Uids) -> Threshold:
    history = [
        ZoneMove(
            uid=uids.claim("zone_moves", h),
            at=h.moment("at"),
            from_zone=h.choice("from_zone", Zone, required=False),
            to_zone=h.choice("to_zone", Zone),
            note=h.text("note"),
        )
        for h in r.records("history", "history item")
    ]
    return Threshold(
        uid=uids.claim("thresholds", r),
        situation=r.text("situation", nonempty=True),
        zone=r.choice("zone", Zone),
        boundary=r.text("boundary"),
        notes=r.text("notes"),
        created_at=r.moment("created_at", required=False) or now(),
        history=history,
    )


def _read_practice(r: _Record, uids: _Uids) -> Practice:
    pre = _Record(r.mapping("pre") or {}, f"{r.where}, pre-brief")
    post = _Record(r.mapping("debrief") or {}, f"{r.where}, debrief")
    return Practice(
        uid=uids.claim("practices", r),
        step_uid=r.optional_text("step_uid"),
        status=r.choice("status", PracticeStatus),
        started_at=r.moment("started_at"),
        ended_at=r.moment("ended_at", required=False),
        duration_seconds=r.integer("duration_seconds", minimum=0),
        pre=PreBrief(
            intention=pre.text("intention"),
            boundaries=pre.text("boundaries"),
            stop_signal_agreed=pre.boolean("stop_signal_agreed"),
            stop_signal=pre.text("stop_signal"),
            distress_now=pre.rating("distress_now"),
            comfort_now=pre.rating("comfort_now"),
            predicted_distress=pre.rating("predicted_distress"),
        ),
        debrief=Debrief(
            distress_peak=post.rating("distress_peak"),
            distress_after=post.rating("distress_after"),
            comfort=post.rating("comfort"),
            what_helped=post.text("what_helped"),
            what_was_hard=post.text("what_was_hard"),
            consent_checked=post.optional_boolean("consent_checked"),
            for_therapist=post.text("for_therapist"),
        ),
    )


def _read_safety(model: type, r: _Record, uids: _Uids) -> Any:
    uid = uids.claim(SECTIONS[model].table, r)
    if model is Boundary:
        reviews = [
            BoundaryReview(
                uid=uids.claim("boundary_reviews", h),
                at=h.moment("at"),
                text=h.text("text"),
                note=h.text("note"),
                next_review_by=h.day("next_review_by"),
            )
            for h in r.records("reviews", "review")
        ]
        return Boundary(
            uid=uid,
            text=r.text("text", nonempty=True),
            review_by=r.day("review_by"),
            reviews=reviews,
        )
    if model is ChecklistItem:
        history = [
            ChecklistMark(
                uid=uids.claim("checklist_marks", h),
                at=h.moment("at"),
                answer=h.choice("answer", ChecklistAnswer),
                note=h.text("note"),
            )
            for h in r.records("history", "mark")
        ]
        return ChecklistItem(
            uid=uid,
            activity=r.text("activity", nonempty=True),
            answer=r.choice("answer", ChecklistAnswer, required=False) or ChecklistAnswer.NOT_NOW,
            history=history,
        )
    if model is Trigger:
        return Trigger(
            uid=uid,
            text=r.text("text", nonempty=True),
            contexts=r.text("contexts"),
            what_helps=r.text("what_helps"),
        )
    if model is Contact:
        return Contact(
            uid=uid,
            name=r.text("name", nonempty=True),
            relation=r.text("relation"),
            how_to_reach=r.text("how_to_reach"),
            when_to_call=r.text("when_to_call"),
        )
    if model is Signal:
        return Signal(
            uid=uid,
            kind=r.choice("kind", SignalKind),
            signal=r.text("signal", nonempty=True),
            form=r.text("form"),
            meaning=r.text("meaning"),
        )
    if model is PausePlanStep:
        return PausePlanStep(
            uid=uid, actor=r.choice("actor", Actor), text=r.text("text", nonempty=True)
        )
    if model is Routine:
        return Routine(
            uid=uid,
            title=r.text("title", nonempty=True),
            description=r.text("description"),
            kind=r.text("kind"),
        )
    return Script(
        uid=uid,
        title=r.text("title", nonempty=True),
        body=r.text("body"),
        category=r.text("category"),
        from_template=r.text("from_template"),
    )


def _read_grounding(r: _Record, uids: _Uids) -> GroundingUse:
    return GroundingUse(
        uid=uids.claim("grounding", r),
        at=r.moment("at"),
        tool=r.choice("tool", GroundingTool),
        distress_before=r.rating("distress_before"),
        distress_after=r.rating("distress_after"),
        note=r.text("note"),
    )


# == import =================================================================================
def import_document(vault: Vault, doc: Any) -> ImportReport:
    """Check the whole document, then add what is new in one transaction (all or nothing).

    Records whose uid (drafts and settings: whose key) is already in the vault are left as
    they are and counted in `skipped_existing`.
    """
    items = _parse(doc)
    report = ImportReport()
    with vault.transaction() as conn:
        have = _Existing(vault)
        for item in items:
            if have.contains(item):
                report.skipped_existing[item.kind] += 1
                continue
            try:
                _write(vault, conn, item)
            except RecordConflict:
                raise ImportProblem(
                    f"{item.where}: something inside it (a history item, say) has a uid that "
                    "this journal already uses for another record."
                ) from None
            except ValueError as exc:
                raise ImportProblem(f"{item.where}: {exc}") from None
            report.added[item.kind] += 1
    return report


class _Existing:
    """What the vault already holds, looked up by uid (or key) per kind."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._thresholds: set[str] | None = None
        self._settings: set[str] | None = None
        self._reflect = reflect.Existing(vault)

    def contains(self, item: _Item) -> bool:
        v = self.vault
        kind = item.kind
        if kind == "checkins":
            return v.checkins.exists_uid(item.obj.uid)
        if kind == "journal":
            return v.journal.exists_uid(item.obj.uid)
        if kind == "roadmap":
            return v.roadmap.get_by_uid(item.obj.uid) is not None
        if kind == "thresholds":
            if self._thresholds is None:
                self._thresholds = {t.uid for t in v.thresholds.list()}
            return item.obj.uid in self._thresholds
        if kind == "practices":
            return v.practices.get_by_uid(item.obj.uid) is not None
        if kind == "grounding":
            return v.grounding.exists_uid(item.obj.uid)
        if kind in reflect.SECTIONS:
            return self._reflect.contains(kind, item.obj)
        if kind == "drafts":
            return v.drafts.get(item.obj.key) is not None
        if kind == "settings":
            if self._settings is None:
                self._settings = set(v.settings.all())
            return item.obj[0] in self._settings
        return v.safety.exists_uid(type(item.obj), item.obj.uid)


def _write(vault: Vault, conn: Any, item: _Item) -> None:
    """Write one validated record, keeping its uid, history, position and dates exactly."""
    obj = item.obj
    kind = item.kind
    if item.position is not None and hasattr(obj, "position"):
        obj.position = item.position
    if kind == "checkins":
        vault.checkins.add(obj)
    elif kind == "journal":
        vault.journal.add(obj)
    elif kind == "roadmap":
        vault.roadmap.add(obj, keep_position=item.position is not None)
    elif kind == "thresholds":
        vault.thresholds.add(obj, keep_position=item.position is not None)
    elif kind == "practices":
        vault.practices.save(obj)
    elif kind == "grounding":
        vault.grounding.add(obj)
    elif kind in reflect.SECTIONS:
        reflect.write(vault, kind, obj)
    elif kind == "drafts":
        vault.drafts.save(obj.key, obj.content, updated_at=obj.updated_at)
    elif kind == "settings":
        vault.settings.set(*obj)
    else:
        vault.safety.add(obj, keep_position=item.position is not None)


def load_document(path: Path) -> Any:
    """Read a Haven export file as JSON; a file that isn't one raises ImportProblem."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ImportProblem(f"Haven could not find {path}.") from None
    except OSError as exc:
        raise ImportProblem(f"Haven could not read {path} ({exc.strerror or exc}).") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportProblem(f"{path} is not UTF-8 text, so it is not a Haven export.") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}), so Haven "
            "cannot read it as an export."
        ) from None
    except RecursionError:
        raise ImportProblem(f"{path} is nested too deeply to be a Haven export.") from None


def count_present(vault: Vault, doc: Any) -> int:
    """How many records of a (validated) document the vault already holds."""
    have = _Existing(vault)
    return sum(1 for item in _parse(doc) if have.contains(item))

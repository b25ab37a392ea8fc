"""Reading a haven-json document: every record checked against the format and the domain's
rules before anything is written, each problem named with where it is in the file.
`validate_document` and `import_document` (haven_json.py) use it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from haven.domain.clock import now
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
from haven.domain.validation import validate_checkin, validate_entry
from haven.exchange import partner_json as partner
from haven.exchange import reflections_json as reflect
from haven.exchange import therapy_json as therapy
from haven.exchange.haven_json_kinds import (
    _KIND,
    FORMAT,
    SAFETY_SECTIONS,
    VERSION,
    ImportProblem,
)
from haven.exchange.haven_json_record import _Item, _Record, _Uids
from haven.store.repositories.safety import SECTIONS

if TYPE_CHECKING:
    pass


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
    for name in therapy.SECTIONS:
        for r in section(name):
            items.append(_Item(name, r.where, therapy.read(name, r, uids)))
    for name in partner.SECTIONS:
        for r in section(name):
            items.append(_Item(name, r.where, partner.read(name, r, uids)))
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
    _domain_rule(r, validate_checkin, checkin)
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
    _domain_rule(r, validate_entry, entry)
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

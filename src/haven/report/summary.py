"""What goes into a therapy summary: the sections the person chose, for the dates they chose.

`build_summary(vault, options)` reads the vault once and returns a `Summary`: plain, frozen
data with no layout in it. `haven.report.pdf.summary.render_pdf` lays it out. Keeping the
two apart means the rule "nothing goes in that the person did not choose" is decided here, in one
place, and can be tested without a PDF.

The rules:

* A section is in the summary only when its name is in `options.sections`. The default is
  every section except the journal, so a summary holds no journal text unless the person
  asks for it.
* Journal entries: only entries marked "share with my therapist", dated inside the range,
  and (when `journal_uids` is given) only the entries picked by uid. A uid of an entry that
  is not marked for sharing is ignored, never included.
* The safety plan: only the parts named in `safety_parts`.
* Free text the person wrote for themselves stays out unless its section is about that
  text: check-in notes, practice intentions and "what helped / what was hard", notes on
  roadmap and threshold moves, boundary review notes and threshold notes are never copied
  into a `Summary`. The debrief's "for my therapist" text goes in only with "talk-about".
* The progress chart shows practice peaks only with "practices", roadmap markers only with
  "roadmap" and threshold markers only with "thresholds".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from haven.domain import events as timeline
from haven.domain import pacing, trends
from haven.domain import patterns as pattern_rules
from haven.domain.clock import today as local_today
from haven.domain.events import Event
from haven.domain.models import (
    Actor,
    Boundary,
    ChecklistItem,
    Contact,
    JournalEntry,
    PausePlanStep,
    Practice,
    PracticeStatus,
    RoadmapStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    StepState,
    Threshold,
    Trigger,
)
from haven.domain.trends import DailyPoint, Scale
from haven.domain.wording import day_words as format_day
from haven.report import reflections_summary
from haven.report.charts import latest_rolling
from haven.report.pacing_charts import thresholds_summary_text
from haven.report.summary_model import (
    CHECKINS,
    JOURNAL,
    PRACTICES,
    REFLECTIONS,
    ROADMAP,
    SAFETY_PARTS,
    SAFETY_PLAN,
    SECTIONS,
    TALK_ABOUT,
    THRESHOLDS,
    CheckinSummary,
    PracticeSummary,
    RoadmapSummary,
    SafetyPlanSummary,
    ScaleFigures,
    SharedEntry,
    StepChange,
    StepNow,
    StepPractices,
    Summary,
    SummaryOptions,
    TalkItem,
    ThresholdSummary,
    ZoneMoveRow,
)
from haven.report.summary_model import DEFAULT_RANGE_DAYS as DEFAULT_RANGE_DAYS
from haven.report.summary_model import DEFAULT_SAFETY_PARTS as DEFAULT_SAFETY_PARTS
from haven.report.summary_model import DEFAULT_SECTIONS as DEFAULT_SECTIONS
from haven.report.summary_model import PRIVATE_SAFETY_PARTS as PRIVATE_SAFETY_PARTS
from haven.report.summary_model import SAFETY_PART_TITLES as SAFETY_PART_TITLES
from haven.report.summary_model import SECTION_TITLES as SECTION_TITLES
from haven.report.summary_model import Glance as Glance
from haven.report.summary_model import SummaryError as SummaryError

if TYPE_CHECKING:
    from haven.store.vault import Vault

TITLE = "Summary for therapy"
PREPARED_NOTE = "Prepared by me with Haven"


SECTION_HELP: dict[str, str] = {
    CHECKINS: "the distress and comfort chart and its figures",
    PRACTICES: "each roadmap step's practices: distress before, at the peak and afterwards",
    ROADMAP: "where each step is now, and its changes in the range",
    THRESHOLDS: "the thresholds map over time, where each situation is now, and its moves",
    SAFETY_PLAN: "the safety plan: all its parts, or only those named as below",
    TALK_ABOUT: "notes from practice debriefs marked to talk about in therapy, and hard "
    "moments added to that list",
    REFLECTIONS: "my latest values sort, and reflections marked to share (none unless asked for)",
    JOURNAL: "journal entries marked 'share with my therapist' (none unless asked for)",
}


TWO_WEEKS = 14
MAX_TAG_PATTERNS = 3


# -- the sections, as plain data -----------------------------------------------------------


# -- dates ---------------------------------------------------------------------------------


def format_range(start: date, end: date) -> str:
    """'1 March – 31 May 2026'; the year twice only when it changes; one day alone."""
    if start == end:
        return format_day(start)
    if start.year == end.year:
        return f"{start.day} {start.strftime('%B')} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


def _local_bounds(start: date, end: date, pad_days: int = 1) -> tuple[datetime, datetime]:
    """A generous time window around the dates: records are then kept by their own date
    (the clock they were written with), so travel across time zones never drops one."""
    since = datetime.combine(start - timedelta(days=pad_days), time.min).astimezone()
    until = datetime.combine(end + timedelta(days=pad_days), time.max).astimezone()
    return since, until


def _in(day: date, options: SummaryOptions) -> bool:
    return options.start <= day <= options.end


# -- building ------------------------------------------------------------------------------


def build_summary(vault: Vault, options: SummaryOptions, *, made_on: date | None = None) -> Summary:
    """Read what the options choose from an unlocked vault. Nothing else is read into it."""
    chosen = options.sections
    need_practices = bool(chosen & {CHECKINS, PRACTICES})
    practices: list[Practice] = []
    if need_practices:
        since, until = _local_bounds(options.start, options.end)
        practices = [
            p
            for p in vault.practices.list(since=since, until=until)
            if p.status == PracticeStatus.DONE and _in(trends.local_day(p.started_at), options)
        ]
    steps = vault.roadmap.list() if chosen & {PRACTICES, ROADMAP, TALK_ABOUT} else []
    titles = {s.uid: s.title for s in steps}
    thresholds = vault.thresholds.list() if THRESHOLDS in chosen else []

    summary = Summary(
        options=options,
        title=TITLE,
        range_text=format_range(options.start, options.end),
        prepared_note=None if options.discreet else PREPARED_NOTE,
        made_on=made_on or local_today(),
        sections=tuple(s for s in SECTIONS if s in chosen),
    )
    parts: dict[str, object] = {}
    if CHECKINS in chosen:
        parts["checkins"] = _checkins(vault, options, practices)
    if PRACTICES in chosen:
        parts["practices"] = _practices(practices, steps)
    if ROADMAP in chosen:
        parts["roadmap"] = _roadmap(steps, options)
    if THRESHOLDS in chosen:
        parts["thresholds"] = _thresholds(thresholds, options)
    if SAFETY_PLAN in chosen:
        parts["safety_plan"] = _safety_plan(vault, options.safety_parts)
    if TALK_ABOUT in chosen:
        parts["talk_about"] = _talk_about(vault, options, titles)
    if REFLECTIONS in chosen:
        parts["reflections"] = reflections_summary.build(vault, options.start, options.end)
    if JOURNAL in chosen:
        parts["journal"] = _journal(vault, options)
    summary = dataclasses.replace(summary, **parts)  # type: ignore[arg-type]
    return dataclasses.replace(summary, glance=_glance(summary))


def _glance(summary: Summary) -> Glance:
    """Page 1 from the sections already built: nothing on it that the details do not hold."""
    options = summary.options
    values: dict[str, object] = {"range_days": (options.end - options.start).days + 1}
    c = summary.checkins
    if c is not None:
        values["checkin_days"] = c.days_with_checkins
        shown = trends.in_range(c.daily, options.start, options.end)
        values["start"], values["end"] = trends.start_and_end(shown, options.start, options.end)
    if summary.practices is not None:
        counts = [(s.title, len(s.points)) for s in summary.practices.steps]
        values["practices"] = tuple(sorted(counts, key=lambda tc: -tc[1]))
    if summary.roadmap is not None:
        values["step_changes"] = summary.roadmap.changes
    if summary.thresholds is not None:
        values["zone_moves"] = summary.thresholds.moves
    if summary.talk_about is not None:
        values["talk_about"] = summary.talk_about
    return Glance(**values)  # type: ignore[arg-type]


def shareable_entries(vault: Vault, start: date, end: date) -> list[JournalEntry]:
    """The entries a person can pick for a summary: marked for sharing, dated in the range,
    oldest first. For a picker that shows each one before it is chosen."""
    since, until = _local_bounds(start, end)
    entries = vault.journal.list(since, until, shared_only=True, newest_first=False)
    return [e for e in entries if start <= trends.local_day(e.at) <= end]


def _window_mean(points: Sequence[DailyPoint], scale: Scale, lo: date, hi: date) -> float | None:
    values = [p.value(scale) for p in points if lo <= p.day <= hi]
    return sum(values) / len(values) if values else None


def _figures(
    points: Sequence[DailyPoint], scale: Scale, options: SummaryOptions
) -> ScaleFigures | None:
    if not points:
        return None
    values = [p.value(scale) for p in points]
    days = (options.end - options.start).days + 1
    first = last = None
    if days >= 2 * TWO_WEEKS:
        first = _window_mean(
            points, scale, options.start, options.start + timedelta(days=TWO_WEEKS - 1)
        )
        last = _window_mean(points, scale, options.end - timedelta(days=TWO_WEEKS - 1), options.end)
    return ScaleFigures(sum(values) / len(values), min(values), max(values), first, last)


def _checkins(
    vault: Vault, options: SummaryOptions, practices: Sequence[Practice]
) -> CheckinSummary:
    lead_in = trends.ROLLING_WINDOW_DAYS - 1
    since, until = _local_bounds(options.start - timedelta(days=lead_in), options.end)
    window_start = options.start - timedelta(days=lead_in)
    loaded = [
        c
        for c in vault.checkins.list(since, until)
        if window_start <= trends.local_day(c.at) <= options.end
    ]
    in_range = [c for c in loaded if _in(trends.local_day(c.at), options)]
    daily = trends.daily_series(loaded)
    shown = trends.in_range(daily, options.start, options.end)
    sleep = [c.sleep_hours for c in in_range if c.sleep_hours is not None]
    stress_by_day: dict[date, list[int]] = {}
    for c in in_range:
        if c.stress is not None:
            stress_by_day.setdefault(trends.local_day(c.at), []).append(c.stress)
    stress_days = [sum(v) / len(v) for v in stress_by_day.values()]
    # The period's own check-ins only, by the rules the Progress area uses too.
    patterns = pattern_rules.pattern_sentences(
        pattern_rules.find_patterns(in_range, options.start, options.end),
        max_tags=MAX_TAG_PATTERNS,
        include_waiting=False,
    )
    chosen = options.sections
    peaks = timeline.peak_points(practices) if PRACTICES in chosen else []
    events: list[Event] = []
    if ROADMAP in chosen:
        changes = vault.roadmap.all_changes()
        events += [e for e in timeline.step_events(changes) if _in(e.day, options)]
    if THRESHOLDS in chosen:
        moves = vault.thresholds.all_moves()
        events += [e for e in timeline.zone_events(moves) if _in(e.day, options)]
    latest = None
    if shown:
        latest = latest_rolling(daily, options.end)
    return CheckinSummary(
        daily=tuple(daily),
        days_with_checkins=len(shown),
        checkins=len(in_range),
        range_days=(options.end - options.start).days + 1,
        distress=_figures(shown, Scale.DISTRESS, options),
        comfort=_figures(shown, Scale.COMFORT, options),
        latest=latest,
        sleep_hours=sum(sleep) / len(sleep) if sleep else None,
        sleep_nights=len(sleep),
        stress=sum(stress_days) / len(stress_days) if stress_days else None,
        stress_days=len(stress_days),
        patterns=tuple(patterns),
        peaks=tuple(peaks),
        events=tuple(sorted(events, key=lambda e: e.day)),
    )


NO_STEP_TITLE = "Practices not tied to a step"
GONE_STEP_TITLE = "A step no longer on the roadmap"


def _practices(practices: Sequence[Practice], steps: Sequence[RoadmapStep]) -> PracticeSummary:
    order: list[tuple[str | None, str]] = [(s.uid, s.title) for s in steps]
    known = {uid for uid, _ in order}
    extra = sorted({p.step_uid for p in practices if p.step_uid and p.step_uid not in known})
    order += [(uid, GONE_STEP_TITLE) for uid in extra]
    order.append((None, NO_STEP_TITLE))
    out = []
    for uid, title in order:
        points = timeline.practice_points(practices, uid)
        if points:
            out.append(StepPractices(title, uid, tuple(points)))
    return PracticeSummary(tuple(out))


def _roadmap(steps: Sequence[RoadmapStep], options: SummaryOptions) -> RoadmapSummary:
    now_rows = []
    changes = []
    for step in steps:
        history = sorted(step.history, key=lambda c: c.at)
        since = trends.local_day(history[-1].at) if history else None
        now_rows.append(StepNow(step.position, step.title, step.state.label, since))
        for change in history:
            day = trends.local_day(change.at)
            if not _in(day, options):
                continue
            changes.append(
                StepChange(
                    day=day,
                    step=step.title,
                    from_state=change.from_state.label if change.from_state else None,
                    to_state=change.to_state.label,
                    moved_back=pacing.is_moving_back(change.from_state, change.to_state),
                    paused=change.to_state == StepState.PAUSED,
                )
            )
    changes.sort(key=lambda c: c.day)
    return RoadmapSummary(tuple(now_rows), tuple(changes))


def _thresholds(thresholds: Sequence[Threshold], options: SummaryOptions) -> ThresholdSummary:
    clean = tuple(
        dataclasses.replace(
            t, notes="", history=[dataclasses.replace(m, note="") for m in t.history]
        )
        for t in thresholds
    )
    by_zone = []
    for zone in timeline.ZONE_ORDER:
        items = tuple((t.situation, t.boundary) for t in clean if t.zone == zone)
        by_zone.append((zone.label, items))
    moves = []
    for t in clean:
        for m in t.history:
            day = trends.local_day(m.at)
            if _in(day, options):
                moves.append(
                    ZoneMoveRow(
                        day,
                        t.situation,
                        m.from_zone.label if m.from_zone else None,
                        m.to_zone.label,
                        pacing.is_zone_easier(m),
                    )
                )
    moves.sort(key=lambda m: m.day)
    counts_text = ""
    if clean:
        ends = [options.start, options.end] if options.start != options.end else [options.end]
        counts_text = thresholds_summary_text(timeline.zone_counts_over_time(clean, ends))
    return ThresholdSummary(clean, tuple(by_zone), tuple(moves), counts_text)


def _safety_plan(vault: Vault, parts: AbstractSet[str]) -> SafetyPlanSummary:
    safety = vault.safety
    values: dict[str, object] = {"parts": tuple(p for p in SAFETY_PARTS if p in parts)}
    if "boundaries" in parts:
        values["boundaries"] = tuple(
            dataclasses.replace(b, reviews=[]) for b in safety.list(Boundary)
        )
    if "triggers" in parts:
        values["triggers"] = tuple(safety.list(Trigger))
    if "signals" in parts:
        signals = safety.list(Signal)
        values["stop_signals"] = tuple(s for s in signals if s.kind == SignalKind.STOP)
        values["pause_signals"] = tuple(s for s in signals if s.kind == SignalKind.PAUSE)
    if "pause-plan" in parts:
        steps = safety.list(PausePlanStep)
        values["my_pause_steps"] = tuple(s for s in steps if s.actor == Actor.ME)
        values["partner_pause_steps"] = tuple(s for s in steps if s.actor == Actor.PARTNER)
    if "contacts" in parts:
        values["contacts"] = tuple(safety.list(Contact))
    if "routines" in parts:
        values["routines"] = tuple(safety.list(Routine))
    if "scripts" in parts:
        values["scripts"] = tuple(safety.list(Script))
    if "checklist" in parts:
        values["checklist"] = tuple(
            dataclasses.replace(i, history=[]) for i in safety.list(ChecklistItem)
        )
    return SafetyPlanSummary(**values)  # type: ignore[arg-type]


# Where an item on the list came from, and the section it needs: a journal entry's title
# or a reflection's words go in only when that section is chosen too.
_TALK_NEEDS = {"journal": JOURNAL, "fear_check": REFLECTIONS, "kind_word": REFLECTIONS}


def _talk_about(
    vault: Vault, options: SummaryOptions, titles: dict[str, str]
) -> tuple[TalkItem, ...]:
    """The "to bring to therapy" list as it stands: every item not yet talked about, added
    up to the end of the period (an older one still open is still to talk about). The list
    gathers what the person marked anywhere (`haven.usecases.to_bring.open_items`)."""
    from haven.usecases import to_bring

    open_items = [
        i
        for i in to_bring.open_items(vault)
        if _TALK_NEEDS.get(i.kind, TALK_ABOUT) in options.sections | {TALK_ABOUT}
        and trends.local_day(i.added) <= options.end
        and not (
            i.kind == "journal"
            and options.journal_uids is not None
            and i.record_uid not in options.journal_uids
        )
    ]
    steps: dict[str, str] = {}
    if any(i.kind == "debrief" for i in open_items):
        steps = {p.uid: titles.get(p.step_uid or "", "") for p in vault.practices.list()}
    return tuple(
        TalkItem(
            trends.local_day(i.added),
            steps.get(i.record_uid, "") if i.kind == "debrief" else "",
            i.text.strip(),
            i.source,
        )
        for i in open_items
        if i.text.strip()
    )


def _journal(vault: Vault, options: SummaryOptions) -> tuple[SharedEntry, ...]:
    entries = shareable_entries(vault, options.start, options.end)
    if options.journal_uids is not None:
        entries = [e for e in entries if e.uid in options.journal_uids]
    return tuple(
        SharedEntry(
            uid=e.uid,
            at=e.at,
            title=e.title,
            body=e.body,
            tags=tuple(e.tags),
            distress=e.distress,
            comfort=e.comfort,
            mood_label=e.mood_label,
        )
        for e in entries
        if e.share_with_therapist
    )

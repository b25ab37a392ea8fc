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
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from haven.domain import pacing, trends
from haven.domain.clock import today as local_today
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
from haven.domain.trends import DailyPoint, Event, PracticePoint, Scale
from haven.report import reflections_summary
from haven.report.charts import latest_rolling, thresholds_summary_text
from haven.report.reflections_summary import ReflectionsSummary

if TYPE_CHECKING:
    from haven.store.vault import Vault

TITLE = "Summary for therapy"
PREPARED_NOTE = "Prepared by me with Haven"

CHECKINS = "checkins"
PRACTICES = "practices"
ROADMAP = "roadmap"
THRESHOLDS = "thresholds"
SAFETY_PLAN = "safety-plan"
TALK_ABOUT = "talk-about"
JOURNAL = "journal"
REFLECTIONS = "reflections"

# In the order they appear in the PDF.
SECTIONS: tuple[str, ...] = (
    CHECKINS,
    PRACTICES,
    ROADMAP,
    THRESHOLDS,
    SAFETY_PLAN,
    TALK_ABOUT,
    REFLECTIONS,
    JOURNAL,
)
SECTION_TITLES: dict[str, str] = {
    CHECKINS: "Check-ins",
    PRACTICES: "Practices",
    ROADMAP: "Roadmap",
    THRESHOLDS: "Thresholds map",
    SAFETY_PLAN: "Safety plan",
    TALK_ABOUT: "Things I want to talk about",
    REFLECTIONS: "Reflections",
    JOURNAL: "Journal entries I chose to share",
}
SECTION_HELP: dict[str, str] = {
    CHECKINS: "the distress and comfort chart and its figures",
    PRACTICES: "each roadmap step's practices: distress before, at the peak and afterwards",
    ROADMAP: "where each step is now, and its changes in the range",
    THRESHOLDS: "the thresholds map over time, where each situation is now, and its moves",
    SAFETY_PLAN: "the safety plan: all its parts, or only those named as below",
    TALK_ABOUT: "notes from practice debriefs marked to talk about in therapy",
    REFLECTIONS: "my latest values sort, and reflections marked to share (none unless asked for)",
    JOURNAL: "journal entries marked 'share with my therapist' (none unless asked for)",
}
DEFAULT_SECTIONS: frozenset[str] = frozenset(SECTIONS) - {JOURNAL, REFLECTIONS}

SAFETY_PARTS: tuple[str, ...] = (
    "boundaries",
    "triggers",
    "signals",
    "pause-plan",
    "contacts",
    "routines",
    "scripts",
    "checklist",
)
SAFETY_PART_TITLES: dict[str, str] = {
    "boundaries": "Boundaries",
    "triggers": "Triggers and reminders",
    "signals": "Stop and pause signals",
    "pause-plan": "Pause plan",
    "contacts": "Support contacts",
    "routines": "Routines",
    "scripts": "Scripts",
    "checklist": "Boundary checklist",
}

# Other people's phone numbers, and what triggers the person, are the most private parts of
# the plan: a summary carries them only when the person ticks them.
PRIVATE_SAFETY_PARTS: frozenset[str] = frozenset({"contacts", "triggers"})
DEFAULT_SAFETY_PARTS: frozenset[str] = frozenset(SAFETY_PARTS) - PRIVATE_SAFETY_PARTS

DEFAULT_RANGE_DAYS = 90
TWO_WEEKS = 14
MAX_TAG_PATTERNS = 3


class SummaryError(ValueError):
    """Options that cannot make a summary (an unknown section name, say)."""


def _known(names: Iterable[str], allowed: Sequence[str], what: str) -> frozenset[str]:
    chosen = frozenset(names)
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise SummaryError(
            f"Haven does not know the {what} {', '.join(repr(u) for u in unknown)}. "
            f"The {what}s are: {', '.join(allowed)}."
        )
    return chosen


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """What the person chose: the dates (both included), the sections and their parts.

    `journal_uids`: None means every entry marked for sharing in the range (only used when
    "journal" is a chosen section); a set means only those entries (still only when marked
    for sharing and inside the range). `discreet` leaves Haven's name out of the file.
    """

    start: date
    end: date
    sections: AbstractSet[str] = DEFAULT_SECTIONS  # kept as a frozenset
    journal_uids: AbstractSet[str] | None = None
    safety_parts: AbstractSet[str] = DEFAULT_SAFETY_PARTS
    discreet: bool = False

    def __post_init__(self) -> None:
        if self.start > self.end:  # the intent is clear: swap rather than refuse
            start, end = self.end, self.start
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        object.__setattr__(self, "sections", _known(self.sections, SECTIONS, "section"))
        object.__setattr__(
            self, "safety_parts", _known(self.safety_parts, SAFETY_PARTS, "safety-plan part")
        )
        if self.journal_uids is not None:
            object.__setattr__(self, "journal_uids", frozenset(self.journal_uids))

    @classmethod
    def last_days(cls, days: int = DEFAULT_RANGE_DAYS, end: date | None = None) -> SummaryOptions:
        """The default choice: the last `days` days up to today, every section but the journal."""
        end = end or local_today()
        return cls(end - timedelta(days=days - 1), end)


# -- the sections, as plain data -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScaleFigures:
    """One scale's daily values over the range (each day weighs the same)."""

    mean: float
    lowest: float
    highest: float
    first_weeks: float | None  # the first 14 days' mean, when the range has at least 28
    last_weeks: float | None


@dataclass(frozen=True, slots=True)
class CheckinSummary:
    daily: tuple[DailyPoint, ...]  # with up to 6 days before the range, for the averages
    days_with_checkins: int
    checkins: int
    range_days: int
    distress: ScaleFigures | None
    comfort: ScaleFigures | None
    latest: tuple[date, float, float] | None  # the latest 7-day averages, and their day
    sleep_hours: float | None
    sleep_nights: int
    stress: float | None
    stress_days: int
    patterns: tuple[str, ...]
    peaks: tuple[PracticePoint, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class StepPractices:
    title: str
    step_uid: str | None
    points: tuple[PracticePoint, ...]  # finished practices in the range, oldest first

    def mean(self, attr: str) -> float | None:
        values = [getattr(p, attr) for p in self.points if getattr(p, attr) is not None]
        return sum(values) / len(values) if values else None


@dataclass(frozen=True, slots=True)
class PracticeSummary:
    steps: tuple[StepPractices, ...]

    @property
    def count(self) -> int:
        return sum(len(s.points) for s in self.steps)


@dataclass(frozen=True, slots=True)
class StepNow:
    position: int
    title: str
    state: str
    since: date | None


@dataclass(frozen=True, slots=True)
class StepChange:
    day: date
    step: str
    from_state: str | None
    to_state: str
    moved_back: bool
    paused: bool


@dataclass(frozen=True, slots=True)
class RoadmapSummary:
    steps: tuple[StepNow, ...]
    changes: tuple[StepChange, ...]


@dataclass(frozen=True, slots=True)
class ZoneMoveRow:
    day: date
    situation: str
    from_zone: str | None
    to_zone: str
    easier: bool | None


@dataclass(frozen=True, slots=True)
class ThresholdSummary:
    thresholds: tuple[Threshold, ...]  # for the chart; notes left out
    by_zone: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # zone → (situation, boundary)
    moves: tuple[ZoneMoveRow, ...]
    counts_text: str


@dataclass(frozen=True, slots=True)
class SafetyPlanSummary:
    """Each part is None when it was not chosen (and an empty tuple when chosen but empty)."""

    boundaries: tuple[Boundary, ...] | None = None
    triggers: tuple[Trigger, ...] | None = None
    stop_signals: tuple[Signal, ...] | None = None
    pause_signals: tuple[Signal, ...] | None = None
    my_pause_steps: tuple[PausePlanStep, ...] | None = None
    partner_pause_steps: tuple[PausePlanStep, ...] | None = None
    contacts: tuple[Contact, ...] | None = None
    routines: tuple[Routine, ...] | None = None
    scripts: tuple[Script, ...] | None = None
    checklist: tuple[ChecklistItem, ...] | None = None
    parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TalkItem:
    day: date
    step: str
    text: str


@dataclass(frozen=True, slots=True)
class SharedEntry:
    uid: str
    at: datetime
    title: str
    body: str
    tags: tuple[str, ...]
    distress: int | None
    comfort: int | None
    mood_label: str


@dataclass(frozen=True, slots=True)
class Summary:
    options: SummaryOptions
    title: str
    range_text: str
    prepared_note: str | None
    made_on: date
    checkins: CheckinSummary | None = None
    practices: PracticeSummary | None = None
    roadmap: RoadmapSummary | None = None
    thresholds: ThresholdSummary | None = None
    safety_plan: SafetyPlanSummary | None = None
    talk_about: tuple[TalkItem, ...] | None = None
    journal: tuple[SharedEntry, ...] | None = None
    reflections: ReflectionsSummary | None = None
    sections: tuple[str, ...] = field(default=())  # the chosen ones, in the PDF's order

    @property
    def full_title(self) -> str:
        return f"{self.title}, {self.range_text}"

    def describe(self) -> str:
        """What the summary holds, in words, for the message after saving it."""
        words = []
        for name in self.sections:
            if name == SAFETY_PLAN and self.safety_plan is not None:
                parts = ", ".join(SAFETY_PART_TITLES[p].lower() for p in self.safety_plan.parts)
                words.append(f"your safety plan ({parts})" if parts else "your safety plan")
            elif name == JOURNAL and self.journal is not None:
                n = len(self.journal)
                words.append(f"{n} journal {'entry' if n == 1 else 'entries'} you chose to share")
            elif name == REFLECTIONS:
                words.append("the reflections you chose")
            elif name == TALK_ABOUT:
                words.append("the things you want to talk about")
            else:
                words.append(f"your {SECTION_TITLES[name].lower()}")
        if not words:
            return f"It covers {self.range_text} and holds no section."
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        journal = "" if JOURNAL in self.sections else " No journal entries are in it."
        return f"It covers {self.range_text} and holds {listed}.{journal}"


# -- dates ---------------------------------------------------------------------------------


def format_day(day: date) -> str:
    """'3 March 2026'."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


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
    need_practices = bool(chosen & {CHECKINS, PRACTICES, TALK_ABOUT})
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
        parts["talk_about"] = _talk_about(practices, titles)
    if REFLECTIONS in chosen:
        parts["reflections"] = reflections_summary.build(vault, options.start, options.end)
    if JOURNAL in chosen:
        parts["journal"] = _journal(vault, options)
    return dataclasses.replace(summary, **parts)


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
    patterns: list[str] = []
    if shown:
        tag_patterns = [p for p in trends.tag_patterns(in_range) if p.enough_data]
        patterns += [p.describe() for p in tag_patterns[:MAX_TAG_PATTERNS]]
        sleep_pattern = trends.sleep_pattern(in_range)
        if sleep_pattern is not None and sleep_pattern.enough_data:
            patterns.append(sleep_pattern.describe())
    chosen = options.sections
    peaks = trends.peak_points(practices) if PRACTICES in chosen else []
    events: list[Event] = []
    if ROADMAP in chosen:
        changes = vault.roadmap.all_changes()
        events += [e for e in trends.step_events(changes) if _in(e.day, options)]
    if THRESHOLDS in chosen:
        moves = vault.thresholds.all_moves()
        events += [e for e in trends.zone_events(moves) if _in(e.day, options)]
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
        points = trends.practice_points(practices, uid)
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
    for zone in trends.ZONE_ORDER:
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
        counts_text = thresholds_summary_text(trends.zone_counts_over_time(clean, ends))
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


def _talk_about(practices: Sequence[Practice], titles: dict[str, str]) -> tuple[TalkItem, ...]:
    items = []
    for p in sorted(practices, key=lambda p: p.started_at):
        text = p.debrief.for_therapist.strip()
        if not text:
            continue
        step = titles.get(p.step_uid or "", "") if p.step_uid else ""
        items.append(TalkItem(trends.local_day(p.started_at), step, text))
    return tuple(items)


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

"""A therapy summary as plain, frozen data: the sections a person can choose, and one
dataclass per section, with no layout in it. `haven.report.summary.build_summary` fills them;
the PDF lays them out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from haven.domain.clock import today as local_today
from haven.domain.events import Event, PracticePoint
from haven.domain.models import (
    Boundary,
    ChecklistItem,
    Contact,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    Threshold,
    Trigger,
)
from haven.domain.trends import DailyPoint, Window
from haven.report.reflections_summary import ReflectionsSummary

if TYPE_CHECKING:
    pass


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


# The safety plan is the person's to add: it is long, and it is about the present, not the
# period. Journal text and reflections go in only when asked for.
DEFAULT_SECTIONS: frozenset[str] = frozenset(SECTIONS) - {JOURNAL, REFLECTIONS, SAFETY_PLAN}


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
        """The default choice: the last `days` days up to today, the default sections."""
        end = end or local_today()
        return cls(end - timedelta(days=days - 1), end)


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
    day: date  # the day it was added to the list
    step: str  # the roadmap step, for a practice's note; else ""
    text: str
    source: str = ""  # where it came from: "Typed", "Practice", "Check-in", …


@dataclass(frozen=True, slots=True)
class Glance:
    """Page 1, "At a glance": what a therapist reads first. Each part is None when its
    section was not chosen, so page 1 never shows more than the details do."""

    range_days: int
    checkin_days: int | None = None  # days with a check-in (never "out of" the range)
    start: Window | None = None  # distress and comfort at the start of the period
    end: Window | None = None  # … and at its end
    practices: tuple[tuple[str, int], ...] | None = None  # (step, finished practices)
    step_changes: tuple[StepChange, ...] | None = None
    zone_moves: tuple[ZoneMoveRow, ...] | None = None
    talk_about: tuple[TalkItem, ...] | None = None

    @property
    def practice_count(self) -> int:
        return sum(n for _, n in self.practices or ())


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
    glance: Glance | None = None
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

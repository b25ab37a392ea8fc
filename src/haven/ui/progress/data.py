"""What the Progress area shows, read from the vault in one go and turned into trends.

No Qt widgets and no matplotlib here, so loading can be tested on its own and importing this
module costs nothing at start-up.

Reading is kept to five queries (plus their tag/history lookups): every check-in, the
finished practices, the roadmap steps with their history, and the thresholds with their
history. The step changes and zone moves the chart marks are taken from those histories
rather than read a second time through `all_changes()` / `all_moves()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from haven.domain import events, patterns, trends
from haven.domain.events import Event, PracticePoint
from haven.domain.models import (
    CheckIn,
    Practice,
    PracticeStatus,
    RoadmapStep,
    StateChange,
    Threshold,
    ZoneMove,
)
from haven.domain.patterns import Pattern, pattern_sentences
from haven.domain.trends import DailyPoint
from haven.store.vault import Vault

UNTIED = "Practices not tied to a step"
# Tags with enough days are each described; the ones still gathering days share a line.
MAX_TAG_PATTERNS = 8


@dataclass(slots=True)
class ProgressData:
    checkins: list[CheckIn] = field(default_factory=list)
    daily: list[DailyPoint] = field(default_factory=list)
    peaks: list[PracticePoint] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)  # finished ones only
    steps: list[RoadmapStep] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    # Computed on demand, once per range: see `find_patterns`.
    patterns: dict[tuple[date, date], list[Pattern]] = field(default_factory=dict)

    def find_patterns(self, start: date, end: date) -> list[Pattern]:
        """Tag and sleep patterns over the check-ins of the range shown, and only those:
        the words under a chart that says "Last 90 days" are about those 90 days. The rules
        are the summary's too (`haven.domain.patterns.find_patterns`)."""
        key = (start, end)
        if key not in self.patterns:
            self.patterns[key] = patterns.find_patterns(self.checkins, start, end)
        return self.patterns[key]

    @property
    def first_day(self) -> date | None:
        return self.daily[0].day if self.daily else None

    def step_choices(self) -> list[tuple[str | None, str]]:
        """(step uid, title) for the step picker, in the roadmap's own order.

        Practices not tied to any step get their own entry (uid None) when there are some.
        """
        choices: list[tuple[str | None, str]] = [(s.uid, s.title) for s in self.steps]
        if any(p.step_uid is None for p in self.practices):
            choices.append((None, UNTIED))
        return choices

    def default_step(self) -> str | None:
        """The step of the most recent finished practice, else the first step."""
        if self.practices:
            return max(self.practices, key=lambda p: p.started_at).step_uid
        return self.steps[0].uid if self.steps else None


def load(vault: Vault) -> ProgressData:
    """Everything the charts need; the patterns are worked out later, when shown."""
    checkins = vault.checkins.list()
    practices = vault.practices.list(status=PracticeStatus.DONE)
    steps = vault.roadmap.list()
    thresholds = vault.thresholds.list()
    changes: list[tuple[str, StateChange]] = [(s.title, c) for s in steps for c in s.history]
    moves: list[tuple[str, ZoneMove]] = [(t.situation, m) for t in thresholds for m in t.history]
    return ProgressData(
        checkins=checkins,
        daily=trends.daily_series(checkins),
        peaks=events.peak_points(practices),
        events=[*events.step_events(changes), *events.zone_events(moves)],
        practices=practices,
        steps=steps,
        thresholds=thresholds,
    )


NOT_ENOUGH_AT_ALL = (
    "There is not enough yet to see patterns in these dates. They appear once at least "
    f"{trends.MIN_PATTERN_DAYS} days have a tag, or sleep hours, and "
    f"{trends.MIN_PATTERN_DAYS} days do not."
)


def pattern_texts(patterns: list[Pattern]) -> list[str]:
    """Plain sentences for the patterns card, with the days behind each.

    Tags that differ by a point or more come first (most days first), each in its own
    sentence; tags about the same share a line, as do tags still gathering days; sleep
    comes last. The order and the words are the domain's, shared with the summary.
    """
    texts = pattern_sentences(patterns, max_tags=MAX_TAG_PATTERNS, include_waiting=True)
    return texts or [NOT_ENOUGH_AT_ALL]

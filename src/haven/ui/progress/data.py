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
from haven.domain.patterns import Pattern, PatternKind
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
    patterns: list[Pattern] | None = None  # computed on demand: see `find_patterns`

    def find_patterns(self) -> list[Pattern]:
        """Tag and sleep patterns over every check-in (worked out once, when first asked)."""
        if self.patterns is None:
            found = patterns.tag_patterns(self.checkins)
            sleep = patterns.sleep_pattern(self.checkins)
            if sleep is not None:
                found.append(sleep)
            self.patterns = found
        return self.patterns

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
    "There is not enough yet to see patterns. They appear once at least "
    f"{trends.MIN_PATTERN_DAYS} days have a tag, or sleep hours, and "
    f"{trends.MIN_PATTERN_DAYS} days do not."
)


def pattern_texts(patterns: list[Pattern]) -> list[str]:
    """Plain sentences for the patterns card, with the days behind each.

    Tags with enough days come first (most days first), each in its own sentence; tags still
    gathering days are named together in one calm line; sleep comes last.
    """
    ready = [p for p in patterns if p.kind == PatternKind.TAG and p.enough_data]
    waiting = [p for p in patterns if p.kind == PatternKind.TAG and not p.enough_data]
    sleep = [p for p in patterns if p.kind == PatternKind.SLEEP]
    if not patterns:
        return [NOT_ENOUGH_AT_ALL]
    texts = [p.describe() for p in ready[:MAX_TAG_PATTERNS]]
    if len(ready) > MAX_TAG_PATTERNS:
        more = len(ready) - MAX_TAG_PATTERNS
        texts.append(
            f"{more} more {'tag has' if more == 1 else 'tags have'} enough days for a pattern; "
            "the ones above have the most days."
        )
    if len(waiting) == 1:
        texts.append(waiting[0].describe())
    elif waiting:
        n = trends.MIN_PATTERN_DAYS
        names = ", ".join(f"'{p.subject}'" for p in sorted(waiting, key=lambda p: p.subject))
        texts.append(
            f"There is not enough yet to see a pattern for {names} "
            f"(each needs at least {n} days with the tag and {n} without)."
        )
    texts += [p.describe() for p in sleep]
    return texts

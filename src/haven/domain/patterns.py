"""Patterns in words: what tends to go with lower or higher distress (a tag, short nights),
said only when there are enough days on each side, never as a cause."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import StrEnum

from haven.domain.models import (
    CheckIn,
)
from haven.domain.trends import (
    MIN_PATTERN_DAYS,
    SHORT_NIGHT_HOURS,
    DailyPoint,
    daily_series,
    local_day,
)


class PatternKind(StrEnum):
    TAG = "tag"
    SLEEP = "sleep"


@dataclass(frozen=True, slots=True)
class GroupAverages:
    """The days in one group, and their mean distress and mean comfort (None when empty)."""

    days: int
    distress: float | None
    comfort: float | None

    @classmethod
    def of(cls, points: Sequence[DailyPoint]) -> GroupAverages:
        if not points:
            return cls(0, None, None)
        return cls(
            len(points),
            sum(p.distress for p in points) / len(points),
            sum(p.comfort for p in points) / len(points),
        )


def _days(n: int, word: str = "day") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _hours(hours: float) -> str:
    return f"{hours:g}"


@dataclass(frozen=True, slots=True)
class Pattern:
    """Two groups of days side by side, described in plain words.

    For a tag, `group` is the days tagged with it and `rest` the other days with check-ins.
    For sleep, `group` is the days after short nights and `rest` the days after longer ones.
    """

    kind: PatternKind
    subject: str
    group: GroupAverages
    rest: GroupAverages
    min_days: int = MIN_PATTERN_DAYS
    short_night_hours: float = SHORT_NIGHT_HOURS

    @property
    def enough_data(self) -> bool:
        """Shown only with at least `min_days` days on each side; fewer could mislead."""
        return self.group.days >= self.min_days and self.rest.days >= self.min_days

    def describe(self) -> str:
        if not self.enough_data:
            return self._not_enough()
        g, r = self.group, self.rest
        if self.kind == PatternKind.TAG:
            return (
                f"On days tagged '{self.subject}' ({_days(g.days)}), distress averaged "
                f"{g.distress:.1f}; on other days ({_days(r.days)}), {r.distress:.1f}. "
                f"Comfort averaged {g.comfort:.1f} on days tagged '{self.subject}' and "
                f"{r.comfort:.1f} on other days."
            )
        hours = _hours(self.short_night_hours)
        return (
            f"After nights under {hours} hours of sleep ({_days(g.days, 'night')}), distress "
            f"the next day averaged {g.distress:.1f}; after nights of {hours} hours or more "
            f"({_days(r.days, 'night')}), {r.distress:.1f}. Comfort the next day averaged "
            f"{g.comfort:.1f} after the shorter nights and {r.comfort:.1f} after the longer ones."
        )

    def _not_enough(self) -> str:
        n = self.min_days
        if self.kind == PatternKind.TAG:
            return (
                f"There is not enough yet to see a pattern for '{self.subject}' "
                f"(needs at least {n} days with and {n} without)."
            )
        hours = _hours(self.short_night_hours)
        return (
            "There is not enough yet to see a pattern for sleep (needs at least "
            f"{n} nights under {hours} hours and {n} of {hours} hours or more)."
        )


def tag_patterns(
    checkins: Sequence[CheckIn],
    min_days: int = MIN_PATTERN_DAYS,
    tz: tzinfo | None = None,
) -> list[Pattern]:
    """For every tag: the days with it against the other days with check-ins.

    A day counts as tagged when any of its check-ins carries the tag. Patterns with enough
    data come first (most tagged days first), then those still gathering days, by name.
    Every tag is returned, so the person can see which ones are not ready yet and why.
    """
    points = {p.day: p for p in daily_series(checkins, tz)}
    tagged: dict[str, set[date]] = defaultdict(set)
    for checkin in checkins:
        for tag in checkin.tags:
            tagged[tag].add(local_day(checkin.at, tz))
    patterns = []
    for tag, days in tagged.items():
        group = [points[d] for d in sorted(days)]
        rest = [p for d, p in sorted(points.items()) if d not in days]
        patterns.append(
            Pattern(
                PatternKind.TAG,
                tag,
                GroupAverages.of(group),
                GroupAverages.of(rest),
                min_days=min_days,
            )
        )
    patterns.sort(key=lambda p: (not p.enough_data, -p.group.days, p.subject))
    return patterns


def sleep_pattern(
    checkins: Sequence[CheckIn],
    min_days: int = MIN_PATTERN_DAYS,
    tz: tzinfo | None = None,
    *,
    short_night_hours: float = SHORT_NIGHT_HOURS,
    night_before: bool = True,
) -> Pattern | None:
    """Sleep against the next day's distress and comfort; None when no sleep was recorded.

    A check-in's "hours slept" is read as the night *before* its day (what the question
    means when asked during the day), so the day after that night is the check-in's own day.
    With `night_before=False` the hours are taken as the night after the check-in, and the
    next calendar day's ratings are used. Several sleep values on one day are averaged; a
    night only counts when the following day has a check-in.
    """
    points = {p.day: p for p in daily_series(checkins, tz)}
    sleep: dict[date, list[float]] = defaultdict(list)
    for checkin in checkins:
        if checkin.sleep_hours is not None:
            sleep[local_day(checkin.at, tz)].append(float(checkin.sleep_hours))
    if not sleep:
        return None
    shift = timedelta(days=0 if night_before else 1)
    short, longer = [], []
    for day, hours in sorted(sleep.items()):
        next_day = points.get(day + shift)
        if next_day is None:
            continue
        (short if sum(hours) / len(hours) < short_night_hours else longer).append(next_day)
    return Pattern(
        PatternKind.SLEEP,
        "sleep",
        GroupAverages.of(short),
        GroupAverages.of(longer),
        min_days=min_days,
        short_night_hours=short_night_hours,
    )

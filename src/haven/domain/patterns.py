"""Patterns in words: what tends to go with lower or higher distress (a tag, short nights),
said only when there are enough days on each side, never as a cause.

The rules live here, once, for the Progress area and the therapy summary alike:

* Only the chosen period counts (`find_patterns(checkins, start, end)`): a pattern under a
  chart that says "Last 90 days" is about those 90 days, not every day ever recorded.
* At least `MIN_PATTERN_DAYS` (10) days with and 10 without. Fewer could mislead.
* A difference under `MIN_PATTERN_DIFFERENCE` (1 point) is "about the same", and its numbers
  are not reported: 3.4 against 3.6 is noise, and printing it invites a story that is not
  there. The comparison uses the numbers as shown (one decimal), so the words always agree
  with what a reader could work out from them.
"""

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
    MIN_PATTERN_DIFFERENCE,
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


def _differs(a: float | None, b: float | None) -> bool:
    """1 point or more apart, as shown (one decimal each)."""
    if a is None or b is None:
        return False
    return abs(round(a, 1) - round(b, 1)) >= MIN_PATTERN_DIFFERENCE - 1e-9


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

    @property
    def distress_differs(self) -> bool:
        return self.enough_data and _differs(self.group.distress, self.rest.distress)

    @property
    def comfort_differs(self) -> bool:
        return self.enough_data and _differs(self.group.comfort, self.rest.comfort)

    @property
    def notable(self) -> bool:
        """Enough days, and at least one scale differs by 1 point or more."""
        return self.distress_differs or self.comfort_differs

    @property
    def about_the_same(self) -> bool:
        """Enough days, and both scales less than 1 point apart."""
        return self.enough_data and not self.notable

    def describe(self) -> str:
        if not self.enough_data:
            return self._not_enough()
        g, r = self.group, self.rest
        if self.kind == PatternKind.TAG:
            with_, other = f"days tagged '{self.subject}'", "other days"
            both = f"On {with_} ({_days(g.days)}) and on {other} ({_days(r.days)}),"
            distress = (
                f"On {with_} ({_days(g.days)}), distress averaged {g.distress:.1f}; "
                f"on {other} ({_days(r.days)}), {r.distress:.1f}."
            )
            comfort = f"Comfort averaged {g.comfort:.1f} on {with_} and {r.comfort:.1f} on {other}."
        else:
            hours = _hours(self.short_night_hours)
            short = f"nights under {hours} hours of sleep"
            longer = f"nights of {hours} hours or more"
            both = (
                f"After {short} ({_days(g.days, 'night')}) and after {longer} "
                f"({_days(r.days, 'night')}), the next day's"
            )
            distress = (
                f"After {short} ({_days(g.days, 'night')}), distress the next day averaged "
                f"{g.distress:.1f}; after {longer} ({_days(r.days, 'night')}), {r.distress:.1f}."
            )
            comfort = (
                f"Comfort the next day averaged {g.comfort:.1f} after the shorter nights and "
                f"{r.comfort:.1f} after the longer ones."
            )
        if self.distress_differs and self.comfort_differs:
            return f"{distress} {comfort}"
        if self.distress_differs:
            return f"{distress} Comfort was about the same."
        if self.comfort_differs:
            return f"{both} distress was about the same. {comfort}"
        return f"{both} distress and comfort were about the same (less than 1 point apart)."

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

    A day counts as tagged when any of its check-ins carries the tag. Patterns that differ
    by a point or more come first, then those about the same, then those still gathering
    days (most tagged days first within each, then by name).
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
    patterns.sort(key=lambda p: (not p.notable, not p.enough_data, -p.group.days, p.subject))
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


def in_period(
    checkins: Sequence[CheckIn], start: date | None, end: date | None, tz: tzinfo | None = None
) -> list[CheckIn]:
    """The check-ins whose local day lies in start…end (both included; None: open)."""
    return [
        c
        for c in checkins
        if (start is None or local_day(c.at, tz) >= start)
        and (end is None or local_day(c.at, tz) <= end)
    ]


def find_patterns(
    checkins: Sequence[CheckIn],
    start: date | None = None,
    end: date | None = None,
    *,
    tz: tzinfo | None = None,
    min_days: int = MIN_PATTERN_DAYS,
) -> list[Pattern]:
    """Every tag pattern and the sleep pattern (last, when sleep was noted), from the
    check-ins inside the period only. The one entry point for the Progress area and the
    therapy summary, so both say the same thing about the same days."""
    chosen = in_period(checkins, start, end, tz)
    found = tag_patterns(chosen, min_days, tz)
    sleep = sleep_pattern(chosen, min_days, tz)
    if sleep is not None:
        found.append(sleep)
    return found


def _quoted_list(names: Sequence[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def pattern_sentences(
    patterns: Sequence[Pattern], *, max_tags: int, include_waiting: bool
) -> list[str]:
    """The sentences a reader sees, in order: tags that differ (most days first, at most
    `max_tags`), tags about the same (together, in one line), tags still gathering days
    (only with `include_waiting`), then sleep. Empty when there is nothing to say."""
    tags = [p for p in patterns if p.kind == PatternKind.TAG]
    notable = [p for p in tags if p.notable]
    same = [p for p in tags if p.about_the_same]
    waiting = [p for p in tags if not p.enough_data]
    texts = [p.describe() for p in notable[:max_tags]]
    if len(notable) > max_tags:
        more = len(notable) - max_tags
        texts.append(
            f"{more} more {'tag differs' if more == 1 else 'tags differ'} by a point or more; "
            "the ones above have the most days."
        )
    if len(same) == 1:
        texts.append(same[0].describe())
    elif same:
        names = _quoted_list(sorted(p.subject for p in same))
        texts.append(
            f"With and without the tags {names}, distress and comfort were about the same "
            "(less than 1 point apart)."
        )
    if include_waiting and len(waiting) == 1:
        texts.append(waiting[0].describe())
    elif include_waiting and waiting:
        n = waiting[0].min_days
        names = _quoted_list(sorted(p.subject for p in waiting))
        texts.append(
            f"There is not enough yet to see a pattern for {names} "
            f"(each needs at least {n} days with the tag and {n} without)."
        )
    for p in patterns:
        if p.kind == PatternKind.SLEEP and (p.enough_data or include_waiting):
            texts.append(p.describe())
    return texts

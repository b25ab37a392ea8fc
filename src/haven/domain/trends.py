"""Trends for the Progress area: daily values, rolling means, ranges, patterns, zone counts.

Pure standard-library Python, so the domain stays light and these rules are quick to test;
the charts in `haven.report.charts` only draw what is computed here.

Choices that shape every number (and why):

* A day is a *local calendar date*. A check-in belongs to the date its own clock showed
  (the offset it was stored with), or to its date in `tz` when one is given. Windows and
  buckets step by calendar days (`date + timedelta(days=1)`), never by 24-hour offsets, so a
  daylight-saving change can never move a check-in to the wrong day or make a "7-day" window
  hold six or eight days.
* Each day counts once. Several check-ins on one day are averaged first, so a day with five
  check-ins does not outweigh a day with one.
* Distress and comfort are always kept as two separate numbers; nothing here merges them.
* Pattern words describe what happened together in the person's own entries. They never
  claim a cause, and they only appear when there are enough days on both sides.
"""

from __future__ import annotations

import calendar
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from haven.domain.models import (
    CheckIn,
    Practice,
    PracticeStatus,
    StateChange,
    Threshold,
    Zone,
    ZoneMove,
)

ROLLING_WINDOW_DAYS = 7
MIN_PATTERN_DAYS = 3
SHORT_NIGHT_HOURS = 6.0

# Longest span (in days, inclusive) still drawn day by day, then week by week.
DAILY_MAX_DAYS = 400
WEEKLY_MAX_DAYS = 4 * 365 + 1

PATTERN_NOTE = (
    "These are patterns in your own entries, not causes. Many things shape how a day feels."
)


class Scale(StrEnum):
    """The two rating scales. They are always shown side by side, never merged."""

    DISTRESS = "distress"
    COMFORT = "comfort"


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date a moment belongs to: its own wall-clock date, or its date in `tz`.

    A stored check-in keeps the offset it was made with, so without `tz` the date is the one
    the person saw on their clock that day, even after travel or a clock change.
    """
    if tz is not None:
        moment = moment.astimezone(tz)
    return moment.date()


# -- daily values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyPoint:
    """One calendar day (or one bucket of days): mean distress, mean comfort, check-ins."""

    day: date
    distress: float
    comfort: float
    n: int

    def value(self, scale: Scale | str) -> float:
        return self.distress if Scale(scale) == Scale.DISTRESS else self.comfort


def daily_series(checkins: Iterable[CheckIn], tz: tzinfo | None = None) -> list[DailyPoint]:
    """One point per local day that has check-ins, oldest first.

    Several check-ins on one day are averaged, so each day weighs the same in every later
    mean and pattern.
    """
    sums: dict[date, list[float]] = {}
    for checkin in checkins:
        day = local_day(checkin.at, tz)
        acc = sums.setdefault(day, [0.0, 0.0, 0])
        acc[0] += checkin.distress
        acc[1] += checkin.comfort
        acc[2] += 1
    return [
        DailyPoint(day, acc[0] / acc[2], acc[1] / acc[2], int(acc[2]))
        for day, acc in sorted(sums.items())
    ]


def rolling_mean(
    points: Sequence[DailyPoint],
    window_days: int = ROLLING_WINDOW_DAYS,
    *,
    scale: Scale | str = Scale.DISTRESS,
) -> list[tuple[date, float | None]]:
    """A trailing mean over `window_days` calendar days, for every day from first to last.

    The window for day d is d - (window_days - 1) … d, so the newest value never uses days
    that have not happened yet and "the last 7 days" means what it says. Days without a
    check-in are left out of the mean rather than counted as zero; a window with no check-in
    at all gives None (drawn as a gap, not a made-up value). One day with data is enough
    for a value, so a short history still shows a line.
    """
    if window_days < 1:
        raise ValueError("A rolling window covers at least one day.")
    if not points:
        return []
    values = {p.day: p.value(scale) for p in points}
    first, last = min(values), max(values)
    out: list[tuple[date, float | None]] = []
    window: deque[tuple[date, float]] = deque()  # the days with data inside the window
    total = 0.0
    day = first
    while day <= last:
        if day in values:
            window.append((day, values[day]))
            total += values[day]
        oldest_allowed = day - timedelta(days=window_days - 1)
        while window and window[0][0] < oldest_allowed:
            total -= window.popleft()[1]
        out.append((day, total / len(window) if window else None))
        day += timedelta(days=1)
    return out


# -- ranges and buckets ---------------------------------------------------------------------


class Bucket(StrEnum):
    """How many days one drawn point stands for. Long ranges use fewer, averaged points."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        return {"day": "daily", "week": "weekly average", "month": "monthly average"}[self.value]


def choose_bucket(start: date, end: date) -> Bucket:
    """Days up to about 13 months, weeks up to 4 years, months beyond.

    This keeps every chart under a few hundred points (10 years by month is 120), which is
    both readable and quick to draw.
    """
    span = abs((end - start).days) + 1
    if span <= DAILY_MAX_DAYS:
        return Bucket.DAY
    if span <= WEEKLY_MAX_DAYS:
        return Bucket.WEEK
    return Bucket.MONTH


def bucket_start(day: date, bucket: Bucket | str) -> date:
    """The first day of the bucket holding `day`: itself, its Monday, or the 1st."""
    bucket = Bucket(bucket)
    if bucket == Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    if bucket == Bucket.MONTH:
        return day.replace(day=1)
    return day


def bucket_days(start: date, bucket: Bucket | str) -> int:
    """How many calendar days the bucket starting at `start` covers."""
    bucket = Bucket(bucket)
    if bucket == Bucket.WEEK:
        return 7
    if bucket == Bucket.MONTH:
        return calendar.monthrange(start.year, start.month)[1]
    return 1


def downsample(points: Sequence[DailyPoint], bucket: Bucket | str) -> list[DailyPoint]:
    """Average daily points into weeks (Monday first) or calendar months.

    Each resulting point is dated at its bucket's first day; its values are the mean of the
    daily means inside it (each day weighs the same) and `n` is the number of check-ins.
    """
    bucket = Bucket(bucket)
    if bucket == Bucket.DAY:
        return list(points)
    groups: dict[date, list[DailyPoint]] = defaultdict(list)
    for p in points:
        groups[bucket_start(p.day, bucket)].append(p)
    return [
        DailyPoint(
            start,
            sum(p.distress for p in group) / len(group),
            sum(p.comfort for p in group) / len(group),
            sum(p.n for p in group),
        )
        for start, group in sorted(groups.items())
    ]


def downsample_values(
    values: Sequence[tuple[date, float | None]], bucket: Bucket | str
) -> list[tuple[date, float | None]]:
    """Average (day, value) pairs such as a rolling mean into buckets, skipping gaps (None)."""
    bucket = Bucket(bucket)
    if bucket == Bucket.DAY:
        return list(values)
    sums: dict[date, list[float]] = {}
    for day, value in values:
        acc = sums.setdefault(bucket_start(day, bucket), [0.0, 0])
        if value is not None:
            acc[0] += value
            acc[1] += 1
    return [(start, acc[0] / acc[1] if acc[1] else None) for start, acc in sorted(sums.items())]


class RangeChoice(StrEnum):
    """The ranges the Progress area offers."""

    LAST_30_DAYS = "30d"
    LAST_90_DAYS = "90d"
    LAST_YEAR = "year"
    EVERYTHING = "all"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return RANGE_LABELS[self]


RANGE_LABELS = {
    RangeChoice.LAST_30_DAYS: "Last 30 days",
    RangeChoice.LAST_90_DAYS: "Last 90 days",
    RangeChoice.LAST_YEAR: "Last year",
    RangeChoice.EVERYTHING: "Everything",
    RangeChoice.CUSTOM: "Custom dates",
}

_RANGE_LENGTH = {
    RangeChoice.LAST_30_DAYS: 30,
    RangeChoice.LAST_90_DAYS: 90,
    RangeChoice.LAST_YEAR: 365,
}


@dataclass(frozen=True, slots=True)
class DateRange:
    """Both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def resolve_range(
    choice: RangeChoice | str,
    today: date,
    *,
    first_day: date | None = None,
    custom: tuple[date, date] | None = None,
) -> DateRange:
    """Turn a range choice into dates, ending today (both ends included).

    "Last 30 days" is today and the 29 days before it. "Everything" starts at `first_day`
    (the earliest day with data) or today when there is none yet. Custom dates given in the
    wrong order are swapped rather than refused: the person's intent is clear.
    """
    choice = RangeChoice(choice)
    if choice == RangeChoice.CUSTOM:
        if custom is None:
            raise ValueError("Custom dates need a start and an end.")
        start, end = sorted(custom)
        return DateRange(start, end)
    if choice == RangeChoice.EVERYTHING:
        start = min(first_day, today) if first_day is not None else today
        return DateRange(start, today)
    return DateRange(today - timedelta(days=_RANGE_LENGTH[choice] - 1), today)


def in_range(points: Iterable[DailyPoint], start: date, end: date) -> list[DailyPoint]:
    return [p for p in points if start <= p.day <= end]


# -- patterns -------------------------------------------------------------------------------


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


# -- practices and events -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PracticePoint:
    """One finished practice: distress before, at its peak, and afterwards (each optional)."""

    day: date
    at: datetime
    before: int | None
    peak: int | None
    after: int | None
    step_uid: str | None
    uid: str


def _practice_point(p: Practice, tz: tzinfo | None) -> PracticePoint:
    return PracticePoint(
        local_day(p.started_at, tz),
        p.started_at,
        p.pre.distress_now,
        p.debrief.distress_peak,
        p.debrief.distress_after,
        p.step_uid,
        p.uid,
    )


def practice_points(
    practices: Iterable[Practice], step_uid: str | None, tz: tzinfo | None = None
) -> list[PracticePoint]:
    """The finished practices of one step (None: those not tied to a step), oldest first.

    Drafts are left out: a half-written debrief is not yet a practice's story.
    """
    chosen = [
        _practice_point(p, tz)
        for p in practices
        if p.status == PracticeStatus.DONE and p.step_uid == step_uid
    ]
    return sorted(chosen, key=lambda pt: pt.at)


def peak_points(practices: Iterable[Practice], tz: tzinfo | None = None) -> list[PracticePoint]:
    """Every finished practice (any step) that has a peak distress, oldest first."""
    chosen = [
        _practice_point(p, tz)
        for p in practices
        if p.status == PracticeStatus.DONE and p.debrief.distress_peak is not None
    ]
    return sorted(chosen, key=lambda pt: pt.at)


class EventKind(StrEnum):
    STEP = "step"
    ZONE = "zone"

    @property
    def label(self) -> str:
        return {"step": "Roadmap step change", "zone": "Threshold move"}[self.value]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated marker on the progress chart, with the words shown beside it."""

    day: date
    kind: EventKind
    label: str


def step_events(
    changes: Iterable[tuple[str, StateChange]], tz: tzinfo | None = None
) -> list[Event]:
    """Markers from `roadmap.all_changes()`: "<step>: <new state>"."""
    return [
        Event(local_day(c.at, tz), EventKind.STEP, f"{title}: {c.to_state.label}")
        for title, c in sorted(changes, key=lambda tc: tc[1].at)
    ]


def zone_events(moves: Iterable[tuple[str, ZoneMove]], tz: tzinfo | None = None) -> list[Event]:
    """Markers from `thresholds.all_moves()`: "<situation>: <new zone>"."""
    return [
        Event(local_day(m.at, tz), EventKind.ZONE, f"{situation}: {m.to_zone.label}")
        for situation, m in sorted(moves, key=lambda sm: sm[1].at)
    ]


# -- thresholds over time -------------------------------------------------------------------

ZONE_ORDER = (Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES, Zone.NOT_YET)


def zone_timeline(
    threshold: Threshold, tz: tzinfo | None = None
) -> tuple[date | None, Zone | None, list[tuple[date, Zone]]]:
    """When a situation starts to count, its zone then, and its later moves by local day.

    It starts to count on the day it was added. Before any move it sits in the first move's
    `from_zone` (or its current zone if it never moved). A first move without a `from_zone`
    is the situation being placed, so it counts from that move's day instead.
    """
    moves = sorted(threshold.history, key=lambda m: m.at)
    start: date | None = local_day(threshold.created_at, tz)
    initial: Zone | None
    if not moves:
        initial = threshold.zone
    elif moves[0].from_zone is not None:
        initial = moves[0].from_zone
    else:
        initial = None
        start = local_day(moves[0].at, tz)
    timeline = [(local_day(m.at, tz), m.to_zone) for m in moves]
    if timeline and start is not None and timeline[0][0] < start:
        start = timeline[0][0]  # a move dated before creation (an import): count from it
    return start, initial, timeline


def zone_counts_over_time(
    thresholds: Iterable[Threshold], days: Sequence[date], tz: tzinfo | None = None
) -> list[tuple[date, dict[Zone, int]]]:
    """How many situations sat in each zone at the end of each of `days` (ascending).

    A situation's zone on a day is its zone after its last move on or before that day;
    before it existed it is not counted. Each situation's own `history` is used (not the
    situation text from `all_moves()`), since two situations may share the same words.
    """
    ordered = list(days)
    counts = [dict.fromkeys(ZONE_ORDER, 0) for _ in ordered]
    for threshold in thresholds:
        start, zone, timeline = zone_timeline(threshold, tz)
        i = 0
        for index, day in enumerate(ordered):
            if start is None or day < start:
                continue
            while i < len(timeline) and timeline[i][0] <= day:
                zone = timeline[i][1]
                i += 1
            if zone is not None:
                counts[index][zone] += 1
    return list(zip(ordered, counts, strict=True))


def days_from(start: date, end: date, step_days: int = 1) -> list[date]:
    """Calendar days from start to end every `step_days`, always ending with `end`."""
    out = []
    day = start
    while day <= end:
        out.append(day)
        day += timedelta(days=step_days)
    if out and out[-1] != end:
        out.append(end)
    return out

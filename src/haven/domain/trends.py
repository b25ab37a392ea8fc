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
)

ROLLING_WINDOW_DAYS = 7
MIN_PATTERN_DAYS = 10  # days with and days without, each, before a pattern is said
MIN_PATTERN_DIFFERENCE = 1.0  # points; a smaller gap is "about the same"
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


# -- the start and the end of a period -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    """A few days at one edge of a period: their mean distress and comfort (None without a
    check-in) and how many of those days had one."""

    first: date
    last: date
    days_with_checkins: int
    distress: float | None
    comfort: float | None

    @property
    def length(self) -> int:
        return (self.last - self.first).days + 1


def edge_window_days(start: date, end: date) -> int:
    """How many days "the start" and "the end" of a period each cover: two weeks from four
    weeks on, one week from two weeks on, else half the period (at least a day). Long enough
    that one hard day does not stand for the whole start; short enough to differ from the
    end."""
    span = abs((end - start).days) + 1
    if span >= 28:
        return 14
    if span >= 14:
        return 7
    return max(1, span // 2)


def window(points: Iterable[DailyPoint], first: date, last: date) -> Window:
    inside = [p for p in points if first <= p.day <= last]
    if not inside:
        return Window(first, last, 0, None, None)
    return Window(
        first,
        last,
        len(inside),
        sum(p.distress for p in inside) / len(inside),
        sum(p.comfort for p in inside) / len(inside),
    )


def start_and_end(points: Sequence[DailyPoint], start: date, end: date) -> tuple[Window, Window]:
    """Distress and comfort at the start and at the end of a period, each day weighing the
    same (see `edge_window_days`)."""
    n = edge_window_days(start, end)
    return (
        window(points, start, start + timedelta(days=n - 1)),
        window(points, end - timedelta(days=n - 1), end),
    )


# -- patterns -------------------------------------------------------------------------------


# -- practices and events -------------------------------------------------------------------


# -- thresholds over time -------------------------------------------------------------------

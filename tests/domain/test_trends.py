"""Trends: daily values, rolling means, buckets, ranges, patterns, zone counts, practices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from haven.domain import events, trends
from haven.domain.models import (
    CheckIn,
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    StateChange,
    StepState,
    Threshold,
    Zone,
    ZoneMove,
)
from haven.domain.trends import Bucket, DailyPoint, DateRange, RangeChoice, Scale

LONDON = ZoneInfo("Europe/London")
PLUS_ONE = timezone(timedelta(hours=1))
D0 = date(2026, 3, 2)  # a Monday


def at(day: date, hour: int = 20, minute: int = 0, tz: timezone | ZoneInfo = PLUS_ONE) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def checkin(
    day: date,
    distress: int,
    comfort: int = 5,
    *,
    tags: tuple[str, ...] = (),
    sleep: float | None = None,
    hour: int = 20,
) -> CheckIn:
    return CheckIn(
        distress=distress, comfort=comfort, at=at(day, hour), tags=list(tags), sleep_hours=sleep
    )


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def points(values: dict[int, float]) -> list[DailyPoint]:
    return [DailyPoint(day(n), v, 10 - v, 1) for n, v in sorted(values.items())]


# -- daily series ---------------------------------------------------------------------------


def test_several_checkins_on_one_day_are_averaged_and_counted() -> None:
    series = trends.daily_series(
        [checkin(day(1), 6, 2, hour=21), checkin(day(0), 3, 7), checkin(day(1), 2, 5, hour=9)]
    )
    assert series == [DailyPoint(day(0), 3.0, 7.0, 1), DailyPoint(day(1), 4.0, 3.5, 2)]


def test_no_checkins_give_an_empty_series() -> None:
    assert trends.daily_series([]) == []


def test_a_checkin_belongs_to_the_date_its_own_clock_showed() -> None:
    # 00:30 at +01:00 is still the previous evening in UTC; the person's day is the later one.
    late = CheckIn(distress=4, comfort=4, at=datetime(2026, 3, 10, 0, 30, tzinfo=PLUS_ONE))
    assert [p.day for p in trends.daily_series([late])] == [date(2026, 3, 10)]
    assert [p.day for p in trends.daily_series([late], tz=UTC)] == [date(2026, 3, 9)]


# -- rolling means --------------------------------------------------------------------------


def test_rolling_mean_matches_hand_computed_values() -> None:
    series = points({0: 2, 1: 4, 2: 6, 3: 8, 4: 10})
    # window of 3: 2, (2+4)/2, (2+4+6)/3, (4+6+8)/3, (6+8+10)/3
    assert trends.rolling_mean(series, 3) == [
        (day(0), 2.0),
        (day(1), 3.0),
        (day(2), 4.0),
        (day(3), 6.0),
        (day(4), 8.0),
    ]


def test_rolling_mean_of_comfort_uses_the_comfort_values() -> None:
    series = points({0: 2, 1: 4})  # comfort is 8 and 6
    assert trends.rolling_mean(series, 7, scale=Scale.COMFORT) == [(day(0), 8.0), (day(1), 7.0)]


def test_rolling_mean_skips_missing_days_and_leaves_empty_windows_as_gaps() -> None:
    series = points({0: 2, 1: 4, 10: 6})
    result = dict(trends.rolling_mean(series, 7))
    assert len(result) == 11  # every calendar day from first to last
    assert result[day(0)] == 2.0
    assert result[day(6)] == 3.0  # days 0–6 hold 2 and 4; empty days are not zeros
    assert result[day(7)] == 4.0  # day 0 has left the window
    assert result[day(8)] is None  # days 2–8: nothing
    assert result[day(9)] is None
    assert result[day(10)] == 6.0


def test_rolling_mean_of_nothing_and_of_one_day() -> None:
    assert trends.rolling_mean([], 7) == []
    assert trends.rolling_mean(points({0: 3}), 7) == [(day(0), 3.0)]


def test_a_rolling_window_needs_at_least_one_day() -> None:
    with pytest.raises(ValueError):
        trends.rolling_mean(points({0: 3}), 0)


@pytest.mark.parametrize(
    ("before", "change", "after"),
    [
        (date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)),  # clocks go forward
        (date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)),  # clocks go back
    ],
)
def test_checkins_at_half_past_midnight_land_on_their_local_day_across_a_clock_change(
    before: date, change: date, after: date
) -> None:
    local = [
        CheckIn(distress=n, comfort=n, at=at(d, 0, 30, tz=LONDON))
        for n, d in enumerate((before, change, after), start=1)
    ]
    stored_in_utc = [
        CheckIn(distress=c.distress, comfort=c.comfort, at=c.at.astimezone(UTC)) for c in local
    ]
    expected = [(before, 1.0), (change, 2.0), (after, 3.0)]
    assert [(p.day, p.distress) for p in trends.daily_series(local)] == expected
    assert [(p.day, p.distress) for p in trends.daily_series(stored_in_utc, LONDON)] == expected


def test_a_seven_day_window_across_a_clock_change_holds_exactly_seven_days() -> None:
    days = [date(2026, 3, 26) + timedelta(days=i) for i in range(8)]  # 26 March – 2 April
    stored_in_utc = [
        CheckIn(distress=i, comfort=0, at=at(d, 0, 30, tz=LONDON).astimezone(UTC))
        for i, d in enumerate(days)
    ]
    series = trends.daily_series(stored_in_utc, LONDON)
    assert [p.day for p in series] == days  # no two check-ins collapse into one day
    rolling = dict(trends.rolling_mean(series, 7))
    assert rolling[date(2026, 4, 1)] == sum(range(7)) / 7  # 26 March – 1 April
    assert rolling[date(2026, 4, 2)] == sum(range(1, 8)) / 7  # 27 March – 2 April


# -- buckets and ranges ---------------------------------------------------------------------


def test_weekly_buckets_start_on_monday_and_weigh_each_day_once() -> None:
    daily = [
        DailyPoint(day(0), 2.0, 8.0, 3),  # Monday
        DailyPoint(day(6), 4.0, 6.0, 1),  # Sunday, same week
        DailyPoint(day(7), 9.0, 1.0, 1),  # next Monday
    ]
    assert trends.downsample(daily, Bucket.WEEK) == [
        DailyPoint(day(0), 3.0, 7.0, 4),
        DailyPoint(day(7), 9.0, 1.0, 1),
    ]


def test_monthly_buckets_start_on_the_first() -> None:
    daily = [
        DailyPoint(date(2026, 1, 31), 1.0, 1.0, 1),
        DailyPoint(date(2026, 2, 1), 3.0, 5.0, 1),
        DailyPoint(date(2026, 2, 28), 5.0, 7.0, 2),
    ]
    assert trends.downsample(daily, "month") == [
        DailyPoint(date(2026, 1, 1), 1.0, 1.0, 1),
        DailyPoint(date(2026, 2, 1), 4.0, 6.0, 3),
    ]
    assert trends.downsample(daily, Bucket.DAY) == daily


def test_downsampled_values_skip_gaps() -> None:
    values = [(day(0), 2.0), (day(1), None), (day(2), 4.0), (day(7), None)]
    assert trends.downsample_values(values, Bucket.WEEK) == [(day(0), 3.0), (day(7), None)]


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (1, Bucket.DAY),
        (400, Bucket.DAY),
        (401, Bucket.WEEK),
        (1461, Bucket.WEEK),
        (1462, Bucket.MONTH),
        (3650, Bucket.MONTH),
    ],
)
def test_the_bucket_grows_with_the_range(days: int, bucket: Bucket) -> None:
    start = date(2020, 1, 1)
    assert trends.choose_bucket(start, start + timedelta(days=days - 1)) == bucket


def test_range_presets_end_today_and_include_both_ends() -> None:
    today = date(2026, 3, 30)
    last_30 = trends.resolve_range(RangeChoice.LAST_30_DAYS, today)
    assert last_30 == DateRange(date(2026, 3, 1), today)
    assert last_30.days == 30
    assert trends.resolve_range("90d", today).days == 90
    assert trends.resolve_range(RangeChoice.LAST_YEAR, today).days == 365
    assert date(2026, 3, 1) in last_30 and date(2026, 2, 28) not in last_30


def test_everything_starts_at_the_first_day_with_data_or_today() -> None:
    today = date(2026, 3, 30)
    first = date(2019, 6, 1)
    assert trends.resolve_range("all", today, first_day=first) == DateRange(first, today)
    assert trends.resolve_range("all", today) == DateRange(today, today)


def test_custom_dates_in_the_wrong_order_are_swapped_and_missing_ones_explained() -> None:
    a, b = date(2026, 1, 1), date(2026, 2, 1)
    assert trends.resolve_range("custom", b, custom=(b, a)) == DateRange(a, b)
    with pytest.raises(ValueError, match="start and an end"):
        trends.resolve_range(RangeChoice.CUSTOM, b)


# -- thresholds over time -------------------------------------------------------------------


def test_zone_counts_follow_each_situations_moves() -> None:
    never_moved = Threshold("Lights off", zone=Zone.MANAGEABLE, created_at=at(day(0)))
    moved = Threshold(
        "Hugs from behind",
        zone=Zone.MANAGEABLE,
        created_at=at(day(1)),
        history=[
            ZoneMove(Zone.NOT_YET, Zone.NEEDS_BOUNDARIES, at=at(day(3), 9)),
            # two moves on one day: the later one is where it ended the day
            ZoneMove(Zone.NEEDS_BOUNDARIES, Zone.NOT_YET, at=at(day(5), 9)),
            ZoneMove(Zone.NOT_YET, Zone.MANAGEABLE, at=at(day(5), 22)),
        ],
    )
    placed = Threshold(  # its first move is its placement: counted from then on
        "New place",
        zone=Zone.NEEDS_BOUNDARIES,
        created_at=at(day(0)),
        history=[ZoneMove(None, Zone.NEEDS_BOUNDARIES, at=at(day(4)))],
    )
    m, b, n = Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES, Zone.NOT_YET
    counts = events.zone_counts_over_time([never_moved, moved, placed], [day(i) for i in range(7)])
    assert [(d, c[m], c[b], c[n]) for d, c in counts] == [
        (day(0), 1, 0, 0),  # only "Lights off" exists
        (day(1), 1, 0, 1),  # "Hugs" starts in its first move's from-zone
        (day(2), 1, 0, 1),
        (day(3), 1, 1, 0),
        (day(4), 1, 2, 0),
        (day(5), 2, 1, 0),
        (day(6), 2, 1, 0),
    ]


def test_zone_counts_use_local_days_and_keep_every_zone() -> None:
    late_move = Threshold(
        "Touch",
        zone=Zone.MANAGEABLE,
        created_at=at(day(0)),
        history=[ZoneMove(Zone.NOT_YET, Zone.MANAGEABLE, at=at(day(2), 0, 30))],
    )
    counts = dict(events.zone_counts_over_time([late_move], [day(1), day(2)]))
    assert counts[day(1)] == {Zone.MANAGEABLE: 0, Zone.NEEDS_BOUNDARIES: 0, Zone.NOT_YET: 1}
    assert counts[day(2)][Zone.MANAGEABLE] == 1
    assert events.zone_counts_over_time([], [day(0)]) == [
        (day(0), dict.fromkeys(events.ZONE_ORDER, 0))
    ]


def test_days_from_steps_and_always_ends_on_the_last_day() -> None:
    assert events.days_from(day(0), day(9), 4) == [day(0), day(4), day(8), day(9)]
    assert events.days_from(day(0), day(2)) == [day(0), day(1), day(2)]


# -- practices and markers ------------------------------------------------------------------


def practice(
    n: int, step: str | None, before: int | None, peak: int | None, after: int | None
) -> Practice:
    return Practice(
        step_uid=step,
        status=PracticeStatus.DONE,
        started_at=at(day(n)),
        pre=PreBrief(distress_now=before),
        debrief=Debrief(distress_peak=peak, distress_after=after),
    )


def test_practice_points_are_the_finished_practices_of_one_step_oldest_first() -> None:
    later = practice(5, "hands", 2, 5, 1)
    earlier = practice(1, "hands", 4, 7, None)
    other = practice(2, "kissing", 3, 3, 3)
    draft = practice(3, "hands", 1, 9, 1)
    draft.status = PracticeStatus.DRAFT
    chosen = events.practice_points([later, other, draft, earlier], "hands")
    assert [(p.day, p.before, p.peak, p.after) for p in chosen] == [
        (day(1), 4, 7, None),
        (day(5), 2, 5, 1),
    ]
    assert [p.uid for p in chosen] == [earlier.uid, later.uid]


def test_peak_points_cover_every_step_but_need_a_peak() -> None:
    no_peak = practice(0, "hands", 2, None, 1)
    peaks = events.peak_points([practice(4, "hands", 2, 6, 1), practice(2, None, 1, 3, 1), no_peak])
    assert [(p.day, p.peak) for p in peaks] == [(day(2), 3), (day(4), 6)]


def test_markers_carry_plain_labels_and_local_days() -> None:
    changes = [
        ("Holding hands", StateChange(StepState.NOT_STARTED, StepState.PRACTISING, at(day(1))))
    ]
    moves = [("Lights off", ZoneMove(Zone.NOT_YET, Zone.MANAGEABLE, at=at(day(2), 0, 30)))]
    assert events.step_events(changes) == [
        events.Event(day(1), events.EventKind.STEP, "Holding hands: Practising")
    ]
    assert events.zone_events(moves) == [
        events.Event(day(2), events.EventKind.ZONE, "Lights off: Feels manageable")
    ]
    assert events.zone_events(moves, tz=UTC)[0].day == day(1)

"""Patterns in words: the chosen period only, 10 days with and 10 without, and a difference
under 1 point called "about the same" instead of reported. The Progress area and the therapy
summary both read these rules from `haven.domain.patterns`."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain import patterns as pattern_rules
from haven.domain import trends
from haven.domain.models import CheckIn

PLUS_ONE = timezone(timedelta(hours=1))
D0 = date(2026, 3, 2)
JUDGING = re.compile(r"\bshould\b|\bmust\b|\bfailed\b|!", re.IGNORECASE)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def checkin(
    n: int,
    distress: int,
    comfort: int = 5,
    *,
    tags: tuple[str, ...] = (),
    sleep: float | None = None,
    hour: int = 20,
) -> CheckIn:
    d = day(n)
    return CheckIn(
        distress=distress,
        comfort=comfort,
        at=datetime(d.year, d.month, d.day, hour, tzinfo=PLUS_ONE),
        tags=list(tags),
        sleep_hours=sleep,
    )


def tagged_days(with_tag: int, without: int, *, d_with: int, d_without: int, first: int = 0):
    """`with_tag` days tagged 'walk' at one distress, then `without` days at another."""
    data = [checkin(first + i, d_with, 7, tags=("walk",)) for i in range(with_tag)]
    data += [checkin(first + with_tag + i, d_without, 7) for i in range(without)]
    return data


def test_the_rules_are_ten_days_each_way_and_one_point() -> None:
    assert trends.MIN_PATTERN_DAYS == 10
    assert trends.MIN_PATTERN_DIFFERENCE == 1.0


def test_ten_days_with_and_ten_without_are_just_enough() -> None:
    (walk,) = pattern_rules.find_patterns(tagged_days(10, 10, d_with=2, d_without=5))
    assert walk.enough_data and walk.notable
    assert walk.describe() == (
        "On days tagged 'walk' (10 days), distress averaged 2.0; on other days (10 days), 5.0. "
        "Comfort was about the same."
    )
    assert not JUDGING.search(walk.describe())


@pytest.mark.parametrize(("with_tag", "without"), [(9, 30), (30, 9)])
def test_nine_days_on_either_side_are_not_enough(with_tag: int, without: int) -> None:
    (walk,) = pattern_rules.find_patterns(tagged_days(with_tag, without, d_with=1, d_without=8))
    assert not walk.enough_data and not walk.notable
    assert walk.describe() == (
        "There is not enough yet to see a pattern for 'walk' "
        "(needs at least 10 days with and 10 without)."
    )
    assert pattern_rules.pattern_sentences([walk], max_tags=3, include_waiting=False) == []


def test_a_difference_of_exactly_one_point_is_reported() -> None:
    data = tagged_days(10, 10, d_with=4, d_without=5)
    (walk,) = pattern_rules.find_patterns(data)
    assert walk.distress_differs and not walk.comfort_differs
    assert "distress averaged 4.0; on other days (10 days), 5.0" in walk.describe()


def test_a_difference_just_under_one_point_is_about_the_same_without_numbers() -> None:
    # Tagged days: nine at 4 and one at 5 (mean 4.1); other days all at 5: 0.9 apart.
    data = tagged_days(9, 10, d_with=4, d_without=5)
    data.append(checkin(40, 5, 7, tags=("walk",)))
    (walk,) = pattern_rules.find_patterns(data)
    assert walk.enough_data and walk.about_the_same and not walk.notable
    text = walk.describe()
    assert text == (
        "On days tagged 'walk' (10 days) and on other days (10 days), distress and comfort "
        "were about the same (less than 1 point apart)."
    )
    assert not re.search(r"\d\.\d", text)  # no averages reported


def test_comfort_alone_can_differ() -> None:
    data = [checkin(i, 3, 8, tags=("walk",)) for i in range(12)]
    data += [checkin(12 + i, 3, 5) for i in range(12)]
    (walk,) = pattern_rules.find_patterns(data)
    assert walk.comfort_differs and not walk.distress_differs
    assert walk.describe() == (
        "On days tagged 'walk' (12 days) and on other days (12 days), distress was about the "
        "same. Comfort averaged 8.0 on days tagged 'walk' and 5.0 on other days."
    )


def test_only_days_inside_the_period_count() -> None:
    # In the period (days 30-59): 10 tagged at 2, 20 untagged at 6. Before it: 30 tagged
    # days at 9 that would swamp the averages if they were counted.
    before = [checkin(i, 9, 2, tags=("walk",)) for i in range(30)]
    inside = tagged_days(10, 20, d_with=2, d_without=6, first=30)
    after = [checkin(60 + i, 9, 2) for i in range(5)]
    (walk,) = pattern_rules.find_patterns(before + inside + after, day(30), day(59))
    assert (walk.group.days, walk.rest.days) == (10, 20)
    assert (walk.group.distress, walk.rest.distress) == (2.0, 6.0)
    # The same tagged days, but a period that cuts them to nine: not enough.
    (cut,) = pattern_rules.find_patterns(inside, day(31), day(59))
    assert cut.group.days == 9 and not cut.enough_data


def test_a_pattern_outside_the_period_does_not_appear() -> None:
    data = tagged_days(15, 15, d_with=1, d_without=8)  # days 0-29
    data += [checkin(30 + i, 4, 6) for i in range(30)]  # days 30-59: no tag at all
    assert pattern_rules.find_patterns(data)[0].notable  # over everything: there it is
    assert pattern_rules.find_patterns(data, day(30), day(59)) == []


def test_sleep_uses_the_same_rules() -> None:
    short = [checkin(i, 7, 2, sleep=5) for i in range(10)]
    longer = [checkin(10 + i, 3, 6, sleep=7.5) for i in range(10)]
    sleep = pattern_rules.find_patterns(short + longer)[-1]
    assert sleep.kind == pattern_rules.PatternKind.SLEEP and sleep.notable
    assert sleep.describe() == (
        "After nights under 6 hours of sleep (10 nights), distress the next day averaged 7.0; "
        "after nights of 6 hours or more (10 nights), 3.0. Comfort the next day averaged 2.0 "
        "after the shorter nights and 6.0 after the longer ones."
    )
    nine = pattern_rules.find_patterns(short[:9] + longer)[-1]
    assert not nine.enough_data
    assert nine.describe() == (
        "There is not enough yet to see a pattern for sleep "
        "(needs at least 10 nights under 6 hours and 10 of 6 hours or more)."
    )
    same = pattern_rules.find_patterns(
        [checkin(i, 4, 5, sleep=5) for i in range(10)]
        + [checkin(10 + i, 4, 5, sleep=8) for i in range(10)]
    )[-1]
    assert same.about_the_same
    assert same.describe().endswith(
        "the next day's distress and comfort were about the same (less than 1 point apart)."
    )


def test_a_day_with_several_checkins_counts_once() -> None:
    data = tagged_days(10, 10, d_with=2, d_without=5)
    data += [checkin(i, 2, 7, tags=("walk",), hour=9) for i in range(3)]
    (walk,) = pattern_rules.find_patterns(data)
    assert walk.group.days == 10


def test_a_tag_on_every_day_has_nothing_to_compare_with() -> None:
    (home,) = pattern_rules.find_patterns([checkin(i, 3, tags=("home",)) for i in range(30)])
    assert not home.enough_data and home.rest.days == 0


def test_sentences_put_differences_first_then_about_the_same_then_waiting_then_sleep() -> None:
    data = []
    for i in range(40):
        tags = ["walk"] if i < 12 else []  # walk: 2 against 6 → differs
        if i % 2:
            tags.append("work")  # work: 20 against 20, means within a point
        if i == 0:
            tags.append("garden")  # one day: still gathering
        distress = 2 if i < 12 else 6
        data.append(checkin(i, distress, 5, tags=tuple(tags), sleep=7))
    found = pattern_rules.find_patterns(data)
    texts = pattern_rules.pattern_sentences(found, max_tags=3, include_waiting=True)
    assert texts[0].startswith("On days tagged 'walk' (12 days), distress averaged 2.0")
    assert texts[1] == (
        "On days tagged 'work' (20 days) and on other days (20 days), distress and comfort "
        "were about the same (less than 1 point apart)."
    )
    assert texts[2].startswith("There is not enough yet to see a pattern for 'garden'")
    assert texts[3].startswith("There is not enough yet to see a pattern for sleep")
    shown = pattern_rules.pattern_sentences(found, max_tags=3, include_waiting=False)
    assert shown == texts[:2]
    for text in texts:
        assert not JUDGING.search(text)


def test_several_tags_about_the_same_share_one_line() -> None:
    data = [
        checkin(i, 4, 5, tags=tuple(t for t, on in (("a", i % 2), ("b", i % 3 == 0)) if on))
        for i in range(40)
    ]
    texts = pattern_rules.pattern_sentences(
        pattern_rules.find_patterns(data), max_tags=3, include_waiting=False
    )
    assert texts == [
        "With and without the tags 'a' and 'b', distress and comfort were about the same "
        "(less than 1 point apart)."
    ]

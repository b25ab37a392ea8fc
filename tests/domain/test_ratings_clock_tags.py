"""Ratings stay 0–10 with verbal anchors; times are aware; tags are tidy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from haven.domain import clock
from haven.domain.models import normalise_tags
from haven.domain.ratings import DISTRESS_ANCHORS, anchor_for, check_rating, check_sleep_hours


@pytest.mark.parametrize("value", [0, 5, 10])
def test_whole_numbers_from_0_to_10_are_ratings(value: int) -> None:
    assert check_rating(value, "distress") == value


@pytest.mark.parametrize("value", [-1, 11, 3.5, True, "4"])
def test_anything_else_is_refused_with_a_plain_message(value: object) -> None:
    with pytest.raises(ValueError, match="distress"):
        check_rating(value, "distress")  # type: ignore[arg-type]


def test_a_missing_rating_is_fine_only_where_optional() -> None:
    assert check_rating(None, "stress", optional=True) is None
    with pytest.raises(ValueError):
        check_rating(None, "distress")


def test_anchors_name_the_scale_in_words() -> None:
    assert anchor_for(0, DISTRESS_ANCHORS) == "calm"
    assert anchor_for(7, DISTRESS_ANCHORS) == "upset but manageable"
    assert anchor_for(10, DISTRESS_ANCHORS) == "the most distress you can imagine"


def test_sleep_hours_stay_within_a_day() -> None:
    assert check_sleep_hours(7.5) == 7.5
    with pytest.raises(ValueError):
        check_sleep_hours(25)


def test_parsed_moments_are_always_aware() -> None:
    assert clock.parse_moment("2026-03-14T21:30").tzinfo is not None
    noon = clock.parse_moment("2026-03-14")
    assert (noon.hour, noon.tzinfo is not None) == (12, True)
    assert clock.parse_moment("2026-03-14T21:30Z").utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01", "14/03/2026"])
def test_unreadable_dates_get_a_message_with_an_example(text: str) -> None:
    with pytest.raises(ValueError, match="2026-03-14"):
        clock.parse_moment(text)


def test_the_sort_key_orders_moments_by_real_time_across_zones() -> None:
    plus_two = datetime(2026, 3, 29, 3, 0, tzinfo=timezone(timedelta(hours=2)))
    utc = datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert clock.to_utc_micros(plus_two) < clock.to_utc_micros(utc)
    assert clock.from_text(clock.to_text(plus_two)) == plus_two
    assert clock.from_text(clock.to_text(plus_two)).utcoffset() == timedelta(hours=2)


def test_tags_lose_sigils_and_case_and_repeat_once_in_sorted_order() -> None:
    assert normalise_tags(["#Work", "work", " @Sleep ", "", "  ", "therapy day"]) == [
        "sleep",
        "therapy day",
        "work",
    ]

"""Ratings stay 0–10 with verbal anchors; times are aware; tags are tidy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from haven.domain import clock
from haven.domain.models import normalise_tags
from haven.domain.ratings import (
    DISTRESS_ANCHORS,
    SCALES,
    anchor_for,
    check_rating,
    check_sleep_hours,
    legend,
    words_for,
)


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
    assert anchor_for(5, DISTRESS_ANCHORS) == "upset but manageable"
    assert anchor_for(10, DISTRESS_ANCHORS) == "the most distress you can imagine"


# Words the issue found wrong, and the words each value must not borrow from its neighbour.
EXPECTED_WORDS = {
    "distress": {
        0: "calm",
        1: "almost calm",
        2: "a little unsettled",
        3: "somewhat upset",
        4: "upset, still fairly steady",
        5: "upset but manageable",
        6: "quite upset, harder to manage",
        7: "very upset, hard to manage",
        8: "very distressed",
        9: "extremely distressed",
        10: "the most distress you can imagine",
    },
    "comfort": {
        0: "no comfort at all",
        1: "a trace of comfort",
        2: "a little comfort",
        3: "some comfort",
        4: "a little at ease",
        5: "somewhat at ease",
        6: "fairly at ease",
        7: "mostly at ease",
        8: "at ease and fairly safe",
        9: "very much at ease and safe",
        10: "completely at ease and safe",
    },
    "stress": {
        0: "no stress",
        1: "hardly any stress",
        2: "a little stress",
        3: "mild stress",
        4: "some stress",
        5: "a fair amount of stress",
        6: "quite a lot of stress",
        7: "a lot of stress",
        8: "heavy stress",
        9: "very heavy stress",
        10: "the most stress you can imagine",
    },
}
ALL_33 = [(scale, value) for scale in ("distress", "comfort", "stress") for value in range(11)]


def test_the_33_values_are_all_covered() -> None:
    assert len(ALL_33) == 33 and set(SCALES) == set(EXPECTED_WORDS)


@pytest.mark.parametrize(("scale", "value"), ALL_33)
def test_every_value_of_every_scale_has_words_that_fit_it(scale: str, value: int) -> None:
    words = words_for(value, scale)
    assert words == EXPECTED_WORDS[scale][value]
    # An in-between value never borrows the words of the anchor below or above it.
    neighbours = {words_for(v, scale) for v in (value - 1, value + 1) if 0 <= v <= 10}
    assert words not in neighbours


@pytest.mark.parametrize("scale", ["distress", "comfort", "stress"])
def test_each_scale_has_eleven_different_phrases(scale: str) -> None:
    assert len({words_for(v, scale) for v in range(11)}) == 11


def test_the_issue_examples_now_read_true() -> None:
    assert words_for(9, "distress") != "upset but manageable"
    assert words_for(4, "comfort") != "no comfort at all"


def test_the_legend_keeps_the_guide_anchors() -> None:
    assert legend("distress") == (
        "0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine"
    )
    assert legend("comfort").startswith("0 = no comfort at all, 5 = somewhat at ease")


def test_words_are_only_for_ratings() -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        words_for(11, "distress")


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

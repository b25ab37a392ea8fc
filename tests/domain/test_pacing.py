"""Pacing rules: the person leads, history is kept, moving back is information."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain import pacing
from haven.domain.models import (
    Boundary,
    ChecklistAnswer,
    ChecklistItem,
    Debrief,
    Practice,
    PracticeStatus,
    ReadinessGuide,
    RoadmapStep,
    StepState,
    Threshold,
    Zone,
)

T0 = datetime(2026, 3, 1, 19, 30, tzinfo=timezone(timedelta(hours=1)))


def test_a_state_change_is_recorded_with_its_date_and_note() -> None:
    step = RoadmapStep(title="Holding hands")
    change = pacing.change_state(step, StepState.PRACTISING, note="  felt ok  ", at=T0)
    assert step.state == StepState.PRACTISING
    assert step.history == [change]
    assert (change.from_state, change.to_state, change.at, change.note) == (
        StepState.NOT_STARTED,
        StepState.PRACTISING,
        T0,
        "felt ok",
    )


def test_changing_to_the_same_state_is_refused_and_changes_nothing() -> None:
    step = RoadmapStep(title="A hug")
    with pytest.raises(ValueError, match="already"):
        pacing.change_state(step, StepState.NOT_STARTED)
    assert step.history == []


def test_moving_back_is_described_as_normal_not_as_failure() -> None:
    step = RoadmapStep(title="A hug", state=StepState.COMFORTABLE)
    change = pacing.change_state(step, pacing.one_step_back(step.state))
    assert step.state == StepState.PRACTISING
    assert pacing.is_moving_back(change.from_state, change.to_state)
    text = pacing.describe_change(change)
    assert text == "You moved this step back. That is a normal part of pacing."
    for word in ("fail", "relapse", "behind", "!"):
        assert word not in text.lower()


def test_pausing_is_not_counted_as_moving_back() -> None:
    assert not pacing.is_moving_back(StepState.COMFORTABLE, StepState.PAUSED)
    step = RoadmapStep(title="x", state=StepState.PRACTISING)
    change = pacing.change_state(step, StepState.PAUSED)
    assert "whenever you want" in pacing.describe_change(change)


def test_a_step_that_has_not_started_has_nothing_to_move_back_to() -> None:
    with pytest.raises(ValueError):
        pacing.one_step_back(StepState.NOT_STARTED)


def test_zone_moves_keep_history_and_know_their_direction() -> None:
    item = Threshold(situation="Being touched while asleep", zone=Zone.NOT_YET)
    first = pacing.move_zone(item, Zone.NEEDS_BOUNDARIES, at=T0)
    second = pacing.move_zone(item, Zone.NOT_YET, at=T0 + timedelta(days=3), note="hard week")
    assert item.zone == Zone.NOT_YET
    assert [m.to_zone for m in item.history] == [Zone.NEEDS_BOUNDARIES, Zone.NOT_YET]
    assert pacing.is_zone_easier(first) is True
    assert pacing.is_zone_easier(second) is False
    with pytest.raises(ValueError):
        pacing.move_zone(item, Zone.NOT_YET)


def _practice(
    peak: int | None,
    days_ago: int,
    status: PracticeStatus = PracticeStatus.DONE,
) -> Practice:
    return Practice(
        step_uid="s",
        status=status,
        started_at=T0 - timedelta(days=days_ago),
        debrief=Debrief(distress_peak=peak),
    )


def test_readiness_compares_only_the_most_recent_finished_practices() -> None:
    guide = ReadinessGuide(practices=3, max_peak_distress=4)
    practices = [
        _practice(8, 10),
        _practice(3, 3),
        _practice(4, 2),
        _practice(2, 1),
        _practice(9, 0, PracticeStatus.DRAFT),
        _practice(None, 0),
    ]
    view = pacing.compare_readiness(guide, practices)
    assert (view.within, view.considered, view.matches_guide) == (3, 3, True)
    assert "You decide" in view.describe()


def test_readiness_with_too_few_practices_does_not_match_and_says_so_gently() -> None:
    view = pacing.compare_readiness(ReadinessGuide(3, 4), [_practice(2, 1)])
    assert not view.matches_guide
    assert view.considered == 1
    assert pacing.compare_readiness(ReadinessGuide(3, 4), []).describe().startswith("No finished")


def test_readiness_guides_must_be_sensible() -> None:
    with pytest.raises(ValueError):
        pacing.compare_readiness(ReadinessGuide(0, 4), [])
    with pytest.raises(ValueError):
        pacing.compare_readiness(ReadinessGuide(2, 11), [])


def test_reviewing_a_boundary_keeps_its_earlier_words() -> None:
    boundary = Boundary(text="No touch from behind", review_by=date(2026, 3, 1))
    review = pacing.review_boundary(
        boundary,
        text="Ask before touch from behind",
        next_review_by=date(2026, 6, 1),
        note="softer now",
        at=T0,
    )
    assert boundary.text == "Ask before touch from behind"
    assert boundary.review_by == date(2026, 6, 1)
    assert review.text == "No touch from behind"
    assert boundary.reviews == [review]
    with pytest.raises(ValueError):
        pacing.review_boundary(boundary, text="   ")


def test_reviews_due_lists_only_boundaries_whose_date_has_come_earliest_first() -> None:
    a = Boundary("a", review_by=date(2026, 3, 5))
    b = Boundary("b", review_by=date(2026, 2, 1))
    c = Boundary("c", review_by=date(2026, 4, 1))
    d = Boundary("d")
    assert pacing.reviews_due([a, b, c, d], date(2026, 3, 5)) == [b, a]


def test_checklist_marks_are_dated_and_kept() -> None:
    item = ChecklistItem(activity="Kissing")
    pacing.mark_checklist(item, ChecklistAnswer.MAYBE, at=T0)
    pacing.mark_checklist(item, ChecklistAnswer.YES, at=T0 + timedelta(days=30))
    assert item.answer == ChecklistAnswer.YES
    assert [m.answer for m in item.history] == [ChecklistAnswer.MAYBE, ChecklistAnswer.YES]


@pytest.mark.parametrize(
    ("weeks", "last_looked", "due"),
    [
        (None, date(2025, 1, 1), False),  # the reminder is opt-in
        (4, None, False),  # nothing on the map yet
        (4, date(2026, 1, 1), False),
        (4, date(2025, 12, 4), True),
        (4, date(2025, 12, 5), False),
        (True, date(2025, 1, 1), False),  # not a number of weeks
    ],
)
def test_the_map_review_reminder_comes_round_after_the_chosen_weeks(
    weeks: object, last_looked: date | None, due: bool
) -> None:
    assert pacing.map_review_due(weeks, last_looked, date(2026, 1, 1)) is due  # type: ignore[arg-type]

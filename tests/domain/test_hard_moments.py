"""Which saved records Haven answers with an offer of care, and which it leaves be."""

from __future__ import annotations

import pytest

from haven.domain import hard_moments as H
from haven.domain.hard_moments import ConsentAnswer, MomentKind
from haven.domain.models import CheckIn, Debrief, GroundingTool, GroundingUse, Practice


def practice(peak: int | None = None, after: int | None = None) -> Practice:
    return Practice(step_uid=None, debrief=Debrief(distress_peak=peak, distress_after=after))


@pytest.mark.parametrize(
    ("distress", "threshold", "hard"),
    [(7, 7, True), (6, 7, False), (10, 7, True), (3, 3, True), (9, None, False)],
)
def test_a_checkin_at_or_above_the_persons_threshold_is_a_hard_moment(
    distress: int, threshold: int | None, hard: bool
) -> None:
    checkin = CheckIn(distress=distress, comfort=5)
    moment = H.after_checkin(checkin, threshold)
    assert (moment is not None) is hard
    if moment:
        assert moment.kind is MomentKind.CHECKIN and moment.uid == checkin.uid
        assert moment.key == f"checkin:{checkin.uid}"


def test_a_debrief_counts_its_peak_or_its_after_distress() -> None:
    assert H.after_debrief(practice(peak=8, after=3), 7).distress == 8
    assert H.after_debrief(practice(peak=None, after=7), 7).kind is MomentKind.PRACTICE
    assert H.after_debrief(practice(peak=6, after=2), 7) is None
    assert H.after_debrief(practice(), 7) is None


def test_a_consent_no_is_always_answered_and_comes_first() -> None:
    moment = H.after_debrief(practice(peak=9), 7, ConsentAnswer.NO)
    assert moment.kind is MomentKind.CONSENT_NO
    # Even with the threshold off: a "No" is never a number to compare.
    assert H.after_debrief(practice(), None, ConsentAnswer.NO).kind is MomentKind.CONSENT_NO


def test_not_sure_is_answered_but_alone_and_yes_are_not() -> None:
    assert H.after_debrief(practice(), 7, ConsentAnswer.NOT_SURE).kind is (
        MomentKind.CONSENT_NOT_SURE
    )
    assert H.after_debrief(practice(), 7, ConsentAnswer.ALONE) is None
    assert H.after_debrief(practice(), 7, ConsentAnswer.YES) is None


def test_grounding_is_answered_only_when_distress_rose() -> None:
    def use(before: int | None, after: int | None) -> GroundingUse:
        return GroundingUse(GroundingTool.BODY_SCAN, distress_before=before, distress_after=after)

    assert H.after_grounding(use(4, 6)).kind is MomentKind.GROUNDING
    assert H.after_grounding(use(6, 6)) is None
    assert H.after_grounding(use(6, 2)) is None
    assert H.after_grounding(use(None, 9)) is None


def test_consent_answers_map_to_what_the_debrief_stores() -> None:
    assert ConsentAnswer.YES.checked is True and ConsentAnswer.NO.checked is False
    assert ConsentAnswer.NOT_SURE.checked is None and ConsentAnswer.ALONE.checked is None
    assert ConsentAnswer.from_checked(False) is ConsentAnswer.NO
    assert ConsentAnswer.from_checked(None) is None


def test_the_threshold_is_a_rating_or_off() -> None:
    assert H.check_threshold(None) is None
    assert H.check_threshold(7) == 7
    with pytest.raises(ValueError, match="0 to 10"):
        H.check_threshold(12)

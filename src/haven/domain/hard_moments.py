"""When Haven offers care after something is saved: the rules, with no words or widgets.

A hard moment is information the person just gave, not a judgement: a check-in at or above
their own threshold, a practice whose peak or after distress reached it, a grounding tool
after which distress was higher than before, or a consent answer of "No" or "Not sure".
Haven answers each one once, calmly, and only with offers; it never counts them.

The threshold is the person's own (default 7) and can be switched off (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from haven.domain.models import CheckIn, GroundingUse, Practice
from haven.domain.ratings import check_rating

DEFAULT_THRESHOLD = 7
SETTING_KEY = "hard_moment_threshold"
"""The vault setting that holds the threshold: a whole number 0–10, or null for off."""


class MomentKind(StrEnum):
    CHECKIN = "checkin"
    PRACTICE = "practice"
    GROUNDING = "grounding"
    CONSENT_NO = "consent_no"
    CONSENT_NOT_SURE = "consent_not_sure"


class ConsentAnswer(StrEnum):
    """The debrief's consent question. "alone" means no one else was there to ask."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"
    ALONE = "alone"

    @property
    def checked(self) -> bool | None:
        """How the answer is kept in Debrief.consent_checked (None: not a yes or a no)."""
        return {"yes": True, "no": False}.get(self.value)

    @classmethod
    def from_checked(cls, checked: bool | None) -> ConsentAnswer | None:
        """The answer a stored debrief can show again ("not sure" and "alone" read as none)."""
        if checked is None:
            return None
        return cls.YES if checked else cls.NO


@dataclass(frozen=True, slots=True)
class HardMoment:
    """One event Haven responds to. `uid` is the record's, so the response is once per event."""

    kind: MomentKind
    uid: str
    distress: int | None = None
    threshold: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.uid}"


def check_threshold(value: object) -> int | None:
    """A stored threshold as Haven uses it: 0–10, or None when the person switched it off."""
    if value is None:
        return None
    return check_rating(value, "hard-moment threshold")  # type: ignore[arg-type]


def _reaches(value: int | None, threshold: int | None) -> bool:
    return value is not None and threshold is not None and value >= threshold


def after_checkin(checkin: CheckIn, threshold: int | None) -> HardMoment | None:
    if _reaches(checkin.distress, threshold):
        return HardMoment(MomentKind.CHECKIN, checkin.uid, checkin.distress, threshold)
    return None


def after_debrief(
    practice: Practice, threshold: int | None, consent: ConsentAnswer | None = None
) -> HardMoment | None:
    """A consent "No" comes first: its words differ (it was not their fault)."""
    if consent is ConsentAnswer.NO:
        return HardMoment(MomentKind.CONSENT_NO, practice.uid)
    peak, after = practice.debrief.distress_peak, practice.debrief.distress_after
    highest = max((v for v in (peak, after) if v is not None), default=None)
    if _reaches(highest, threshold):
        return HardMoment(MomentKind.PRACTICE, practice.uid, highest, threshold)
    if consent is ConsentAnswer.NOT_SURE:
        return HardMoment(MomentKind.CONSENT_NOT_SURE, practice.uid)
    return None


def after_grounding(use: GroundingUse) -> HardMoment | None:
    before, after = use.distress_before, use.distress_after
    if before is not None and after is not None and after > before:
        return HardMoment(MomentKind.GROUNDING, use.uid, after)
    return None

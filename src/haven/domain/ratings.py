"""The 0–10 scales and their verbal anchors.

Distress and comfort are two separate scales and are never merged into one "mood":
a person can feel both at once, and the therapist needs to see each.
"""

from __future__ import annotations

RATING_MIN = 0
RATING_MAX = 10

DISTRESS_ANCHORS: dict[int, str] = {
    0: "calm",
    5: "upset but manageable",
    10: "the most distress you can imagine",
}
COMFORT_ANCHORS: dict[int, str] = {
    0: "no comfort at all",
    5: "somewhat at ease",
    10: "completely at ease and safe",
}
STRESS_ANCHORS: dict[int, str] = {
    0: "no stress",
    5: "some stress",
    10: "the most stress you can imagine",
}


def check_rating(value: int | None, name: str, *, optional: bool = False) -> int | None:
    """Return the rating when it is a whole number from 0 to 10, else raise ValueError."""
    if value is None:
        if optional:
            return None
        raise ValueError(f"A {name} rating from 0 to 10 is needed.")
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"The {name} rating is a whole number from 0 to 10.")
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValueError(f"The {name} rating goes from 0 to 10; {value} is outside that.")
    return value


def anchor_for(value: int, anchors: dict[int, str]) -> str:
    """The nearest verbal anchor at or below the value, for labels beside a slider."""
    below = [k for k in anchors if k <= value]
    return anchors[max(below)] if below else anchors[min(anchors)]


def check_sleep_hours(hours: float | None) -> float | None:
    if hours is None:
        return None
    try:
        value = float(hours)
    except (OverflowError, ValueError, TypeError):
        value = float("nan")
    if not 0 <= value <= 24:  # NaN fails this too
        shown = hours if len(str(hours)) <= 24 else "the number given"
        raise ValueError(f"Sleep is counted in hours from 0 to 24; {shown} is outside that.")
    return value

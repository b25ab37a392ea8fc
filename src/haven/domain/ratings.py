"""The 0–10 scales and the words for every value on them.

Distress and comfort are two separate scales and are never merged into one "mood":
a person can feel both at once, and the therapist needs to see each.

Every value has its own words. A distress of 9 is not "upset but manageable" (the words
for 5), and a comfort of 4 is not "no comfort at all" (the words for 0): words that do not
fit the number tell the person their rating was not heard. The ends and the middle keep
the anchors the guide names (0 = calm, 5 = upset but manageable, 10 = the most distress you
can imagine); the values between get words of their own. The PDF, the command line and the
window all read them from here.
"""

from __future__ import annotations

RATING_MIN = 0
RATING_MAX = 10

DISTRESS_WORDS: dict[int, str] = {
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
}
COMFORT_WORDS: dict[int, str] = {
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
}
STRESS_WORDS: dict[int, str] = {
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
}

SCALES: dict[str, dict[int, str]] = {
    "distress": DISTRESS_WORDS,
    "comfort": COMFORT_WORDS,
    "stress": STRESS_WORDS,
}

# Kept under their old names: every value is now an anchor of its own.
DISTRESS_ANCHORS = DISTRESS_WORDS
COMFORT_ANCHORS = COMFORT_WORDS
STRESS_ANCHORS = STRESS_WORDS

LEGEND_POINTS = (0, 5, 10)
"""The values a one-line legend names ("0 = calm, 5 = …, 10 = …")."""


def words_for(value: int, scale: str = "distress") -> str:
    """The words for one value of a scale ("distress", "comfort" or "stress")."""
    table = SCALES[scale]
    value = check_rating(value, scale)  # type: ignore[assignment]
    return table[value]


def words_for_mean(value: float, scale: str = "distress") -> str:
    """The words for an average (3.5 reads as 4): halves round up, so the words never sound
    calmer than the number. Only for averages of ratings, which stay within 0–10."""
    whole = int(min(max(value, RATING_MIN), RATING_MAX) + 0.5)
    return SCALES[scale][whole]


def legend(scale: str = "distress") -> str:
    """A one-line key to a scale: "0 = calm, 5 = upset but manageable, 10 = …"."""
    table = SCALES[scale]
    return ", ".join(f"{point} = {table[point]}" for point in LEGEND_POINTS)


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
    """The words for a value in a table of words; the nearest below if a table has gaps."""
    if value in anchors:
        return anchors[value]
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

"""Small rules about a person's records that every front end must apply the same way.

They were inside widgets; here they can be tested without Qt and used by the CLI, the
reports and the exchange formats alike.
"""

from __future__ import annotations

from haven.domain.models import Practice

# With no prediction, a peak this high counts as harder than hoped.
HIGH_PEAK = 7


def felt_harder(predicted: int | None, peak: int | None) -> bool:
    """Peak distress above what was expected (or high, when nothing was expected)."""
    if peak is None:
        return False
    if predicted is not None:
        return peak > predicted
    return peak >= HIGH_PEAK


def practice_has_content(practice: Practice) -> bool:
    """Whether a practice holds anything the person gave it, so it is worth keeping.

    A stored practice is always worth keeping; a new one only once something was written,
    rated, agreed, answered or timed.
    """
    if practice.id is not None:
        return True
    pre, de = practice.pre, practice.debrief
    return any(
        (
            pre.intention.strip(),
            pre.boundaries.strip(),
            pre.stop_signal_agreed,
            pre.distress_now is not None,
            pre.comfort_now is not None,
            pre.predicted_distress is not None,
            de.distress_peak is not None,
            de.distress_after is not None,
            de.comfort is not None,
            de.what_helped.strip(),
            de.what_was_hard.strip(),
            de.for_therapist.strip(),
            de.consent_checked is not None,
            practice.duration_seconds is not None,
        )
    )

"""Pacing rules: state changes, zone moves, readiness, reviews.

The person leads. These functions record what the person chose and describe it kindly;
nothing here ever changes a state by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from haven.domain.clock import ensure_aware, now
from haven.domain.models import (
    Boundary,
    BoundaryReview,
    ChecklistAnswer,
    ChecklistItem,
    ChecklistMark,
    Practice,
    PracticeStatus,
    ReadinessGuide,
    RoadmapStep,
    StateChange,
    StepState,
    Threshold,
    Zone,
    ZoneMove,
)
from haven.domain.ratings import check_rating

# How far along a step is, for telling "moving back" apart. Paused sits outside the line.
_PROGRESS = {StepState.NOT_STARTED: 0, StepState.PRACTISING: 1, StepState.COMFORTABLE: 2}
_ZONE_EASE = {Zone.NOT_YET: 0, Zone.NEEDS_BOUNDARIES: 1, Zone.MANAGEABLE: 2}

MOVED_BACK_MESSAGE = "You moved this step back. That is a normal part of pacing."
PAUSED_MESSAGE = "This step is paused. It will be here whenever you want it."


def change_state(
    step: RoadmapStep, to: StepState, *, note: str = "", at: datetime | None = None
) -> StateChange:
    """Record the person's choice of a new state for a step, with its date and note."""
    to = StepState(to)
    if to == step.state:
        raise ValueError(f"This step is already '{to.label}'.")
    change = StateChange(
        from_state=step.state, to_state=to, at=ensure_aware(at or now()), note=note.strip()
    )
    step.history.append(change)
    step.state = to
    return change


def is_moving_back(from_state: StepState | None, to_state: StepState) -> bool:
    """True when a step goes back along the path (comfortable → practising, say)."""
    if from_state is None or from_state not in _PROGRESS or to_state not in _PROGRESS:
        return False
    return _PROGRESS[to_state] < _PROGRESS[from_state]


def describe_change(change: StateChange) -> str:
    """Plain words for a timeline row; moving back is information, never failure."""
    if change.to_state == StepState.PAUSED:
        return PAUSED_MESSAGE
    if is_moving_back(change.from_state, change.to_state):
        return MOVED_BACK_MESSAGE
    return f"Now {change.to_state.label.lower()}."


def one_step_back(state: StepState) -> StepState:
    """The state one step back along the path: the one-click "move back"."""
    if state == StepState.COMFORTABLE:
        return StepState.PRACTISING
    if state in (StepState.PRACTISING, StepState.PAUSED):
        return StepState.NOT_STARTED
    raise ValueError("This step has not started yet, so there is nothing to move back.")


def move_zone(
    threshold: Threshold, to: Zone, *, note: str = "", at: datetime | None = None
) -> ZoneMove:
    """Record a threshold's move between the three columns of the map."""
    to = Zone(to)
    if to == threshold.zone:
        raise ValueError(f"This situation is already in '{to.label}'.")
    move = ZoneMove(
        from_zone=threshold.zone, to_zone=to, at=ensure_aware(at or now()), note=note.strip()
    )
    threshold.history.append(move)
    threshold.zone = to
    return move


def is_zone_easier(move: ZoneMove) -> bool | None:
    """True when a situation moved towards "manageable", False when away, None when new."""
    if move.from_zone is None:
        return None
    return _ZONE_EASE[move.to_zone] > _ZONE_EASE[move.from_zone]


@dataclass(frozen=True, slots=True)
class ReadinessView:
    """How recent practices compare to the person's own guide. Information only."""

    wanted: int
    max_peak: int
    within: int
    considered: int

    @property
    def matches_guide(self) -> bool:
        return self.considered >= self.wanted and self.within >= self.wanted

    def describe(self) -> str:
        if self.considered == 0:
            return "No finished practices for this step yet."
        return (
            f"{self.within} of your last {self.considered} practices peaked at or below "
            f"{self.max_peak}. Your guide mentions {self.wanted}. "
            "You decide when, and whether, to move on."
        )


def compare_readiness(guide: ReadinessGuide, practices: Iterable[Practice]) -> ReadinessView:
    """Compare the most recent finished practices (as many as the guide names) to it."""
    check_rating(guide.max_peak_distress, "peak distress")
    if guide.practices < 1:
        raise ValueError("A readiness guide counts at least one practice.")
    done = [
        p
        for p in practices
        if p.status == PracticeStatus.DONE and p.debrief.distress_peak is not None
    ]
    done.sort(key=lambda p: p.started_at, reverse=True)
    recent = done[: guide.practices]
    within = sum(1 for p in recent if p.debrief.distress_peak <= guide.max_peak_distress)
    return ReadinessView(guide.practices, guide.max_peak_distress, within, len(recent))


def review_boundary(
    boundary: Boundary,
    *,
    text: str | None = None,
    note: str = "",
    next_review_by: date | None = None,
    at: datetime | None = None,
) -> BoundaryReview:
    """Revisit a boundary: keep what it said before in its history, set the next review."""
    new_text = boundary.text if text is None else text.strip()
    if not new_text:
        raise ValueError("A boundary needs a few words; it can be as short as you like.")
    review = BoundaryReview(
        at=ensure_aware(at or now()),
        text=boundary.text,
        note=note.strip(),
        next_review_by=next_review_by,
    )
    boundary.reviews.append(review)
    boundary.text = new_text
    boundary.review_by = next_review_by
    return review


def reviews_due(boundaries: Iterable[Boundary], on: date) -> list[Boundary]:
    """Boundaries whose "review by" date has come, earliest first."""
    due = [b for b in boundaries if b.review_by is not None and b.review_by <= on]
    return sorted(due, key=lambda b: b.review_by or on)


def map_review_due(weeks: int | None, last_looked: date | None, on: date) -> bool:
    """Whether the person's opt-in "look at the map again" interval has come round.

    Off when no interval is chosen. `last_looked` is the latest day the map was touched
    (a situation added or moved, or "reviewed today"); with nothing on the map, nothing is due.
    """
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1:
        return False
    if last_looked is None:
        return False
    return on >= last_looked + timedelta(weeks=weeks)


def mark_checklist(
    item: ChecklistItem, answer: ChecklistAnswer, *, note: str = "", at: datetime | None = None
) -> ChecklistMark:
    """Mark an activity yes / maybe / not now, keeping every earlier mark with its date."""
    mark = ChecklistMark(
        answer=ChecklistAnswer(answer), at=ensure_aware(at or now()), note=note.strip()
    )
    item.history.append(mark)
    item.answer = mark.answer
    return mark


def reordered(ids: Sequence[int], moving: Sequence[int], row: int) -> list[int]:
    """`ids` with the `moving` ones taken out and put back at `row` (a row of the old list)."""
    moving_set = set(moving)
    before = sum(1 for i in ids[: max(0, row)] if i in moving_set)
    rest = [i for i in ids if i not in moving_set]
    at = max(0, min(len(rest), row - before))
    kept = [i for i in ids if i in moving_set]
    return rest[:at] + kept + rest[at:]

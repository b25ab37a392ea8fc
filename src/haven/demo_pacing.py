"""The demo's thresholds map and practices along the roadmap: invented, realistic, and
clearly fictional."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from haven.domain import pacing
from haven.domain.models import (
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
    StepState,
    Threshold,
    Zone,
    ZoneMove,
)

PRACTICES_PER_YEAR = 60


DRAFT_PRACTICES = 3


_INTENTIONS = (
    "Stay with it for about ten minutes and notice my breathing.",
    "Notice warmth and pressure, and say what I like.",
    "Go slowly and check in halfway through.",
    "Keep my eyes open and see the room.",
    "Practise using the pause signal once, even if I'm fine.",
    "Enjoy it, and stop while it still feels good.",
)


_PRACTICE_BOUNDARIES = (
    "Lights on, door open, clothes on.",
    "I lead, and we stay above the shoulders.",
    "No surprises. Ask before changing anything.",
    "Ten minutes at most this time.",
)


_WHAT_HELPED = (
    "Seeing the door and hearing music.",
    "My partner checking in with words.",
    "Breathing out slowly when I felt tense.",
    "Knowing I could stop at any moment.",
    "Talking about it first.",
    "Having a blanket nearby.",
    "Going slower than planned.",
)


_WHAT_WAS_HARD = (
    "",
    "",
    "A moment when I felt far away.",
    "My shoulders tensed at the start.",
    "I was tired, so it took longer to settle.",
    "A sound outside made me jump.",
)


_HARDER_PRACTICE = "This practice was harder than expected. We paused, and the pause helped."


_FOR_THERAPIST = (
    "I would like to talk about the moment I felt far away.",
    "Noticed that predicting was worse than doing.",
    "Would like ideas for the next step.",
)


@dataclass(slots=True)
class _StepPlan:
    """A roadmap step and the states it passes through: [(when, state, note)]."""

    title: str
    description: str
    events: list[tuple[datetime, StepState, str]] = field(default_factory=list)
    step: RoadmapStep | None = None

    def state_at(self, moment: datetime) -> StepState:
        state = StepState.NOT_STARTED
        for when, to, _ in self.events:
            if when > moment:
                break
            state = to
        return state

    def last_start(self, moment: datetime) -> datetime | None:
        """When the step last became 'practising' at or before the moment."""
        found = None
        for when, to, _ in self.events:
            if when > moment:
                break
            if to == StepState.PRACTISING:
                found = when
        return found

    def settled_by(self, moment: datetime) -> datetime | None:
        """When the current practising spell ends (comfortable or paused), if it does."""
        for when, to, _ in self.events:
            if when > moment and to != StepState.PRACTISING:
                return when
        return None


class _PacingDemo:
    """Part of `_Demo` (see demo.py); mixed in, so `self` is the _Demo."""

    # -- the thresholds map -----------------------------------------------------------------
    def thresholds(self, vault: Any) -> int:
        moves = 0
        for k, raw in enumerate(self.material["thresholds"]):
            final = Zone(raw["zone"])
            path: list[Zone]
            if final == Zone.MANAGEABLE:
                path = [Zone.NOT_YET, Zone.NEEDS_BOUNDARIES, Zone.MANAGEABLE]
                if k % 2:
                    path = path[1:]
                if k == 1:  # easier, then harder for a while, then easier again
                    path = [Zone.NEEDS_BOUNDARIES, Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES, final]
            elif final == Zone.NEEDS_BOUNDARIES:
                path = [Zone.NOT_YET, final]
            else:
                path = [Zone.NOT_YET]
                if k % 2 == 0:  # tried, and moved back for now
                    path = [Zone.NOT_YET, Zone.NEEDS_BOUNDARIES, Zone.NOT_YET]
            item = Threshold(
                situation=raw["situation"],
                boundary=raw["boundary"],
                zone=path[0],
                created_at=self.start_at,
                uid=self.uid(),
            )
            item.history.append(
                ZoneMove(from_zone=None, to_zone=path[0], at=self.start_at, uid=self.uid())
            )
            # Easier situations (earlier in the template) move earlier, like the roadmap.
            low = 0.03 + 0.05 * k
            high = min(0.97, low + 0.25 + 0.04 * k)
            when = sorted(self.rng.uniform(low, high) for _ in path[1:])
            for to, fraction in zip(path[1:], when, strict=True):
                at = self.after(item.history[-1].at, self.moment(fraction))
                move = pacing.move_zone(item, to, at=at)
                if pacing.is_zone_easier(move) is False:
                    move.note = "Needs more care for now, and that's okay."
                move.uid = self.uid()
                moves += 1
            vault.thresholds.add(item)
            moves += 1
        return moves

    # -- practices --------------------------------------------------------------------------
    def practices(self, vault: Any, plans: list[_StepPlan]) -> tuple[int, int]:
        rng = self.rng
        total = PRACTICES_PER_YEAR * self.years
        stop = self.material["safety_plan"]["stop_signal"]
        first = min(plan.events[0][0] for plan in plans if plan.events)
        span = (self.end_at - first).total_seconds()
        drafts = 0
        for i in range(total):
            when = first + timedelta(seconds=span * (i + rng.uniform(0.1, 0.9)) / total)
            day = when.date()
            when = self.at(
                day,
                rng.randint(17 * 60, 21 * 60)
                if day.weekday() < 5
                else rng.randint(13 * 60, 21 * 60),
            )
            active = [
                (k, p) for k, p in enumerate(plans) if p.state_at(when) == StepState.PRACTISING
            ]
            if active:
                k, plan = active[-1]
            else:  # nothing being practised: revisit the most recent comfortable step
                done = [
                    (k, p) for k, p in enumerate(plans) if p.state_at(when) == StepState.COMFORTABLE
                ]
                k, plan = done[-1] if done else (0, plans[0])
            began = plan.last_start(when) or when
            until = plan.settled_by(when) or self.end_at
            length = max(1.0, (until - began).total_seconds())
            progress = max(0.0, min(1.0, (when - began).total_seconds() / length))
            if plan.state_at(when) == StepState.COMFORTABLE:
                progress = 1.0
            harder = rng.random() < 0.08
            base = 6.2 + 0.12 * k
            predicted = self.rating(base - 3.5 * progress + rng.gauss(0, 0.9))
            peak = self.rating(
                predicted - 0.7 + rng.gauss(0, 1.1) + (rng.uniform(2, 3.5) if harder else 0)
            )
            minutes = rng.randint(8, 40)
            is_draft = i >= total - DRAFT_PRACTICES
            pre = PreBrief(
                intention=self.pick(_INTENTIONS),
                boundaries=self.pick(_PRACTICE_BOUNDARIES),
                stop_signal_agreed=rng.random() < 0.95,
                stop_signal=f'"{stop["word"]}", or {stop["gesture"].lower()}',
                distress_now=self.rating(3.2 - 1.5 * progress + rng.gauss(0, 0.8)),
                comfort_now=self.rating(5 + 2.5 * progress + rng.gauss(0, 0.9)),
                predicted_distress=predicted,
            )
            debrief = Debrief()
            if not is_draft:
                debrief = Debrief(
                    distress_peak=peak,
                    distress_after=self.rating(min(peak, peak * 0.45 + rng.gauss(0.5, 0.7))),
                    comfort=self.rating(
                        4.2 + 4 * progress + rng.gauss(0, 1) - (2 if harder else 0)
                    ),
                    what_helped=self.pick(_WHAT_HELPED),
                    what_was_hard=_HARDER_PRACTICE if harder else self.pick(_WHAT_WAS_HARD),
                    consent_checked=rng.random() < 0.93,
                    for_therapist=self.pick(_FOR_THERAPIST) if rng.random() < 0.15 else "",
                )
            practice = Practice(
                step_uid=plan.step.uid if plan.step else None,
                pre=pre,
                debrief=debrief,
                status=PracticeStatus.DRAFT if is_draft else PracticeStatus.DONE,
                started_at=when,
                ended_at=None if is_draft else when + timedelta(minutes=minutes),
                duration_seconds=None if is_draft else minutes * 60,
                uid=self.uid(),
            )
            vault.practices.save(practice)
            drafts += is_draft
        return total, drafts

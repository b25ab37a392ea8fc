"""The demo's safety plan and grounding history: invented, realistic, and clearly fictional."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from haven.domain import pacing
from haven.domain.models import (
    Actor,
    Boundary,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    GroundingTool,
    GroundingUse,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    Trigger,
)
from haven.resources import starter_scripts

GROUNDING_PER_YEAR = 40


_TRIGGER_HELPS = (
    "Stepping outside for fresh air, and naming what I can see.",
    "Saying my partner's name first, and turning to face them.",
    "Headphones and a slow breath out.",
    "Slowing everything down. We can always do it another day.",
    "Being woken with words, and a few minutes before talking.",
)


_SIGNAL_MEANINGS = {
    SignalKind.STOP: "Stop now. Everything stops, no questions needed.",
    SignalKind.PAUSE: "Pause for a moment. We decide together what happens next.",
}


_ROUTINE_KINDS = ("stress relief", "sleep", "morning", "reflection", "together")


_GROUNDING_NOTES = (
    "",
    "",
    "",
    "Helped after a difficult phone call.",
    "Used it before a practice.",
    "Woke up on edge; this settled me.",
)


class _SafetyDemo:
    """Part of `_Demo` (see demo.py); mixed in, so `self` is the _Demo."""

    # -- the safety plan --------------------------------------------------------------------
    def safety_plan(self, vault: Any) -> dict[str, int]:
        plan = self.material["safety_plan"]
        safety = vault.safety
        counts: dict[str, int] = {}

        boundaries = plan["boundaries"]
        for k, text in enumerate(boundaries):
            review_by = self.end + timedelta(days=self.rng.randint(20, 120))
            if k == len(boundaries) - 1:
                review_by = self.end - timedelta(days=4)  # one review is due now
            boundary = Boundary(text="I decide the pace." if k == 0 else text, uid=self.uid())
            if k == 0:
                review = pacing.review_boundary(
                    boundary,
                    text=text,
                    note="Added that the pace can change from day to day.",
                    next_review_by=self.day(0.75),
                    at=self.moment(0.35),
                )
                review.uid = self.uid()
            if k in (0, 1):
                review = pacing.review_boundary(
                    boundary,
                    note="Still right for us.",
                    next_review_by=review_by,
                    at=self.moment(0.8),
                )
                review.uid = self.uid()
            boundary.review_by = review_by
            safety.add(boundary)
        counts["boundaries"] = len(boundaries)

        for k, raw in enumerate(plan["triggers"]):
            safety.add(
                Trigger(
                    text=raw["trigger"],
                    contexts=raw["context"],
                    what_helps=_TRIGGER_HELPS[k % len(_TRIGGER_HELPS)],
                    uid=self.uid(),
                )
            )
        counts["triggers"] = len(plan["triggers"])

        for raw in plan["support_contacts"]:
            safety.add(
                Contact(
                    name=raw["name"],
                    relation=raw["relationship"],
                    how_to_reach=raw["phone"],
                    when_to_call=raw["note"],
                    uid=self.uid(),
                )
            )
        counts["contacts"] = len(plan["support_contacts"])

        signals = 0
        for kind, raw in (
            (SignalKind.STOP, plan["stop_signal"]),
            (SignalKind.PAUSE, plan["pause_signal"]),
        ):
            for form in ("word", "gesture"):
                safety.add(
                    Signal(
                        kind=kind,
                        signal=raw[form],
                        form=form,
                        meaning=_SIGNAL_MEANINGS[kind],
                        uid=self.uid(),
                    )
                )
                signals += 1
        counts["signals"] = signals

        steps = 0
        for actor in (Actor.ME, Actor.PARTNER):
            for text in plan["pause_plan"][actor.value]:
                safety.add(PausePlanStep(actor=actor, text=text, uid=self.uid()))
                steps += 1
        counts["pause_plan_steps"] = steps

        for k, text in enumerate(plan["routines"]):
            safety.add(
                Routine(
                    title=text.rstrip("."),
                    kind=_ROUTINE_KINDS[k % len(_ROUTINE_KINDS)],
                    uid=self.uid(),
                )
            )
        counts["routines"] = len(plan["routines"])

        scripts = starter_scripts()
        for k, raw in enumerate(scripts):
            body = raw["body"]
            if k == 0:  # one made personal, as people do
                body += " A hug would help too, if you ask first."
            safety.add(
                Script(
                    title=raw["title"],
                    body=body,
                    category=raw["category"],
                    from_template=raw["id"],
                    uid=self.uid(),
                )
            )
        counts["scripts"] = len(scripts)

        marks = 0
        activities = self.material["checklist_activities"]
        for k, activity in enumerate(activities):
            item = ChecklistItem(activity=activity, uid=self.uid())
            if k < 5 or k >= 6:
                path = [ChecklistAnswer.NOT_NOW, ChecklistAnswer.MAYBE, ChecklistAnswer.YES]
                if k >= 6:
                    path = [ChecklistAnswer.MAYBE, ChecklistAnswer.YES]
            else:
                path = [ChecklistAnswer.NOT_NOW, ChecklistAnswer.MAYBE]
            when = sorted(self.rng.uniform(0.02, 0.9) for _ in path)
            for answer, fraction in zip(path, when, strict=True):
                at = self.moment(fraction)
                if item.history:
                    at = self.after(item.history[-1].at, at)
                mark = pacing.mark_checklist(item, answer, at=at)
                mark.uid = self.uid()
                marks += 1
            safety.add(item)
        counts["checklist_items"] = len(activities)
        counts["checklist_marks"] = marks
        return counts

    # -- grounding ------------------------------------------------------------------------------
    def grounding(self, vault: Any) -> int:
        rng = self.rng
        total = GROUNDING_PER_YEAR * self.years
        tools = list(GroundingTool)
        for i in range(total):
            fraction = (i + rng.random()) / total
            before = self.rating(7 - 2.5 * fraction + rng.gauss(0, 1))
            rated = rng.random() < 0.8
            vault.grounding.add(
                GroundingUse(
                    tool=self.pick(tools),
                    at=self.moment(fraction, 6 * 60, 23 * 60),
                    distress_before=before if rated else None,
                    distress_after=self.rating(before - rng.uniform(1, 3.5)) if rated else None,
                    note=self.pick(_GROUNDING_NOTES),
                    uid=self.uid(),
                )
            )
        return total

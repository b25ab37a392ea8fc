"""Fictional therapy sessions and a "to bring" list for `haven demo`.

Six sessions over the last three months, each with what we worked on, what to keep, a
practice agreed (linked to the step being practised) and questions for next time. Things
marked before a session are ticked off as talked about at that session; a few typed lines
and whatever was marked since the last session stay open. Every word is invented; every
choice comes from the seed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from haven.domain.models import StepState
from haven.domain.therapy import TherapySession, ToBringItem

SESSIONS = (
    (
        "How the last months went, and what I want from this stretch of therapy.",
        "Going slowly is a choice I make, not something I am failing at.",
        "Notice, once a day, one moment where my body felt settled.",
        "Is it normal to want closeness and dread it in the same hour?",
    ),
    (
        "The freeze response: what it is for and how to name it out loud.",
        "Freezing is my body protecting me. Saying 'I'm freezing' is enough.",
        "Say our pause word once on purpose, when nothing is wrong, to practise it.",
        "How do I explain freezing to Jordan without it sounding like blame?",
    ),
    (
        "A week where I moved a step back. What the step back told me.",
        "Moving back gave me information: evenings after work are harder.",
        "Keep practice to weekend mornings for now.",
        "",
    ),
    (
        "Checking in during touch: words, signals, and what to do after a pause.",
        "A pause does not end the evening. We can choose what comes next.",
        "Two short practices, with a check-in halfway through each.",
        "Can we look at the thresholds map together next time?",
    ),
    (
        "Went through my thresholds map; two situations feel more manageable.",
        "I am allowed to keep some things in 'not yet' for as long as I need.",
        "Stay with the current step; write one line after each practice.",
        "What helps when a smell brings it all back?",
    ),
    (
        "Grounding with smell and sound; planning the next month.",
        "The 5-4-3-2-1 senses work better for me sitting down.",
        "Try the next step once, only if I feel ready, with the stop signal agreed first.",
        "How will I know when it is time to space out sessions?",
    ),
)
DAYS_BEFORE_END = (92, 78, 64, 50, 36, 22)

TYPED = (
    (20, "Ask whether it is okay to skip practice in a stressful week."),
    (16, "The dream last Tuesday, and how it stayed with me all morning."),
    (9, "Something good: I laughed during a practice and it felt safe."),
    (4, "I want to talk about telling my sister a little of what happened."),
)


def _practising_on(step: Any, day: Any) -> bool:
    """Whether the step was being practised on that day, from its own history."""
    before = [c for c in step.history if c.at.date() <= day]
    return bool(before) and before[-1].to_state == StepState.PRACTISING


def populate(demo: Any, vault: Any) -> dict[str, int]:
    """Write the sessions and the list; returns counts for `haven demo`'s summary."""
    from haven.usecases import to_bring

    steps = vault.roadmap.list()
    sessions = []
    for days, words in zip(DAYS_BEFORE_END, SESSIONS, strict=True):
        day = demo.end - timedelta(days=days + demo.rng.randint(0, 2))
        linked = [s.uid for s in steps if _practising_on(s, day)][:1]
        worked_on, keep, practice, questions = words
        session = TherapySession(
            day=day,
            worked_on=worked_on,
            keep=keep,
            practice=practice,
            questions=questions,
            step_uids=linked,
            created_at=demo.at(day, 18 * 60 + demo.rng.randint(0, 90)),
            uid=demo.uid(),
        )
        sessions.append(vault.therapy.add_session(session))

    for days, text in TYPED:
        day = demo.end - timedelta(days=days)
        vault.therapy.save_item(ToBringItem(text=text, added=demo.at(day, 21 * 60), uid=demo.uid()))

    # What was on the list before a session was talked about there.
    days = [s.day for s in sessions]
    talked = 0
    for item in to_bring.open_items(vault):
        added = item.added.date()
        after = [d for d in days if d >= added]
        if after:
            to_bring.mark_talked(vault, item, after[0])
            talked += 1
    return {
        "therapy_sessions": len(sessions),
        "to_bring_typed": len(TYPED),
        "to_bring_talked_about": talked,
    }

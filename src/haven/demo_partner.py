"""Fictional check-in conversations with a partner for `haven demo`: four over the last three
months (one after a practice, the newest kept part-way), and the agreements they ended in,
one of them reworded later and one whose day to look again has come. Every word is invented.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from haven.domain.partner import Agreement, Answer, Conversation, ConversationKind, revised

# (days before the end, after a practice?, finished?, answers (mine, partner's) per prompt,
#  note, agreements made: (words, weeks until looking again))
CONVERSATIONS: tuple[tuple[int, bool, bool, dict[str, tuple[str, str]], str, tuple], ...] = (
    (
        84,
        False,
        True,
        {
            "felt_good": (
                "Watching films with my feet on your lap.",
                "You laughed a lot this week.",
            ),
            "to_change": ("I would like us to plan closeness, not have it just happen.", ""),
            "signals": ("The yellow word works. The hand squeeze I sometimes miss.", "Same."),
            "boundary": ("", "I am not sure what I am allowed to ask for."),
        },
        "Slow start. We both said it felt strange to talk like this, and good.",
        (("We say out loud when we would like closeness, and the other can say not now.", 4),),
    ),
    (
        56,
        True,
        True,
        {
            "felt_good": ("That you stopped the moment I said yellow.", "That you told me."),
            "to_change": ("Shorter, with a break to have tea.", "More time to settle first."),
            "signals": ("Still right.", "Still right."),
            "boundary": ("Nothing from behind for now.", ""),
        },
        "",
        (
            ("Tea break halfway through any practice.", 4),
            ("No touch from behind without asking first, for now.", 8),
        ),
    ),
    (
        27,
        False,
        True,
        {
            "felt_good": ("Kissing on the sofa felt like ours again.", "Feeling trusted."),
            "to_change": ("", "I would like to know sooner when a day is a bad day."),
            "signals": ("I want to add a signal for 'slower' that is not 'stop'.", "Yes."),
            "boundary": ("Kissing is fine now if we are sitting up.", ""),
        },
        "We both felt lighter afterwards.",
        (("On a hard day I send the cloud emoji, and we keep the evening gentle.", 3),),
    ),
    (
        5,
        False,
        False,
        {
            "felt_good": ("The walk on Sunday.", ""),
        },
        "",
        (),
    ),
)

REWORDED = "Tea break halfway through any practice, or whenever either of us asks."


def populate(demo: Any, vault: Any) -> dict[str, int]:
    """Write the conversations and agreements through the repository; returns the counts."""
    repo = vault.partner
    practices = sorted(vault.practices.list(), key=lambda p: p.started_at)
    made = 0
    for days_before, after_practice, finished, answers, note, agreements in CONVERSATIONS:
        at = demo.at(demo.end - timedelta(days=days_before), 20 * 60 + 15)
        talk = Conversation(
            at=at,
            kind=ConversationKind.AFTER_PRACTICE if after_practice else ConversationKind.REGULAR,
            practice_uid=_practice_before(practices, at) if after_practice else None,
            answers={key: Answer(*pair) for key, pair in answers.items()},
            note=note,
            uid=demo.uid(),
        )
        if not finished:
            repo.save_conversation(talk)
            continue
        repo.finish_conversation(
            talk,
            [
                Agreement(
                    text=words,
                    made_on=at.date(),
                    look_again=at.date() + timedelta(weeks=weeks),
                    share=n == 0,
                    uid=demo.uid(),
                )
                for n, (words, weeks) in enumerate(agreements)
            ],
        )
        made += len(agreements)
    for agreement in repo.agreements():
        if agreement.text.startswith("Tea break"):
            changed_at = demo.at(demo.end - timedelta(days=27), 20 * 60 + 40)
            repo.update_agreement(
                revised(agreement, REWORDED, demo.end + timedelta(weeks=2), changed_at)
            )
    return {"partner_conversations": len(CONVERSATIONS), "agreements": made}


def _practice_before(practices: list[Any], at: datetime) -> str | None:
    earlier = [p for p in practices if p.started_at <= at]
    return earlier[-1].uid if earlier else None

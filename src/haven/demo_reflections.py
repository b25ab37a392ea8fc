"""Fictional reflections for `haven demo`: a few Fear-or-danger pages, three values sorts
that shift over the span, kind words, and Learn marks. Kept apart from demo.py so that file
stays about the pacing history; every word is invented, every choice comes from the seed.
"""

from __future__ import annotations

from typing import Any

from haven import resources
from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
)

FEAR_PAGES = (
    (
        "A car door slammed outside while we were lying on the sofa.",
        "Jumped, heart racing, wanted to get up and check the window.",
        "The door is locked. Jordan is beside me and asked if I was okay.",
        "Someone I do not know at the door, or being held so I cannot move.",
        "Sit up, breathe out slowly, tell Jordan I need a minute.",
        FearCheckEnding.PAUSE,
    ),
    (
        "Jordan reached for my hand from behind without saying anything.",
        "Froze. Shoulders up. Could not find words for a moment.",
        "It is daytime, we are in the kitchen, and Jordan stepped back when I went still.",
        "If Jordan kept going after I went still, or got angry that I froze.",
        "Use our yellow word next time, and talk about it tonight.",
        FearCheckEnding.NONE,
    ),
    (
        "A song from back then came on in the shop.",
        "Sick feeling, wanted to leave straight away.",
        "I am on my own, nobody from then is here, I can walk out whenever I like.",
        "Seeing that person, or someone following me.",
        "Leave, sit in the car, do the 5-4-3-2-1 senses.",
        FearCheckEnding.NONE,
    ),
)

KIND_WORDS = (
    ("I moved a step back today.", "That was me listening to myself. It counts.", ""),
    ("Froze again and felt ashamed.", "My body was trying to keep me safe. I can be gentle.", ""),
    ("Long week, no energy.", "Rest is part of this too.", "Said it out loud, felt a bit silly."),
    ("", "I am allowed to go at my own pace.", ""),
)

# The pile a card drifts toward over the three sorts (early, middle, late).
_DRIFT = {
    "being-asked": (Pile.A_LOT, Pile.A_LOT, Pile.A_LOT),
    "closeness-without-pressure": (Pile.A_LOT, Pile.A_LOT, Pile.A_LOT),
    "pausing-any-time": (Pile.A_LOT, Pile.A_LOT, Pile.SOME),
    "kissing": (Pile.NOT_NOW, Pile.SOME, Pile.A_LOT),
    "spontaneous-moments": (Pile.NOT_NOW, Pile.NOT_NOW, Pile.SOME),
    "sleeping-close": (Pile.NOT_NOW, Pile.SOME, Pile.SOME),
    "something-new": (Pile.NOT_NOW, Pile.NOT_NOW, Pile.SOME),
}


def populate(demo: Any, vault: Any) -> dict[str, int]:
    """Write the reflections through the repositories; returns how many of each."""
    rng = demo.rng
    repo = vault.reflections
    n = len(FEAR_PAGES)
    for i, (happening, body, safe, not_safe, will_do, ending) in enumerate(FEAR_PAGES):
        repo.add_fear_check(
            FearCheck(
                happening=happening,
                body=body,
                safe_now=safe,
                not_safe=not_safe,
                will_do=will_do,
                ending=ending,
                finished=True,
                share=i == 1,
                at=demo.moment((i + 0.5 + rng.random() * 0.4) / (n + 1), 17 * 60, 22 * 60),
                uid=demo.uid(),
            )
        )
    cards = resources.closeness_cards()
    piles = list(Pile)
    for stage, fraction in enumerate((0.15, 0.5, 0.9)):
        placements = []
        for card_id, text in cards:
            drift = _DRIFT.get(card_id)
            pile = drift[stage] if drift else piles[rng.randrange(len(piles))]
            placements.append(Placement(card_id, text, pile))
        repo.add_values_sort(
            ValuesSort(
                placements=placements,
                note="First try, quickly." if stage == 0 else "",
                share=stage == 2,
                at=demo.moment(fraction),
                uid=demo.uid(),
            )
        )
    for i, (moment, words, note) in enumerate(KIND_WORDS):
        repo.add_kind_word(
            KindWord(
                moment=moment,
                words=words,
                note=note,
                share=i == 1,
                at=demo.moment((i + 1) / (len(KIND_WORDS) + 1), 19 * 60, 23 * 60),
                uid=demo.uid(),
            )
        )
    for reading, helpful, hidden in (
        ("body-alarm", True, False),
        ("pacing-and-moving-back", True, False),
        ("help-and-legal-protection", False, True),
    ):
        repo.set_learn_mark(LearnMark(reading, helpful=helpful, hidden=hidden))
    return {
        "fear_checks": n,
        "values_sorts": 3,
        "kind_words": len(KIND_WORDS),
        "learn_marks": 3,
    }

"""The reflection tools and the person's Learn marks, as plain records and pure rules.

Three tools help a person think something through at their own pace, and each record is
theirs to edit, delete or bring back:

- *Fear or danger?* (`FearCheck`): a guided page that sets what is happening and what the
  body is doing beside what says "safe now" and what would say "not safe".
- *What closeness means to me* (`ValuesSort`): short cards sorted into three piles, dated,
  so a later sort can be set beside an earlier one (`compare_sorts`).
- *A kind word to myself* (`KindWord`): a short self-compassion exercise.

`LearnMark` is how a person marked a reading (helpful, hidden). It is personal, so it lives
in the vault with everything else, never in the plain settings file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from haven.domain.clock import now
from haven.domain.models import new_uid


class FearCheckEnding(StrEnum):
    """How a Fear-or-danger page ended: nothing chosen, or a way to look after oneself."""

    NONE = ""
    PAUSE = "pause"
    HELP_NOW = "help_now"


@dataclass(slots=True)
class FearCheck:
    """One *Fear or danger?* page. Every answer is optional; `finished` is the person's say."""

    happening: str = ""  # what is happening
    body: str = ""  # what my body is doing
    safe_now: str = ""  # what tells me I am safe now
    not_safe: str = ""  # what would tell me I am not
    will_do: str = ""  # what I will do
    ending: FearCheckEnding = FearCheckEnding.NONE
    finished: bool = False
    share: bool = False  # may go in the therapy summary, when the person chooses that section
    at: datetime = field(default_factory=now)
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    def answers(self) -> list[str]:
        return [self.happening, self.body, self.safe_now, self.not_safe, self.will_do]

    def is_empty(self) -> bool:
        return not any(text.strip() for text in self.answers())


FEAR_CHECK_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("happening", "What is happening right now?"),
    ("body", "What is my body doing?"),
    ("safe_now", "What tells me I am safe now?"),
    ("not_safe", "What would tell me I am not safe?"),
    ("will_do", "What will I do next?"),
)


def check_fear_check(item: FearCheck) -> None:
    """A page is kept only when it holds a few words somewhere."""
    if item.is_empty():
        raise ValueError("This page has no words yet. Nothing was saved.")
    FearCheckEnding(item.ending)


class Pile(StrEnum):
    """The three piles of the values sort, in the order they are shown."""

    A_LOT = "a_lot"
    SOME = "some"
    NOT_NOW = "not_now"

    @property
    def label(self) -> str:
        return PILE_LABELS[self]


PILE_LABELS = {
    Pile.A_LOT: "Matters a lot",
    Pile.SOME: "Matters some",
    Pile.NOT_NOW: "Not now",
}


@dataclass(slots=True)
class Placement:
    """One card in one pile. The card's words are kept, so an old sort reads as it was."""

    card: str  # the card's stable id from the card set, or "own:<n>" for the person's own
    text: str
    pile: Pile


@dataclass(slots=True)
class ValuesSort:
    """One dated *What closeness means to me* sort."""

    placements: list[Placement] = field(default_factory=list)
    note: str = ""
    share: bool = False
    at: datetime = field(default_factory=now)
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    def pile(self, pile: Pile) -> list[Placement]:
        return [p for p in self.placements if p.pile == pile]

    def pile_of(self, card: str) -> Pile | None:
        for placement in self.placements:
            if placement.card == card:
                return placement.pile
        return None


def check_values_sort(item: ValuesSort) -> None:
    if not item.placements:
        raise ValueError("No card has been placed yet. Nothing was saved.")
    seen: set[str] = set()
    for placement in item.placements:
        placement.text = placement.text.strip()
        if not placement.card or not placement.text:
            raise ValueError("Each card needs a few words.")
        if placement.card in seen:
            raise ValueError(f"The card {placement.text!r} is in the sort twice.")
        seen.add(placement.card)
        placement.pile = Pile(placement.pile)


@dataclass(frozen=True, slots=True)
class CardChange:
    """A card whose pile differs between two sorts (None: not in that sort)."""

    card: str
    text: str
    before: Pile | None
    after: Pile | None


def compare_sorts(earlier: ValuesSort, later: ValuesSort) -> list[CardChange]:
    """The cards that moved between two sorts, in the later sort's order, then the rest.

    Only changes are listed; a card in the same pile both times is left out, so the answer
    is what is new, not a score.
    """
    before = {p.card: p for p in earlier.placements}
    after = {p.card: p for p in later.placements}
    changes: list[CardChange] = []
    for card, placed in after.items():
        old = before.get(card)
        if old is None or old.pile != placed.pile:
            changes.append(CardChange(card, placed.text, old.pile if old else None, placed.pile))
    for card, old in before.items():
        if card not in after:
            changes.append(CardChange(card, old.text, old.pile, None))
    return changes


@dataclass(slots=True)
class KindWord:
    """One *A kind word to myself*: the hard moment, the kind words, an optional note."""

    words: str
    moment: str = ""  # what is hard right now (optional)
    note: str = ""
    share: bool = False
    at: datetime = field(default_factory=now)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


def check_kind_word(item: KindWord) -> None:
    item.words = item.words.strip()
    if not item.words:
        raise ValueError("The kind word has no words yet. Nothing was saved.")


KIND_WORD_STEPS: tuple[str, ...] = (
    "This is a hard moment. You might name it in a few words, or leave it unnamed.",
    "Many people feel something like this. You are not the only one.",
    "What might you say to a good friend who felt this way? You could say it to yourself.",
)


@dataclass(slots=True)
class LearnMark:
    """How the person marked one reading. `reading` is the reading's file name stem."""

    reading: str
    helpful: bool = False
    hidden: bool = False


def visible(readings: Sequence[str], marks: dict[str, LearnMark]) -> list[str]:
    """The readings not hidden, in their given order."""
    return [r for r in readings if not (marks.get(r) and marks[r].hidden)]

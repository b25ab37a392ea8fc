"""Check-in conversations with a partner, and the agreements they end in.

A conversation is a few short prompts that each person may answer (all optional), for a
regular check-in or after a practice. It may end in agreements: each is dated, has a day to
look at it again, and keeps its earlier wordings when it is changed, so the two people can
see how it grew. Nothing here touches the roadmap: a conversation never moves a step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from haven.domain.clock import now
from haven.domain.models import new_uid

LOOK_AGAIN_AFTER = timedelta(days=28)  # the suggested day to look again: four weeks on


class ConversationKind(StrEnum):
    REGULAR = "regular"
    AFTER_PRACTICE = "after_practice"


@dataclass(frozen=True, slots=True)
class Prompt:
    key: str
    question: str
    hint: str


# The prompts, in the order the conversation asks them. Keys are part of the export format.
PROMPTS: tuple[Prompt, ...] = (
    Prompt(
        "felt_good",
        "What felt good lately, between us?",
        "Small things count: a look, a laugh, a moment of feeling safe together.",
    ),
    Prompt(
        "to_change",
        "Is there anything either of us would like to change?",
        "Say it as a wish rather than a complaint, if you can. 'Not sure yet' is an answer too.",
    ),
    Prompt(
        "signals",
        "Do our stop and pause signals still feel right?",
        "Are they easy to give and easy to notice? Either of you can ask to change them.",
    ),
    Prompt(
        "boundary",
        "Is there a boundary one of us would like to look at again?",
        "A boundary can stay as it is, grow, or come back. Each is fine.",
    ),
)
PROMPT_KEYS: tuple[str, ...] = tuple(p.key for p in PROMPTS)


@dataclass(slots=True)
class Answer:
    """What each person said to one prompt; either may be empty."""

    mine: str = ""
    partner: str = ""

    def is_empty(self) -> bool:
        return not (self.mine.strip() or self.partner.strip())


@dataclass(slots=True)
class Conversation:
    kind: ConversationKind = ConversationKind.REGULAR
    practice_uid: str | None = None  # the practice it followed, when kind is after_practice
    answers: dict[str, Answer] = field(default_factory=lambda: {k: Answer() for k in PROMPT_KEYS})
    note: str = ""
    finished: bool = False  # False: kept part-way, to carry on later
    at: datetime = field(default_factory=now)
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    def answer(self, key: str) -> Answer:
        return self.answers.setdefault(key, Answer())

    def is_empty(self) -> bool:
        return not self.note.strip() and all(a.is_empty() for a in self.answers.values())


def check_conversation(item: Conversation) -> None:
    unknown = set(item.answers) - set(PROMPT_KEYS)
    if unknown:
        raise ValueError(f"The conversation has an answer to an unknown prompt: {sorted(unknown)}")
    for key in PROMPT_KEYS:
        item.answer(key)
    if item.kind is ConversationKind.REGULAR:
        item.practice_uid = None


@dataclass(frozen=True, slots=True)
class AgreementVersion:
    """An earlier wording of an agreement, and when it was replaced."""

    text: str
    look_again: date | None
    changed_at: datetime


@dataclass(slots=True)
class Agreement:
    text: str
    made_on: date = field(default_factory=lambda: now().date())
    look_again: date | None = None
    conversation_uid: str | None = None  # the conversation it came from, if any
    share: bool = False  # may go on the page for my partner
    history: list[AgreementVersion] = field(default_factory=list)  # oldest first
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    def is_due(self, today: date) -> bool:
        return self.look_again is not None and self.look_again <= today


def check_agreement(item: Agreement) -> None:
    item.text = item.text.strip()
    if not item.text:
        raise ValueError("The agreement has no words yet. Nothing was saved.")
    if item.look_again is not None and item.look_again < item.made_on:
        raise ValueError("The day to look again comes before the day it was agreed.")


def suggested_look_again(made_on: date) -> date:
    return made_on + LOOK_AGAIN_AFTER


def revised(item: Agreement, text: str, look_again: date | None, at: datetime) -> Agreement:
    """The agreement with new words or a new day to look again; the old ones go to its
    history (only when something really changed, so saving twice adds nothing)."""
    text = text.strip()
    if text == item.text and look_again == item.look_again:
        return item
    history = [*item.history, AgreementVersion(item.text, item.look_again, at)]
    return Agreement(
        text=text,
        made_on=item.made_on,
        look_again=look_again,
        conversation_uid=item.conversation_uid,
        share=item.share,
        history=history,
        uid=item.uid,
        id=item.id,
    )


def due_to_look_again(agreements: list[Agreement], today: date) -> list[Agreement]:
    """Agreements whose day to look again has come, earliest first."""
    due = [a for a in agreements if a.is_due(today)]
    return sorted(due, key=lambda a: (a.look_again or today, a.made_on))

"""Working with a therapist: the sessions log and the "to bring to therapy" list.

Plain records and pure rules, no Qt and no SQL. The person leads: a session is theirs to
write, edit or delete; an item on the list is ticked off as talked about (kept, with the
day) or removed. Nothing here advances a roadmap step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from haven.domain.clock import now, to_text
from haven.domain.models import new_uid

# Where an item on the list came from (its `kind`), and the short label the person sees.
# Hard-moment kinds (checkin, practice, grounding, consent_*) come from the care panel.
SOURCE_LABELS: dict[str, str] = {
    "typed": "Typed",
    "journal": "Journal",
    "debrief": "Practice",
    "practice": "Practice",
    "consent_no": "Practice",
    "consent_not_sure": "Practice",
    "checkin": "Check-in",
    "grounding": "Check-in",
    "fear_check": "Reflection",
    "kind_word": "Reflection",
}

# Kinds gathered from records the person marked elsewhere (journal "share with my
# therapist", the debrief's "something to tell my therapist", a reflection marked for
# therapy). They are read from those records; the list only keeps their state.
GATHERED_KINDS = frozenset({"journal", "debrief", "fear_check", "kind_word"})

TEXT_LIMIT = 4000


def source_label(kind: str) -> str:
    return SOURCE_LABELS.get(kind, "Typed")


@dataclass(slots=True)
class ToBringItem:
    """One thing the person wants to talk about in therapy."""

    text: str
    kind: str = "typed"
    record_uid: str = ""  # the record it came from; empty when typed directly
    added: datetime = field(default_factory=now)
    talked_on: date | None = None  # the day it was talked about; None while still open
    removed: bool = False  # a gathered item the person took off the list
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_uid}" if self.record_uid else f"typed:{self.uid}"

    @property
    def source(self) -> str:
        return source_label(self.kind)

    @property
    def added_at(self) -> str:
        """ISO 8601 with offset, as everywhere in the export."""
        return to_text(self.added)

    @property
    def is_open(self) -> bool:
        return self.talked_on is None and not self.removed

    @property
    def gathered(self) -> bool:
        return self.kind in GATHERED_KINDS


@dataclass(slots=True)
class TherapySession:
    """One therapy session, in the person's own words. Every field but the day is optional."""

    day: date
    worked_on: str = ""  # what we worked on
    keep: str = ""  # what I want to keep from it
    practice: str = ""  # practice agreed until next time
    questions: str = ""  # questions for next time
    step_uids: list[str] = field(default_factory=list)  # roadmap steps the practice is for
    created_at: datetime = field(default_factory=now)
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    def texts(self) -> tuple[str, str, str, str]:
        return (self.worked_on, self.keep, self.practice, self.questions)


def check_session(session: TherapySession) -> None:
    """Refuse what the vault should never hold; words are the person's own and not judged."""
    if not isinstance(session.day, date):
        raise ValueError("A session needs a day.")
    for text in session.texts():
        if len(text) > TEXT_LIMIT * 4:
            raise ValueError("This is longer than Haven keeps in one field.")


def check_item(item: ToBringItem) -> None:
    if not item.text.strip():
        raise ValueError("There are no words to bring yet.")
    if len(item.text) > TEXT_LIMIT:
        raise ValueError("This is longer than Haven keeps in one line.")


def last_session_day(sessions: list[TherapySession]) -> date | None:
    return max((s.day for s in sessions), default=None)


def agreed_for_step(sessions: list[TherapySession], step_uid: str) -> TherapySession | None:
    """The latest session whose agreed practice is linked to this step, if any."""
    linked = [s for s in sessions if step_uid in s.step_uids]
    return max(linked, key=lambda s: (s.day, s.created_at), default=None)

"""Everything Haven holds, as plain dataclasses.

Each record has a `uid` (a UUID string) that stays the same across export and import, so a
file imported twice adds nothing the second time, and an `id` that is the store's own row
number (None until saved). Timestamps are always timezone-aware.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from haven.domain.clock import now


def new_uid() -> str:
    return str(uuid.uuid4())


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    PRACTISING = "practising"
    COMFORTABLE = "comfortable"
    PAUSED = "paused"

    @property
    def label(self) -> str:
        return STEP_STATE_LABELS[self]


STEP_STATE_LABELS = {
    StepState.NOT_STARTED: "Not started",
    StepState.PRACTISING: "Practising",
    StepState.COMFORTABLE: "Comfortable",
    StepState.PAUSED: "Paused",
}


class Zone(StrEnum):
    MANAGEABLE = "manageable"
    NEEDS_BOUNDARIES = "needs_boundaries"
    NOT_YET = "not_yet"

    @property
    def label(self) -> str:
        return ZONE_LABELS[self]


ZONE_LABELS = {
    Zone.MANAGEABLE: "Feels manageable",
    Zone.NEEDS_BOUNDARIES: "Needs boundaries",
    Zone.NOT_YET: "Not yet",
}


class ChecklistAnswer(StrEnum):
    YES = "yes"
    MAYBE = "maybe"
    NOT_NOW = "not_now"

    @property
    def label(self) -> str:
        return {"yes": "Yes", "maybe": "Maybe", "not_now": "Not now"}[self.value]


class SignalKind(StrEnum):
    STOP = "stop"
    PAUSE = "pause"


class Actor(StrEnum):
    """Whose step it is in the pause plan."""

    ME = "me"
    PARTNER = "partner"


class GroundingTool(StrEnum):
    PACED_BREATHING = "paced_breathing"
    SENSES_54321 = "senses_54321"
    BODY_SCAN = "body_scan"


class PracticeStatus(StrEnum):
    DRAFT = "draft"
    DONE = "done"


@dataclass(slots=True)
class CheckIn:
    distress: int
    comfort: int
    at: datetime = field(default_factory=now)
    sleep_hours: float | None = None
    stress: int | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class JournalEntry:
    body: str
    title: str = ""
    at: datetime = field(default_factory=now)
    tags: list[str] = field(default_factory=list)
    distress: int | None = None
    comfort: int | None = None
    share_with_therapist: bool = False
    mood_label: str = ""
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True, frozen=True)
class SearchHit:
    """One journal search result: what a list shows, not the whole entry."""

    entry_id: int
    uid: str
    at: datetime
    title: str
    snippet: str


@dataclass(slots=True)
class StateChange:
    """One dated change of a roadmap step's state: kept forever as the step's timeline."""

    from_state: StepState | None
    to_state: StepState
    at: datetime = field(default_factory=now)
    note: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True, frozen=True)
class ReadinessGuide:
    """The person's own guide for a step, e.g. "three practices at or below 4 at their peak".

    Haven only compares recent practices to it, as information; it never advances a step.
    """

    practices: int
    max_peak_distress: int


@dataclass(slots=True)
class RoadmapStep:
    title: str
    description: str = ""
    position: int = 0
    state: StepState = StepState.NOT_STARTED
    readiness_notes: str = ""
    readiness: ReadinessGuide | None = None
    history: list[StateChange] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class ZoneMove:
    from_zone: Zone | None
    to_zone: Zone
    at: datetime = field(default_factory=now)
    note: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Threshold:
    situation: str
    zone: Zone = Zone.NOT_YET
    boundary: str = ""
    notes: str = ""
    position: int = 0
    history: list[ZoneMove] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class PreBrief:
    intention: str = ""
    boundaries: str = ""
    stop_signal_agreed: bool = False
    stop_signal: str = ""
    distress_now: int | None = None
    comfort_now: int | None = None
    predicted_distress: int | None = None


@dataclass(slots=True)
class Debrief:
    distress_peak: int | None = None
    distress_after: int | None = None
    comfort: int | None = None
    what_helped: str = ""
    what_was_hard: str = ""
    consent_checked: bool | None = None
    for_therapist: str = ""


@dataclass(slots=True)
class Practice:
    """A practice session: a pre-brief before, a debrief after. Drafts keep half-done ones."""

    step_uid: str | None
    pre: PreBrief = field(default_factory=PreBrief)
    debrief: Debrief = field(default_factory=Debrief)
    status: PracticeStatus = PracticeStatus.DRAFT
    started_at: datetime = field(default_factory=now)
    ended_at: datetime | None = None
    duration_seconds: int | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class BoundaryReview:
    at: datetime = field(default_factory=now)
    text: str = ""
    note: str = ""
    next_review_by: date | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Boundary:
    text: str
    review_by: date | None = None
    position: int = 0
    reviews: list[BoundaryReview] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Trigger:
    text: str
    contexts: str = ""
    what_helps: str = ""
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Contact:
    name: str
    relation: str = ""
    how_to_reach: str = ""
    when_to_call: str = ""
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Signal:
    kind: SignalKind
    signal: str
    form: str = ""  # a word, a gesture, a tap…
    meaning: str = ""
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class PausePlanStep:
    actor: Actor
    text: str
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Routine:
    title: str
    description: str = ""
    kind: str = ""  # sleep, stress relief, …: the person's own word
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Script:
    title: str
    body: str
    category: str = ""
    from_template: str = ""  # the starter script's id when it began as one
    position: int = 0
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class ChecklistMark:
    answer: ChecklistAnswer
    at: datetime = field(default_factory=now)
    note: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class ChecklistItem:
    activity: str
    answer: ChecklistAnswer = ChecklistAnswer.NOT_NOW
    position: int = 0
    history: list[ChecklistMark] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class GroundingUse:
    tool: GroundingTool
    at: datetime = field(default_factory=now)
    distress_before: int | None = None
    distress_after: int | None = None
    note: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None


@dataclass(slots=True)
class Draft:
    """Unfinished text kept in the vault so nothing typed is lost after a crash.

    `key` names what the draft belongs to, e.g. "journal:new" or "journal:<uid>" or
    "practice:<uid>"; `content` is a JSON-able mapping of the form's fields.
    """

    key: str
    content: dict[str, object]
    updated_at: datetime = field(default_factory=now)
    id: int | None = None


def normalise_tags(tags: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """Tags as Haven keeps them: trimmed, without a leading sigil, lower-case, each once, sorted.

    Sorted because that is how they come back from the store; saved and loaded must agree.
    """
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = str(tag).strip().lstrip("#@").strip().lower()
        if cleaned:
            seen.setdefault(cleaned, None)
    return sorted(seen)

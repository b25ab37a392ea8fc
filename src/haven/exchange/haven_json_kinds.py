"""What a haven-json document is made of: its format name and version, the kinds of record
in the order they are written, and the problem a document that does not fit raises."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from haven.domain.models import (
    Boundary,
    ChecklistItem,
    Contact,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    Trigger,
)
from haven.exchange import partner_json as partner
from haven.exchange import reflections_json as reflect
from haven.exchange import therapy_json as therapy

if TYPE_CHECKING:
    pass


FORMAT = "haven-export"


VERSION = 1


E = TypeVar("E", bound=Enum)


class ImportProblem(ValueError):
    """The document cannot be imported. `str()` names the section, the item and the problem."""


# -- kinds of record, in the order they are written ---------------------------------------
@dataclass(frozen=True, slots=True)
class Kind:
    key: str  # the key in ImportReport's counts
    one: str  # how a message names one of them: "journal entry 12"
    many: str  # how a summary counts them: "3 journal entries"


KINDS: tuple[Kind, ...] = (
    Kind("checkins", "check-in", "check-ins"),
    Kind("journal", "journal entry", "journal entries"),
    Kind("roadmap", "roadmap step", "roadmap steps"),
    Kind("thresholds", "threshold", "thresholds"),
    Kind("practices", "practice", "practices"),
    Kind("boundaries", "safety plan, boundary", "boundaries"),
    Kind("triggers", "safety plan, trigger", "triggers"),
    Kind("contacts", "safety plan, contact", "contacts"),
    Kind("signals", "safety plan, signal", "signals"),
    Kind("pause_plan", "safety plan, pause-plan step", "pause-plan steps"),
    Kind("routines", "safety plan, routine", "routines"),
    Kind("scripts", "safety plan, script", "scripts"),
    Kind("checklist", "safety plan, checklist item", "checklist items"),
    Kind("grounding", "grounding use", "grounding uses"),
    *(Kind(*kind) for kind in reflect.KINDS),
    *(Kind(*kind) for kind in therapy.KINDS),
    *(Kind(*kind) for kind in partner.KINDS),
    Kind("drafts", "draft", "drafts"),
    Kind("settings", "setting", "settings"),
)


_KIND = {k.key: k for k in KINDS}


# The safety plan's sections: export name, model class.
SAFETY_SECTIONS: tuple[tuple[str, type], ...] = (
    ("boundaries", Boundary),
    ("triggers", Trigger),
    ("contacts", Contact),
    ("signals", Signal),
    ("pause_plan", PausePlanStep),
    ("routines", Routine),
    ("scripts", Script),
    ("checklist", ChecklistItem),
)

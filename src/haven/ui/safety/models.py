"""What each safety-plan section holds.

A `SectionSpec` describes one section in plain data: its words (title, a one-line gentle
explanation, an empty-state invitation), the fields an editor shows, and how an item reads in
a list. The specs are built when asked for (`section_specs()`), so every word goes through
`translate` in the language chosen at that moment.

Each list is a `haven.ui.kit.ordered_list.OrderedListModel`, the one model for every ordered
list. Moving rows (Alt+Up/Down, the buttons, or a drag) goes through `moveRows`, which emits
`order_changed` once the move is done, so one place stores the new order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)

from haven.domain.models import (
    Actor,
    Boundary,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    PausePlanStep,
    Routine,
    Script,
    SignalKind,
    Trigger,
)
from haven.domain.models import (
    Signal as PlanSignal,
)

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("SafetyPlan", text)


def day_words(value: date | None) -> str:
    """A date as the person's locale writes it in full, e.g. "3 March 2025"."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def answer_words(answer: ChecklistAnswer) -> str:
    return {
        ChecklistAnswer.YES: _t("Yes"),
        ChecklistAnswer.MAYBE: _t("Maybe"),
        ChecklistAnswer.NOT_NOW: _t("Not now"),
    }[ChecklistAnswer(answer)]


def signal_kind_words(kind: SignalKind) -> str:
    return {SignalKind.STOP: _t("Stop"), SignalKind.PAUSE: _t("Pause")}[SignalKind(kind)]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of an editor. `kind`: line, text (several lines), date, or choice."""

    name: str
    label: str
    kind: str = "line"
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, words shown)
    convert: Callable[[Any], Any] | None = None  # the stored value from the chosen one


@dataclass(frozen=True, slots=True)
class SectionSpec:
    key: str
    kind: type
    title: str
    explanation: str
    empty: str
    noun: str  # "boundary": used in accessible names ("Edit the selected boundary")
    add_text: str  # the Add button's words
    editor_title: str  # the editor's window title for a new item
    fields: tuple[FieldSpec, ...]
    summary: Callable[[Any], str]
    fixed: dict[str, Any] = field(default_factory=dict)  # values every new item gets

    def new_item(self, values: dict[str, Any]) -> Any:
        return self.kind(**{**self.fixed, **values})


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def _boundary_summary(b: Boundary) -> str:
    if b.review_by is None:
        return b.text
    return _t("{text}\nLook at this again by {date}").format(
        text=b.text, date=day_words(b.review_by)
    )


def _checklist_summary(item: ChecklistItem) -> str:
    return f"{item.activity} — {answer_words(item.answer)}"


def _signal_summary(s: PlanSignal) -> str:
    return f"{signal_kind_words(s.kind)}: {_join(s.signal, s.form)}"


def section_specs() -> dict[str, SectionSpec]:
    """Every list section of the plan, keyed by a short name, in the order they are shown."""
    specs = [
        SectionSpec(
            key="boundaries",
            kind=Boundary,
            title=_t("Boundaries"),
            explanation=_t(
                "What is okay for you and what is not, in your own words. A date to look at "
                "a boundary again is a gentle reminder, never a deadline."
            ),
            empty=_t(
                "There are no boundaries here yet. When you feel ready, you might add one. "
                "It can be as short as you like."
            ),
            noun=_t("boundary"),
            add_text=_t("Add a boundary…"),
            editor_title=_t("A new boundary"),
            fields=(
                FieldSpec("text", _t("The boundary"), "text", _t("In your own words")),
                FieldSpec("review_by", _t("Look at it again by"), "date"),
            ),
            summary=_boundary_summary,
        ),
        SectionSpec(
            key="triggers",
            kind=Trigger,
            title=_t("Triggers and reminders"),
            explanation=_t(
                "Things that can bring back hard feelings, where they tend to show up, and "
                "what helps when they do."
            ),
            empty=_t(
                "Nothing here yet. If you like, you might note a reminder, where it shows up, "
                "and what helps."
            ),
            noun=_t("trigger or reminder"),
            add_text=_t("Add a trigger or reminder…"),
            editor_title=_t("A new trigger or reminder"),
            fields=(
                FieldSpec("text", _t("The trigger or reminder"), "line", _t("In your own words")),
                FieldSpec(
                    "contexts", _t("Where it shows up"), "text", _t("Places, times, situations")
                ),
                FieldSpec("what_helps", _t("What helps"), "text"),
            ),
            summary=lambda t: t.text,
        ),
        SectionSpec(
            key="contacts",
            kind=Contact,
            title=_t("Support contacts"),
            explanation=_t(
                "People you can reach out to, and when you would like to. They also show "
                "first in Help now."
            ),
            empty=_t("No one is listed yet. When you feel ready, you might add someone you trust."),
            noun=_t("contact"),
            add_text=_t("Add a contact…"),
            editor_title=_t("A new contact"),
            fields=(
                FieldSpec("name", _t("Name")),
                FieldSpec("relation", _t("Who they are to you"), "line", _t("A friend, a sister…")),
                FieldSpec("how_to_reach", _t("How to reach them"), "line"),
                FieldSpec("when_to_call", _t("When to call them"), "text"),
            ),
            summary=lambda c: _join(c.name, c.relation),
        ),
        SectionSpec(
            key="signals",
            kind=PlanSignal,
            title=_t("Stop and pause signals"),
            explanation=_t(
                "The words or gestures you and your partner agreed on, and what each one means."
            ),
            empty=_t(
                "No signals are written here yet. When you have agreed on one together, you "
                "might note it here."
            ),
            noun=_t("signal"),
            add_text=_t("Add a signal…"),
            editor_title=_t("A new signal"),
            fields=(
                FieldSpec("signal", _t("The signal"), "line", _t("A word, a gesture, a tap…")),
                FieldSpec(
                    "kind",
                    _t("It asks to"),
                    "choice",
                    choices=(
                        (SignalKind.STOP.value, _t("Stop")),
                        (SignalKind.PAUSE.value, _t("Pause")),
                    ),
                    convert=SignalKind,
                ),
                FieldSpec("form", _t("Its form"), "line", _t("word, gesture…")),
                FieldSpec("meaning", _t("What it means"), "text"),
            ),
            summary=_signal_summary,
        ),
        SectionSpec(
            key="pause_me",
            kind=PausePlanStep,
            title=_t("What I do"),
            explanation="",
            empty=_t("No steps of your own yet."),
            noun=_t("step of mine"),
            add_text=_t("Add a step for me…"),
            editor_title=_t("A new step for me"),
            fields=(FieldSpec("text", _t("What I do"), "line"),),
            summary=lambda s: s.text,
            fixed={"actor": Actor.ME},
        ),
        SectionSpec(
            key="pause_partner",
            kind=PausePlanStep,
            title=_t("What I ask my partner to do"),
            explanation="",
            empty=_t("No steps for your partner yet."),
            noun=_t("step for my partner"),
            add_text=_t("Add a step for my partner…"),
            editor_title=_t("A new step for my partner"),
            fields=(FieldSpec("text", _t("What I ask my partner to do"), "line"),),
            summary=lambda s: s.text,
            fixed={"actor": Actor.PARTNER},
        ),
        SectionSpec(
            key="routines",
            kind=Routine,
            title=_t("Routines that steady me"),
            explanation=_t("Things that help you settle: for sleep, for stress, for coming back."),
            empty=_t(
                "No routines here yet. If you like, you might note something small that "
                "steadies you."
            ),
            noun=_t("routine"),
            add_text=_t("Add a routine…"),
            editor_title=_t("A new routine"),
            fields=(
                FieldSpec("title", _t("The routine")),
                FieldSpec("kind", _t("What it is for"), "line", _t("Sleep, stress relief…")),
                FieldSpec("description", _t("How it goes"), "text"),
            ),
            summary=lambda r: _join(r.title, r.kind),
        ),
        SectionSpec(
            key="scripts",
            kind=Script,
            title=_t("Communication scripts"),
            explanation=_t(
                "Words to use when it is hard to find them. Start from an example or write "
                "your own."
            ),
            empty=_t(
                "You have no scripts of your own yet. You might add one of the examples below "
                "and change it so it sounds like you."
            ),
            noun=_t("script"),
            add_text=_t("Write a script…"),
            editor_title=_t("A new script"),
            fields=(
                FieldSpec("title", _t("Title")),
                FieldSpec("category", _t("For"), "line", _t("Pausing, checking in…")),
                FieldSpec("body", _t("The words"), "text"),
            ),
            summary=lambda s: _join(s.title, s.category),
        ),
        SectionSpec(
            key="checklist",
            kind=ChecklistItem,
            title=_t("Boundary checklist"),
            explanation=_t(
                "Activities you can mark yes, maybe or not now. A mark can change at any time; "
                "each one keeps its date."
            ),
            empty=_t(
                "The checklist is empty. When you feel ready, you might add an activity and "
                "mark where you are with it today."
            ),
            noun=_t("activity"),
            add_text=_t("Add an activity…"),
            editor_title=_t("A new activity"),
            fields=(
                FieldSpec("activity", _t("The activity")),
                FieldSpec(
                    "answer",
                    _t("For now"),
                    "choice",
                    choices=(
                        (ChecklistAnswer.YES.value, _t("Yes")),
                        (ChecklistAnswer.MAYBE.value, _t("Maybe")),
                        (ChecklistAnswer.NOT_NOW.value, _t("Not now")),
                    ),
                    convert=ChecklistAnswer,
                ),
            ),
            summary=_checklist_summary,
        ),
    ]
    return {spec.key: spec for spec in specs}

"""The Safety plan area: every section can be written, changed, deleted (and undone) and
reordered from the keyboard, and what is saved is exactly what the person typed.

Boundary reviews and checklist marks keep their history; a copied script goes through
Haven's clipboard guard; after a lock no widget still shows anything the person wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from haven.config import PlainSettings
from haven.domain.models import (
    Actor,
    Boundary,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    GroundingTool,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    Trigger,
)
from haven.resources import starter_scripts
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.calm.grounding_tools import GroundingDialog
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import Session
from haven.ui.safety.area import SafetyPlanArea
from haven.ui.safety.editors import BoundaryReviewDialog, DateField, ItemEditor
from haven.ui.safety.sections import ItemList

ALT = Qt.KeyboardModifier.AltModifier


# -- set-up ------------------------------------------------------------------------------------
@pytest.fixture
def session(qtbot, vault: Vault, data_dir: Path) -> Iterator[Session]:
    s = Session(data_dir, PlainSettings(), kdf=CHEAP_KDF)
    s.adopt(vault)
    yield s
    s.clipboard.clear_if_ours()


@pytest.fixture
def area(qtbot, session: Session) -> SafetyPlanArea:
    widget = SafetyPlanArea(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    widget.refresh()
    return widget


def visible_editor() -> ItemEditor:
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, ItemEditor)]
    shown = [e for e in editors if e.isVisible()]
    assert len(shown) == 1, "exactly one editor window should be open"
    return shown[0]


def fill(editor: ItemEditor, values: dict[str, Any]) -> None:
    for name, value in values.items():
        widget = editor.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, DateField):
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(getattr(value, "value", value)))
        else:
            widget.setText(value)


def add_with_keyboard(qtbot, item_list: ItemList, values: dict[str, Any]) -> None:
    """Insert in the list opens the editor; Save stores it."""
    item_list.view.setFocus()
    qtbot.keyClick(item_list.view, Qt.Key.Key_Insert)
    editor = visible_editor()
    fill(editor, values)
    editor.save_button.click()
    assert not editor.isVisible()


def stored(session: Session, kind: type, **fixed: Any) -> list[Any]:
    items = session.vault.safety.list(kind)
    return [i for i in items if all(getattr(i, k) == v for k, v in fixed.items())]


def confirm_delete(area: SafetyPlanArea) -> None:
    box = area.confirm_box
    assert box is not None and box.isVisible()
    delete = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    delete.click()


# -- every section, from one table ---------------------------------------------------------------
SECTIONS = [
    pytest.param(
        "boundaries",
        Boundary,
        {},
        {"text": "We stop whenever either of us asks.", "review_by": date(2031, 5, 4)},
        {"text": "We stop whenever either of us asks, no reasons needed.", "review_by": None},
        id="boundaries",
    ),
    pytest.param(
        "triggers",
        Trigger,
        {},
        {
            "text": "The smell of a certain aftershave",
            "contexts": "Crowded trains.\nSome shops.",
            "what_helps": "Stepping outside, naming five colours.",
        },
        {
            "text": "A certain aftershave",
            "contexts": "Crowded trains.",
            "what_helps": "Fresh air and a slow breath out.",
        },
        id="triggers",
    ),
    pytest.param(
        "contacts",
        Contact,
        {},
        {
            "name": "Robin",
            "relation": "my sister",
            "how_to_reach": "07700 900123",
            "when_to_call": "When I can't sleep after a hard day.",
        },
        {
            "name": "Robin K.",
            "relation": "sister",
            "how_to_reach": "text first: 07700 900123",
            "when_to_call": "Any evening.",
        },
        id="contacts",
    ),
    pytest.param(
        "signals",
        Signal,
        {},
        {
            "signal": "Yellow",
            "kind": SignalKind.PAUSE,
            "form": "word",
            "meaning": "A short pause; we decide together what happens next.",
        },
        {
            "signal": "Two taps on the shoulder",
            "kind": SignalKind.STOP,
            "form": "gesture",
            "meaning": "Everything stops.",
        },
        id="signals",
    ),
    pytest.param(
        "pause_me",
        PausePlanStep,
        {"actor": Actor.ME},
        {"text": "Sit where I can see the door."},
        {"text": "Sit by the window, where I can see the door."},
        id="pause-plan-mine",
    ),
    pytest.param(
        "pause_partner",
        PausePlanStep,
        {"actor": Actor.PARTNER},
        {"text": "Let go gently and stay nearby."},
        {"text": "Let go gently, stay nearby, keep your voice soft."},
        id="pause-plan-partner",
    ),
    pytest.param(
        "routines",
        Routine,
        {},
        {"title": "Warm shower", "kind": "sleep", "description": "Lavender soap.\nSoft towel."},
        {"title": "Warm bath", "kind": "sleep", "description": "Lavender soap."},
        id="routines",
    ),
    pytest.param(
        "scripts",
        Script,
        {},
        {"title": "Slowing down", "category": "asking to slow down", "body": "Can we slow down?"},
        {"title": "Slowing down", "category": "pausing", "body": "Can we slow down a little?"},
        id="scripts",
    ),
    pytest.param(
        "checklist",
        ChecklistItem,
        {},
        {"activity": "Holding hands on a walk", "answer": ChecklistAnswer.MAYBE},
        {"activity": "Holding hands on a long walk"},
        id="checklist",
    ),
]


def _assert_stored(item: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        assert getattr(item, name) == value, name


def _make_three(qtbot, item_list: ItemList, first: dict[str, Any]) -> list[str]:
    key = item_list.spec.fields[0].name
    names = [f"{first[key]} (one)", f"{first[key]} (two)", f"{first[key]} (three)"]
    for name in names:
        add_with_keyboard(qtbot, item_list, {**first, key: name})
    return names


@pytest.mark.parametrize(("key", "kind", "fixed", "first", "second"), SECTIONS)
def test_adding_stores_exactly_what_was_typed(
    qtbot, area, session, key, kind, fixed, first, second
):
    item_list = area.list_for(key)
    assert not item_list.empty.isHidden()

    add_with_keyboard(qtbot, item_list, first)

    [item] = stored(session, kind, **fixed)
    _assert_stored(item, first)
    assert item_list.current().uid == item.uid  # the new item is the chosen one
    assert item_list.empty.isHidden()


@pytest.mark.parametrize(("key", "kind", "fixed", "first", "second"), SECTIONS)
def test_editing_changes_the_item_in_place(qtbot, area, session, key, kind, fixed, first, second):
    item_list = area.list_for(key)
    add_with_keyboard(qtbot, item_list, first)
    [before] = stored(session, kind, **fixed)

    qtbot.keyClick(item_list.view, Qt.Key.Key_Return)  # Enter edits the chosen item
    editor = visible_editor()
    fill(editor, second)
    editor.save_button.click()

    [after] = stored(session, kind, **fixed)
    assert after.uid == before.uid
    _assert_stored(after, second)


@pytest.mark.parametrize(("key", "kind", "fixed", "first", "second"), SECTIONS)
def test_delete_asks_once_and_undo_brings_it_back_in_its_place(
    qtbot, area, session, key, kind, fixed, first, second
):
    item_list = area.list_for(key)
    names = _make_three(qtbot, item_list, first)
    field = item_list.spec.fields[0].name
    before = stored(session, kind, **fixed)
    item_list.select_row(1)

    qtbot.keyClick(item_list.view, Qt.Key.Key_Delete)
    assert [getattr(i, field) for i in stored(session, kind, **fixed)] == names  # asked first
    confirm_delete(area)

    assert [getattr(i, field) for i in stored(session, kind, **fixed)] == [names[0], names[2]]
    assert area.undo_bar.isVisibleTo(area) and area.undo_bar.pending

    qtbot.keyClick(item_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    after = stored(session, kind, **fixed)
    assert [i.uid for i in after] == [i.uid for i in before]
    _assert_stored(after[1], {**first, field: names[1]})
    assert item_list.current().uid == before[1].uid
    assert not area.undo_bar.isVisibleTo(area)


@pytest.mark.parametrize(("key", "kind", "fixed", "first", "second"), SECTIONS)
def test_keeping_it_deletes_nothing(qtbot, area, session, key, kind, fixed, first, second):
    item_list = area.list_for(key)
    add_with_keyboard(qtbot, item_list, first)
    item_list.delete_button.click()
    box = area.confirm_box
    assert box is not None
    box.defaultButton().click()  # "Keep it" is the default
    assert len(stored(session, kind, **fixed)) == 1
    assert not area.undo_bar.pending


@pytest.mark.parametrize(("key", "kind", "fixed", "first", "second"), SECTIONS)
def test_alt_up_and_down_reorder_and_the_order_is_kept(
    qtbot, area, session, key, kind, fixed, first, second
):
    item_list = area.list_for(key)
    names = _make_three(qtbot, item_list, first)
    field = item_list.spec.fields[0].name
    item_list.select_row(2)

    qtbot.keyClick(item_list.view, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(item_list.view, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(item_list.view, Qt.Key.Key_Up, ALT)  # already first: nothing happens

    assert [getattr(i, field) for i in stored(session, kind, **fixed)] == [
        names[2],
        names[0],
        names[1],
    ]
    assert getattr(item_list.current(), field) == names[2]

    qtbot.keyClick(item_list.view, Qt.Key.Key_Down, ALT)
    assert [getattr(i, field) for i in stored(session, kind, **fixed)] == [
        names[0],
        names[2],
        names[1],
    ]
    area.refresh()  # read back from the vault
    assert [getattr(i, field) for i in item_list.model.items()] == [names[0], names[2], names[1]]


def test_the_move_buttons_reorder_too(qtbot, area, session) -> None:
    item_list = area.list_for("routines")
    names = _make_three(qtbot, item_list, {"title": "Tea"})
    item_list.select_row(0)
    assert not item_list.up_button.isEnabled()
    item_list.down_button.click()
    assert [r.title for r in session.vault.safety.list(Routine)] == [names[1], names[0], names[2]]


def test_a_drop_moves_the_row_and_the_order_is_kept(qtbot, area, session) -> None:
    item_list = area.list_for("triggers")
    names = _make_three(qtbot, item_list, {"text": "Loud voices"})
    # An internal drop in a list view moves rows with moveRow: the first to the end here.
    assert item_list.model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert [t.text for t in session.vault.safety.list(Trigger)] == [names[1], names[2], names[0]]


# -- the pause plan -------------------------------------------------------------------------------
def test_the_pause_plan_keeps_two_ordered_lists_that_pause_reads(qtbot, area, session) -> None:
    area.show_section("pause_plan")
    mine, partners = area.pause_plan.lists
    for text in ("Say yellow.", "Sit up.", "Breathe out slowly."):
        add_with_keyboard(qtbot, mine, {"text": text})
    for text in ("Stop and let go.", "Stay nearby."):
        add_with_keyboard(qtbot, partners, {"text": text})

    partners.select_row(1)
    qtbot.keyClick(partners.view, Qt.Key.Key_Up, ALT)
    mine.select_row(2)
    qtbot.keyClick(mine.view, Qt.Key.Key_Up, ALT)

    my_steps, their_steps = session.vault.safety.pause_plan()
    assert [s.text for s in my_steps] == ["Say yellow.", "Breathe out slowly.", "Sit up."]
    assert [s.text for s in their_steps] == ["Stay nearby.", "Stop and let go."]

    pause = PauseDialog(session)  # the Pause control reads this plan, in this order
    qtbot.addWidget(pause)
    assert pause.my_steps.text().splitlines() == [
        "•  Say yellow.",
        "•  Breathe out slowly.",
        "•  Sit up.",
    ]
    assert pause.partner_steps.text().splitlines() == ["•  Stay nearby.", "•  Stop and let go."]


# -- boundaries and their reviews -----------------------------------------------------------------
def test_reviewing_a_boundary_keeps_its_history(qtbot, area, session) -> None:
    page = area.boundaries
    add_with_keyboard(qtbot, page.list, {"text": "Lights on.", "review_by": date(2030, 1, 1)})

    dialog = page.review()
    assert isinstance(dialog, BoundaryReviewDialog)
    dialog.wording.setPlainText("Lights on, or a lamp.")
    dialog.note.setText("A lamp is fine now.")
    dialog.next_date.setValue(date(2030, 6, 1))
    dialog.save_button.click()

    dialog = page.review()  # a second look that keeps the words as they are
    dialog.note.setText("Still right.")
    dialog.next_date.setValue(None)
    dialog.save_button.click()

    [boundary] = session.vault.safety.list(Boundary)
    assert boundary.text == "Lights on, or a lamp."
    assert boundary.review_by is None
    assert [(r.text, r.note, r.next_review_by) for r in boundary.reviews] == [
        ("Lights on.", "A lamp is fine now.", date(2030, 6, 1)),
        ("Lights on, or a lamp.", "Still right.", None),
    ]
    shown = page.details.text()
    assert "Before, it read: “Lights on.”" in shown and "A lamp is fine now." in shown


def test_a_boundary_review_date_can_be_chosen_by_keyboard(qtbot, area, session) -> None:
    page = area.boundaries
    qtbot.keyClick(page.list.view, Qt.Key.Key_Insert)
    editor = visible_editor()
    qtbot.keyClicks(editor.fields["text"], "Kissing only when I start it.")
    date_field = editor.fields["review_by"]
    qtbot.keyClick(date_field.enabled, Qt.Key.Key_Space)
    date_field.date.setDate(QDate(2032, 2, 29))
    editor.save_button.click()
    [boundary] = session.vault.safety.list(Boundary)
    assert (boundary.text, boundary.review_by) == (
        "Kissing only when I start it.",
        date(2032, 2, 29),
    )


def test_an_empty_boundary_is_explained_and_not_saved(qtbot, area, session) -> None:
    editor = area.boundaries.list.add()
    editor.save_button.click()
    assert editor.isVisible()
    assert "needs a few words" in editor.message.text()
    assert session.vault.safety.list(Boundary) == []
    editor.reject()


# -- the checklist ---------------------------------------------------------------------------------
def test_checklist_marks_keep_their_history(qtbot, area, session) -> None:
    page = area.checklist
    add_with_keyboard(
        qtbot, page.list, {"activity": "A hug from behind", "answer": ChecklistAnswer.NOT_NOW}
    )
    page.mark_buttons[ChecklistAnswer.MAYBE].click()
    page.mark_note.setText("Maybe if I can see them first.")
    page.mark_button.click()
    page.mark_buttons[ChecklistAnswer.YES].click()
    qtbot.keyClick(page.mark_note, Qt.Key.Key_Return)  # Enter in the note saves the mark

    [item] = session.vault.safety.list(ChecklistItem)
    assert item.answer == ChecklistAnswer.YES
    assert [(m.answer, m.note) for m in item.history] == [
        (ChecklistAnswer.NOT_NOW, ""),
        (ChecklistAnswer.MAYBE, "Maybe if I can see them first."),
        (ChecklistAnswer.YES, ""),
    ]
    assert all(m.at is not None for m in item.history)
    assert "Maybe if I can see them first." in page.details.text()

    # Rewording the activity leaves every mark where it was.
    qtbot.keyClick(page.list.view, Qt.Key.Key_F2)
    editor = visible_editor()
    assert "answer" not in editor.fields
    fill(editor, {"activity": "A hug from behind, when I know it's coming"})
    editor.save_button.click()
    [item] = session.vault.safety.list(ChecklistItem)
    assert item.activity == "A hug from behind, when I know it's coming"
    assert len(item.history) == 3


# -- scripts ---------------------------------------------------------------------------------------
def test_a_starter_script_can_be_added_and_made_ones_own(qtbot, area, session) -> None:
    page = area.scripts
    starter = starter_scripts()[2]
    page.starter_box.setCurrentIndex(2)
    page.starter_add.click()

    [script] = session.vault.safety.list(Script)
    assert (script.title, script.body, script.category, script.from_template) == (
        starter["title"],
        starter["body"],
        starter["category"],
        starter["id"],
    )
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)
    editor = visible_editor()
    fill(editor, {"body": starter["body"] + " Thank you."})
    editor.save_button.click()
    [script] = session.vault.safety.list(Script)
    assert script.body == starter["body"] + " Thank you."
    assert script.from_template == starter["id"]


def test_copying_a_script_goes_through_the_clipboard_guard_and_is_cleared_on_lock(
    qtbot, area, session
) -> None:
    page = area.scripts
    add_with_keyboard(qtbot, page.list, {"title": "Pause", "body": "Yellow. I need a moment."})
    clipboard = QGuiApplication.clipboard()

    page.copy_button.click()

    assert clipboard.text() == "Yellow. I need a moment."
    assert session.clipboard.holds_ours()
    assert page.status.text() == "Copied. Haven will clear it from the clipboard in 30 seconds."
    timer = session.clipboard.findChild(QTimer)
    assert timer is not None and timer.isActive() and timer.interval() == 30_000

    session.lock()
    area.clear_sensitive()
    assert clipboard.text() == ""


# -- the grounding tools are reachable here --------------------------------------------------------
def test_grounding_tools_open_from_the_safety_plan(qtbot, area, session) -> None:
    area.show_section("grounding")
    area.grounding.buttons[GroundingTool.SENSES_54321].click()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, GroundingDialog) and w.isVisible()
    ]
    assert [d.tool for d in dialogs] == [GroundingTool.SENSES_54321]
    dialogs[0].reject()


def test_every_section_says_what_it_is_for_and_invites_when_empty(area) -> None:
    for page in area.list_pages():
        assert page.explanation.text()
        assert page.list.empty.text() and not page.list.empty.isHidden()
        for word in ("should", "must", "failed"):
            assert word not in page.list.empty.text().lower()


def test_every_control_has_an_accessible_name(area) -> None:
    for widget in area.findChildren(QWidget):
        if widget.window() is not area:
            continue  # a combo box's own pop-up list
        if isinstance(widget, QAbstractButton | QAbstractItemView | QLineEdit | QComboBox):
            assert widget.accessibleName(), widget


# -- locking ---------------------------------------------------------------------------------------
MARK = "ZEBRA-LANTERN-77"


def _texts(widget: QWidget) -> list[str]:
    found = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    found.append(widget.windowTitle())
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QPlainTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        found += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return found


def _holding_marker() -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if any(MARK in t for t in _texts(w))]


def test_after_lock_no_widget_holds_what_the_person_wrote(qtbot, area, session) -> None:
    def each(key: str, values: dict[str, Any]) -> None:
        add_with_keyboard(qtbot, area.list_for(key), values)

    each("boundaries", {"text": f"{MARK} boundary", "review_by": date(2030, 1, 1)})
    each("triggers", {"text": f"{MARK} trigger", "what_helps": MARK})
    each("contacts", {"name": f"{MARK} contact", "how_to_reach": MARK})
    each("signals", {"signal": f"{MARK} signal", "meaning": MARK})
    each("pause_me", {"text": f"{MARK} mine"})
    each("pause_partner", {"text": f"{MARK} partner"})
    each("routines", {"title": f"{MARK} routine"})
    each("scripts", {"title": f"{MARK} script", "body": MARK})
    each("checklist", {"activity": f"{MARK} activity"})
    area.boundaries.review().note.setText(MARK)  # a review being written
    area.checklist.mark_note.setText(MARK)
    triggers = area.list_for("triggers")
    triggers.delete()  # the question is open, naming the trigger
    area.list_for("routines").delete()
    confirm_delete(area)  # and an undo is waiting, naming the routine
    area.show_section("grounding")
    grounding = area.grounding.open(GroundingTool.BODY_SCAN)
    grounding.show_rating()
    grounding.rating.note.setText(MARK)  # a note after a grounding tool, not saved yet
    area.refresh()
    for key in area.pages:
        area.show_section(key)
    assert _holding_marker(), "the scan itself should see the marker before the lock"

    session.lock()
    area.clear_sensitive()  # what the main window does on every lock

    assert _holding_marker() == []
    assert not area.undo_bar.pending
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.allWidgets())
    area.refresh()  # a refresh while locked reads nothing
    assert _holding_marker() == []


def test_refresh_after_unlock_shows_the_plan_again(qtbot, area, session) -> None:
    add_with_keyboard(qtbot, area.list_for("contacts"), {"name": "Sam"})
    area.clear_sensitive()
    assert area.list_for("contacts").model.rowCount() == 0
    area.refresh()
    assert [c.name for c in area.list_for("contacts").model.items()] == ["Sam"]


def test_saving_tells_the_rest_of_haven(qtbot, area, session) -> None:
    seen: list[bool] = []
    session.data_changed.connect(lambda: seen.append(True))
    add_with_keyboard(qtbot, area.list_for("signals"), {"signal": "Red"})
    assert seen

"""Roadmap: the person's own steps, which change only when the person changes them.

Each test reads as one thing a person can do: start from the example or from nothing, add
and edit steps, reorder them by keyboard or by drag-and-drop, change a step's state, move a
step back (told kindly), delete with undo, and find everything again after a lock.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from haven import resources
from haven.domain import pacing
from haven.domain.clock import now
from haven.domain.models import (
    Debrief,
    Practice,
    ReadinessGuide,
    RoadmapStep,
    StepState,
)
from haven.ui.core.session import Session
from haven.ui.pacing import common as pacing_common
from haven.ui.pacing.common import DropListView
from haven.ui.pacing.roadmap.area import RoadmapArea
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MARKER = "Zinnia-harbour-7731"


@pytest.fixture
def area(qtbot, open_session: Session) -> RoadmapArea:
    widget = RoadmapArea(open_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the one "are you sure?" question with yes, and remember what was asked."""
    asked: list[str] = []

    def ask(parent, title, text, confirm) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(pacing_common, "ask_once", ask)
    return asked


def add_steps(session: Session, *titles: str) -> list[RoadmapStep]:
    return [session.vault.roadmap.add(RoadmapStep(title=t)) for t in titles]


def titles_in_vault(session: Session) -> list[str]:
    return [s.title for s in session.vault.roadmap.list()]


def titles_in_list(area: RoadmapArea) -> list[str]:
    return [s.title for s in area.model.items()]


def choose(area: RoadmapArea, title: str) -> None:
    row = titles_in_list(area).index(title)
    area.list.setCurrentIndex(area.model.index(row, 0))


def timeline(area: RoadmapArea) -> list[str]:
    return [area.timeline.item(i).text() for i in range(area.timeline.count())]


def controls_without_a_name(root: QWidget) -> list[str]:
    """Every control a person can reach, that a screen reader would announce without a name."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider)
    missing = []
    for widget in root.findChildren(QWidget):
        inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        if isinstance(widget, kinds) and not inner and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r}")
        if isinstance(widget, DropListView) and not widget.accessibleName():
            missing.append("a list")
    return missing


# -- starting ---------------------------------------------------------------------------------
def test_an_empty_roadmap_offers_the_gentle_example_which_becomes_the_persons_own(
    area: RoadmapArea, open_session: Session
) -> None:
    assert area.pages.currentWidget() is area.start_page
    assert area.example_button.accessibleName() == "Start from a gentle example"
    area.example_button.click()
    expected = [title for title, _ in resources.roadmap_template()]
    assert titles_in_vault(open_session) == expected
    assert titles_in_list(area) == expected
    assert area.pages.currentWidget() is area.main_page
    assert all(s.state == StepState.NOT_STARTED for s in open_session.vault.roadmap.list())


def test_starting_empty_leads_to_writing_the_first_step_in_ones_own_words(
    qtbot, area: RoadmapArea, open_session: Session
) -> None:
    area.empty_button.click()
    assert area.pages.currentWidget() is area.main_page
    assert area.model.rowCount() == 0
    qtbot.keyClicks(area.new_title, "Sitting on the sofa together")
    QTest.keyClick(area.new_title, Qt.Key.Key_Return)
    assert titles_in_vault(open_session) == ["Sitting on the sofa together"]
    assert area.current_step().title == "Sitting on the sofa together"
    assert area.new_title.text() == ""


def test_an_empty_name_is_not_added_and_the_reason_is_given_kindly(
    qtbot, area: RoadmapArea, open_session: Session
) -> None:
    area.start_empty()
    QTest.keyClick(area.new_title, Qt.Key.Key_Return)
    assert titles_in_vault(open_session) == []
    assert "needs a short name" in area.list_status.text()


# -- editing ----------------------------------------------------------------------------------
def test_a_steps_words_and_readiness_guide_are_edited_and_saved(
    qtbot, area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "Holding hands")
    area.refresh()
    area.tabs.setCurrentIndex(1)
    area.title_field.setText("Holding hands on a walk")
    area.description_field.setPlainText("Outside, in daylight, for a few minutes.")
    area.notes_field.setPlainText("When my shoulders stay loose.")
    area.guide_check.setChecked(True)
    area.guide_count.setValue(3)
    area.guide_peak.setValue(4)
    area.title_field.setFocus()
    QTest.keyClick(area.title_field, Qt.Key.Key_S, CTRL)

    (step,) = open_session.vault.roadmap.list()
    assert step.title == "Holding hands on a walk"
    assert step.description == "Outside, in daylight, for a few minutes."
    assert step.readiness_notes == "When my shoulders stay loose."
    assert step.readiness == ReadinessGuide(3, 4)
    assert area.details_status.text() == "Saved."
    assert titles_in_list(area) == ["Holding hands on a walk"]
    assert step.state == StepState.NOT_STARTED  # editing words never changes where it is


def test_unsaved_words_are_kept_when_another_step_is_chosen(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "First", "Second")
    area.refresh()
    choose(area, "First")
    area.description_field.setPlainText("Words I did not save yet")
    choose(area, "Second")
    first = open_session.vault.roadmap.list()[0]
    assert first.description == "Words I did not save yet"


# -- reordering -------------------------------------------------------------------------------
def test_steps_reorder_with_alt_up_and_alt_down_and_the_order_is_saved(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "One", "Two", "Three")
    area.refresh()
    choose(area, "Three")
    area.list.setFocus()
    QTest.keyClick(area.list, Qt.Key.Key_Up, ALT)
    assert titles_in_vault(open_session) == ["One", "Three", "Two"]
    QTest.keyClick(area.list, Qt.Key.Key_Up, ALT)
    assert titles_in_vault(open_session) == ["Three", "One", "Two"]
    assert area.current_step().title == "Three"  # the moved step stays chosen
    assert not area.up_button.isEnabled()
    QTest.keyClick(area.list, Qt.Key.Key_Down, ALT)
    assert titles_in_vault(open_session) == ["One", "Three", "Two"]
    assert "place 2 of 3" in area.list_status.text()


def test_move_up_and_move_down_buttons_do_the_same(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "One", "Two", "Three")
    area.refresh()
    choose(area, "One")
    area.down_button.click()
    area.down_button.click()
    assert titles_in_vault(open_session) == ["Two", "Three", "One"]
    assert not area.down_button.isEnabled()
    area.up_button.click()
    assert titles_in_vault(open_session) == ["Two", "One", "Three"]


def test_dropping_a_dragged_step_saves_the_new_order(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "One", "Two", "Three", "Four")
    area.refresh()
    model = area.model
    dragged = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert titles_in_vault(open_session) == ["Two", "Three", "One", "Four"]
    assert titles_in_list(area) == ["Two", "Three", "One", "Four"]
    # dropped at the end of the list
    dragged = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert titles_in_vault(open_session) == ["Three", "One", "Four", "Two"]
    # dropped where it already is: nothing changes
    dragged = model.mimeData([model.index(1, 0)])
    assert not model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())


def test_the_list_view_hands_drops_to_the_model_and_never_removes_rows_itself(
    area: RoadmapArea,
) -> None:
    assert area.list.dragEnabled() and area.list.acceptDrops()
    assert area.model.supportedDropActions() == Qt.DropAction.MoveAction
    assert not area.model.removeRows(0, 1)  # the vault, not the view, decides what is kept


# -- state and timeline -----------------------------------------------------------------------
def test_a_state_changes_only_when_the_person_changes_it_and_shows_on_the_timeline(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "Holding hands")
    area.refresh()
    combo: QComboBox = area.state_combo
    assert not area.change_button.isEnabled()  # "Not started" is where it already is
    combo.setCurrentIndex(combo.findData(StepState.PRACTISING.value))
    area.change_button.click()
    combo.setCurrentIndex(combo.findData(StepState.COMFORTABLE.value))
    area.change_note.setText("It felt easy on Sunday")
    area.change_button.click()

    (step,) = open_session.vault.roadmap.list()
    assert step.state == StepState.COMFORTABLE
    assert [c.to_state for c in step.history] == [StepState.PRACTISING, StepState.COMFORTABLE]
    assert step.history[-1].note == "It felt easy on Sunday"
    rows = timeline(area)
    assert rows[0].endswith("Now comfortable.\nYour note: It felt easy on Sunday")
    assert "Now practising." in rows[1]
    assert pacing_common.day_text(now()) in rows[0]
    assert area.state_text.text() == "Right now: Comfortable"
    assert "Comfortable" in area.model.data(area.model.index(0, 0))


def test_moving_back_is_one_click_and_is_described_as_a_normal_part_of_pacing(
    area: RoadmapArea, open_session: Session
) -> None:
    (step,) = add_steps(open_session, "A hug you choose")
    open_session.vault.roadmap.change_state(step.id, StepState.PRACTISING)
    open_session.vault.roadmap.change_state(step.id, StepState.COMFORTABLE)
    area.refresh()
    before = len(timeline(area))

    area.move_back_button.click()

    assert area.message.text() == "You moved this step back. That is a normal part of pacing."
    (step,) = open_session.vault.roadmap.list()
    assert step.state == StepState.PRACTISING
    assert len(step.history) == 3
    rows = timeline(area)
    assert len(rows) == before + 1
    assert rows[0].endswith(pacing.MOVED_BACK_MESSAGE)
    for word in ("fail", "relapse", "should", "must", "!"):
        assert word not in area.message.text().lower()


def test_a_step_that_has_not_started_cannot_move_back(
    area: RoadmapArea, open_session: Session
) -> None:
    add_steps(open_session, "Resting together")
    area.refresh()
    assert not area.move_back_button.isEnabled()


# -- readiness and practices ------------------------------------------------------------------
def test_readiness_is_shown_as_information_and_the_person_decides(
    area: RoadmapArea, open_session: Session
) -> None:
    step = RoadmapStep(title="Hand massage", readiness=ReadinessGuide(2, 4))
    open_session.vault.roadmap.add(step)
    open_session.vault.roadmap.change_state(step.id, StepState.PRACTISING)
    for days, peak in ((3, 3), (1, 4)):
        practice = Practice(
            step_uid=step.uid,
            started_at=now() - timedelta(days=days),
            debrief=Debrief(distress_peak=peak, distress_after=1, comfort=7),
        )
        open_session.vault.practices.finish(open_session.vault.practices.save(practice))
    open_session.vault.practices.save(Practice(step_uid=step.uid))  # a draft
    area.refresh()

    assert "2 of your last 2 practices peaked at or below 4" in area.readiness.text()
    visible = [label.text() for label in area.findChildren(type(area.readiness))]
    assert "You decide when, and whether, to move on." in visible
    assert open_session.vault.roadmap.list()[0].state == StepState.PRACTISING  # never moved on
    rows = [area.practice_list.item(i).text() for i in range(area.practice_list.count())]
    assert len(rows) == 3
    assert "not finished yet" in rows[0]
    assert "peak distress 4 · afterwards 1 · comfort 7" in rows[1]
    assert "peak distress 3" in rows[2]


# -- deleting ---------------------------------------------------------------------------------
def test_deleting_asks_once_and_undo_brings_the_step_back_with_its_history_and_place(
    area: RoadmapArea, open_session: Session, answer_yes: list[str]
) -> None:
    _one, two, _three = add_steps(open_session, "One", "Two", "Three")
    open_session.vault.roadmap.change_state(two.id, StepState.PRACTISING, note="first try")
    area.refresh()
    choose(area, "Two")

    area.delete_button.click()

    assert len(answer_yes) == 1 and "Two" in answer_yes[0]
    assert titles_in_vault(open_session) == ["One", "Three"]
    assert area.undo_bar.isVisible() and "Two" in area.undo_bar.message.text()
    area.undo_bar.undo_button.click()
    assert titles_in_vault(open_session) == ["One", "Two", "Three"]
    back = open_session.vault.roadmap.list()[1]
    assert back.uid == two.uid and back.state == StepState.PRACTISING
    assert [c.note for c in back.history] == ["first try"]
    assert not area.undo_bar.isVisible()
    assert area.current_step().title == "Two"


def test_the_delete_key_asks_too_and_declining_keeps_the_step(
    area: RoadmapArea, open_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(pacing_common, "ask_once", lambda *args: asked.append(args[2]) or False)
    add_steps(open_session, "Keep me")
    area.refresh()
    area.list.setFocus()
    QTest.keyClick(area.list, Qt.Key.Key_Delete)
    assert asked == ["“Keep me” and its timeline will be deleted."]
    assert titles_in_vault(open_session) == ["Keep me"]
    assert not area.undo_bar.isVisible()


def test_the_undo_offer_goes_away_after_a_few_seconds(
    qtbot, area: RoadmapArea, open_session: Session, answer_yes: list[str]
) -> None:
    add_steps(open_session, "Brief")
    area.refresh()
    area.delete_step()
    area.undo_bar.offer(area.undo_bar.message.text(), area.undo_bar._undo, seconds=0)
    qtbot.waitUntil(lambda: not area.undo_bar.isVisible(), timeout=2000)
    assert not area.undo_bar.active


# -- accessibility ------------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(area: RoadmapArea) -> None:
    assert controls_without_a_name(area) == []


# -- locking ----------------------------------------------------------------------------------
def test_after_a_lock_nothing_is_shown_and_after_unlock_everything_is_back(
    qtbot, area: RoadmapArea, open_session: Session, answer_yes: list[str]
) -> None:
    first, _second = add_steps(open_session, f"Step {MARKER}", "Another")
    open_session.vault.roadmap.change_state(first.id, StepState.PRACTISING, note=MARKER)
    area.refresh()
    choose(area, f"Step {MARKER}")
    area.description_field.setPlainText(f"unsaved {MARKER}")
    area.change_note.setText(MARKER)
    choose(area, "Another")
    area.delete_step()  # the undo bar holds a title too
    assert widgets_holding(MARKER)

    open_session.lock()

    assert widgets_holding(MARKER) == []
    assert area.model.rowCount() == 0
    assert not area.undo_bar.active
    for combo in area.findChildren(QComboBox):
        assert all(MARKER not in combo.itemText(i) for i in range(combo.count()))

    open_session.open_with_key(open_session.vault.derive_key(PASSPHRASE))
    area.refresh()
    assert titles_in_list(area) == [f"Step {MARKER}"]
    assert any(MARKER in row for row in timeline(area))
    assert area.current_step().description == f"unsaved {MARKER}"  # saved on leaving it
    assert QApplication.instance() is not None


# -- in the main window ---------------------------------------------------------------------------
def test_the_three_pacing_areas_sit_in_the_navigation_and_plan_a_practice_opens_practice(
    unlocked,
) -> None:
    workspace = unlocked.workspace
    keys = [entry.key for entry in workspace.entries]
    assert keys.index("roadmap") < keys.index("thresholds") < keys.index("practice")
    roadmap = workspace.show_area("roadmap")
    roadmap.start_empty()
    roadmap.new_title.setText("Breathing together")
    roadmap.add_from_field()

    roadmap.practise_button.click()

    practice = workspace.areas[keys.index("practice")]
    assert workspace.stack.currentWidget() is practice
    assert practice.page == "pre"
    assert practice.step_combo.currentText() == "Breathing together (Not started)"

"""Practice: pre-brief → during → debrief, with nothing lost if the person leaves halfway.

A practice always belongs to a roadmap step. Whatever is entered is a draft in the vault
until the reflection is saved; drafts are listed to continue, and survive a lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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

from haven.domain.models import PracticeStatus, RoadmapStep, Signal, SignalKind, StepState
from haven.domain.rules import felt_harder
from haven.store import Vault
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import Session
from haven.ui.pacing import common as pacing_common
from haven.ui.pacing.common import DropListView
from haven.ui.pacing.practice.area import DRAFT_PREFIX, PracticeArea
from haven.ui.pacing.practice.form import HARD_PROMPT, elapsed_text
from haven.ui.pacing.practice.pages import DEBRIEF, DURING, PRE, START
from haven.ui.shell.theme import apply_theme
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

MARKER = "Heliotrope-anchor-3318"


@pytest.fixture
def steps(open_session: Session) -> list[RoadmapStep]:
    roadmap = open_session.vault.roadmap
    made = [roadmap.add(RoadmapStep(title=t)) for t in ("Sitting close", "Holding hands")]
    roadmap.change_state(made[1].id, StepState.PRACTISING)
    return made


@pytest.fixture
def themed() -> Iterator[None]:
    """The real light theme, so sizes are the ones a person sees."""
    app = QApplication.instance()
    before = app.styleSheet()
    apply_theme(app, "light")
    yield
    app.setStyleSheet(before)


@pytest.fixture
def area(qtbot, open_session: Session, themed: None) -> PracticeArea:
    widget = PracticeArea(open_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def drafts(session: Session):
    return session.vault.practices.drafts()


def unlock(session: Session) -> None:
    session.open_with_key(session.vault.derive_key(PASSPHRASE))


def fill_pre_brief(area: PracticeArea, intention: str = "Notice warmth") -> None:
    area.intention.setPlainText(intention)
    area.boundaries.setPlainText("Clothes stay on")
    area.signal_agreed.setChecked(True)
    area.distress_now.setValue(2)
    area.comfort_now.setValue(6)
    area.predicted.setValue(3)


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


# -- starting -------------------------------------------------------------------------------
def test_without_a_roadmap_step_a_practice_cannot_begin_and_the_reason_is_given(
    area: PracticeArea,
) -> None:
    assert not area.begin_button.isEnabled()
    assert area.no_steps_note.isVisible()
    assert "belongs to a step" in area.no_steps_note.text()


def test_the_pre_brief_offers_the_practising_step_and_the_safety_plans_stop_signal(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    open_session.vault.safety.add(Signal(kind=SignalKind.PAUSE, signal="yellow"))
    open_session.vault.safety.add(Signal(kind=SignalKind.STOP, signal="red light"))
    area.refresh()
    area.begin_button.click()
    assert area.page == PRE
    assert area.step_combo.currentData() == steps[1].uid  # the one being practised
    assert area.step_combo.currentText() == "Holding hands (Practising)"
    assert area.signal_field.text() == "red light"
    assert not area.signal_agreed.isChecked()  # agreeing is the person's to tick
    assert "safety plan" in area.signal_source.text()
    assert area.distress_now.value() is None  # every rating starts left out
    assert drafts(open_session) == []  # nothing is saved before anything is entered


# -- the whole practice -------------------------------------------------------------------------
def test_pre_brief_during_and_debrief_are_saved_as_one_finished_practice(
    qtbot, area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.click()
    area.step_combo.setCurrentIndex(area.step_combo.findData(steps[0].uid))
    fill_pre_brief(area)
    area.signal_field.setText("pineapple")
    area.to_during_button.click()

    # during: a large Pause, an optional calm timer, and the way on
    assert area.page == DURING
    assert area.during_title.text() == "Practising: Sitting close"
    assert area.during_signal.text() == "Your signal: “pineapple”"
    assert area.pause_button.height() >= 90 and area.pause_button.width() >= 300
    assert area.pause_button.property("role") == "pause"
    area.pause_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PauseDialog)]
    assert any(d.isVisible() for d in dialogs)
    for dialog in dialogs:
        dialog.close()
    area._timer_base = 4 * 60 + 10
    area.timer_button.click()
    assert area.timer_button.text() == "Stop timer"
    assert area.timer_label.text() == "Time so far: 4 minutes"
    area.timer_button.click()
    assert area.timer_label.text() == "Timer stopped at: 4 minutes"
    area.finish_button.click()

    # debrief
    assert area.page == DEBRIEF
    assert area.helped_label.text() == "What helped?"
    area.peak.setValue(6)
    assert area.helped_label.text() == HARD_PROMPT  # harder than the 3 expected
    area.after.setValue(2)
    area.comfort.setValue(7)
    area.helped.setPlainText("Breathing together")
    area.hard_text.setPlainText("A sudden noise")
    area.consent_yes.click()
    area.therapist.setPlainText("Ask about the startle")
    area.save_button.click()

    (practice,) = open_session.vault.practices.list()
    assert practice.status == PracticeStatus.DONE
    assert practice.step_uid == steps[0].uid
    assert practice.ended_at is not None
    assert practice.duration_seconds == 250
    pre, de = practice.pre, practice.debrief
    assert (pre.intention, pre.boundaries) == ("Notice warmth", "Clothes stay on")
    assert (pre.stop_signal_agreed, pre.stop_signal) == (True, "pineapple")
    assert (pre.distress_now, pre.comfort_now, pre.predicted_distress) == (2, 6, 3)
    assert (de.distress_peak, de.distress_after, de.comfort) == (6, 2, 7)
    assert (de.what_helped, de.what_was_hard) == ("Breathing together", "A sudden noise")
    assert de.consent_checked is True
    assert de.for_therapist == "Ask about the startle"
    assert open_session.vault.drafts.get(DRAFT_PREFIX + practice.uid) is None

    assert area.page == START
    assert area.start_status.text().startswith("Your reflection is saved.")
    assert area.drafts_list.count() == 0
    assert area.recent_list.count() == 1
    assert "peak distress 6 · afterwards 2 · comfort 7" in area.recent_list.item(0).text()
    assert area.intention.toPlainText() == ""  # the next practice starts fresh


def test_every_page_can_be_done_with_the_keyboard(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.setFocus()
    QTest.keyClick(area.begin_button, Qt.Key.Key_Space)
    assert area.page == PRE
    assert QApplication.focusWidget() is area.step_combo
    QTest.keyClick(area.to_during_button, Qt.Key.Key_Space)
    assert area.page == DURING
    assert QApplication.focusWidget() is area.pause_button  # Pause is one key away
    QTest.keyClick(area.finish_button, Qt.Key.Key_Space)
    assert area.page == DEBRIEF
    assert area.peak.isAncestorOf(QApplication.focusWidget())  # the first question
    for widget in [*area.findChildren(QComboBox), area.pause_button, area.timer_button]:
        assert widget.accessibleName()


# -- nothing is lost ----------------------------------------------------------------------------
def test_typing_is_kept_as_a_draft_within_a_few_seconds(
    qtbot, area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.click()
    area.intention.setFocus()
    qtbot.keyClicks(area.intention, "Stay present")
    qtbot.waitUntil(lambda: len(drafts(open_session)) == 1, timeout=5000)
    (draft,) = drafts(open_session)
    assert draft.pre.intention == "Stay present"
    assert draft.status == PracticeStatus.DRAFT


def test_leaving_halfway_keeps_a_draft_that_continues_on_the_same_page(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.click()
    fill_pre_brief(area, intention="Hold hands during a film")
    area.to_during_button.click()  # a page change saves at once
    area.finish_button.click()
    area.peak.setValue(4)
    area.consent_unsure.click()
    area.save_draft()

    open_session.lock()  # leaving halfway, for any reason
    unlock(open_session)
    area.refresh()

    assert area.page == START
    assert area.drafts_list.count() == 1
    assert "Holding hands" in area.drafts_list.item(0).text()
    area.drafts_list.setCurrentRow(0)
    area.continue_button.click()
    assert area.page == DEBRIEF
    assert area.intention.toPlainText() == "Hold hands during a film"
    assert area.predicted.value() == 3 and area.peak.value() == 4
    assert area.consent_unsure.isChecked()  # "not sure" is kept, not forgotten
    assert area.drafts_list.count() == 0  # the open one is not listed twice
    area.save_button.click()
    (done,) = open_session.vault.practices.list()
    assert done.status == PracticeStatus.DONE and done.debrief.consent_checked is None
    assert done.step_uid == steps[1].uid


def test_keep_for_later_goes_back_to_the_start_with_the_draft_listed(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.click()
    area.boundaries.setPlainText("Only on the sofa")
    area.later_button.click()
    assert area.page == START
    assert area.start_status.text().startswith("Kept as a draft.")
    (draft,) = drafts(open_session)
    assert draft.pre.boundaries == "Only on the sofa"
    assert area.drafts_list.count() == 1


def test_an_untouched_pre_brief_leaves_nothing_behind(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    area.refresh()
    area.begin_button.click()
    area.later_button.click()
    assert drafts(open_session) == []
    assert "nothing to keep" in area.start_status.text()


def test_a_draft_can_be_deleted_after_one_question_and_brought_back(
    area: PracticeArea,
    open_session: Session,
    steps: list[RoadmapStep],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pacing_common, "ask_once", lambda *args: True)
    area.refresh()
    area.begin_button.click()
    area.intention.setPlainText("Try again later")
    area.to_during_button.click()
    area.back_to_plan_button.click()
    area.later_button.click()
    (draft,) = drafts(open_session)

    area.drafts_list.setCurrentRow(0)
    area.discard_button.click()
    assert drafts(open_session) == []
    assert area.undo_bar.isVisible()
    area.undo_bar.undo_button.click()
    (back,) = drafts(open_session)
    assert back.uid == draft.uid and back.pre.intention == "Try again later"
    assert open_session.vault.drafts.get(DRAFT_PREFIX + back.uid) is not None


def test_the_roadmap_can_open_a_pre_brief_for_its_step(
    area: PracticeArea, steps: list[RoadmapStep]
) -> None:
    area.begin_for_step(steps[0].uid)
    assert area.page == PRE
    assert area.step_combo.currentData() == steps[0].uid


# -- words --------------------------------------------------------------------------------------
def test_a_harder_practice_is_met_with_a_kind_question() -> None:
    assert HARD_PROMPT == "This practice was harder than expected. What helped, even a little?"
    assert felt_harder(predicted=3, peak=5)
    assert not felt_harder(predicted=5, peak=5)
    assert felt_harder(predicted=None, peak=8)
    assert not felt_harder(predicted=None, peak=None)


def test_time_is_shown_calmly_in_whole_minutes() -> None:
    assert elapsed_text(20) == "Less than a minute"
    assert elapsed_text(61) == "1 minute"
    assert elapsed_text(25 * 60 + 59) == "25 minutes"


# -- accessibility ------------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(area: PracticeArea) -> None:
    assert controls_without_a_name(area) == []


# -- locking ------------------------------------------------------------------------------------
def test_after_a_lock_nothing_is_shown_and_the_practice_waits_as_a_draft(
    area: PracticeArea, open_session: Session, steps: list[RoadmapStep]
) -> None:
    open_session.vault.roadmap.update(RoadmapStep(title=f"Step {MARKER}", id=steps[1].id))
    open_session.vault.safety.add(Signal(kind=SignalKind.STOP, signal=MARKER))
    area.refresh()
    area.begin_button.click()
    area.intention.setPlainText(f"intention {MARKER}")
    area.to_during_button.click()
    assert MARKER in area.during_title.text()
    assert widgets_holding(MARKER)

    open_session.lock()

    assert widgets_holding(MARKER) == []
    for combo in area.findChildren(QComboBox):
        assert all(MARKER not in combo.itemText(i) for i in range(combo.count()))
    assert area.page == START and area.practice is None

    unlock(open_session)
    area.refresh()
    assert area.drafts_list.count() == 1
    area.continue_selected()
    assert area.page == DURING
    assert area.intention.toPlainText() == f"intention {MARKER}"
    assert area.signal_field.text() == MARKER


def test_typing_just_before_a_lock_is_kept_too(
    qtbot, area: PracticeArea, open_session: Session, steps: list[RoadmapStep], data_dir: Path
) -> None:
    area.refresh()
    area.begin_button.click()
    area.intention.setFocus()
    qtbot.keyClicks(area.intention, "Typed a moment ago")
    open_session.lock()  # before the autosave timer fires
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    assert [p.pre.intention for p in vault.practices.drafts()] == ["Typed a moment ago"]
    vault.lock()

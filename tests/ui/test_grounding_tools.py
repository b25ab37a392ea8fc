"""Grounding tools: each can be followed to the end from the keyboard; a before/after distress
rating is saved only when the person chooses to save it; reduced motion shows no animation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from haven import resources
from haven.config import PlainSettings
from haven.domain.models import GroundingTool
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.calm.breathing import FRAME_MS
from haven.ui.calm.grounding_panels import BreathingPanel, RatingPanel, StepsPanel
from haven.ui.calm.grounding_tools import GroundingDialog, open_grounding_tool
from haven.ui.core.session import IDLE, QUICK_HIDE, Session

STEP_TOOLS = [GroundingTool.SENSES_54321, GroundingTool.BODY_SCAN]


@pytest.fixture
def session(qtbot, vault: Vault, data_dir: Path) -> Session:
    s = Session(data_dir, PlainSettings(), kdf=CHEAP_KDF)
    s.adopt(vault)
    return s


@pytest.fixture
def opened(qtbot, session: Session) -> Iterator[list[GroundingDialog]]:
    """Open tools through the public entry point; close whatever is left at the end."""
    dialogs: list[GroundingDialog] = []
    yield dialogs
    for dialog in dialogs:
        if isValid(dialog):
            dialog.close()


def open_tool(session: Session, opened: list[GroundingDialog], tool: GroundingTool):
    dialog = open_grounding_tool(session, tool, None)
    opened.append(dialog)
    assert dialog.isVisible()
    return dialog


def press(qtbot, dialog: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person would press it."""
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, key, modifier)


def rate_by_keyboard(qtbot, rating: RatingPanel, before: int, after: int) -> None:
    """From the first "Leave this out" box: give both ratings with Space and the arrows."""
    for control, value in ((rating.before, before), (rating.after, after)):
        leave_out = rating.leave_out_box(control)
        qtbot.keyClick(leave_out, Qt.Key.Key_Space)  # give this rating after all
        slider = control.slider()
        while slider.value() != value:
            qtbot.keyClick(slider, Qt.Key.Key_Right if slider.value() < value else Qt.Key.Key_Left)
        assert control.value() == value


# -- the step tools --------------------------------------------------------------------------------
@pytest.mark.parametrize("tool", STEP_TOOLS)
def test_a_step_tool_can_be_followed_to_the_end_by_keyboard_and_records_the_ratings(
    qtbot, session, opened, tool
) -> None:
    dialog = open_tool(session, opened, tool)
    steps = dialog.exercise
    assert isinstance(steps, StepsPanel)
    seen = []
    press(qtbot, dialog, Qt.Key.Key_Return)  # Begin
    while not dialog.at_rating:
        seen.append(steps.text.text())
        assert dialog.focusWidget() is steps.next_button
        press(qtbot, dialog, Qt.Key.Key_Return)  # Next, then Finish
        assert len(seen) <= len(steps.steps)
    assert seen == [text for _title, text in steps.steps]

    rating = dialog.rating
    assert dialog.focusWidget() is rating.leave_out_box(rating.before)
    rate_by_keyboard(qtbot, rating, before=7, after=3)
    qtbot.keyClicks(rating.note, "Felt my feet.")
    press(qtbot, dialog, Qt.Key.Key_Return)  # Save to my history

    [use] = session.vault.grounding.list()
    assert (use.tool, use.distress_before, use.distress_after, use.note) == (
        tool,
        7,
        3,
        "Felt my feet.",
    )
    assert not dialog.isVisible()


def test_steps_follow_the_bundled_words_and_never_advance_by_themselves(
    qtbot, session, opened
) -> None:
    dialog = open_tool(session, opened, GroundingTool.SENSES_54321)
    steps = dialog.exercise
    assert steps.index == -1
    # Nothing could move it on: no timer runs in the steps panel (no fixed wait needed).
    assert [t for t in steps.findChildren(QTimer) if t.isActive()] == []
    assert steps.index == -1
    expected = [raw["prompt"] for raw in resources.grounding()["senses_54321"]["steps"]]
    assert [text for _title, text in steps.steps] == expected


def test_back_moves_one_step_back(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.SENSES_54321)
    steps = dialog.exercise
    steps.next()
    steps.next()
    assert steps.index == 1
    steps.back_button.click()
    assert steps.index == 0 and steps.text.text() == steps.steps[0][1]


def test_the_body_scan_shows_its_content_note_first_and_can_be_skipped(
    qtbot, session, opened
) -> None:
    dialog = open_tool(session, opened, GroundingTool.BODY_SCAN)
    steps = dialog.exercise
    note = resources.grounding()["body_scan"]["content_note"]
    assert steps.note_box.isVisibleTo(dialog) and steps.note_label.text() == note
    steps.next_button.click()
    assert not steps.note_box.isVisibleTo(dialog)
    steps.end_button.click()  # go to the end at any time
    assert dialog.at_rating


@pytest.mark.parametrize("tool", list(GroundingTool))
def test_closing_without_saving_records_nothing(qtbot, session, opened, tool) -> None:
    dialog = open_tool(session, opened, tool)
    dialog.show_rating()
    dialog.rating.before.setValue(8)  # even a rating given is not saved on its own
    dialog.rating.close_button.click()
    assert session.vault.grounding.list() == []


def test_closing_in_the_middle_records_nothing(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.BODY_SCAN)
    dialog.exercise.next()
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert session.vault.grounding.list() == []


def test_saving_with_both_ratings_left_out_records_the_use_only(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.SENSES_54321)
    dialog.exercise.end_button.click()
    dialog.rating.save_button.click()  # the person chose to save, without numbers
    [use] = session.vault.grounding.list()
    assert (use.distress_before, use.distress_after) == (None, None)


# -- paced breathing -------------------------------------------------------------------------------
def test_breathing_can_be_followed_to_the_end_by_keyboard(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    panel = dialog.exercise
    assert isinstance(panel, BreathingPanel)
    assert not panel.running  # it never starts by itself

    qtbot.keyClick(panel.guide.toggle, Qt.Key.Key_Space)  # Start
    assert panel.running
    assert panel.guide.cue.text() == "Breathe in…"
    assert not any(spin.isEnabled() for spin in panel.spins.values())
    qtbot.keyClick(panel.guide.toggle, Qt.Key.Key_Space)  # Stop
    assert not panel.running

    panel.done_button.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Return)  # I'm done
    assert dialog.at_rating
    rate_by_keyboard(qtbot, dialog.rating, before=6, after=4)
    press(qtbot, dialog, Qt.Key.Key_Return)

    [use] = session.vault.grounding.list()
    assert (use.tool, use.distress_before, use.distress_after) == (
        GroundingTool.PACED_BREATHING,
        6,
        4,
    )


def test_the_rhythm_comes_from_the_presets_and_can_be_set_by_the_person(
    qtbot, session, opened
) -> None:
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    panel = dialog.exercise
    presets = resources.grounding()["breathing"]["presets"]
    box = panel.guide.pattern_box
    assert [box.itemText(i) for i in range(len(presets))] == [p["name"] for p in presets]

    box.setCurrentIndex(3)  # Box breathing (4, 4, 4, 4)
    assert [panel.spins[p].value() for p in ("in", "hold", "out", "rest")] == [4, 4, 4, 4]

    qtbot.keyClick(panel.spins["in"], Qt.Key.Key_Up)
    qtbot.keyClick(panel.spins["in"], Qt.Key.Key_Up)
    assert box.currentText() == "Your own rhythm"
    assert panel.guide.rhythm().seconds == (6.0, 4.0, 4.0, 4.0)
    assert panel.guide.rhythm().at(6.5)[0] == "hold"  # the guide follows this rhythm


def _frame_timers(widget: QWidget) -> list[QTimer]:
    return [t for t in widget.findChildren(QTimer) if t.isActive() and t.interval() <= FRAME_MS]


def test_reduced_motion_shows_no_animation(qtbot, session, opened) -> None:
    session.settings.reduced_motion = True
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    panel = dialog.exercise
    assert panel.reduced.isChecked()

    panel.guide.toggle.click()
    qtbot.waitUntil(lambda: panel.guide.cue.text() == "Breathe in…")

    assert not panel.guide.circle.isVisibleTo(dialog)
    assert _frame_timers(dialog) == []  # no animation timer runs, only the words change
    assert panel.guide.cue.text() == "Breathe in…"
    panel.guide.toggle.click()
    assert [t for t in dialog.findChildren(QTimer) if t.isActive()] == []


def test_without_reduced_motion_the_circle_moves_and_can_be_turned_off(
    qtbot, session, opened
) -> None:
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    panel = dialog.exercise
    panel.guide.toggle.click()
    assert panel.guide.circle.isVisibleTo(dialog) and _frame_timers(dialog)

    qtbot.keyClick(panel.reduced, Qt.Key.Key_Space)  # Reduce motion, here and now
    assert not panel.guide.circle.isVisibleTo(dialog)
    assert _frame_timers(dialog) == []


def test_leaving_breathing_stops_the_guide(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    dialog.exercise.guide.toggle.click()
    dialog.exercise.done_button.click()
    assert not dialog.exercise.running


# -- locking ---------------------------------------------------------------------------------------
def test_an_exercise_in_progress_stays_through_an_idle_lock_but_forgets_the_ratings(
    qtbot, session, opened
) -> None:
    dialog = open_tool(session, opened, GroundingTool.PACED_BREATHING)
    assert dialog.stays_open_on_lock(IDLE)
    assert not dialog.stays_open_on_lock(QUICK_HIDE)
    dialog.show_rating()
    assert not dialog.stays_open_on_lock(IDLE)  # the rating page closes like any form

    dialog.rating.before.setValue(9)
    dialog.rating.note.setText("private words")
    dialog.clear_sensitive()
    assert dialog.rating.before.value() is None and dialog.rating.note.text() == ""


def test_saving_while_locked_saves_nothing_and_says_so(qtbot, session, opened) -> None:
    dialog = open_tool(session, opened, GroundingTool.SENSES_54321)
    dialog.show_rating()
    session.lock()
    assert dialog.save() is None
    assert "not saved" in dialog.rating.message.text()
    assert dialog.isVisible()


def test_open_grounding_tool_gives_a_non_modal_window(qtbot, session, opened) -> None:
    for tool in GroundingTool:
        dialog = open_tool(session, opened, tool)
        assert not dialog.isModal()
        assert dialog.windowTitle() and dialog.accessibleName()
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, GroundingDialog)]) >= 3

"""The care panel in Practice and Grounding, finished practices and grounding uses that can
be changed and deleted with Undo, the start card, and the threshold in Settings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from haven.domain.models import (
    Debrief,
    GroundingTool,
    GroundingUse,
    Practice,
    RoadmapStep,
    StepState,
)
from haven.ui.core.session import Session
from haven.ui.grounding.area import GroundingArea
from haven.ui.kit import record_list
from haven.ui.pacing.practice.area import PracticeArea
from haven.ui.pacing.practice.debrief_dialog import DebriefDialog
from haven.ui.settings.care import CareSettings
from haven.ui.today.area import TodayArea
from haven.ui.today.start_card import DISMISSED_KEY
from haven.usecases import hard_moments

CET = timezone(timedelta(hours=1))


@pytest.fixture(autouse=True)
def agree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_list, "ask_calmly", lambda *_a, **_k: True)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 1200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def words(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def finish_a_practice(area: PracticeArea, consent: str, peak: int | None = None) -> None:
    area.begin_button.click()
    area.to_during_button.click()
    area.finish_button.click()
    if peak is not None:
        area.peak.setValue(peak)
    {"yes": area.consent_yes, "no": area.consent_no, "not_sure": area.consent_unsure,
     "alone": area.consent_alone}[consent].click()  # fmt: skip
    area.save_button.click()


@pytest.fixture
def practice_area(qtbot, open_session: Session) -> PracticeArea:
    roadmap = open_session.vault.roadmap
    step = roadmap.add(RoadmapStep(title="Sitting close"))
    roadmap.change_state(step.id, StepState.PRACTISING)
    return shown(qtbot, PracticeArea(open_session))


def test_the_consent_question_does_not_assume_a_partner_was_there(
    practice_area: PracticeArea,
) -> None:
    question = practice_area.consent_yes.parent().title()
    assert question.startswith("If someone was with you") and "both" not in question
    assert practice_area.consent_alone.text() == "No one else was there"


def test_a_consent_no_is_met_with_words_that_it_was_not_their_fault(
    practice_area: PracticeArea,
) -> None:
    finish_a_practice(practice_area, "no")
    care = practice_area.care
    assert care.isVisible()
    text = words(care)
    assert "it was not your fault" in text
    assert "A stop is always allowed" in text
    assert "!" not in text


def test_practising_alone_with_a_low_peak_gets_no_panel(practice_area: PracticeArea) -> None:
    finish_a_practice(practice_area, "alone", peak=3)
    assert not practice_area.care.isVisible()


def test_a_high_peak_is_answered_and_not_sure_too(practice_area: PracticeArea) -> None:
    finish_a_practice(practice_area, "yes", peak=8)
    assert "This practice was harder than expected." in words(practice_area.care)
    practice_area.care.dismiss()
    finish_a_practice(practice_area, "not_sure", peak=2)
    assert "Not being sure is all right." in words(practice_area.care)


def test_a_finished_practice_reopens_to_change_its_reflection_and_delete_undoes(
    qtbot, practice_area: PracticeArea, open_session: Session
) -> None:
    finish_a_practice(practice_area, "yes", peak=5)
    finished = practice_area.finished
    assert finished.view.count() == 1

    def change(practice: Practice, _parent) -> Practice:
        practice.debrief.what_helped = "Slowing down together."
        return practice

    finished.editor = change
    qtbot.mouseClick(finished.change_button, Qt.MouseButton.LeftButton)
    [saved] = open_session.vault.practices.list()
    assert saved.debrief.what_helped == "Slowing down together."

    qtbot.mouseClick(finished.delete_button, Qt.MouseButton.LeftButton)
    assert open_session.vault.practices.count() == 0
    assert finished.view.count() == 0 and finished.empty.isVisibleTo(finished)
    qtbot.mouseClick(finished.undo_button, Qt.MouseButton.LeftButton)
    assert open_session.vault.practices.get_by_uid(saved.uid).debrief.distress_peak == 5
    assert finished.view.count() == 1


def test_the_debrief_dialog_changes_only_the_reflection(qtbot) -> None:
    practice = Practice(step_uid=None, debrief=Debrief(distress_peak=7, consent_checked=False))
    dialog = DebriefDialog(practice, "Sitting close")
    qtbot.addWidget(dialog)
    assert dialog.consent_buttons[next(iter(dialog.consent_buttons))].text() == "Yes"
    assert dialog.consent().value == "no"
    dialog.peak.setValue(4)
    dialog.helped.setPlainText("A long exhale.")
    dialog._save()
    d = dialog.edited().debrief
    assert (d.distress_peak, d.what_helped, d.consent_checked) == (4, "A long exhale.", False)


# -- Grounding, its own area ---------------------------------------------------------------------
def test_grounding_is_an_area_of_its_own_in_the_navigation(unlocked) -> None:
    keys = [entry.key for entry in unlocked.workspace.entries]
    assert keys.index("grounding") < keys.index("safety")
    assert isinstance(unlocked.workspace.show_area("grounding"), GroundingArea)


def test_grounding_that_left_distress_higher_gets_the_panel_and_uses_can_change(
    qtbot, open_session: Session
) -> None:
    area = shown(qtbot, GroundingArea(open_session))
    use = open_session.vault.grounding.add(
        GroundingUse(GroundingTool.BODY_SCAN, at=datetime(2026, 11, 4, 22, tzinfo=CET),
                     distress_before=4, distress_after=6)
    )  # fmt: skip
    area.after_use(use)
    assert area.care.isVisible()
    assert "Your distress was higher afterwards." in words(area.care)
    area.refresh()
    uses = area.uses
    assert uses.view.count() == 1
    assert "distress before: 4 (upset, still fairly steady)" in uses.view.item(0).text()

    def change(changed: GroundingUse, _parent) -> GroundingUse:
        changed.note = "The room was too warm."
        return changed

    uses.editor = change
    qtbot.mouseClick(uses.change_button, Qt.MouseButton.LeftButton)
    assert open_session.vault.grounding.get(use.id).note == "The room was too warm."
    qtbot.mouseClick(uses.delete_button, Qt.MouseButton.LeftButton)
    assert open_session.vault.grounding.count() == 0
    qtbot.mouseClick(uses.undo_button, Qt.MouseButton.LeftButton)
    [back] = open_session.vault.grounding.list()
    assert (back.uid, back.note) == (use.uid, "The room was too warm.")


def test_grounding_that_helped_gets_no_panel(qtbot, open_session: Session) -> None:
    area = shown(qtbot, GroundingArea(open_session))
    area.after_use(GroundingUse(GroundingTool.SENSES_54321, distress_before=6, distress_after=3))
    assert not area.care.isVisible()


# -- a gentle start ----------------------------------------------------------------------------
def test_the_start_card_shows_after_first_run_closes_and_comes_back_from_help(
    qtbot, open_session: Session
) -> None:
    today = shown(qtbot, TodayArea(open_session))
    card = today.start_card
    assert card.isVisible()
    text = words(card)
    assert text.index("pause plan") < text.index("first check-in")
    asked: list[tuple[str, str]] = []
    today.navigate.connect(lambda a, d: asked.append((a, d)))
    card.links[0].click()
    assert asked == [("safety", "pause_plan")]

    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible() and open_session.vault.settings.get(DISMISSED_KEY) is True
    today.refresh()
    assert not card.isVisible()
    today.open_detail("start")  # what Settings > Help > "Where you might start" asks for
    assert card.isVisible() and open_session.vault.settings.get(DISMISSED_KEY) is False


def test_help_in_settings_opens_the_start_card_on_today(qtbot, unlocked) -> None:
    settings = unlocked.workspace.show_area("settings")
    unlocked.session.vault.settings.set(DISMISSED_KEY, True)
    qtbot.mouseClick(settings.help_card.start_button, Qt.MouseButton.LeftButton)
    today = unlocked.workspace.stack.currentWidget()
    assert isinstance(today, TodayArea) and today.start_card.isVisibleTo(today)


def test_the_threshold_is_set_or_switched_off_in_settings(qtbot, open_session: Session) -> None:
    card = CareSettings(open_session)
    qtbot.addWidget(card)
    card.refresh()
    assert card.threshold.value() == 7 and not card.off.isChecked()
    card.threshold.setValue(5)
    assert hard_moments.threshold(open_session.vault) == 5
    card.off.setChecked(True)
    assert hard_moments.threshold(open_session.vault) is None
    assert not card.threshold.isEnabled()

"""Today: a quick check-in done with the keyboard alone, and only what helps today below it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from haven.domain.clock import now, today
from haven.domain.models import (
    Boundary,
    CheckIn,
    Debrief,
    Practice,
    PracticeStatus,
    RoadmapStep,
    Threshold,
)
from haven.ui.core.session import Session
from haven.ui.journal.area import JournalArea
from haven.ui.today.area import TodayArea
from tests.ui.conftest import widgets_holding

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def today_area(qtbot, open_session: Session) -> TodayArea:
    area = TodayArea(open_session)
    qtbot.addWidget(area)
    area.resize(900, 1000)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    area.refresh()
    return area


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, times: int = 1, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        widget = focused()
        assert widget is not None, "the keyboard focus went nowhere"
        QTest.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def area_texts(area: QWidget) -> str:
    return "\n".join(label.text() for label in area.findChildren(QLabel) if label.isVisible())


# -- the check-in ----------------------------------------------------------------------------
def test_a_check_in_can_be_done_with_the_keyboard_alone_and_is_saved_exactly(
    qtbot, today_area: TodayArea
) -> None:
    area = today_area
    area.distress.slider().setFocus()
    qtbot.waitUntil(lambda: focused() is area.distress.slider())

    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Right, 3)  # distress 3
    press(Qt.Key.Key_Tab)
    assert focused() is area.comfort.slider()
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Left, 2)  # comfort 8
    press(Qt.Key.Key_Tab)
    assert "Leave" in focused().text()  # stress starts left out; its choice comes first
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert focused() is area.stress.slider()
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Right, 2)  # stress 2
    press(Qt.Key.Key_Tab)
    assert focused() in (area.sleep, area.sleep.lineEdit())
    type_text(qtbot, "7.5")
    press(Qt.Key.Key_Tab)
    assert focused() is area.tags
    type_text(qtbot, "sleep, Calm")
    press(Qt.Key.Key_Tab)
    assert focused() is area.note
    type_text(qtbot, "A slow morning with tea")
    press(Qt.Key.Key_Return, modifier=CTRL)

    saved = area._session.vault.checkins.list()
    assert len(saved) == 1
    checkin = saved[0]
    assert (checkin.distress, checkin.comfort, checkin.stress) == (3, 8, 2)
    assert checkin.sleep_hours == 7.5
    assert checkin.tags == ["calm", "sleep"]
    assert checkin.note == "A slow morning with tea"
    assert area.status.text() == "Saved. Thank you for checking in."
    # The form is ready for another time, and asks nothing more.
    assert area.note.toPlainText() == "" and area.sleep.hours() is None


def test_the_tab_order_ends_at_the_save_button(qtbot, today_area: TodayArea) -> None:
    area = today_area
    area.note.setFocus()
    qtbot.waitUntil(lambda: focused() is area.note)
    press(Qt.Key.Key_Tab)
    assert focused() is area.save_button


def test_only_distress_and_comfort_are_asked_for(qtbot, today_area: TodayArea) -> None:
    area = today_area
    area.distress.setValue(0)
    area.comfort.setValue(10)
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    [checkin] = area._session.vault.checkins.list()
    assert (checkin.distress, checkin.comfort) == (0, 10)
    assert checkin.sleep_hours is None and checkin.stress is None
    assert checkin.tags == [] and checkin.note == ""


def test_sleep_can_be_recorded_as_zero_hours(qtbot, today_area: TodayArea) -> None:
    area = today_area
    area.sleep.setValue(0)
    area.save_checkin()
    assert area._session.vault.checkins.list()[0].sleep_hours == 0.0


def test_impossible_sleep_hours_are_refused_kindly_and_nothing_is_saved(
    qtbot, today_area: TodayArea
) -> None:
    area = today_area
    area.sleep.setFocus()
    qtbot.waitUntil(lambda: focused() in (area.sleep, area.sleep.lineEdit()))
    area.sleep.lineEdit().selectAll()
    type_text(qtbot, "30")
    assert area.sleep.text() == "30"  # the number stays visible, not silently swallowed
    assert "from 0 to 24" in area.sleep_hint.text()
    press(Qt.Key.Key_Return, modifier=CTRL)

    assert area._session.vault.checkins.count() == 0
    message = area.status.text()
    assert "from 0 to 24" in message and "Nothing was saved yet" in message
    assert "!" not in message and "error" not in message.lower()
    assert focused() in (area.sleep, area.sleep.lineEdit())

    area.sleep.lineEdit().selectAll()
    type_text(qtbot, "8")
    assert area.sleep_hint.text() == ""
    press(Qt.Key.Key_Return, modifier=CTRL)
    assert area._session.vault.checkins.list()[0].sleep_hours == 8.0


def test_tags_complete_from_tags_already_used(qtbot, today_area: TodayArea) -> None:
    area = today_area
    vault = area._session.vault
    vault.checkins.add(CheckIn(distress=2, comfort=7, tags=["gardening"]))
    area.refresh()
    assert "gardening" in area.tags.known_tags()
    area.tags.setFocus()
    qtbot.keyClicks(area.tags, "sleep, gar")
    completer = area.tags.completer_
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    completer.activated.emit("gardening")
    assert area.tags.tags() == ["gardening", "sleep"]


# -- what helps today ---------------------------------------------------------------------------
def test_today_shows_a_boundary_review_that_has_come_and_the_last_practice(
    today_area: TodayArea,
) -> None:
    area = today_area
    vault = area._session.vault
    vault.safety.add(Boundary("No phone calls after ten", review_by=today() - timedelta(days=3)))
    vault.safety.add(Boundary("Not yet reviewed", review_by=today() + timedelta(days=20)))
    step = vault.roadmap.add(RoadmapStep("Holding hands on the sofa"))
    vault.practices.save(
        Practice(
            step_uid=step.uid,
            status=PracticeStatus.DONE,
            started_at=now() - timedelta(days=2),
            ended_at=now() - timedelta(days=2),
            debrief=Debrief(distress_peak=6),
        )
    )
    vault.practices.save(Practice(step_uid=step.uid, started_at=now()))  # a draft: not shown
    area.refresh()

    assert area.reviews.isVisible()
    assert "No phone calls after ten" in area.boundaries_list.text()
    assert "Not yet reviewed" not in area.boundaries_list.text()
    practice = area.last_practice.text()
    assert area.last_practice.isVisible()
    assert "“Holding hands on the sofa”" in practice
    assert "peak distress 6 of 10" in practice


def test_a_thresholds_review_shows_only_when_the_chosen_interval_has_passed(
    today_area: TodayArea,
) -> None:
    area = today_area
    vault = area._session.vault
    vault.thresholds.add(Threshold("Being hugged from behind", created_at=now() - timedelta(30)))
    area.refresh()
    assert not area.thresholds_note.isVisible()  # no interval chosen: never reminded

    vault.settings.set("thresholds_review_weeks", 2)
    area.refresh()
    assert area.thresholds_note.isVisible()
    assert "every 2 weeks" in area.thresholds_note.text()

    vault.settings.set("thresholds_review_weeks", 8)
    area.refresh()
    assert not area.reviews.isVisible()


def test_today_never_counts_missed_days_or_streaks(today_area: TodayArea) -> None:
    area = today_area
    vault = area._session.vault
    vault.checkins.add(CheckIn(distress=4, comfort=4, at=now() - timedelta(days=40)))
    vault.safety.add(Boundary("Ask before touching", review_by=today() - timedelta(days=90)))
    area.refresh()
    text = area_texts(area).lower()
    assert "ask before touching" in text
    assert not re.search(r"\b\d+\s+days?\b", text)
    for word in ("streak", "missed", "overdue", "behind", "late", "you haven't", "!"):
        assert word not in text


def test_nothing_extra_shows_when_nothing_is_due(today_area: TodayArea) -> None:
    assert not today_area.reviews.isVisible()
    assert not today_area.last_practice.isVisible()
    assert today_area.to_journal.isVisible() and today_area.to_safety.isVisible()


def test_shortcuts_ask_to_show_the_journal_grounding_and_safety_plan(
    qtbot, today_area: TodayArea
) -> None:
    asked: list[tuple[str, str]] = []
    today_area.navigate.connect(lambda area, detail: asked.append((area, detail)))
    for button in (today_area.to_journal, today_area.to_grounding, today_area.to_safety):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [("journal", ""), ("safety", "grounding"), ("safety", "")]


def test_in_the_window_today_comes_first_and_links_to_the_journal(qtbot, unlocked) -> None:
    workspace = unlocked.workspace
    assert [e.key for e in workspace.entries][:2] == ["today", "journal"]
    today_area = workspace.areas[0]
    assert isinstance(today_area, TodayArea)
    qtbot.mouseClick(today_area.to_journal, Qt.MouseButton.LeftButton)
    assert isinstance(workspace.stack.currentWidget(), JournalArea)

    workspace.show_area("today")
    qtbot.mouseClick(today_area.to_grounding, Qt.MouseButton.LeftButton)
    safety = workspace.stack.currentWidget()
    assert safety is workspace.areas[[e.key for e in workspace.entries].index("safety")]
    assert safety.stack.currentWidget() is safety.grounding


# -- locking -----------------------------------------------------------------------------------
def test_after_lock_no_widget_holds_what_was_typed_or_shown(qtbot, unlocked) -> None:
    window = unlocked
    vault = window.session.vault
    vault.safety.add(Boundary("MARKER-BOUNDARY-5c1", review_by=today()))
    vault.checkins.add(CheckIn(distress=3, comfort=6, tags=["marker-tag-8e2"]))
    area = window.workspace.show_area("today")
    area.refresh()
    area.note.setPlainText("MARKER-NOTE-0a7")
    area.tags.setText("MARKER-TAGS-3d9")
    for marker in ("MARKER-BOUNDARY-5c1", "MARKER-NOTE-0a7", "MARKER-TAGS-3d9"):
        assert widgets_holding(marker), marker
    assert "marker-tag-8e2" in area.tags.known_tags()

    window.session.lock()
    for marker in ("MARKER-BOUNDARY-5c1", "MARKER-NOTE-0a7", "MARKER-TAGS-3d9", "marker-tag-8e2"):
        assert widgets_holding(marker) == [], marker
    assert area.tags.known_tags() == []

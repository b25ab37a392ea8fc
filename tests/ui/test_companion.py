"""A companion that responds: unset ratings, the calm answer to a hard moment, and a history
of check-ins that can be opened, changed, deleted and brought back with Undo."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from haven.domain import hard_moments as H
from haven.domain.models import CheckIn
from haven.ui.core.session import Session
from haven.ui.kit import record_list
from haven.ui.today.area import TodayArea
from haven.ui.today.edit_checkin import CheckInDialog
from haven.usecases import hard_moments, to_bring

CET = timezone(timedelta(hours=1))
ALARM_WORDS = ("!", "warning", "danger", "alert", "urgent", "should", "must", "failed")


@pytest.fixture
def today_area(qtbot, open_session: Session) -> TodayArea:
    area = TodayArea(open_session)
    qtbot.addWidget(area)
    area.resize(900, 1400)
    area.show()
    qtbot.waitExposed(area)
    area.refresh()
    return area


@pytest.fixture
def agree(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The delete question is answered "Delete"; the questions asked are kept."""
    asked: list[str] = []

    def ask(_parent, _title, text, **_kwargs) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(record_list, "ask_calmly", ask)
    return asked


def panel_text(area: TodayArea) -> str:
    return "\n".join(label.text() for label in area.care.findChildren(QLabel))


# -- nothing recorded that the person did not choose --------------------------------------------
def test_distress_and_comfort_start_unset_and_nothing_is_saved_until_chosen(
    qtbot, today_area: TodayArea
) -> None:
    area = today_area
    assert area.distress.value() is None and area.comfort.value() is None
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    assert area._session.vault.checkins.count() == 0
    message = area.status.text()
    assert "distress and one for comfort" in message and "Nothing was saved yet" in message
    assert not any(word in message.lower() for word in ALARM_WORDS)
    assert area.distress.slider().hasFocus()

    area.distress.setValue(4)
    area.save_checkin()
    assert area._session.vault.checkins.count() == 0
    assert "a number for comfort" in area.status.text()

    area.comfort.setValue(6)
    area.save_checkin()
    [saved] = area._session.vault.checkins.list()
    assert (saved.distress, saved.comfort) == (4, 6)
    # The form starts unset again for the next time.
    assert area.distress.is_unset() and area.comfort.is_unset()


# -- the calm answer to a hard moment ---------------------------------------------------------
def test_a_checkin_at_the_threshold_gets_a_calm_panel_once(qtbot, today_area: TodayArea) -> None:
    area = today_area
    area.distress.setValue(7)
    area.comfort.setValue(3)
    area.save_checkin()
    assert area.care.isVisible()
    text = panel_text(area)
    assert "That sounds like a hard moment." in text
    assert "7: very upset, hard to manage" in text
    assert not any(word in text.lower() for word in ALARM_WORDS)
    offers = [b.text() for b in area.care.findChildren(QPushButton) if b.isVisible()]
    assert {
        "Open my pause plan",
        "Try a grounding tool",
        "Help now",
        "Add this to what I want to talk about in therapy",
        "Close this",
    } <= set(offers)
    # No count, no colour of its own: it is drawn by the theme like any quiet note.
    assert not any(ch.isdigit() for ch in area.care.title.text())
    assert area.care.styleSheet() == ""

    moment = area.care.moment()
    qtbot.mouseClick(area.care.close_button, Qt.MouseButton.LeftButton)
    assert not area.care.isVisible()
    assert area.care.offer(moment) is False  # once per event, never nagging


def test_below_the_threshold_or_with_it_switched_off_nothing_is_offered(
    today_area: TodayArea,
) -> None:
    area = today_area
    area.distress.setValue(6)
    area.comfort.setValue(5)
    area.save_checkin()
    assert not area.care.isVisible()
    hard_moments.set_threshold(area._session.vault, None)
    area.distress.setValue(10)
    area.comfort.setValue(0)
    area.save_checkin()
    assert not area.care.isVisible()
    hard_moments.set_threshold(area._session.vault, 5)
    area.distress.setValue(5)
    area.comfort.setValue(5)
    area.save_checkin()
    assert area.care.isVisible()


def test_the_panel_offers_pause_help_grounding_and_the_therapy_list(
    qtbot, today_area: TodayArea
) -> None:
    area = today_area
    session = area._session
    asked: list[str] = []
    session.pause_requested.connect(lambda: asked.append("pause"))
    session.help_requested.connect(lambda: asked.append("help"))
    area.navigate.connect(lambda key, _detail: asked.append(key))
    area.distress.setValue(9)
    area.comfort.setValue(1)
    area.save_checkin()
    for button in (area.care.pause_button, area.care.help_button, area.care.grounding_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["pause", "help", "grounding"]

    qtbot.mouseClick(area.care.bring_button, Qt.MouseButton.LeftButton)
    [item] = to_bring.requests(session.vault)
    assert "distress (9: extremely distressed)" in item.text
    assert not area.care.bring_button.isEnabled()
    assert "Things I want to talk about" in area.care.note.text()


# -- the history ----------------------------------------------------------------------------------
def add_checkins(session: Session, n: int) -> list[CheckIn]:
    start = datetime(2026, 11, 1, 20, 0, tzinfo=CET)
    return [
        session.vault.checkins.add(
            CheckIn(distress=i % 10, comfort=5, at=start + timedelta(hours=i), note=f"n{i}")
        )
        for i in range(n)
    ]


def test_the_history_shows_newest_first_and_reads_more_pages_when_asked(
    qtbot, today_area: TodayArea
) -> None:
    session = today_area._session
    add_checkins(session, 60)
    today_area.refresh()
    history = today_area.history
    assert history.view.count() == 50  # one page
    assert history.view.item(0).text().endswith("n59")
    assert "distress 9: extremely distressed" in history.view.item(0).text()
    assert history.older_button.isVisible()
    qtbot.mouseClick(history.older_button, Qt.MouseButton.LeftButton)
    assert history.view.count() == 60 and not history.older_button.isVisible()


def test_a_checkin_is_changed_deleted_and_brought_back_by_undo(
    qtbot, today_area: TodayArea, agree: list[str]
) -> None:
    session = today_area._session
    first, second = add_checkins(session, 2)
    today_area.refresh()
    history = today_area.history

    def change(checkin: CheckIn, _parent) -> CheckIn:
        checkin.note = "It eased by midnight."
        checkin.distress = 3
        return checkin

    history.editor = change
    history.view.setCurrentRow(0)  # the newest: `second`
    qtbot.mouseClick(history.change_button, Qt.MouseButton.LeftButton)
    changed = session.vault.checkins.get(second.id)
    assert (changed.note, changed.distress) == ("It eased by midnight.", 3)
    assert history.status.text() == "Your changes are saved."

    history.view.setCurrentRow(0)
    qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert agree == ["Delete this check-in and its note?"]
    assert [c.uid for c in session.vault.checkins.list()] == [first.uid]
    assert history.undo_bar.isVisible()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    back = session.vault.checkins.list()
    assert [c.uid for c in back] == [first.uid, second.uid]
    assert back[1].note == "It eased by midnight."
    assert history.selected().uid == second.uid


def test_the_change_dialog_keeps_every_field_and_labels_each_one(qtbot) -> None:
    checkin = CheckIn(
        distress=8, comfort=2, stress=4, sleep_hours=6.5, note="Late", tags=["work"],
        at=datetime(2026, 11, 3, 21, 0, tzinfo=CET),
    )  # fmt: skip
    dialog = CheckInDialog(checkin)
    qtbot.addWidget(dialog)
    assert dialog.distress.value() == 8 and dialog.sleep.hours() == 6.5
    assert dialog.tags.text() == "work"
    for field in (dialog.sleep, dialog.tags, dialog.note):
        assert any(label.buddy() is field for label in dialog.findChildren(QLabel))
    dialog.comfort.setValue(5)
    dialog.note.setPlainText("Later it eased.")
    dialog._save()
    edited = dialog.edited()
    assert (edited.comfort, edited.note, edited.stress) == (5, "Later it eased.", 4)


def test_the_threshold_default_is_seven(open_session: Session) -> None:
    assert hard_moments.threshold(open_session.vault) == H.DEFAULT_THRESHOLD == 7


# -- Help now for more people -----------------------------------------------------------------
def test_help_now_remembers_a_region_and_copies_numbers(qtbot, open_session: Session) -> None:
    from PySide6.QtGui import QGuiApplication

    from haven.config import load_settings
    from haven.ui.calm.help_now import HelpNowDialog

    dialog = HelpNowDialog(open_session)
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("NZ"))
    dialog.region.activated.emit(dialog.region.currentIndex())  # as a person picks it
    texts = "\n".join(
        label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)
    )
    assert "Women's Refuge crisis line" in texts and "0800 733 843" in texts
    assert "Samaritans" not in texts  # another region's lines are not shown
    assert "Emergency services (EU and many other countries)" in texts  # works anywhere
    assert load_settings(open_session.settings_path).help_region == "NZ"

    safe_to_talk = next(b for b in dialog.copy_buttons if "Safe to talk" in b.accessibleName())
    qtbot.mouseClick(safe_to_talk, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 044 334"
    assert "Copied 0800 044 334" in dialog.copied.text()

    again = HelpNowDialog(open_session)  # the choice is kept for next time
    qtbot.addWidget(again)
    assert again.region.currentData() == "NZ"

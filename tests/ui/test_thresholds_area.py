"""Thresholds map: three columns, moved between by keyboard or by drag-and-drop.

Every move is saved through the vault with its date and shown beside the situation. The
opt-in reminder to look at the map says nothing about what the map holds.
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

from haven.domain.clock import now, today
from haven.domain.models import Threshold, Zone, ZoneMove
from haven.store.repositories.thresholds import REVIEW_WEEKS_KEY, REVIEWED_ON_KEY
from haven.ui.core.session import Session
from haven.ui.pacing import common as pacing_common
from haven.ui.pacing.common import DropListView
from haven.ui.pacing.thresholds.area import ThresholdsArea
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MARKER = "Marigold-quay-5520"
REMINDER = "Your map is ready for a look whenever you like."


@pytest.fixture
def area(qtbot, open_session: Session) -> ThresholdsArea:
    widget = ThresholdsArea(open_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def add(session: Session, situation: str, zone: Zone = Zone.NOT_YET, **words: str) -> Threshold:
    item = Threshold(situation=situation, zone=zone, **words)
    item.history.append(ZoneMove(from_zone=None, to_zone=zone))
    return session.vault.thresholds.add(item)


def column(area: ThresholdsArea, zone: Zone) -> list[str]:
    return [i.situation for i in area.models[zone].items()]


def choose(area: ThresholdsArea, situation: str) -> QWidget:
    for zone, model in area.models.items():
        for row, item in enumerate(model.items()):
            if item.situation == situation:
                view = area.views[zone]
                view.setFocus()
                view.setCurrentIndex(model.index(row, 0))
                return view
    raise AssertionError(f"{situation!r} is not on the map")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus went nowhere"
    return widget


def history_rows(area: ThresholdsArea) -> list[str]:
    return [area.history.item(i).text() for i in range(area.history.count())]


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


# -- adding and editing ---------------------------------------------------------------------
def test_a_situation_is_added_to_the_column_chosen_and_its_history_starts(
    qtbot, area: ThresholdsArea, open_session: Session
) -> None:
    assert [area.views[z].accessibleName() for z in area.views] == [
        "Column: Feels manageable",
        "Column: Needs boundaries",
        "Column: Not yet",
    ]
    qtbot.keyClicks(area.new_situation, "Being hugged from behind")
    QTest.keyClick(area.new_situation, Qt.Key.Key_Return)
    area.new_zone.setCurrentIndex(area.new_zone.findData(Zone.MANAGEABLE.value))
    qtbot.keyClicks(area.new_situation, "Holding hands in public")
    area.add_button.click()

    assert column(area, Zone.NOT_YET) == ["Being hugged from behind"]
    assert column(area, Zone.MANAGEABLE) == ["Holding hands in public"]
    assert area.current_item().situation == "Holding hands in public"
    assert history_rows(area)[0].endswith("Added to “Feels manageable”.")
    stored = {t.situation: t for t in open_session.vault.thresholds.list()}
    assert [m.to_zone for m in stored["Being hugged from behind"].history] == [Zone.NOT_YET]


def test_the_words_of_a_situation_are_edited_and_saved(
    area: ThresholdsArea, open_session: Session
) -> None:
    add(open_session, "Kissing")
    area.refresh()
    choose(area, "Kissing")
    area.situation_field.setText("Kissing, slowly")
    area.boundary_field.setPlainText("I start it, and we keep the light on.")
    area.notes_field.setPlainText("Easier in the morning.")
    area.save_button.click()
    (item,) = open_session.vault.thresholds.list()
    assert (item.situation, item.boundary, item.notes) == (
        "Kissing, slowly",
        "I start it, and we keep the light on.",
        "Easier in the morning.",
    )
    assert item.zone == Zone.NOT_YET
    assert area.details_status.text() == "Saved."


# -- moving with the keyboard -----------------------------------------------------------------
def test_a_situation_moves_between_all_three_columns_with_the_keyboard_alone(
    area: ThresholdsArea, open_session: Session
) -> None:
    add(open_session, "Lying side by side")
    area.refresh()
    choose(area, "Lying side by side")
    assert focused() is area.views[Zone.NOT_YET]

    QTest.keyClick(focused(), Qt.Key.Key_Left, CTRL)
    assert column(area, Zone.NEEDS_BOUNDARIES) == ["Lying side by side"]
    assert focused() is area.views[Zone.NEEDS_BOUNDARIES]  # the focus follows the situation
    QTest.keyClick(focused(), Qt.Key.Key_Left, CTRL)
    assert column(area, Zone.MANAGEABLE) == ["Lying side by side"]
    QTest.keyClick(focused(), Qt.Key.Key_Left, CTRL)  # already at the left edge: no change
    QTest.keyClick(focused(), Qt.Key.Key_Right, CTRL)
    assert column(area, Zone.NEEDS_BOUNDARIES) == ["Lying side by side"]
    assert column(area, Zone.MANAGEABLE) == [] and column(area, Zone.NOT_YET) == []

    (item,) = open_session.vault.thresholds.list()
    assert [(m.from_zone, m.to_zone) for m in item.history] == [
        (None, Zone.NOT_YET),
        (Zone.NOT_YET, Zone.NEEDS_BOUNDARIES),
        (Zone.NEEDS_BOUNDARIES, Zone.MANAGEABLE),
        (Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES),
    ]
    assert all(m.at.date() <= today() for m in item.history)
    rows = history_rows(area)
    assert len(rows) == 4
    assert rows[0].endswith("Moved from “Feels manageable” to “Needs boundaries”.")
    assert pacing_common.day_text(item.history[-1].at) in rows[0]
    assert rows[-1].endswith("Added to “Not yet”.")


def test_move_to_buttons_move_the_chosen_situation(
    area: ThresholdsArea, open_session: Session
) -> None:
    add(open_session, "Massage")
    area.refresh()
    choose(area, "Massage")
    assert not area.move_buttons[Zone.NOT_YET].isEnabled()
    assert area.move_buttons[Zone.MANAGEABLE].accessibleName() == "Move to Feels manageable"
    area.move_buttons[Zone.MANAGEABLE].click()
    assert column(area, Zone.MANAGEABLE) == ["Massage"]
    assert not area.move_buttons[Zone.MANAGEABLE].isEnabled()
    assert area.list_status.text() == "Moved to “Feels manageable”."


def test_alt_up_and_down_reorder_within_a_column(
    area: ThresholdsArea, open_session: Session
) -> None:
    for name in ("A", "B", "C"):
        add(open_session, name)
    area.refresh()
    choose(area, "C")
    QTest.keyClick(focused(), Qt.Key.Key_Up, ALT)
    QTest.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert [t.situation for t in open_session.vault.thresholds.list(Zone.NOT_YET)] == [
        "C",
        "A",
        "B",
    ]
    assert area.current_item().situation == "C"


# -- moving by drag-and-drop ------------------------------------------------------------------
def test_dropping_onto_another_column_moves_the_situation_there_with_history(
    area: ThresholdsArea, open_session: Session
) -> None:
    add(open_session, "Showering together")
    add(open_session, "Cuddling", Zone.MANAGEABLE)
    add(open_session, "Talking about wishes", Zone.MANAGEABLE)
    area.refresh()
    source = area.models[Zone.NOT_YET]
    target = area.models[Zone.MANAGEABLE]
    dragged = source.mimeData([source.index(0, 0)])

    assert target.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())

    assert column(area, Zone.MANAGEABLE) == [
        "Cuddling",
        "Showering together",
        "Talking about wishes",
    ]
    assert column(area, Zone.NOT_YET) == []
    moved = next(t for t in open_session.vault.thresholds.list() if t.situation.startswith("Sh"))
    assert moved.history[-1].from_zone == Zone.NOT_YET
    assert moved.history[-1].to_zone == Zone.MANAGEABLE
    assert area.current_item().situation == "Showering together"


def test_dropping_within_a_column_reorders_it(area: ThresholdsArea, open_session: Session) -> None:
    for name in ("A", "B", "C"):
        add(open_session, name, Zone.NEEDS_BOUNDARIES)
    area.refresh()
    model = area.models[Zone.NEEDS_BOUNDARIES]
    dragged = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert column(area, Zone.NEEDS_BOUNDARIES) == ["C", "A", "B"]
    for item in open_session.vault.thresholds.list():
        assert len(item.history) == 1  # a reorder is not a move between columns


def test_a_drop_of_something_else_is_refused(area: ThresholdsArea) -> None:
    from PySide6.QtCore import QMimeData

    other = QMimeData()
    other.setText("not a situation")
    model = area.models[Zone.MANAGEABLE]
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


# -- deleting ---------------------------------------------------------------------------------
def test_deleting_asks_once_and_undo_brings_it_back_with_its_history(
    area: ThresholdsArea, open_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(pacing_common, "ask_once", lambda *a: asked.append(a[2]) or True)
    item = add(open_session, "Being touched while asleep", boundary="Never while asleep")
    open_session.vault.thresholds.move(item.id, Zone.NEEDS_BOUNDARIES)
    area.refresh()
    choose(area, "Being touched while asleep")
    QTest.keyClick(focused(), Qt.Key.Key_Delete)

    assert asked == ["“Being touched while asleep” and its history will be deleted."]
    assert open_session.vault.thresholds.list() == []
    assert area.undo_bar.isVisible()
    area.undo_bar.undo()
    (back,) = open_session.vault.thresholds.list()
    assert back.uid == item.uid and back.zone == Zone.NEEDS_BOUNDARIES
    assert back.boundary == "Never while asleep"
    assert [m.to_zone for m in back.history] == [Zone.NOT_YET, Zone.NEEDS_BOUNDARIES]
    assert column(area, Zone.NEEDS_BOUNDARIES) == ["Being touched while asleep"]


# -- the gentle reminder ----------------------------------------------------------------------
def test_the_reminder_is_opt_in_discreet_and_cleared_by_reviewed_today(
    area: ThresholdsArea, open_session: Session
) -> None:
    settings = open_session.vault.settings
    long_ago = now() - timedelta(weeks=10)
    open_session.vault.thresholds.add(Threshold(situation="Something private", created_at=long_ago))
    area.refresh()
    assert settings.get(REVIEW_WEEKS_KEY) is None
    assert not area.review_bar.isVisible()

    area.remind_check.setChecked(True)
    area.remind_weeks.setValue(2)
    assert settings.get(REVIEW_WEEKS_KEY) == 2
    assert settings.get(REVIEWED_ON_KEY) == today().isoformat()  # counting starts today
    assert not area.review_bar.isVisible()

    settings.set(REVIEWED_ON_KEY, (today() - timedelta(weeks=2)).isoformat())
    area.refresh()
    assert area.review_bar.isVisible()
    assert area.review_note.text() == REMINDER
    assert "private" not in area.review_note.text()

    area.bar_reviewed_button.click()
    assert not area.review_bar.isVisible()
    assert settings.get(REVIEWED_ON_KEY) == today().isoformat()

    area.remind_check.setChecked(False)
    assert settings.get(REVIEW_WEEKS_KEY) is None


# -- accessibility ------------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(area: ThresholdsArea) -> None:
    assert controls_without_a_name(area) == []


# -- locking ----------------------------------------------------------------------------------
def test_after_a_lock_nothing_is_shown_and_after_unlock_the_map_is_the_same(
    area: ThresholdsArea, open_session: Session
) -> None:
    add(open_session, f"Situation {MARKER}", Zone.NEEDS_BOUNDARIES, boundary=MARKER)
    add(open_session, "Other", Zone.MANAGEABLE)
    area.refresh()
    choose(area, f"Situation {MARKER}")
    area.notes_field.setPlainText(f"typing {MARKER}")
    area.new_situation.setText(MARKER)
    assert widgets_holding(MARKER)

    open_session.lock()

    assert widgets_holding(MARKER) == []
    assert all(model.rowCount() == 0 for model in area.models.values())

    open_session.open_with_key(open_session.vault.derive_key(PASSPHRASE))
    area.refresh()
    assert column(area, Zone.NEEDS_BOUNDARIES) == [f"Situation {MARKER}"]
    assert column(area, Zone.MANAGEABLE) == ["Other"]

"""The one calm question: Enter and Escape keep things as they are; only "go" says yes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from haven.ui.kit.widgets import ask_calmly


def answer_with(action) -> None:  # type: ignore[no-untyped-def]
    """When the question appears, answer it with `action(box)`."""

    def find_and_answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            action(box)
        else:
            QTimer.singleShot(10, find_and_answer)

    QTimer.singleShot(10, find_and_answer)


def ask() -> bool:
    return ask_calmly(
        None,
        "Delete this step?",
        "It will be deleted.",
        go="Delete step",
        keep="Keep it",
        destructive=True,
        informative="You can undo this.",
    )


def test_enter_keeps_things_as_they_are(qtbot) -> None:
    seen: list[str] = []

    def press_enter(box: QMessageBox) -> None:
        seen.append(box.defaultButton().text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    answer_with(press_enter)
    assert ask() is False
    assert seen == ["Keep it"]


def test_escape_keeps_things_as_they_are(qtbot) -> None:
    answer_with(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert ask() is False


def test_only_the_go_button_says_yes_and_every_button_is_named(qtbot) -> None:
    names: list[str] = []

    def click_go(box: QMessageBox) -> None:
        names.extend(b.accessibleName() for b in box.buttons())
        names.append(box.accessibleName())
        next(b for b in box.buttons() if b.text() == "Delete step").click()

    answer_with(click_go)
    assert ask() is True
    assert sorted(names) == ["Delete step", "Delete this step?", "Keep it"]

"""Haven's one file-dialog helper: Qt's own dialog, the last folder, neutral names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from haven import config
from haven.ui.kit import file_dialogs


class Memory:
    """A session's plain settings, saved into a file like the real one."""

    def __init__(self, path: Path, **values: object) -> None:
        self.path = path
        self.settings = config.PlainSettings(**values)  # type: ignore[arg-type]
        self.saves = 0

    def save_settings(self) -> None:
        self.saves += 1
        config.save_settings(self.settings, self.path)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QFileDialog]:
    """Record each dialog as it would be shown, answered with its own selected file."""
    dialogs: list[QFileDialog] = []

    def run(dialog: QFileDialog) -> str | None:
        dialogs.append(dialog)
        return getattr(dialog, "answer", None)

    monkeypatch.setattr(file_dialogs, "run", run)
    return dialogs


def test_the_dialog_is_qt_s_own_and_starts_in_the_last_folder(
    qtbot, tmp_path: Path, shown: list[QFileDialog]
) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    memory = Memory(tmp_path / "settings.json", last_folder=str(folder))

    assert file_dialogs.ask_save_path(None, memory, "Save", "notes.pdf", "PDF (*.pdf)") is None

    dialog = file_dialogs.make_dialog(None, "Save", folder / "a.pdf", "", save=True)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert Path(dialog.directory().absolutePath()) == folder
    assert len(shown) == 1
    assert memory.saves == 0  # cancelled: nothing remembered


def test_a_choice_remembers_the_folder_never_the_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: str(folder / "summary.pdf"))
    memory = Memory(tmp_path / "settings.json")

    chosen = file_dialogs.ask_save_path(None, memory, "Save", "x.pdf", "PDF (*.pdf)")

    assert chosen == folder / "summary.pdf"
    assert memory.settings.last_folder == str(folder)
    assert "summary" not in memory.path.read_text()
    assert memory.settings.start_folder() == folder
    # The next open dialog starts there too.
    assert file_dialogs.ask_open_path(None, memory, "Open", "All files (*)") == chosen


def test_a_folder_that_is_gone_starts_in_the_home_folder(tmp_path: Path) -> None:
    settings = config.PlainSettings(last_folder=str(tmp_path / "gone"))
    assert settings.start_folder() == Path.home()


def test_suggested_names_are_neutral_in_discreet_mode(tmp_path: Path) -> None:
    day = date(2026, 12, 3)
    plain = Memory(tmp_path / "s.json", last_folder=str(tmp_path))
    discreet = Memory(tmp_path / "s.json", last_folder=str(tmp_path), discreet_mode=True)

    assert file_dialogs.suggest(plain, "summary", day) == "summary-for-therapy-2026-12-03.pdf"
    assert file_dialogs.suggest(discreet, "summary", day) == "notes-2026-12-03.pdf"
    assert file_dialogs.suggest(discreet, "markdown", day) == "notes-2026-12-03.zip"
    (tmp_path / "notes-2026-12-03.pdf").write_bytes(b"")
    assert file_dialogs.suggest(discreet, "partner-page", day) == "notes-2026-12-03-2.pdf"


def test_the_dialog_works_with_the_keyboard_alone(qtbot, tmp_path: Path) -> None:
    dialog = file_dialogs.make_dialog(
        None, "Save", tmp_path / "notes.pdf", "PDF (*.pdf)", save=True
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    field = dialog.focusWidget()
    assert isinstance(field, QLineEdit) and field.text() == "notes.pdf"  # ready to type

    field.selectAll()
    qtbot.keyClicks(field, "for-later.pdf")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert dialog.result() == QFileDialog.DialogCode.Accepted
    assert dialog.selectedFiles() == [str(tmp_path / "for-later.pdf")]

"""Import from a file: a preview before anything is added, one transaction, plain errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven.exchange.haven_json import export_document
from haven.ui.settings import import_dialog
from haven.ui.settings.import_dialog import ImportDialog, guess_format

SAMPLE = Path("/work/shared/data/jrnl-export-sample.json")


@pytest.fixture
def dialog(qtbot, unlocked) -> ImportDialog:
    unlocked.workspace.show_area("settings").import_button.click()
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog)]
    assert found
    return found[0]


def journal_count(window) -> int:
    return len(window.session.vault.journal.list())


def test_guess_format(tmp_path: Path) -> None:
    assert guess_format(SAMPLE) == "jrnl-json"
    assert guess_format(tmp_path / "daylio_export.CSV") == "daylio-csv"
    own = tmp_path / "export.json"
    own.write_text('{"format": "haven-export", "version": 1}')
    assert guess_format(own) == "haven-json"


def test_jrnl_preview_then_import_once(qtbot, dialog, unlocked, monkeypatch) -> None:
    monkeypatch.setattr(
        import_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(SAMPLE), "")),
    )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.format.currentData() == "jrnl-json"
    assert "3 journal entries from jrnl, from 1 March 2024 to 2 March 2024." in (
        dialog.summary.text()
    )
    assert "Slept badly again." in dialog.first.text()
    assert journal_count(unlocked) == 0  # the preview added nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Added 3 journal entries." in dialog.message.text()
    assert journal_count(unlocked) == 3
    assert not dialog.import_button.isEnabled()

    dialog.check()
    assert "3 of them are already in your journal." in dialog.summary.text()
    dialog.run_import()
    assert "There was nothing new to add." in dialog.message.text()
    assert journal_count(unlocked) == 3


def test_a_malformed_file_imports_nothing(qtbot, dialog, unlocked, tmp_path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"entries": [{"title": "x", "date": ', encoding="utf-8")
    dialog.set_file(bad)
    dialog.check()
    text = dialog.message.text()
    assert "Nothing was imported." in text and "Traceback" not in text
    assert not dialog.import_button.isEnabled()
    for fmt in ("haven-json", "daylio-csv"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.check()
        assert "Nothing was imported." in dialog.message.text()
    assert journal_count(unlocked) == 0


def test_haven_export_round_trip(qtbot, dialog, unlocked, tmp_path) -> None:
    from haven.domain.models import JournalEntry

    vault = unlocked.session.vault
    vault.journal.add(JournalEntry(body="Already here", title="Kept"))
    doc = export_document(vault)
    doc["journal"].append(
        {**doc["journal"][0], "uid": "0f5e1b7c-3d9a-4c21-8b6e-2a4f9c1d7e30", "title": "New one"}
    )
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dialog.set_file(path)
    assert dialog.format.currentData() == "haven-json"
    dialog.check()
    assert "A Haven export holding" in dialog.summary.text()
    assert "already in your journal" in dialog.summary.text()
    dialog.run_import()
    assert "Added 1 journal entry." in dialog.message.text()
    assert journal_count(unlocked) == 2


def test_lock_empties_the_preview(qtbot, dialog, unlocked) -> None:
    dialog.set_file(SAMPLE)
    dialog.check()
    assert "Slept badly" in dialog.first.text()
    unlocked.session.lock()
    assert dialog.first.text() == "" and dialog.summary.text() == ""

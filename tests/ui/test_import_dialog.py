"""Import from a file: a preview before anything is added, one transaction, plain errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven.exchange.haven_json import export_document
from haven.ui.kit import file_dialogs
from haven.ui.settings.import_dialog import ImportDialog, guess_format

SAMPLE = Path(__file__).parents[1] / "exchange" / "data" / "jrnl-export-sample.json"


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
        file_dialogs,
        "run",
        lambda dialog: str(SAMPLE),
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


DATA = Path(__file__).parents[1] / "exchange" / "data"


def test_every_registered_format_is_offered(dialog) -> None:
    from haven.exchange import formats

    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]

    assert offered == list(formats.NAMES)


def test_a_day_one_zip_is_guessed_previewed_with_what_is_left_out_and_imported(
    qtbot, dialog, unlocked, tmp_path
) -> None:
    from tests.support.dayone import entry, write_zip

    path = write_zip(
        tmp_path / "Day One.zip",
        [
            entry(f"{i:032X}", f"2024-0{i}-01T08:00:00Z", f"# Day {i}\n\nText", photos=6)
            for i in (1, 2)
        ],
    )
    dialog.set_file(path)
    assert dialog.format.currentData() == "dayone-json"
    dialog.check()
    assert "2 journal entries from Day One" in dialog.summary.text()
    assert "12 photos were not brought in." in dialog.summary.text()
    assert "Day 1 — Text" in dialog.first.text()
    assert journal_count(unlocked) == 0

    dialog.run_import()

    assert "Added 2 journal entries." in dialog.message.text()
    assert journal_count(unlocked) == 2


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("daylio-export-sample-old.csv", "daylio-csv", 4),
        ("daylio-export-sample.csv", "daylio-csv", 4),
        ("jrnl-export-sample.json", "jrnl-json", 3),
    ],
)
def test_the_shared_samples_import_through_the_window(
    qtbot, dialog, unlocked, name, fmt, count
) -> None:
    dialog.set_file(DATA / name)
    assert dialog.format.currentData() == fmt
    dialog.check()
    dialog.run_import()

    assert f"Added {count} journal entries." in dialog.message.text()
    assert journal_count(unlocked) == count


def test_a_markdown_export_is_guessed_and_imported_back(qtbot, dialog, unlocked, tmp_path) -> None:
    from haven.domain.models import JournalEntry
    from haven.exchange.markdown_zip import export_markdown
    from haven.store import Vault
    from haven.store.keyfile import CHEAP_KDF

    other, _ = Vault.create(tmp_path / "other", "another long passphrase", kdf=CHEAP_KDF)
    other.journal.add(JournalEntry(body="From the other journal.", title="Elsewhere"))
    path = tmp_path / "journal.zip"
    path.write_bytes(export_markdown(other)[0])
    other.lock()

    dialog.set_file(path)
    assert dialog.format.currentData() == "markdown-zip"
    dialog.check()
    dialog.run_import()

    assert "Added 1 journal entry." in dialog.message.text()
    assert [e.title for e in unlocked.session.vault.journal.list()] == ["Elsewhere"]

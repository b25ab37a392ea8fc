"""Make a backup and restore it through the dialogs; a damaged backup changes nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from haven.domain.models import JournalEntry
from haven.store.vault import key_path_for_backup
from haven.ui.kit import file_dialogs
from haven.ui.settings import backup_dialogs
from haven.ui.settings.backup_dialogs import BackupDialog, RestoreDialog
from tests.conftest import PASSPHRASE


def opened(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found
    return found[0]


def make_backup(qtbot, window, monkeypatch, out: Path) -> BackupDialog:
    monkeypatch.setattr(
        file_dialogs,
        "run",
        lambda dialog: str(out),
    )
    window.workspace.show_area("settings").backup_button.click()
    dialog = opened(BackupDialog)
    dialog.save()
    return dialog


def titles(window) -> set[str]:
    return {e.title for e in window.session.vault.journal.list()}


def test_backup_then_restore(qtbot, unlocked, monkeypatch, tmp_path, data_dir) -> None:
    vault = unlocked.session.vault
    vault.journal.add(JournalEntry(body="before the backup", title="Backedmarker"))
    out = tmp_path / "backups" / "mine"
    out.parent.mkdir()
    dialog = make_backup(qtbot, unlocked, monkeypatch, out)
    backup = out.with_name("mine.db")
    assert backup.exists() and key_path_for_backup(backup).exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    message = dialog.message.text()
    assert "It is encrypted" in message and "key file" in message and str(backup) in message
    dialog.reject()

    vault.journal.add(JournalEntry(body="after the backup", title="Latermarker"))
    monkeypatch.setattr(backup_dialogs, "ask_to_restore", lambda parent, text: True)
    unlocked.workspace.show_area("settings").restore_button.click()
    restore = opened(RestoreDialog)
    restore.path.setText(str(backup))
    restore.passphrase.setText(PASSPHRASE)
    restore.look()
    qtbot.waitUntil(lambda: restore.restore_button.isEnabled(), timeout=20_000)
    assert "1 journal entry," in restore.held.text()
    restore.restore_now()

    assert not unlocked.session.is_unlocked
    assert unlocked.stack.currentWidget() is unlocked.unlock_view
    note = unlocked.unlock_view.message.text()
    assert "is now the one from the backup" in note and "kept at" in note
    kept = list((data_dir / "backups").glob("replaced-*.db"))
    assert len(kept) == 1 and key_path_for_backup(kept[0]).exists()

    unlocked.unlock_view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: unlocked.session.is_unlocked, timeout=20_000)
    assert titles(unlocked) == {"Backedmarker"}


@pytest.mark.parametrize("damage", ["wrong-passphrase", "no-key", "corrupt"])
def test_a_damaged_backup_changes_nothing(
    qtbot, unlocked, monkeypatch, tmp_path, data_dir, damage
) -> None:
    vault = unlocked.session.vault
    vault.journal.add(JournalEntry(body="x", title="Staysmarker"))
    backup = tmp_path / "b.db"
    make_backup(qtbot, unlocked, monkeypatch, backup).reject()
    passphrase = PASSPHRASE
    if damage == "wrong-passphrase":
        passphrase = "not the one"
    elif damage == "no-key":
        key_path_for_backup(backup).unlink()
    else:
        data = bytearray(backup.read_bytes())
        data[4096:8192] = b"\0" * 4096
        backup.write_bytes(bytes(data))
    monkeypatch.setattr(
        backup_dialogs, "ask_to_restore", lambda *a: pytest.fail("must not be asked")
    )
    unlocked.workspace.show_area("settings").restore_button.click()
    restore = opened(RestoreDialog)
    restore.path.setText(str(backup))
    restore.passphrase.setText(passphrase)
    restore.look()
    qtbot.waitUntil(lambda: restore.message.text() != "", timeout=20_000)
    assert "Nothing was changed" in restore.message.text() or (
        "nothing was restored" in restore.message.text()
    )
    assert not restore.restore_button.isEnabled()
    assert unlocked.session.is_unlocked
    assert titles(unlocked) == {"Staysmarker"}
    assert not list((data_dir / "backups").glob("replaced-*.db"))


def test_a_backup_can_be_restored_with_its_recovery_code(
    qtbot, unlocked, monkeypatch, tmp_path, data_dir
) -> None:
    from haven.store.keyfile import CHEAP_KDF

    vault = unlocked.session.vault
    code = vault.new_recovery_code(kdf=CHEAP_KDF)
    vault.journal.add(JournalEntry(body="kept", title="Codemarker"))
    backup = tmp_path / "c.db"
    make_backup(qtbot, unlocked, monkeypatch, backup).reject()
    vault.journal.add(JournalEntry(body="later", title="Latermarker"))
    monkeypatch.setattr(backup_dialogs, "ask_to_restore", lambda parent, text: True)
    unlocked.workspace.show_area("settings").restore_button.click()
    restore = opened(RestoreDialog)
    restore.path.setText(str(backup))
    restore.use_code.setChecked(True)
    assert restore.passphrase.accessibleName() == "Recovery code of the backup"

    restore.passphrase.setText(PASSPHRASE)  # a passphrase is not a recovery code
    restore.look()
    qtbot.waitUntil(lambda: restore.message.text() != "", timeout=20_000)
    assert restore.message.text() == (
        "That recovery code didn't open this backup. Nothing was changed."
    )

    restore.passphrase.setText(code.lower())
    restore.look()
    qtbot.waitUntil(lambda: restore.restore_button.isEnabled(), timeout=20_000)
    restore.restore_now()
    unlocked.unlock_view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: unlocked.session.is_unlocked, timeout=20_000)
    assert titles(unlocked) == {"Codemarker"}

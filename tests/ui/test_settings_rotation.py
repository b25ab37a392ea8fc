"""Settings: the passphrase change offers a new key; a key file changed by the command line
while the window was open is never overwritten by the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven.store import Vault, WrongSecret
from haven.store.backups import AutoBackup
from haven.store.keyfile import CHEAP_KDF
from haven.store.vault import open_backup
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import STRONG


@pytest.fixture
def settings(unlocked):
    return unlocked.workspace.show_area("settings")


def _dialog() -> RecoveryCodeDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
    return found[0] if found and found[0].isVisible() else None


def test_a_passphrase_change_with_a_new_key_re_encrypts_and_shows_a_new_code(
    qtbot, settings, unlocked, existing_vault, data_dir
):
    backup = AutoBackup().after_change(unlocked.session.vault)
    assert backup is not None
    settings.secrets.current.setText(PASSPHRASE)
    settings.secrets.new_passphrase.first.setText(STRONG)
    settings.secrets.new_passphrase.second.setText(STRONG)
    assert not settings.secrets.rotation.remove_backups.isEnabled()
    settings.secrets.rotation.new_key.setChecked(True)
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10_000)
    assert "the journal has a new key" in settings.secrets.secrets_message.text()
    assert "1 backup(s) now open with the new passphrase" in settings.secrets.secrets_message.text()
    code = _dialog().panel.code_label.text()
    assert unlocked.session.is_unlocked  # still open, now with the new key
    unlocked.session.vault.journal.count()
    unlocked.session.lock()
    check = Vault(data_dir)
    with pytest.raises(WrongSecret):
        check.derive_key_from_recovery_code(existing_vault)
    check.derive_key_from_recovery_code(code)
    copy = open_backup(backup)
    copy.unlock(STRONG)
    copy.lock()


def test_after_a_command_line_passwd_the_window_refuses_to_bring_the_old_key_file_back(
    qtbot, settings, unlocked, data_dir
):
    # `haven passwd` in a terminal while the window is open (it holds the lock shared).
    cli = Vault(data_dir)
    cli.unlock(PASSPHRASE)
    cli.change_passphrase("changed in a terminal today", kdf=CHEAP_KDF)
    cli.lock()
    key_after_cli = (data_dir / "haven.key").read_bytes()

    # the current passphrase is the one set in the terminal
    settings.secrets.current.setText("changed in a terminal today")
    qtbot.mouseClick(settings.secrets.recovery_button, Qt.MouseButton.LeftButton)
    message = settings.secrets.secrets_message
    qtbot.waitUntil(lambda: "changed by Haven somewhere else" in message.text())
    assert (data_dir / "haven.key").read_bytes() == key_after_cli

    unlocked.session.lock()
    view = unlocked.unlock_view
    view.unlock_with_passphrase(PASSPHRASE)  # the old passphrase
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert not unlocked.session.is_unlocked
    view.unlock_with_passphrase("changed in a terminal today")
    qtbot.waitUntil(lambda: unlocked.session.is_unlocked, timeout=5000)


def test_removing_the_backups_is_asked_once_and_keeping_them_changes_nothing(
    qtbot, settings, unlocked, data_dir, monkeypatch
):
    from haven.ui.settings import rotation

    backup = AutoBackup().after_change(unlocked.session.vault)
    key_before = (data_dir / "haven.key").read_bytes()
    asked: list[bool] = []
    monkeypatch.setattr(rotation, "ask_to_remove_backups", lambda parent: asked.append(True))
    settings.secrets.current.setText(PASSPHRASE)
    settings.secrets.new_passphrase.first.setText(STRONG)
    settings.secrets.new_passphrase.second.setText(STRONG)
    settings.secrets.rotation.new_key.setChecked(True)
    settings.secrets.rotation.remove_backups.setChecked(True)
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert settings.secrets.secrets_message.text() == "Nothing was changed."
    assert (data_dir / "haven.key").read_bytes() == key_before and backup.exists()

    monkeypatch.setattr(rotation, "ask_to_remove_backups", lambda parent: True)
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10_000)
    assert "were removed, as you chose" in settings.secrets.secrets_message.text()
    assert not backup.exists()

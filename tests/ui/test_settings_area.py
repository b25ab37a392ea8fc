"""Settings: passphrase and recovery code (current passphrase first), keychain, plain settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven import config, resources
from haven.store import Vault, WrongSecret, keychain
from haven.ui.calm.help_now import HelpNowDialog
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import STRONG


@pytest.fixture
def settings(unlocked):
    return unlocked.workspace.show_area("settings")


def test_only_built_areas_are_listed(unlocked) -> None:
    from haven.ui.shell.areas import AREAS, ordered_areas

    nav = unlocked.workspace.nav
    shown = [nav.item(i).text() for i in range(nav.count())]
    assert shown == [a.display_title for a in ordered_areas()]
    assert sorted(shown) == sorted(a.display_title for a in AREAS)
    assert "Settings" in shown


def test_change_passphrase_needs_the_current_one(qtbot, settings, data_dir):
    key_before = (data_dir / "haven.key").read_bytes()
    settings.secrets.current.setText("not my passphrase")
    settings.secrets.new_passphrase.first.setText(STRONG)
    settings.secrets.new_passphrase.second.setText(STRONG)
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.secrets.secrets_message.text() == str(WrongSecret()))
    assert (data_dir / "haven.key").read_bytes() == key_before

    settings.secrets.current.setText(PASSPHRASE)
    settings.secrets.new_passphrase.first.setText(STRONG)
    settings.secrets.new_passphrase.second.setText(STRONG)
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "new passphrase is saved" in settings.secrets.secrets_message.text())
    assert settings.secrets.current.text() == ""
    assert settings.secrets.new_passphrase.first.text() == ""
    check = Vault(data_dir)
    check.derive_key(STRONG)
    with pytest.raises(WrongSecret):
        check.derive_key(PASSPHRASE)


def test_a_weak_new_passphrase_is_refused_with_a_reason(qtbot, settings):
    settings.secrets.current.setText(PASSPHRASE)
    settings.secrets.new_passphrase.first.setText("abc123")
    settings.secrets.new_passphrase.second.setText("abc123")
    assert "Very weak" in settings.secrets.new_passphrase.strength.text()
    qtbot.mouseClick(settings.secrets.change_button, Qt.MouseButton.LeftButton)
    assert "too easy" in settings.secrets.secrets_message.text()
    assert settings.secrets.current.text() == PASSPHRASE  # nothing was taken or tried


def test_a_new_recovery_code_is_shown_once_and_replaces_the_old(
    qtbot,
    settings,
    existing_vault,
    data_dir,
):
    settings.secrets.current.setText(PASSPHRASE)
    qtbot.mouseClick(settings.secrets.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(w, RecoveryCodeDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog))
    code = dialog.panel.code_label.text()
    assert not dialog.done_button.isEnabled()
    dialog.panel.kept.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.code_label.text() == ""
    check = Vault(data_dir)
    check.derive_key_from_recovery_code(code)
    with pytest.raises(WrongSecret):
        check.derive_key_from_recovery_code(existing_vault)


def test_keychain_opt_in_then_the_next_start_opens_quietly(
    qtbot,
    settings,
    make_window,
    session,
):
    qtbot.waitUntil(lambda: settings.secrets.remember.isEnabled())
    assert not settings.secrets.remember.isChecked()
    qtbot.mouseClick(settings.secrets.remember, Qt.MouseButton.LeftButton)
    assert not settings.secrets.remember.isChecked()
    assert "current passphrase first" in settings.secrets.secrets_message.text()
    settings.secrets.current.setText(PASSPHRASE)
    qtbot.mouseClick(settings.secrets.remember, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.secrets.remember.isChecked())
    assert session.vault.keychain_enabled
    session.lock()

    from haven.ui.core.session import Session

    fresh = Session(session.data_dir, config.load_settings(), kdf=session.kdf)
    window = make_window(fresh)
    window.try_keychain_at_start()
    qtbot.waitUntil(lambda: fresh.is_unlocked, timeout=3000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)

    area = window.workspace.show_area("settings")
    qtbot.waitUntil(lambda: area.secrets.remember.isChecked())
    qtbot.mouseClick(area.secrets.remember, Qt.MouseButton.LeftButton)  # off needs no passphrase
    assert not fresh.vault.keychain_enabled


def test_keychain_unavailable_is_shown_disabled_with_the_reason(qtbot, settings):
    keyring.set_keyring(fail.Keyring())
    settings.refresh()
    available, reason = keychain.status()
    assert not available
    qtbot.waitUntil(lambda: settings.secrets.remember_reason.text() == reason)
    assert not settings.secrets.remember.isEnabled()
    assert settings.secrets.remember_reason.isVisibleTo(settings)


def test_keychain_unavailable_at_first_run(qtbot, window):
    keyring.set_keyring(fail.Keyring())
    view = window.first_run
    view._go_choices()
    qtbot.waitUntil(lambda: "keychain" in view.remember_reason.text())
    assert not view.remember.isEnabled() and not view.remember.isChecked()


def test_keychain_failure_at_start_falls_back_to_the_passphrase(
    qtbot,
    existing_vault,
    data_dir,
    make_window,
    session,
):
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    vault.enable_keychain()
    vault.lock()
    keyring.set_keyring(fail.Keyring())
    window = make_window()
    window.try_keychain_at_start()
    view = window.unlock_view
    qtbot.waitUntil(lambda: "passphrase is needed" in view.message.text())
    assert not session.is_unlocked and view.passphrase.isEnabled()


def test_discreet_mode_names_every_window_neutrally(qtbot, settings, unlocked):
    settings.discreet.setChecked(True)
    settings.discreet_name.setText("Recipes")
    settings.discreet_name.editingFinished.emit()
    assert unlocked.windowTitle() == "Recipes"
    assert QApplication.applicationDisplayName() == "Recipes"
    unlocked.open_help_now()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpNowDialog))
    assert dialog.windowTitle() == "Recipes"
    unlocked.lock_now()
    assert unlocked.windowTitle() == "Recipes"
    assert config.load_settings().window_title == "Recipes"


def test_discreet_title_on_the_unlock_screen_at_start(qtbot, existing_vault, make_window, session):
    session.settings.discreet_mode = True
    session.settings.discreet_name = "Notes"
    window = make_window()
    assert window.windowTitle() == "Notes"
    assert QApplication.applicationDisplayName() == "Notes"


def test_idle_time_theme_and_motion_are_saved_and_applied(qtbot, settings, unlocked):
    settings.idle_minutes.setValue(12)
    assert config.load_settings().idle_lock_minutes == 12
    assert unlocked.idle.interval_ms == 12 * 60_000
    assert not settings.idle_warning.isVisibleTo(settings)
    settings.idle_off.setChecked(True)
    assert config.load_settings().idle_lock_minutes == 0
    assert settings.idle_warning.isVisibleTo(settings)
    assert not unlocked.idle.active
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    assert config.load_settings().theme == "dark"
    assert QApplication.instance().styleSheet().startswith(resources.theme_stylesheet("dark"))
    settings.reduced_motion.setChecked(True)
    assert config.load_settings().reduced_motion is True

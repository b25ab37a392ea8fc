"""Unlocking: passphrase, a kind wrong-passphrase message, the growing wait, recovery code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven.store import Vault, WrongSecret
from haven.ui.access.unlock import NEW_PASSPHRASE_PAGE, retry_delay_seconds
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import STRONG


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_unlock_screen_opens_with_the_right_passphrase(qtbot, existing_vault, window):
    view = window.unlock_view
    assert window.stack.currentWidget() is view
    assert window.workspace is None  # nothing of the journal exists before unlocking
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert view.passphrase.text() == ""  # taken out of the field at once
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    assert window.session.is_unlocked
    assert window.lock_button.isVisible()


def test_a_wrong_passphrase_is_explained_and_changes_nothing(
    qtbot, existing_vault, window, data_dir
):
    before = _snapshot(data_dir)
    view = window.unlock_view
    qtbot.keyClicks(view.passphrase, "not it at all")
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert view.message.text() == str(WrongSecret())
    assert "Nothing was changed" in view.message.text()
    assert not window.session.is_unlocked
    assert _snapshot(data_dir) == before
    assert view.passphrase.isEnabled()  # the first tries come without waiting


def test_retry_delay_grows_and_is_capped() -> None:
    delays = [retry_delay_seconds(n) for n in range(1, 10)]
    assert delays == [0, 0, 2, 4, 8, 16, 30, 30, 30]


def test_the_wait_after_repeated_failures_is_explained_then_lifts(
    qtbot, existing_vault, window, data_dir
):
    view = window.unlock_view
    view._countdown.setInterval(20)  # a second per tick would make the test slow
    for attempt in range(1, 4):
        view.unlock_with_passphrase(f"wrong {attempt}")
        qtbot.waitUntil(lambda attempt=attempt: view.failures == attempt)
    assert not view.passphrase.isEnabled() and not view.open_button.isEnabled()
    assert "waits a little longer" in view.wait_note.text()
    assert "2 seconds" in view.wait_note.text()
    view.unlock_with_passphrase(PASSPHRASE)  # ignored while waiting
    assert not view._busy
    qtbot.waitUntil(lambda: view.passphrase.isEnabled(), timeout=3000)
    assert view.wait_note.text() == ""
    assert Vault(data_dir).exists  # never a lockout that touches data
    view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_unlocked)
    assert view.failures == 0


def test_recovery_code_opens_and_lets_the_person_choose_a_new_passphrase(
    qtbot, existing_vault, window, data_dir
):
    view = window.unlock_view
    qtbot.mouseClick(view.recovery_link, Qt.MouseButton.LeftButton)
    messy = existing_vault.lower().replace("-", " ")
    qtbot.keyClicks(view.recovery_code, messy)
    qtbot.keyClick(view.recovery_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == NEW_PASSPHRASE_PAGE)
    assert window.session.is_unlocked
    assert window.stack.currentWidget() is view  # not yet: the new passphrase comes first
    view.replacement.first.setText(STRONG)
    view.replacement.second.setText(STRONG)
    qtbot.mouseClick(view.save_replacement, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    assert "new passphrase is saved" in window.workspace.notice.text()

    # The recovery path always gives the journal a new key, and shows the new code once.
    qtbot.waitUntil(_shown_dialog, timeout=3000)
    check = Vault(data_dir)
    check.derive_key(STRONG)
    with pytest.raises(WrongSecret):
        check.derive_key(PASSPHRASE)
    with pytest.raises(WrongSecret):
        check.derive_key_from_recovery_code(existing_vault)  # the old code opens nothing now
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
    check.derive_key_from_recovery_code(dialog.panel.code_label.text())


def _shown_dialog() -> bool:
    return any(
        isinstance(w, RecoveryCodeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_wrong_recovery_code_is_explained(qtbot, existing_vault, window):
    view = window.unlock_view
    view._go_recovery()
    qtbot.keyClicks(view.recovery_code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.keyClick(view.recovery_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.recovery_message.text() != "")
    assert view.recovery_message.text() == str(WrongSecret("recovery code"))


def test_the_recovery_path_can_skip_the_new_passphrase(qtbot, existing_vault, window):
    view = window.unlock_view
    view._go_recovery()
    view.recovery_code.setText(existing_vault)
    view.submit_recovery_code()
    qtbot.waitUntil(lambda: view.pages.currentIndex() == NEW_PASSPHRASE_PAGE)
    qtbot.mouseClick(view.skip_replacement, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace

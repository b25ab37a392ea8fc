"""Locking: idle time, quick-hide from inside a dialog, screen lock, and what is left after."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from haven.domain.models import Actor, Contact, PausePlanStep
from haven.ui.calm.help_now import HelpNowDialog
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import IDLE
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

MARKERS = ("MARKER-CONTACT-7f3", "MARKER-REACH-2b9", "MARKER-PAUSE-91c", "MARKER-TYPED-44d")


def _fill_with_markers(window) -> None:
    safety = window.session.vault.safety
    safety.add(Contact(MARKERS[0], "friend", MARKERS[1], "evenings"))
    safety.add(PausePlanStep(actor=Actor.PARTNER, text=MARKERS[2]))


def _open_everything(qtbot, window) -> None:
    window.open_help_now()
    window.open_pause()
    settings = window.workspace.show_area("settings")
    settings.secrets.current.setText(MARKERS[3])
    for marker in MARKERS:
        assert widgets_holding(marker), f"{marker} was never shown"


def test_idle_lock_fires_and_leaves_no_marker_anywhere(qtbot, unlocked):
    window = unlocked
    _fill_with_markers(window)
    _open_everything(qtbot, window)
    window.session.clipboard.copy(MARKERS[1])
    window.idle.set_interval_ms(150)
    with qtbot.waitSignal(window.session.locked, timeout=3000) as locked:
        pass
    assert locked.args == [IDLE]
    assert not window.session.is_unlocked and not window.session.vault.is_unlocked
    assert window.stack.currentWidget() is window.unlock_view
    for marker in MARKERS:
        assert widgets_holding(marker) == [], marker
    assert QGuiApplication.clipboard().text() == ""
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_the_idle_lock_watches_input_only_while_unlocked(qtbot, unlocked):
    """Its application-wide event filter is installed on unlock and removed on lock."""
    window = unlocked
    assert window.idle._watching and window.idle.active
    window.lock_now()
    assert not window.idle._watching and not window.idle.active
    window.unlock_view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_unlocked)
    assert window.idle._watching and window.idle.active


def test_input_restarts_the_idle_timer(qtbot, unlocked):
    window = unlocked
    window.idle.set_interval_ms(60_000)
    timer = window.idle._timer
    timer.stop()  # as if the time had run out, without waiting for it
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Down)
    assert timer.isActive() and timer.remainingTime() > 50_000  # the full minute again
    assert window.session.is_unlocked
    window.idle.set_interval_ms(200)  # with no more input, it locks
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=3000)


def test_a_breathing_guide_in_use_keeps_going_through_an_idle_lock(qtbot, unlocked):
    window = unlocked
    _fill_with_markers(window)
    window.open_pause()
    pause = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PauseDialog))
    pause.breathing.start()
    window.session.lock(IDLE)
    assert pause.isVisible() and pause.breathing.running
    assert widgets_holding(MARKERS[2]) == []


def test_quick_hide_locks_from_inside_a_modal_dialog(qtbot, unlocked):
    window = unlocked
    settings = window.workspace.show_area("settings")
    settings.secrets.current.setText(PASSPHRASE)
    qtbot.mouseClick(settings.secrets.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, RecoveryCodeDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog))
    code = dialog.panel.code_label.text()
    assert dialog.isModal() and widgets_holding(code)
    qtbot.keyClick(
        dialog.panel.kept,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.session.is_unlocked
    assert not dialog.isVisible()
    assert widgets_holding(code) == []
    assert window.isMinimized()


def test_quick_hide_button_and_shortcut_close_pause_and_help_now(qtbot, unlocked):
    window = unlocked
    window.open_help_now()
    window.open_pause()
    help_now = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpNowDialog))
    qtbot.keyClick(
        help_now,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.session.is_unlocked
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    window.showNormal()
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)  # also fine when locked
    assert window.isMinimized()


def test_lock_clears_only_the_clipboard_text_haven_put_there(qtbot, unlocked, monkeypatch):
    window = unlocked
    clipboard = QGuiApplication.clipboard()
    window.session.clipboard.copy("from haven")
    # Another program copies while it, not Haven, is the active application.
    monkeypatch.setattr(window.session.clipboard, "_remember_if_active", lambda mode: None)
    clipboard.setText("from another program")
    window.session.lock()
    assert clipboard.text() == "from another program"


def test_screen_lock_and_sleep_signals_lock(qtbot, unlocked):
    window = unlocked
    window.start_background_services()  # best effort: fine without a bus
    window.system_lock.screen_saver_changed(False)
    assert window.session.is_unlocked
    window.system_lock.prepare_for_sleep(True)
    assert not window.session.is_unlocked


def test_after_a_lock_the_keychain_is_offered_not_used(qtbot, unlocked):
    window = unlocked
    window.session.vault.enable_keychain()
    window.lock_now()
    qtbot.waitUntil(lambda: window.unlock_view.keychain_button.isVisible())
    assert not window.session.is_unlocked  # never reopened by itself after a lock
    assert not window.session.tasks.busy  # and no keychain read is under way
    assert window.unlock_view.keychain_button.isVisible()
    qtbot.mouseClick(window.unlock_view.keychain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_unlocked)


_BUS_SCRIPT = """
import subprocess, sys
from PySide6.QtCore import QCoreApplication, QTimer
from haven.ui.shell.system_lock import SystemLockListener
app = QCoreApplication(sys.argv)
listener = SystemLockListener()
seen = []
listener.should_lock.connect(lambda reason: (seen.append(reason), app.quit()))
QTimer.singleShot(200, lambda: subprocess.run(["dbus-send", "--session", "--type=signal",
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
    "boolean:true"], check=True))
QTimer.singleShot(5000, app.quit)
app.exec()
print("seen:", seen)
"""


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
    reason="dbus-run-session and dbus-send (Debian package dbus) are needed for a real bus",
)
def test_a_real_screensaver_signal_on_the_session_bus_asks_to_lock() -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", _BUS_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "seen: ['screen-locked']" in result.stdout, result.stderr


def test_a_windows_session_lock_message_asks_to_lock_and_other_messages_pass() -> None:
    import ctypes

    from PySide6.QtCore import QByteArray

    from haven.system.screen_lock import WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
    from haven.ui.shell.system_lock import _MSG, WINDOWS_MESSAGE, WindowsMessages

    seen: list[str] = []
    message_filter = WindowsMessages(seen.append)
    lock = _MSG(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    unlock = _MSG(message=WM_WTSSESSION_CHANGE, wParam=0x8)  # WTS_SESSION_UNLOCK
    suspend = _MSG(message=WM_POWERBROADCAST, wParam=0x4)
    for msg in (lock, unlock, suspend):
        eaten = message_filter.nativeEventFilter(QByteArray(WINDOWS_MESSAGE), ctypes.addressof(msg))
        assert eaten == (False, 0)  # Haven only listens; the message goes on to Qt
    message_filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(lock))
    assert seen == ["screen-locked", "sleep"]


def test_waking_from_sleep_locks_on_every_system(qtbot, unlocked):
    from haven.system.screen_lock import SleepWatch

    window = unlocked
    window.start_background_services()
    clock = {"wall": 1_000.0, "mono": 50.0}
    window.system_lock.sleep_watch = SleepWatch(
        wall=lambda: clock["wall"], monotonic=lambda: clock["mono"]
    )
    clock["wall"] += 5.0
    clock["mono"] += 5.0  # awake: both clocks moved together
    window.system_lock.check_sleep()
    assert window.session.is_unlocked
    clock["wall"] += 3_600.0  # an hour passed on the wall clock...
    clock["mono"] += 5.0  # ...while the monotonic clock stood still: the laptop slept
    window.system_lock.check_sleep()
    assert not window.session.is_unlocked
    assert "sleep watch" in window.system_lock.connected

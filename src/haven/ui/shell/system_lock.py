"""Lock when the screen locks or the computer goes to sleep, on each system Haven runs on.

What each system announces, and how to read it, lives in `haven.system.screen_lock` (no Qt,
tested everywhere). This module only listens:

- Linux, after KeePassXC's ScreenLockListenerDBus: the screensaver's `ActiveChanged(true)`
  (freedesktop, GNOME, MATE, Cinnamon and Xfce names) on the session bus, and logind's
  `PrepareForSleep(true)` and the session's `Lock` on the system bus. Any sender may send
  these; the worst a fake one can do is lock Haven, which is safe.
- Windows: a native event filter reads `WM_WTSSESSION_CHANGE` (after the window registered
  for it, see `attach_window`) and `WM_POWERBROADCAST`.
- Everywhere, macOS included: a `SleepWatch` checked every few seconds notices that the
  computer slept and asks to lock as it wakes.

Everything here is best effort: no bus, no QtDBus, or no such service simply means no early
lock (the idle lock still comes), never an error.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from haven.system.screen_lock import (
    LINUX_SCREENSAVER_SIGNALS,
    SleepWatch,
    register_windows_session_notifications,
    unregister_windows_session_notifications,
    windows_lock_reason,
)

_LOGIN1 = "org.freedesktop.login1"
SLEEP_CHECK_MS = 5_000
WINDOWS_MESSAGE = b"windows_generic_MSG"


class _MSG(ctypes.Structure):
    """The start of Windows' MSG structure: all Haven reads of a message."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    )


class WindowsMessages(QAbstractNativeEventFilter):
    """Hands each Windows message that means "lock now" to `on_lock`; never eats a message."""

    def __init__(self, on_lock: Callable[[str], object]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        if bytes(event_type) == WINDOWS_MESSAGE:
            with contextlib.suppress(Exception):  # a message Haven can't read is not its own
                msg = _MSG.from_address(int(message))
                reason = windows_lock_reason(msg.message, msg.wParam)
                if reason is not None:
                    self._on_lock(reason)
        return False, 0


class SystemLockListener(QObject):
    """Emits `should_lock` with a short reason when the system locks or sleeps."""

    should_lock = Signal(str)

    def __init__(self, parent: QObject | None = None, *, sleep_watch: SleepWatch | None = None):
        super().__init__(parent)
        self.connected: list[str] = []
        self._hwnd: int | None = None
        if sys.platform.startswith("linux"):
            with contextlib.suppress(Exception):  # best effort, never fatal
                self._listen()
        self._windows_filter: WindowsMessages | None = None
        if sys.platform == "win32":
            self._windows_filter = self.listen_to_windows_messages()
        self.sleep_watch = sleep_watch or SleepWatch()
        self._sleep_timer = QTimer(self)
        self._sleep_timer.setInterval(SLEEP_CHECK_MS)
        self._sleep_timer.timeout.connect(self.check_sleep)
        self._sleep_timer.start()
        self.connected.append("sleep watch")

    def listen_to_windows_messages(self) -> WindowsMessages:
        """Install the Windows message filter on the application (kept alive by `self`)."""
        message_filter = WindowsMessages(self.should_lock.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(message_filter)
            self.connected.append("windows messages")
        return message_filter

    def attach_window(self, window: QWidget) -> None:
        """Ask Windows to tell this window when the session locks (Windows only; else nothing)."""
        if sys.platform != "win32":
            return
        hwnd = int(window.winId())
        if register_windows_session_notifications(hwnd):
            self._hwnd = hwnd
            self.connected.append("windows session")

    def detach_window(self) -> None:
        """The unregistering Windows asks for before the window goes away."""
        if self._hwnd is not None:
            unregister_windows_session_notifications(self._hwnd)
            self._hwnd = None

    @Slot()
    def check_sleep(self) -> None:
        reason = self.sleep_watch.check()
        if reason is not None:
            self.should_lock.emit(reason)

    def _listen(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in LINUX_SCREENSAVER_SIGNALS:
                if session.connect(
                    "", path, interface, "ActiveChanged", self, SLOT("screen_saver_changed(bool)")
                ):
                    self.connected.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(
                _LOGIN1,
                "/org/freedesktop/login1",
                f"{_LOGIN1}.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepare_for_sleep(bool)"),
            ):
                self.connected.append("login1.PrepareForSleep")
            if system.connect(
                _LOGIN1,
                "/org/freedesktop/login1/session/auto",
                f"{_LOGIN1}.Session",
                "Lock",
                self,
                SLOT("session_lock()"),
            ):
                self.connected.append("login1.Session.Lock")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.should_lock.emit("screen-locked")

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.should_lock.emit("sleep")

    @Slot()
    def session_lock(self) -> None:
        self.should_lock.emit("screen-locked")

"""Lock when the screen locks or the computer goes to sleep (Linux, through D-Bus).

After KeePassXC's ScreenLockListenerDBus: listen for the screensaver's `ActiveChanged(true)`
(freedesktop, GNOME, MATE, Cinnamon and Xfce names) on the session bus, and for logind's
`PrepareForSleep(true)` and the session's `Lock` on the system bus. Any sender may send these;
the worst a fake one can do is lock Haven, which is safe. Everything here is best effort: no
bus, no QtDBus, or no such service simply means no early lock, never an error.
"""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

_SCREENSAVER_INTERFACES = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)
_LOGIN1 = "org.freedesktop.login1"


class SystemLockListener(QObject):
    """Emits `should_lock` with a short reason when the system locks or sleeps."""

    should_lock = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if sys.platform.startswith("linux"):
            with contextlib.suppress(Exception):  # best effort, never fatal
                self._listen()

    def _listen(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in _SCREENSAVER_INTERFACES:
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

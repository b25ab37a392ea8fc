"""Which system events mean "the screen locked" or "the computer is going to sleep".

Haven locks the journal on either. Each system announces them differently; this module holds
what is known about each, without Qt, so every rule is tested on any machine:

- Linux: D-Bus signals (`LINUX_SCREENSAVER_SIGNALS`, logind's `PrepareForSleep` and the
  session's `Lock`), listened to by `haven.ui` through QtDBus.
- Windows: window messages. After `register_windows_session_notifications(hwnd)`, the window
  receives `WM_WTSSESSION_CHANGE` with `WTS_SESSION_LOCK` when the session locks; every
  top-level window receives `WM_POWERBROADCAST` with `PBT_APMSUSPEND` before sleep.
  `windows_lock_reason` reads one message (from a Qt native event filter).
- Everywhere, macOS included: `SleepWatch` notices that the computer slept when the wall
  clock jumped ahead of the monotonic clock (which stops during sleep on Linux and macOS),
  and Haven locks as it wakes.

Every source is best effort: a missing one means only that Haven locks later (idle lock).
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from typing import Literal

LockReason = Literal["screen-locked", "sleep"]

LINUX_SCREENSAVER_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0


def windows_lock_reason(message: int, wparam: int) -> LockReason | None:
    """The reason to lock for one Windows message, or None for any other message."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen-locked"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


def _wtsapi32():
    return ctypes.WinDLL("wtsapi32", use_last_error=True)  # type: ignore[attr-defined]


def register_windows_session_notifications(hwnd: int) -> bool:
    """Ask Windows to send this window `WM_WTSSESSION_CHANGE` for its own session."""
    try:
        api = _wtsapi32()
        api.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        return bool(api.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
    except (OSError, AttributeError):
        return False


def unregister_windows_session_notifications(hwnd: int) -> bool:
    """The matching call Windows asks for before the window is destroyed."""
    try:
        api = _wtsapi32()
        api.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
        return bool(api.WTSUnRegisterSessionNotification(hwnd))
    except (OSError, AttributeError):
        return False


class SleepWatch:
    """Tells, when checked now and then, whether the computer slept since the last check.

    The monotonic clock stops while the computer sleeps (Linux CLOCK_MONOTONIC, macOS
    mach_absolute_time); the wall clock does not. A gap between the two of more than
    `threshold` seconds means a sleep. Changing the clock by hand can look the same, and
    then Haven locks once: the safe side.
    """

    def __init__(
        self,
        threshold: float = 30.0,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self._wall, self._monotonic = wall, monotonic
        self._last = (wall(), monotonic())

    def check(self) -> LockReason | None:
        wall, mono = self._wall(), self._monotonic()
        last_wall, last_mono = self._last
        self._last = (wall, mono)
        slept = (wall - last_wall) - (mono - last_mono)
        return "sleep" if slept > self.threshold else None

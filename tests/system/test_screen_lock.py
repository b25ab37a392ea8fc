"""Which system events lock Haven: Windows messages, the sleep gap, Linux's D-Bus names."""

from __future__ import annotations

import pytest

from haven.system import screen_lock
from haven.system.screen_lock import SleepWatch, windows_lock_reason


@pytest.mark.parametrize(
    ("message", "wparam", "reason"),
    [
        (0x02B1, 0x7, "screen-locked"),  # WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
        (0x0218, 0x4, "sleep"),  # WM_POWERBROADCAST, PBT_APMSUSPEND
        (0x02B1, 0x8, None),  # WTS_SESSION_UNLOCK: nothing to do
        (0x0218, 0x7, None),  # PBT_APMRESUMESUSPEND
        (0x0010, 0x7, None),  # WM_CLOSE
    ],
)
def test_windows_messages_that_mean_lock(message: int, wparam: int, reason: str | None):
    assert windows_lock_reason(message, wparam) == reason


class FakeWtsApi:
    def __init__(self) -> None:
        self.calls: list = []
        outer = self

        class Call:
            def __init__(self, name: str) -> None:
                self.name, self.argtypes = name, []

            def __call__(self, *args):
                outer.calls.append((self.name, args))
                return 1

        self.WTSRegisterSessionNotification = Call("register")
        self.WTSUnRegisterSessionNotification = Call("unregister")


def test_windows_session_notifications_for_this_session_only(monkeypatch) -> None:
    api = FakeWtsApi()
    monkeypatch.setattr(screen_lock, "_wtsapi32", lambda: api)
    assert screen_lock.register_windows_session_notifications(0x42) is True
    assert screen_lock.unregister_windows_session_notifications(0x42) is True
    assert api.calls == [("register", (0x42, 0)), ("unregister", (0x42,))]


def test_without_wtsapi32_registration_is_simply_unavailable() -> None:
    assert screen_lock.register_windows_session_notifications(1) is False  # Linux here


class Clocks:
    def __init__(self) -> None:
        self.wall, self.mono = 1_000_000.0, 50.0

    def tick(self, seconds: float, *, asleep: bool = False) -> None:
        self.wall += seconds
        if not asleep:
            self.mono += seconds


def test_a_sleep_is_noticed_on_waking_and_only_once() -> None:
    clocks = Clocks()
    watch = SleepWatch(30, wall=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    clocks.tick(5)
    assert watch.check() is None
    clocks.tick(3600, asleep=True)
    assert watch.check() == "sleep"
    clocks.tick(5)
    assert watch.check() is None


def test_a_busy_machine_is_not_a_sleep() -> None:
    clocks = Clocks()
    watch = SleepWatch(30, wall=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    clocks.tick(600)  # a long time between checks, but awake all along
    assert watch.check() is None


def test_linux_listens_to_every_common_screensaver_name() -> None:
    interfaces = {interface for _path, interface in screen_lock.LINUX_SCREENSAVER_SIGNALS}
    assert {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"} <= interfaces

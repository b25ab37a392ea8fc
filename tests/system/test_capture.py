"""Hiding the window from captures: the exact system calls on Windows and macOS (faked here),
and plain words where it cannot be done."""

from __future__ import annotations

import ctypes

import pytest

from haven.system import capture


class FakeFunction:
    def __init__(self, log: list, name: str, results: list) -> None:
        self.log, self.name, self.results = log, name, results
        self.argtypes: list = []
        self.restype = None

    def __call__(self, *args):
        self.log.append((self.name, args, tuple(self.argtypes)))
        return self.results.pop(0) if self.results else 1


class FakeUser32:
    def __init__(self, results: list[int]) -> None:
        self.log: list = []
        self.SetWindowDisplayAffinity = FakeFunction(self.log, "SetWindowDisplayAffinity", results)


def affinities(user32: FakeUser32) -> list[tuple[int, int]]:
    return [args for _name, args, _types in user32.log]


def test_windows_excludes_the_window_from_capture_with_0x11(monkeypatch: pytest.MonkeyPatch):
    user32 = FakeUser32([1])
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    assert capture.set_hidden_from_capture(0x1234, True, platform="win32") is True
    assert affinities(user32) == [(0x1234, 0x11)]


def test_windows_falls_back_to_a_dark_box_when_0x11_is_refused(monkeypatch):
    user32 = FakeUser32([0, 1])
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    assert capture.set_hidden_from_capture(7, True, platform="win32") is True
    assert affinities(user32) == [(7, capture.WDA_EXCLUDEFROMCAPTURE), (7, capture.WDA_MONITOR)]


def test_windows_shows_the_window_again_with_wda_none(monkeypatch):
    user32 = FakeUser32([1])
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    assert capture.set_hidden_from_capture(7, False, platform="win32") is True
    assert affinities(user32) == [(7, 0)]


def test_windows_refusing_everything_is_reported_not_raised(monkeypatch):
    user32 = FakeUser32([0, 0])
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    assert capture.set_hidden_from_capture(7, True, platform="win32") is False


class FakeObjc:
    """libobjc: selectors are their names; [view window] answers WINDOW."""

    WINDOW = 0xBEEF

    def __init__(self, has_window: bool = True) -> None:
        self.log: list = []
        self.has_window = has_window
        self.sel_registerName = FakeFunction([], "sel", [])
        self.sel_registerName.__call__ = None  # replaced below
        outer = self

        class Sel(FakeFunction):
            def __call__(self, name: bytes) -> bytes:
                return name

        class Send(FakeFunction):
            def __call__(self, receiver, selector, *args):
                outer.log.append((receiver, selector, args, tuple(self.argtypes), self.restype))
                if selector == b"window":
                    return outer.WINDOW if outer.has_window else None
                return None

        self.sel_registerName = Sel([], "sel", [])
        self.objc_msgSend = Send([], "send", [])


def test_macos_sets_the_window_sharing_type_to_none(monkeypatch: pytest.MonkeyPatch) -> None:
    objc = FakeObjc()
    monkeypatch.setattr(capture, "_objc", lambda: objc)
    assert capture.set_hidden_from_capture(0xAB, True, platform="darwin") is True
    (get, set_) = objc.log
    assert get[:3] == (0xAB, b"window", ())
    assert set_[:3] == (FakeObjc.WINDOW, b"setSharingType:", (0,))
    # the setter is called with its real prototype: (id, SEL, NSUInteger) -> void
    assert set_[3] == (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
    assert set_[4] is None


def test_macos_shows_the_window_again_as_read_only(monkeypatch) -> None:
    objc = FakeObjc()
    monkeypatch.setattr(capture, "_objc", lambda: objc)
    assert capture.set_hidden_from_capture(0xAB, False, platform="darwin") is True
    assert objc.log[1][2] == (capture.NS_WINDOW_SHARING_READ_ONLY,)


def test_macos_without_a_window_changes_nothing(monkeypatch) -> None:
    objc = FakeObjc(has_window=False)
    monkeypatch.setattr(capture, "_objc", lambda: objc)
    assert capture.set_hidden_from_capture(0xAB, True, platform="darwin") is False
    assert len(objc.log) == 1


def test_linux_cannot_hide_the_window_and_says_so_plainly() -> None:
    support = capture.capture_support("linux")
    assert support.available is False
    assert "cannot hide" in support.explanation
    assert capture.set_hidden_from_capture(1, True, platform="linux") is False


def test_the_real_linux_answer_comes_without_touching_any_library() -> None:
    assert capture.set_hidden_from_capture(1, True) is False  # this machine is Linux


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_offer_it_with_an_honest_limit(platform: str) -> None:
    support = capture.capture_support(platform)
    assert support.available is True
    assert "photo" in support.explanation or "not a guarantee" in support.explanation

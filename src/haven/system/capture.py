"""Hide Haven's window from screenshots, screen recording and screen sharing (opt-in).

- Windows: `SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)` (user32). From Windows 10
  version 2004 the window is left out of captures entirely; older versions treat the value
  like `WDA_MONITOR` and show a black box in its place. It works only while the Desktop
  Window Manager composes the desktop, and a photo of the screen is never prevented.
- macOS: the window's `sharingType` set to `NSWindowSharingNone` through the Objective-C
  runtime (libobjc, no PyObjC). Apple now calls this a legacy value that recent macOS
  versions may not honour for every kind of capture, so Haven describes it as a help.
- Linux: under X11 every program of the session can read the whole screen and Haven cannot
  stop it; Wayland compositors decide themselves. Haven says so plainly and offers nothing.

Qt-free: the window is given by its native id (`QWidget.winId()`: an HWND on Windows, an
NSView pointer on macOS). The system calls go through `_user32()` and `_objc()`, which the
tests replace with fakes to check the exact calls on Linux.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

WDA_NONE = 0x00000000
WDA_MONITOR = 0x00000001
WDA_EXCLUDEFROMCAPTURE = 0x00000011
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


@dataclass(frozen=True, slots=True)
class CaptureSupport:
    """Whether this system can hide the window, and the plain words Settings shows."""

    available: bool
    explanation: str


def capture_support(platform: str | None = None) -> CaptureSupport:
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return CaptureSupport(
            True,
            "Screenshots, recordings and screen sharing leave Haven's window out "
            "(Windows 10 version 2004 or later; older versions show a dark box instead). "
            "A photo of the screen is still possible.",
        )
    if platform == "darwin":
        return CaptureSupport(
            True,
            "Haven asks macOS not to share its window. Recent versions of macOS may still "
            "capture it, so treat this as a help, not a guarantee.",
        )
    return CaptureSupport(
        False,
        "On Linux, Haven cannot hide its window from screenshots or screen sharing: any "
        "program on this desktop can take a picture of the screen. If you think someone may "
        "be recording your screen, a device they have never had access to is safer.",
    )


def set_hidden_from_capture(window_id: int, hidden: bool, platform: str | None = None) -> bool:
    """Hide (or show again) the top-level window `window_id` in captures. True if done.

    Never raises: a system that refuses simply leaves the window as it was, and the caller
    can tell the person the truth from the result.
    """
    platform = sys.platform if platform is None else platform
    try:
        if platform == "win32":
            return _windows(window_id, hidden)
        if platform == "darwin":
            return _macos(window_id, hidden)
    except (OSError, AttributeError, ValueError):
        return False
    return False


def _user32():
    return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]


def _windows(hwnd: int, hidden: bool) -> bool:
    user32 = _user32()
    user32.SetWindowDisplayAffinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    if not hidden:
        return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_NONE))
    if user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return True
    # Windows before 2004 without composition may refuse the new value: a dark box is
    # still better than the journal in a recording.
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))


def _objc():
    return ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")


def _macos(view: int, hidden: bool) -> bool:
    """[[view window] setSharingType:…], with objc_msgSend given each call's exact types."""
    objc = _objc()
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    window = send(view, objc.sel_registerName(b"window"))
    if not window:
        return False
    send.restype = None
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong]
    value = NS_WINDOW_SHARING_NONE if hidden else NS_WINDOW_SHARING_READ_ONLY
    send(window, objc.sel_registerName(b"setSharingType:"), value)
    return True

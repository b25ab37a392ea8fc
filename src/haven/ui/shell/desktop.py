"""What the desktop shows of Haven outside its window: the icon, captures, the menu entry.

Applied whenever the plain settings change (MainWindow.apply_settings):

- the window icon: Haven's, or the plain page in discreet mode (the task switcher and dock
  show it);
- "hide Haven from screenshots and screen sharing", where the system allows it
  (haven.system.capture; Windows and macOS);
- on Linux, the person's own menu entry follows discreet mode (haven.system.desktop_entry):
  written or removed only when discreet mode or its name changes, never at start, so the
  first paint does no file work.

Every step is best effort: a refusal from the system never stops Haven.
"""

from __future__ import annotations

import contextlib
import sys
from importlib import resources as importlib_resources

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from haven.config import PlainSettings
from haven.system import capture

_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon(discreet: bool) -> QIcon:
    """Haven's icon, or the neutral one, from the PNGs inside the package."""
    name = "haven-neutral" if discreet else "haven"
    icons = importlib_resources.files("haven").joinpath("resources_data/icons")
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(icons.joinpath(f"{size}/{name}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


class DesktopPresence:
    """Keeps the icon, the capture setting and the menu entry in step with the settings."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self._discreet: tuple[bool, str] | None = None
        self._hidden: bool | None = None
        self.menu_entry_synced = 0  # how many times the menu entry was rewritten (tests)

    def apply(self, settings: PlainSettings) -> None:
        self.window.setWindowIcon(window_icon(settings.discreet_mode))
        self._apply_capture(settings.hide_from_capture)
        discreet = (settings.discreet_mode, settings.discreet_name)
        if self._discreet is not None and discreet != self._discreet:
            self._sync_menu_entry(*discreet)
        self._discreet = discreet

    def _apply_capture(self, hidden: bool) -> None:
        if hidden == self._hidden:
            return
        at_start = self._hidden is None
        self._hidden = hidden
        if at_start and not hidden:
            return  # nothing to undo, and no native window made before the first paint
        if capture.capture_support().available:
            capture.set_hidden_from_capture(int(self.window.winId()), hidden)

    def _sync_menu_entry(self, discreet: bool, name: str) -> None:
        if not sys.platform.startswith("linux"):
            return
        from haven.system.desktop_entry import sync_user_entry

        with contextlib.suppress(OSError):
            sync_user_entry(discreet=discreet, discreet_name=name)
            self.menu_entry_synced += 1

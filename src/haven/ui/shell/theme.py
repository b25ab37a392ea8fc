"""Applying the calm themes (QSS files in resources_data/themes) and the window's neutral name.

The theme files style the common widgets. A few widgets Haven's screens use are not in them
(check boxes and radio buttons, whose default indicators vanish under these sheets, group
boxes, the header bar), so a small supplement per theme is appended here, in the same
palette. Sizes are in pixels for borders only; text sizes always follow the system font.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtWidgets import QApplication

from haven import resources

_FILES = contextlib.ExitStack()
atexit.register(_FILES.close)


@functools.cache
def _asset(name: str) -> Path:
    """A file path Qt's stylesheet can name for the tick image in haven/ui/assets.

    importlib.resources gives the file itself in a checkout, a wheel and the frozen build;
    from a zip it is copied to a temporary file (a tick image, nothing personal) that stays
    until Haven exits.
    """
    source = importlib_resources.files("haven").joinpath(f"ui/assets/{name}")
    return _FILES.enter_context(importlib_resources.as_file(source))


# surface, border, muted, accent, tick image, disabled
_PALETTES = {
    "light": ("#ffffff", "#c9d4d1", "#5a6b69", "#2f7a75", "tick-white.svg", "#d9dfdc"),
    "dark": ("#253030", "#47605d", "#a3b3b0", "#5fb0a6", "tick-dark.svg", "#3a4848"),
    "high-contrast": ("#000000", "#ffffff", "#ffffff", "#ffff00", "tick-black.svg", "#b0b0b0"),
}

_SUPPLEMENT = """
/* Haven UI supplement (haven/ui/shell/theme.py) */
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 16px; height: 16px; border: 2px solid {muted}; background-color: {surface};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 10px; }}
QCheckBox::indicator:checked {{
    background-color: {accent}; border-color: {accent}; image: url({tick});
}}
QRadioButton::indicator:checked {{
    border-color: {accent};
    background-color: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {accent}, stop:0.55 {accent}, stop:0.65 {surface}, stop:1 {surface});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {disabled};
}}
QGroupBox {{
    border: 1px solid {border}; border-radius: 8px; margin-top: 1.6em;
    padding: 14px 12px 10px 12px; background-color: {surface};
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0px 4px;
    font-weight: 600;
}}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ background: transparent; }}
QFrame#Card {{
    border: 1px solid {border}; border-radius: 10px; background-color: {surface};
}}
QFrame#Card QLabel, QFrame#Card QCheckBox, QFrame#Card QRadioButton {{
    background: transparent;
}}
QWidget#HeaderBar {{ border-bottom: 1px solid {border}; }}
QFrame#NoticeBar {{ border: 1px solid {accent}; border-radius: 8px; background-color: {surface}; }}
QLabel[role="code"] {{
    border: 1px dashed {muted}; border-radius: 8px; background-color: {surface};
    padding: 12px;
}}
"""


def supplement(name: str) -> str:
    surface, border, muted, accent, tick, disabled = _PALETTES.get(name, _PALETTES["light"])
    return _SUPPLEMENT.format(
        surface=surface,
        border=border,
        muted=muted,
        accent=accent,
        tick=_asset(tick).as_posix(),
        disabled=disabled,
    )


def apply_theme(app: QApplication, name: str) -> None:
    try:
        sheet = resources.theme_stylesheet(name)
    except (ValueError, resources.ResourceError):
        name, sheet = "light", resources.theme_stylesheet("light")
    app.setStyleSheet(sheet + supplement(name))


def apply_title(app: QApplication, title: str) -> None:
    """The name in the title bar and task switcher (Qt appends it to every window title)."""
    app.setApplicationDisplayName(title)

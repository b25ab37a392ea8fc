"""Outside the window: capture hiding (opt-in, where possible), the icon and the menu entry
follow the settings; on Linux Settings says plainly that captures cannot be stopped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from haven.system import capture, desktop_entry
from haven.system.capture import CaptureSupport
from haven.ui.settings.capture import CaptureSetting
from haven.ui.shell.desktop import window_icon


@pytest.fixture
def settings(unlocked):
    return unlocked.workspace.show_area("settings")


def test_on_linux_settings_says_plainly_that_captures_cannot_be_stopped(settings) -> None:
    row = settings.capture
    assert not row.check.isEnabled()
    assert not row.check.isChecked()
    assert "cannot hide its window from screenshots" in row.explanation.text()


def test_where_possible_the_switch_hides_the_window_and_shows_it_again(
    qtbot, unlocked, monkeypatch
) -> None:
    calls: list[tuple[int, bool]] = []
    available = CaptureSupport(True, "Screenshots leave Haven's window out.")
    monkeypatch.setattr(capture, "capture_support", lambda platform=None: available)
    monkeypatch.setattr(
        capture,
        "set_hidden_from_capture",
        lambda wid, hidden, platform=None: calls.append((wid, hidden)) or True,
    )
    row = CaptureSetting(unlocked.session, support=available)
    qtbot.addWidget(row)
    assert row.check.isEnabled() and not row.check.isChecked()  # off by default

    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert unlocked.session.settings.hide_from_capture is True
    assert calls == [(int(unlocked.winId()), True)]

    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert unlocked.session.settings.hide_from_capture is False
    assert calls[-1] == (int(unlocked.winId()), False)


def test_the_window_icon_is_haven_or_the_plain_page(qtbot, unlocked) -> None:
    haven, neutral = window_icon(False), window_icon(True)
    assert not haven.isNull() and not neutral.isNull()
    assert haven.pixmap(48).toImage() != neutral.pixmap(48).toImage()
    unlocked.session.settings.discreet_mode = True
    unlocked.session.save_settings()
    assert unlocked.windowIcon().pixmap(48).toImage() == neutral.pixmap(48).toImage()


def test_turning_discreet_mode_on_writes_the_discreet_menu_entry(qtbot, unlocked) -> None:
    path = desktop_entry.user_entry_path()
    assert not path.exists()  # nothing is written at start
    unlocked.session.settings.discreet_mode = True
    unlocked.session.settings.discreet_name = "Recipes"
    unlocked.session.save_settings()
    assert "Name=Recipes\n" in path.read_text(encoding="utf-8")
    unlocked.session.settings.discreet_mode = False
    unlocked.session.save_settings()
    assert not path.exists()  # Haven never adds an entry named Haven by itself


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_every_theme_names_a_tick_image_that_exists(theme: str) -> None:
    import re
    from pathlib import Path

    from haven.ui.shell.theme import supplement

    (named,) = re.findall(r"image: url\(([^)]+)\)", supplement(theme))
    assert Path(named).is_file()
    assert Path(named).read_text(encoding="utf-8").lstrip().startswith("<svg")

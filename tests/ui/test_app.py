"""Starting the window: the display check, the first paint, and the real program under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from haven import config
from haven.app import NO_DISPLAY_MESSAGE, display_available, run_gui
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.core.session import Session
from haven.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "minimal"}, "linux", True),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_display_available(env: dict[str, str], platform: str, expected: bool) -> None:
    assert display_available(env, platform) is expected


def test_without_a_display_haven_says_so_in_one_line(monkeypatch, capsys, data_dir) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run_gui(data_dir=data_dir) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == NO_DISPLAY_MESSAGE
    assert captured.out == ""


def _child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _run_code(data_dir: Path, passfile: Path | None = None) -> str:
    args = f"data_dir=Path({str(data_dir)!r}), exit_after_first_paint=True"
    if passfile is not None:
        args += f", passphrase_file=Path({str(passfile)!r})"
    return (
        "from pathlib import Path; from haven.app import run_gui; "
        f"raise SystemExit(run_gui({args}))"
    )


def test_exit_after_first_paint_offscreen(data_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _run_code(data_dir)],
        env=_child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint: first-run" in result.stdout
    assert not Vault(data_dir).exists  # looking is not creating


def _haven_command(data_dir: Path) -> list[str]:
    try:
        import haven.cli  # noqa: F401
    except ImportError:
        return [sys.executable, "-c", _run_code(data_dir)]
    return [sys.executable, "-m", "haven", "--data-dir", str(data_dir), "--exit-after-first-paint"]


@pytest.mark.xvfb
@pytest.mark.skipif(
    shutil.which("xvfb-run") is None,
    reason="xvfb-run is not installed (Debian package xvfb), so there is no X server to start",
)
def test_the_real_program_paints_its_unlock_window_under_xvfb(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    vault.lock()
    env = _child_env()
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        ["xvfb-run", "-a", *_haven_command(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint: unlock" in result.stdout


# -- the quick start: the unlock form paints first, the rest right after ----------------------

_FIRST_PAINT_PROBE = """
import enum, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from haven import config
from haven.ui.shell.first_paint import FirstPaintWatcher
from haven.ui.shell.main_window import MainWindow
from haven.ui.core.session import Session

app = QApplication(sys.argv[:1])
session = Session(Path(sys.argv[1]), config.PlainSettings(), quick_start=True)
window = MainWindow(session, quick_start=True)
watcher = FirstPaintWatcher(window)
seen = {}


def painted():
    types, stack = set(), [enum.Enum]
    while stack:
        for sub in type.__subclasses__(stack.pop()):
            if sub not in types:
                types.add(sub)
                stack.append(sub)
    seen["qt_enums"] = sorted(t.__qualname__ for t in types if t.__qualname__.startswith("Qt."))
    seen["modules"] = sorted(
        m for m in ("haven.store.vault", "haven.store.keyfile", "haven.ui.core.clipboard")
        if m in sys.modules
    )
    seen["pages"] = window.unlock_view.pages.count()
    app.quit()


watcher.painted.connect(painted)
window.show()
app.exec()
print(seen)
"""


def test_the_first_paint_needs_neither_qt_enums_nor_the_vault(existing_vault, data_dir) -> None:
    """What keeps the start close to a bare window (bench/startup.py): nothing before the
    first paint sets up the `Qt` namespace's 93 enum types or imports the vault."""
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(data_dir)],
        env=_child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{'qt_enums': [], 'modules': [], 'pages': 1}"


def _focus_order(window) -> list[str]:
    """Accessible names of the widgets Tab visits, from the focused one round to it."""
    start = window.focusWidget()
    names, widget = [], start
    while True:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            names.append(widget.accessibleName() or widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            return names


def test_a_quick_start_window_ends_up_the_same_as_a_full_one(
    qtbot, existing_vault, data_dir
) -> None:
    settings = config.load_settings()
    quick_session = Session(data_dir, settings, kdf=CHEAP_KDF, quick_start=True)
    quick = MainWindow(quick_session, quick_start=True)
    full = MainWindow(Session(data_dir, settings, kdf=CHEAP_KDF))
    for window in (quick, full):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    view = quick.unlock_view
    # Before: the passphrase page only, and no application-wide event filter yet.
    assert view.pages.count() == 1
    assert quick.focusWidget() is view.passphrase
    assert not quick.shortcuts.watching_dialogs
    assert quick_session._clipboard is None
    assert all(s.context() == Qt.ShortcutContext.WindowShortcut for s in quick.shortcuts.shortcuts)

    quick.start_background_services()  # what run_gui calls right after the first paint
    assert view.pages.count() == full.unlock_view.pages.count() == 3
    assert quick.shortcuts.watching_dialogs and quick_session._clipboard is not None
    for window in (quick, full):
        assert all(
            s.context() == Qt.ShortcutContext.ApplicationShortcut
            for s in window.shortcuts.shortcuts
        )
        hints = window.unlock_view.passphrase.inputMethodHints()
        assert hints & Qt.InputMethodHint.ImhSensitiveData
        assert hints & Qt.InputMethodHint.ImhNoPredictiveText

    def label_formats(window) -> list[tuple[str, Qt.TextFormat]]:
        labels = window.unlock_view.findChildren(QLabel)
        return sorted((label.text(), label.textFormat()) for label in labels)

    assert label_formats(quick) == label_formats(full)
    assert ("Welcome back", Qt.TextFormat.PlainText) in label_formats(quick)

    # The passphrase page holds the same widgets in the same order, and Tab visits the same.
    def page_items(window) -> list[str]:
        page = window.unlock_view.pages.widget(0)
        column = page.layout().itemAt(1).widget().layout()
        items = [column.itemAt(i) for i in range(column.count())]
        return [type(i.widget()).__name__ if i.widget() else type(i).__name__ for i in items]

    assert page_items(quick) == page_items(full)
    assert "BusyNote" in page_items(quick)
    assert _focus_order(quick) == _focus_order(full)
    view._go_recovery()
    full.unlock_view._go_recovery()
    assert _focus_order(quick) == _focus_order(full)
    view._go_passphrase()
    view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: quick_session.is_unlocked and quick.workspace is not None)
    quick_session.lock()
    full.session.lock()


def test_quick_hide_works_before_the_rest_of_the_window_is_built(
    qtbot, existing_vault, data_dir
) -> None:
    session = Session(data_dir, config.load_settings(), kdf=CHEAP_KDF, quick_start=True)
    window = MainWindow(session, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys reach a Haven window only while it is the active one
    qtbot.waitUntil(window.isActiveWindow)
    window.unlock_view.passphrase.setText("half typed")
    qtbot.keyClick(
        window.unlock_view.passphrase,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.unlock_view.passphrase.text() == ""
    assert window.isMinimized() or window.windowState() & Qt.WindowState.WindowMinimized
    session.shutdown()


def test_the_session_knows_the_vault_files_without_importing_the_vault(data_dir) -> None:
    from haven.store import vault as vault_module
    from haven.ui.core import session as session_module

    assert (session_module.DB_NAME, session_module.KEY_NAME) == (
        vault_module.DB_NAME,
        vault_module.KEY_NAME,
    )
    settings = config.load_settings()
    assert not Session(data_dir, settings).vault_exists
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    vault.lock()
    fresh = Session(data_dir, settings)
    assert fresh.vault_exists and not fresh.keychain_enabled
    assert fresh._vault is None  # answered from the files alone
    vault.open_with_key(vault.derive_key(PASSPHRASE))
    vault.enable_keychain()
    vault.lock()
    fresh = Session(data_dir, settings)
    assert fresh.keychain_enabled  # the key file mentions the keychain: the vault decides
    assert Session(data_dir, settings).vault.keychain_enabled


def test_started_by_run_the_hint_names_run(monkeypatch, capsys, data_dir) -> None:
    """./run exports HAVEN_LAUNCHER=./run: someone using ./run has no `haven` on PATH."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HAVEN_LAUNCHER", "./run")
    monkeypatch.setattr(sys, "platform", "linux")
    assert run_gui(data_dir=data_dir) == 1
    assert capsys.readouterr().err.strip() == (
        "Haven needs a graphical desktop to open. "
        "The command line works without one: try './run --help'."
    )
    run_script = (REPO / "run").read_text(encoding="utf-8")
    assert "export HAVEN_LAUNCHER=./run" in run_script

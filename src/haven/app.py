"""Starting the desktop window: `run_gui` is what `haven` (haven.cli) calls.

Order matters for a fast, calm start: check there is a display before Qt could abort, point
matplotlib at Haven's own cache, create the application, paint the unlock window, and only
then load what the first paint does not need (D-Bus listeners, the keychain).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY_MESSAGE = (
    "Haven needs a graphical desktop to open. "
    "The command line works without one: try 'haven --help'."
)
LAUNCHER_ENV = "HAVEN_LAUNCHER"
"""Set by ./run to "./run": the command the person typed, for the help hint."""


def no_display_message(env: Mapping[str, str] | None = None) -> str:
    """What to say without a display, naming the command this person can actually type."""
    env = os.environ if env is None else env
    launcher = env.get(LAUNCHER_ENV, "").strip()
    if not launcher or launcher == "haven":
        return NO_DISPLAY_MESSAGE
    return NO_DISPLAY_MESSAGE.replace("'haven --help'", f"'{launcher} --help'")


# Qt platforms that need no display server at all.
_HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
)


def display_available(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can show a window here; checked before QApplication, which would abort."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return True
    requested = [
        p.split(":", 1)[0].strip().lower()
        for p in env.get("QT_QPA_PLATFORM", "").split(";")
        if p.strip()
    ]
    if any(p in _HEADLESS_PLATFORMS for p in requested):
        return True
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if requested:
        return any(
            (p == "xcb" and has_x) or (p.startswith("wayland") and has_wayland) for p in requested
        )
    return has_x or has_wayland


def _read_passphrase_file(path: Path) -> str | None:
    """The passphrase from the first line of the file, read exactly as the CLI reads it.

    Imported lazily: only this start-with-a-file path needs it, and the plain window start
    stays free of the command line's modules. A file that cannot be read is said on the
    terminal and the window opens locked, as if no file had been named."""
    from haven.cli.common import Problem
    from haven.cli.secrets import read_first_line

    try:
        return read_first_line(path, "passphrase")
    except Problem as problem:
        print(problem, file=sys.stderr)
        return None


def run_gui(
    *,
    data_dir: Path,
    passphrase_file: Path | None = None,
    exit_after_first_paint: bool = False,
) -> int:
    """Open Haven's window and run until it closes. Returns the process exit code."""
    if not display_available():
        print(no_display_message(), file=sys.stderr)
        return 1
    from haven import config

    os.environ["MPLCONFIGDIR"] = str(config.cache_dir() / "matplotlib")
    passphrase = _read_passphrase_file(passphrase_file) if passphrase_file else None

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from haven.system.hardening import harden_process

    harden_process()
    settings = config.load_settings()
    # The application name becomes the X11 WM_CLASS a task switcher may show: neutral too.
    discreet = settings.discreet_mode
    QCoreApplication.setApplicationName(
        settings.discreet_name.lower() if discreet else config.APP_NAME
    )
    QCoreApplication.setOrganizationName("")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)

    from haven.ui.core.session import Session
    from haven.ui.shell.first_paint import FirstPaintWatcher
    from haven.ui.shell.main_window import MainWindow

    session = Session(data_dir, settings, quick_start=True)
    # No folder named (no --data-dir, no HAVEN_DATA_DIR, none chosen before): first run
    # offers one, with a neutral name filled in.
    session.folder_can_be_chosen = config.data_folder_can_be_chosen(data_dir, settings)
    window = MainWindow(session, quick_start=True)
    watcher = FirstPaintWatcher(window)

    def after_first_paint() -> None:
        if exit_after_first_paint:
            screen = "unlock" if session.vault_exists else "first-run"
            print(f"first-paint: {screen}", flush=True)
            QTimer.singleShot(0, app.quit)
            return
        window.start_background_services()
        if passphrase is not None and session.vault_exists:
            window.unlock_view.unlock_with_passphrase(passphrase)
        else:
            window.try_keychain_at_start()

    watcher.painted.connect(after_first_paint)
    from haven.ui.shell import store_errors
    from haven.ui.shell.signals import lock_and_quit_on_termination

    termination = lock_and_quit_on_termination(session, app)
    previous_hook = store_errors.install(window)
    window.show()
    try:
        code = app.exec()
    finally:
        session.shutdown()
        termination.uninstall()
        sys.excepthook = previous_hook
    return int(code)

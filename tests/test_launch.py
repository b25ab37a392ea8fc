"""`haven` with no subcommand opens the window without loading the command-line machinery."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from haven import launch
from haven.launch import DesktopOptions, desktop_options


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], DesktopOptions(None, None, False)),
        (["--data-dir", "/d"], DesktopOptions("/d", None, False)),
        (
            ["--data-dir=/d", "--passphrase-file", "p", "--exit-after-first-paint"],
            DesktopOptions("/d", "p", True),
        ),
    ],
)
def test_only_the_desktop_options_open_the_window(
    argv: list[str], expected: DesktopOptions
) -> None:
    assert desktop_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["init"],
        ["--help"],
        ["--data-dir"],
        ["--data-dir", "-x"],
        ["--data-dir", "/d", "check"],
        ["--bogus"],
    ],
)
def test_anything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert desktop_options(argv) is None


def test_the_window_path_calls_run_gui_with_the_options(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import haven.app

    seen: dict[str, object] = {}
    monkeypatch.setattr(haven.app, "run_gui", lambda **kw: seen.update(kw) or 0)
    assert launch.main(["--data-dir", str(tmp_path), "--exit-after-first-paint"]) == 0
    assert seen == {"data_dir": tmp_path, "passphrase_file": None, "exit_after_first_paint": True}


def test_subcommands_still_work_through_the_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "haven", "--help"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert result.returncode == 0 and "init" in result.stdout


def test_the_window_path_does_not_import_the_cli(tmp_path: Path) -> None:
    code = (
        "import sys, haven.app as app\n"
        "app.run_gui = lambda **kw: 0\n"
        "import haven.launch\n"
        f"haven.launch.main(['--data-dir', {str(tmp_path)!r}])\n"
        "print('haven.cli' in sys.modules, 'haven.store.vault' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_version_is_answered_without_loading_the_command_line_or_qt() -> None:
    code = (
        "import sys; from haven.launch import main; status = main(['--version']); "
        "print(sorted(m for m in sys.modules if m.startswith(('haven.cli', 'PySide6')))); "
        "sys.exit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    from haven import __version__

    assert result.stdout.splitlines() == [f"haven {__version__}", "[]"]

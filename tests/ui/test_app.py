"""Starting the window: the display check, the first paint, and the real program under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from haven.app import NO_DISPLAY_MESSAGE, display_available, run_gui
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
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

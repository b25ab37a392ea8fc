"""Shared by the packaging tests: the frozen build is made once per run and reused.

Building haven.spec takes about half a minute; the frozen-program test and the .deb test
both need it, so it is built once, into a temporary folder outside the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "haven.spec"
CONSTRAINTS = ROOT / "constraints.txt"


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment minus what would point an installed Haven back at this tree.

    PYTHONPATH (the worktree's src), HAVEN_RESOURCES_DIR and HAVEN_DATA_DIR are removed;
    MPLCONFIGDIR too, since Haven chooses it itself (its cache folder).
    """
    dropped = ("PYTHONPATH", "HAVEN_RESOURCES_DIR", "HAVEN_DATA_DIR", "MPLCONFIGDIR")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def runner(
    program: list[str], env: dict[str, str], cwd: Path
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """A function that runs `program *args`, asserts it succeeded and returns the result."""

    def run(*args: str, stdin: str | None = None, timeout: int = 180):
        result = subprocess.run(
            [*program, *args],
            input=stdin,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=cwd,
            timeout=timeout,
            check=False,
        )
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-4000:])
        return result

    return run


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/haven of a fresh `PyInstaller haven.spec` build (the folder holding `haven`)."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "build"
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    build = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return dist / "haven"

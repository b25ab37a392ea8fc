"""Haven's processes never write a crash dump of an open journal, and create private files."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import os, resource, sys
from haven.system.hardening import harden_process, is_dumpable
before = is_dumpable()
harden_process()
mask = os.umask(0); os.umask(mask)
print(before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE), oct(mask))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_after_hardening_no_core_can_be_written_and_files_are_private() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60, check=True
    )
    # before hardening the process could dump (so this test can fail); after, it cannot
    assert result.stdout.strip() == "True False (0, 0) 0o77"


def test_every_entry_point_hardens_before_opening_anything() -> None:
    """The desktop path (launch → app) and every CLI command go through harden_process."""
    import inspect

    from haven import app, cli, launch

    assert "harden_process()" in inspect.getsource(launch.main)
    assert "harden_process()" in inspect.getsource(app.run_gui)
    assert "harden_process()" in inspect.getsource(cli.main)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="dumpable is Linux's")
def test_the_real_command_runs_hardened(tmp_path) -> None:
    code = (
        "import haven.cli, haven.system.hardening as h; haven.cli.main(['--help']) ; "
        "print('dumpable', h.is_dumpable())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "dumpable False" in result.stdout


class FakeKernel32:
    """kernel32 as Windows would answer: an error mode that SetErrorMode replaces."""

    def __init__(self, mode: int = 0) -> None:
        self.mode = mode
        self.calls: list[tuple[str, int]] = []

    def GetErrorMode(self) -> int:
        return self.mode

    def SetErrorMode(self, mode: int) -> int:
        self.calls.append(("SetErrorMode", mode))
        previous, self.mode = self.mode, mode
        return previous


def test_on_windows_error_reporting_is_never_invoked_and_existing_flags_stay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from haven.system import hardening

    kernel32 = FakeKernel32(mode=0x8000)  # SEM_NOOPENFILEERRORBOX, set by someone else
    monkeypatch.setattr(hardening, "_kernel32", lambda: kernel32)
    monkeypatch.setattr(hardening, "private_umask", lambda: None)
    hardening.harden_process(platform="win32")
    assert kernel32.calls == [("SetErrorMode", 0x8000 | 0x0002 | 0x0001)]


def test_on_windows_a_missing_kernel32_is_not_a_reason_to_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from haven.system import hardening

    def missing():
        raise OSError("no kernel32 here")

    monkeypatch.setattr(hardening, "_kernel32", missing)
    monkeypatch.setattr(hardening, "private_umask", lambda: None)
    hardening.harden_process(platform="win32")  # no exception


MACOS_CHECK = """
import resource, sys
from haven.system import hardening
hardening._libc = lambda: (_ for _ in ()).throw(AssertionError("prctl is Linux's"))
hardening.harden_process(platform="darwin")
print(resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no resource limits")
def test_on_macos_the_core_limit_is_zero_and_no_linux_call_is_made() -> None:
    result = subprocess.run(
        [sys.executable, "-c", MACOS_CHECK], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(0, 0)"


def test_the_old_import_path_still_hardens() -> None:
    from haven import hardening as old
    from haven.system import hardening as new

    assert old.harden_process is new.harden_process

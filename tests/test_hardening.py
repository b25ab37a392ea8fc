"""Haven's processes never write a crash dump of an open journal, and create private files."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import os, resource, sys
from haven.hardening import harden_process, is_dumpable
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


def test_the_real_command_runs_hardened(tmp_path) -> None:
    code = (
        "import haven.cli, haven.hardening as h; haven.cli.main(['--help']) ; "
        "print('dumpable', h.is_dumpable())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "dumpable False" in result.stdout

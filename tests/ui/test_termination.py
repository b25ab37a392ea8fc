"""SIGTERM and SIGHUP lock the running app cleanly: the journal is closed and checkpointed,
the OS lock released, and the journal is sound afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from haven.domain.models import JournalEntry
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.store.vaultlock import is_open_elsewhere
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


def _wait_until(predicate, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_termination_signal_locks_the_app_and_leaves_a_sound_journal(
    data_dir: Path, passphrase_file: Path, signum: int
) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    vault.journal.add(JournalEntry(body="written before the app opened"))
    vault.lock()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    app = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "haven",
            "--data-dir",
            str(data_dir),
            "--passphrase-file",
            str(passphrase_file),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert _wait_until(lambda: is_open_elsewhere(data_dir)), "the app never unlocked"
        app.send_signal(signum)
        assert app.wait(timeout=30) == 128 + signum
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not is_open_elsewhere(data_dir), "the lock is released"
    assert (
        not (data_dir / "haven.db-wal").exists() or (data_dir / "haven.db-wal").stat().st_size == 0
    )
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    assert again.check() == []
    assert again.journal.count() == 1
    again.lock()

"""`haven demo` is all or nothing, like an import: stopped (Ctrl-C) or failed, it leaves no
journal, and running it again works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from haven.store import swap
from haven.store.keyfile import CHEAP_KDF
from haven.store.vault import Vault
from haven.usecases.demo import create_demo_journal
from tests.conftest import PASSPHRASE

SRC = Path(__file__).resolve().parents[1] / "src"


def test_a_failure_while_filling_leaves_no_journal_and_no_folder(tmp_path: Path) -> None:
    where = tmp_path / "journal"

    def broken(vault, *, years):
        from haven.domain.models import CheckIn

        with vault.transaction():
            vault.checkins.add(CheckIn(distress=3, comfort=6))
        raise RuntimeError("the disk filled up")

    with pytest.raises(RuntimeError):
        create_demo_journal(where, PASSPHRASE, CHEAP_KDF, populate=broken)
    assert not Vault(where).exists
    assert not where.exists()


def test_a_failure_in_an_existing_folder_keeps_the_folder_and_what_was_in_it(
    tmp_path: Path,
) -> None:
    where = tmp_path / "journal"
    where.mkdir()
    (where / "notes.txt").write_text("mine", encoding="utf-8")

    def broken(vault, *, years):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo_journal(where, PASSPHRASE, CHEAP_KDF, populate=broken)
    assert not Vault(where).exists
    assert (where / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert [p.name for p in where.iterdir() if p.name.startswith(swap.STAGE_PREFIX)] == []


def test_a_finished_demo_is_a_whole_journal_that_opens(tmp_path: Path) -> None:
    where = tmp_path / "journal"
    counts, code = create_demo_journal(where, PASSPHRASE, CHEAP_KDF, years=1)
    assert counts["checkins"] >= 365
    vault = Vault(where)
    vault.unlock(PASSPHRASE)
    try:
        assert len(vault.checkins.list()) == counts["checkins"]
    finally:
        vault.lock()
    assert [p.name for p in where.iterdir() if p.name.startswith(swap.STAGE_PREFIX)] == []
    assert len(code) > 10


CTRL_C_ON_THEN_HAVEN = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler);"
    " sys.argv[0] = 'haven'; runpy.run_module('haven', run_name='__main__', alter_sys=True)"
)


def test_ctrl_c_during_haven_demo_leaves_no_journal_and_a_second_run_works(
    tmp_path: Path,
) -> None:
    where = tmp_path / "journal"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    arguments = ["demo", "--data-dir", str(where), "--passphrase-file", str(secret)]
    command = [sys.executable, "-m", "haven", *arguments]
    child = subprocess.Popen(
        # A suite started in the background (`./test &`) ignores Ctrl-C, and a child would
        # inherit that; a person's terminal does not, so the child turns Ctrl-C back on.
        [sys.executable, "-c", CTRL_C_ON_THEN_HAVEN, *arguments, "--years", "20"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait until the journal is being filled (its database exists in the stage folder).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(where.glob(f"{swap.STAGE_PREFIX}*/haven.db")):
        time.sleep(0.05)
    assert list(where.glob(f"{swap.STAGE_PREFIX}*/haven.db")), "demo never started filling"
    # Stop at once: twenty years of history now fill in about a second here.
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 130, (out, err)
    assert "Stopped." in err
    assert "recovery code" not in out.lower()
    assert not Vault(where).exists
    assert list(where.glob(f"{swap.STAGE_PREFIX}*")) == []

    again = subprocess.run(
        [*command, "--years", "1"], env=env, capture_output=True, text=True, timeout=120
    )
    assert again.returncode == 0, again.stderr
    assert "A demo journal with 1 year of sample history is ready" in again.stdout
    assert Vault(where).exists

# ruff: noqa: F811  (the fixtures of tests/test_cli.py are imported by name)
"""Trust under fault, from the command line: rotation through passwd and recover, bad input
that ends in a message (never a traceback) with nothing written, exports that never follow a
planted link, and writes that stop once `check` found damage."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from haven.domain.models import JournalEntry
from haven.store import Vault, WrongSecret
from haven.store.backups import AutoBackup
from haven.store.errors import HavenStoreError
from haven.store.keyfile import PASSPHRASE as SLOT
from haven.store.keyfile import RECOVERY, KeyFile
from haven.store.vault import open_backup
from tests.conftest import PASSPHRASE
from tests.test_cli import (  # noqa: F401  (fixtures)
    CODE_PATTERN,
    Result,
    cheap_secrets_and_no_terminal,
    haven,
    journal,
    pf,
    secret_file,
    snapshot,
)

NEW = "a lantern by the quiet river"


def _old_secrets_open_nothing(data_dir: Path, code: str) -> None:
    keys = []
    for path in data_dir.rglob("*"):
        if not path.is_file():
            continue
        try:
            key_file = KeyFile.from_bytes(path.read_bytes())
        except HavenStoreError:
            continue
        for kind, secret in ((SLOT, PASSPHRASE), (RECOVERY, code)):
            try:
                keys.append(key_file.unwrap_with_secret(kind, secret))
            except HavenStoreError:
                continue
    assert keys == [], "no file in the data folder unwraps a key with an old secret"


def _with_backups(data_dir: Path) -> None:
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    vault.journal.add(JournalEntry(body="in the backup"))
    AutoBackup().after_change(vault)
    vault.lock()


def test_passwd_with_a_new_key_leaves_the_old_secrets_opening_nothing(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str], tmp_path: Path
) -> None:
    _with_backups(data_dir)
    new = secret_file(tmp_path, "new.txt", NEW + "\n")
    result = haven("passwd", *pf, "--new-passphrase-file", str(new), "--rotate-key")
    assert result.code == 0, result.err
    assert "Your journal has a new key." in result.out
    assert "1 backup in the folder now open with the new passphrase" in result.out
    assert "Copies made elsewhere" in result.out
    new_code = CODE_PATTERN.search(result.out)
    assert new_code is not None
    _old_secrets_open_nothing(data_dir, journal)
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock_with_recovery_code(journal)
    vault = Vault(data_dir)
    vault.unlock_with_recovery_code(new_code[1])
    assert vault.check() == []
    vault.lock()
    [backup] = (data_dir / "backups").glob("auto-*.db")
    copy = open_backup(backup)
    copy.unlock(NEW)
    copy.lock()


def test_passwd_without_the_flag_and_without_a_terminal_only_rewraps(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str], tmp_path: Path
) -> None:
    new = secret_file(tmp_path, "new.txt", NEW + "\n")
    result = haven("passwd", *pf, "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    assert "Your recovery code still works as before." in result.out
    Vault(data_dir).unlock_with_recovery_code(journal)


def test_recover_always_gives_a_new_key_and_can_remove_the_backups(
    haven: Callable[..., Result], journal: str, data_dir: Path, tmp_path: Path
) -> None:
    _with_backups(data_dir)
    code_file = secret_file(tmp_path, "code.txt", journal + "\n")
    new = secret_file(tmp_path, "new.txt", NEW + "\n")
    result = haven(
        "recover",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new),
        "--remove-backups",
    )
    assert result.code == 0, result.err
    assert "1 backup in the folder were removed, as you chose." in result.out
    assert not list((data_dir / "backups").glob("*.db"))
    _old_secrets_open_nothing(data_dir, journal)
    Vault(data_dir).unlock(NEW)


@pytest.mark.parametrize("weak", ["password", "123456"])
def test_init_refuses_a_passphrase_the_window_refuses(
    haven: Callable[..., Result], data_dir: Path, tmp_path: Path, weak: str
) -> None:
    path = secret_file(tmp_path, "weak.txt", weak + "\n")
    result = haven("init", "--passphrase-file", str(path))
    assert result.code == 1
    assert "did not use this passphrase" in result.err and "Nothing was changed." in result.err
    assert not data_dir.exists() or not list(data_dir.iterdir())


BAD_INPUTS: list[tuple[list[str], str | None, int, str]] = [
    (["checkin", "--distress", "1", "--comfort", "2", "--note", "caf\udce9"], None, 1, "UTF-8"),
    (["checkin", "--distress", "1", "--comfort", "2", "--tag", "\udcff"], None, 1, "UTF-8"),
    (["journal", "add", "--title", "\udcc3"], "words", 1, "UTF-8"),
    (
        ["checkin", "--distress", "1", "--comfort", "2", "--at", "9999-12-31T23:59-01:00"],
        None,
        2,
        "1900 to 2200",
    ),
    (["journal", "add", "--at", "0001-01-01 00:00"], "words", 2, "1900 to 2200"),
    (["search", "river", "--limit", str(10**30)], None, 2, "The limit goes from 1 to 10,000"),
    (["checkin", "--distress", "1", "--comfort", "2", "--sleep", "1e400"], None, 2, "0 to 24"),
    (["checkin", "--distress", str(10**40), "--comfort", "2"], None, 2, "0 to 10"),
]


@pytest.mark.parametrize(("argv", "stdin", "code", "words"), BAD_INPUTS)
def test_bad_input_gets_a_message_and_an_exit_code_and_nothing_is_written(
    haven: Callable[..., Result],
    journal: str,
    data_dir: Path,
    pf: list[str],
    argv: list[str],
    stdin: str | None,
    code: int,
    words: str,
) -> None:
    before = snapshot(data_dir)
    result = haven(*argv, *pf, stdin=stdin)
    assert result.code == code, result.err
    assert words in result.err
    assert "Traceback" not in result.err
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("position", 2**63, "'position' goes from 0 to 1,000,000"),
        ("title", "\ud800 alone", "not valid UTF-8"),
    ],
)
def test_an_import_with_absurd_values_is_refused_and_nothing_is_written(
    haven: Callable[..., Result],
    journal: str,
    data_dir: Path,
    pf: list[str],
    tmp_path: Path,
    field: str,
    value: object,
    words: str,
) -> None:
    step = {"uid": "r1", "title": "hold hands", "position": 0, "state": "not_started"}
    step[field] = value
    doc = {"format": "haven-export", "version": 1, "roadmap": [step]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # the lone surrogate as \ud800
    before = snapshot(data_dir)
    result = haven("import", str(path), "--format", "haven-json", *pf)
    assert result.code == 1
    assert words in result.err and "Nothing was imported." in result.err
    assert snapshot(data_dir) == before


def test_invalid_utf8_arguments_and_stdin_in_a_real_process_get_a_message(
    journal: str, data_dir: Path, passphrase_file: Path
) -> None:
    before = snapshot(data_dir)
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0"}
    base = [sys.executable, "-m", "haven", "--passphrase-file", str(passphrase_file)]
    for argv, stdin in (
        ([*base, "checkin", "--distress", "1", "--comfort", "2", b"--note", b"\xff\xfe"], b""),
        ([*base, "journal", "add"], b"text \xff\xfe here"),
    ):
        done = subprocess.run(argv, input=stdin, capture_output=True, env=env, timeout=60)
        assert done.returncode in (1, 2)
        assert b"Traceback" not in done.stderr
        assert b"UTF-8" in done.stderr
    assert snapshot(data_dir) == before


def test_an_export_never_follows_a_link_planted_at_the_old_temporary_name(
    haven: Callable[..., Result], journal: str, pf: list[str], tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    victim = tmp_path / "another-account.txt"
    victim.write_text("theirs")
    out = folder / "export.json"
    # The old writer used ".export.json.tmp-<pid>"; plant a link there and at likely pids.
    for pid in (os.getpid(), *range(os.getpid() - 3, os.getpid() + 4)):
        link = folder / f".export.json.tmp-{pid}"
        if not link.exists():
            link.symlink_to(victim)
    result = haven("export", "--format", "json", "--out", str(out), *pf)
    assert result.code == 0, result.err
    assert victim.read_text() == "theirs"
    assert json.loads(out.read_text())["format"] == "haven-export"
    assert not out.is_symlink() and (out.stat().st_mode & 0o777) == 0o600


def test_an_export_refuses_a_link_planted_at_its_own_name(
    haven: Callable[..., Result], journal: str, pf: list[str], tmp_path: Path
) -> None:
    victim = tmp_path / "another-account.txt"
    victim.write_text("theirs")
    out = tmp_path / "export.json"
    out.symlink_to(victim)
    result = haven("export", "--format", "json", "--out", str(out), *pf)
    assert result.code == 1 and "will not overwrite it" in result.err
    assert victim.read_text() == "theirs"


def test_after_check_finds_damage_checkin_is_refused_with_the_backup_named(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    vault.journal.add(JournalEntry(body="sound"))
    backup = AutoBackup().after_change(vault)
    vault.conn.execute("DROP TRIGGER journal_fts_insert")
    vault.journal.add(JournalEntry(body="outside the index"))
    vault.lock()
    checked = haven("check", *pf)
    assert checked.code == 1
    assert f"The newest sound backup is {backup}" in checked.err
    refused = haven("checkin", "--distress", "1", "--comfort", "2", *pf)
    assert refused.code == 1
    assert "saves nothing more into it" in refused.err and str(backup) in refused.err


KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    from haven.store import swap
    from haven.store.keyfile import CHEAP_KDF
    from haven.store.vault import Vault

    def pause(name):
        if name == sys.argv[2]:
            print("at", name, flush=True)
            time.sleep(60)

    swap.fault = pause
    vault = Vault(sys.argv[1])
    vault.unlock(sys.argv[3])
    vault.rotate_key(sys.argv[4], kdf=CHEAP_KDF)
    """
)


@pytest.mark.parametrize(
    "step", ["staged:db", "staged:key", "committed", "in:haven.db", "removed:haven.key"]
)
def test_sigkill_of_a_real_rotation_process_leaves_a_journal_that_opens(
    vault: Vault, data_dir: Path, step: str
) -> None:
    vault.journal.add(JournalEntry(body="survives a kill"))
    AutoBackup().after_change(vault)
    vault.lock()
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(data_dir), step, PASSPHRASE, NEW],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == f"at {step}"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    opened = []
    for secret in (PASSPHRASE, NEW):
        again = Vault(data_dir)
        try:
            again.unlock(secret)
        except WrongSecret:
            continue
        assert again.check() == []
        assert [e.body for e in again.journal.list()] == ["survives a kill"]
        again.lock()
        opened.append(secret)
    assert len(opened) == 1
    expected = PASSPHRASE if step.startswith("staged") else NEW
    assert opened == [expected]

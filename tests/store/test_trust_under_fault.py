"""Restore and unlock when things are broken; one fresh key file; a real open-elsewhere lock;
writes refused once `check` found damage."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from haven.domain.models import JournalEntry
from haven.store import Vault, WrongSecret
from haven.store.backups import AutoBackup, restore
from haven.store.errors import KeyFileChanged, VaultDamaged, VaultInUse
from haven.store.keyfile import CHEAP_KDF
from haven.store.vault import key_path_for_backup
from haven.store.vaultlock import is_open_elsewhere
from tests.conftest import PASSPHRASE


def _with_backup(data_dir: Path) -> Path:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    vault.journal.add(JournalEntry(body="kept safe in the backup"))
    path = AutoBackup().after_change(vault)
    assert path is not None
    vault.lock()
    return path


def _break(data_dir: Path, what: str) -> None:
    name, how = what.split(":")
    target = data_dir / name
    if how in ("missing", "directory"):
        target.unlink()
    if how == "directory":
        target.mkdir()
        (target / "inside").write_text("x")
    if how == "damaged":
        target.write_bytes(b"\x13" * 5000)


@pytest.mark.parametrize(
    "what",
    [
        "haven.key:missing",
        "haven.key:damaged",
        "haven.key:directory",
        "haven.db:missing",
        "haven.db:damaged",
        "haven.db:directory",
        "haven.db-wal:stale",
    ],
)
def test_restore_works_when_the_current_pair_is_broken(data_dir: Path, what: str) -> None:
    backup = _with_backup(data_dir)
    if what.endswith("stale"):
        # What a killed app leaves: -wal and -shm beside the database, nothing holding it.
        (data_dir / "haven.db-wal").write_bytes(b"\0" * 4096)
        (data_dir / "haven.db-shm").write_bytes(b"\0" * 32768)
    else:
        _break(data_dir, what)
    kept = restore(data_dir, backup, passphrase=PASSPHRASE)
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    assert vault.check() == []
    assert [e.body for e in vault.journal.list()] == ["kept safe in the backup"]
    vault.lock()
    name = what.split(":")[0]
    if not what.endswith("missing"):
        # What was there is kept aside, never read and never lost.
        aside = kept.with_name(kept.name + name.removeprefix("haven.db"))
        aside = key_path_for_backup(kept) if name == "haven.key" else aside
        assert aside.exists(), aside


def test_restore_is_refused_while_the_journal_is_open_even_in_another_process(
    data_dir: Path,
) -> None:
    backup = _with_backup(data_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from haven.store.vaultlock import VaultLock;"
            "lock = VaultLock(sys.argv[1]); lock.acquire_shared(); print('held', flush=True);"
            "time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert is_open_elsewhere(data_dir)
        before = (data_dir / "haven.db").read_bytes()
        with pytest.raises(VaultInUse, match="open in Haven somewhere else"):
            restore(data_dir, backup, passphrase=PASSPHRASE)
        assert (data_dir / "haven.db").read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert not is_open_elsewhere(data_dir), "the OS drops the lock of a killed process"
    restore(data_dir, backup, passphrase=PASSPHRASE)


def test_an_unlocked_vault_holds_the_lock_and_a_locked_one_does_not(vault: Vault) -> None:
    assert is_open_elsewhere(vault.data_dir)
    vault.lock()
    assert not is_open_elsewhere(vault.data_dir)


def test_a_locked_window_after_a_passphrase_change_elsewhere_opens_only_with_the_new_one(
    vault: Vault, data_dir: Path
) -> None:
    window = vault  # unlocked first, like a window left open
    cli = Vault(data_dir)
    cli.unlock(PASSPHRASE)
    cli.change_passphrase("changed from the command line", kdf=CHEAP_KDF)
    cli.lock()
    # Every key-file write from the window refuses, so the old passphrase never comes back.
    before = (data_dir / "haven.key").read_bytes()
    for write in (
        lambda: window.change_passphrase("the window's idea", kdf=CHEAP_KDF),
        lambda: window.new_recovery_code(kdf=CHEAP_KDF),
        window.enable_keychain,
        window.disable_keychain,
    ):
        with pytest.raises(KeyFileChanged, match="unlock it with the current passphrase"):
            write()
    assert (data_dir / "haven.key").read_bytes() == before
    window.lock()
    with pytest.raises(WrongSecret):
        window.unlock(PASSPHRASE)
    window.unlock("changed from the command line")
    window.new_recovery_code(kdf=CHEAP_KDF)  # unlocked afresh, its writes work again


def test_a_passphrase_typed_in_another_unicode_form_opens_the_journal(data_dir: Path) -> None:
    decomposed = "cafe\u0301 au lait sous la pluie"  # é as e + combining accent (NFD)
    composed = "caf\u00e9 au lait sous la pluie"
    vault, _ = Vault.create(data_dir, decomposed, kdf=CHEAP_KDF)
    vault.lock()
    Vault(data_dir).unlock(composed)
    Vault(data_dir).lock()
    Vault(data_dir).unlock(decomposed)


def test_a_vault_from_before_normalisation_still_opens_either_way(data_dir: Path) -> None:
    from haven.store.keyfile import PASSPHRASE as SLOT
    from haven.store.keyfile import KeyFile

    decomposed = "cafe\u0301 au lait sous la pluie"
    vault, _ = Vault.create(data_dir, "temporary one", kdf=CHEAP_KDF)
    key = vault._key()
    vault.lock()
    key_file = KeyFile.load(data_dir / "haven.key")
    key_file.wrap_with_secret(SLOT, decomposed, key, CHEAP_KDF)  # as an old Haven kept it
    key_file.save(data_dir / "haven.key")
    for typed in (decomposed, "caf\u00e9 au lait sous la pluie"):
        again = Vault(data_dir)
        again.unlock(typed)
        again.lock()


def _damage_the_search_index(vault: Vault) -> None:
    vault.conn.execute("DROP TRIGGER journal_fts_insert")
    vault.journal.add(JournalEntry(body="not in the index"))


def test_once_check_finds_damage_writes_are_refused_with_the_way_back(
    vault: Vault, data_dir: Path
) -> None:
    vault.journal.add(JournalEntry(body="sound"))
    sound = AutoBackup().after_change(vault)
    _damage_the_search_index(vault)
    problems = vault.check()
    assert problems
    with pytest.raises(VaultDamaged) as refused:
        vault.journal.add(JournalEntry(body="must not be written"))
    assert refused.value.backup == str(sound) and str(sound) in str(refused.value)
    assert "haven restore" not in str(refused.value)  # the store says facts, not commands
    vault.lock()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    with pytest.raises(VaultDamaged):
        again.journal.add(JournalEntry(body="nor after reopening"))
    again.lock()
    restore(data_dir, sound, passphrase=PASSPHRASE)
    again.unlock(PASSPHRASE)
    again.journal.add(JournalEntry(body="writes work again after the restore"))
    again.lock()


def test_a_stale_wal_is_folded_in_when_nothing_else_holds_the_journal(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    vault.journal.add(JournalEntry(body="only in the wal"))
    # Copy the folder mid-session, as a crash would leave it: the entry lives in -wal.
    crashed = tmp_path / "crashed"
    shutil.copytree(data_dir, crashed)
    vault.lock()
    assert (crashed / "haven.db-wal").stat().st_size > 0
    again = Vault(crashed)
    again.unlock(PASSPHRASE)
    assert [e.body for e in again.journal.list()] == ["only in the wal"]
    assert (crashed / "haven.db-wal").stat().st_size == 0  # checkpointed on open
    again.lock()

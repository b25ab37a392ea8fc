"""Key rotation: after it, nothing the old passphrase or recovery code opened opens anything
in the data folder; killed at any step, the journal opens with one of the two and is sound."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from haven.domain.models import CheckIn, JournalEntry
from haven.store import Vault, WrongSecret
from haven.store.backups import restore
from haven.store.errors import HavenStoreError, KeyFileChanged, VaultInUse
from haven.store.keyfile import CHEAP_KDF, PASSPHRASE, RECOVERY, KeyFile
from haven.store.vault import key_path_for_backup, open_backup
from tests.conftest import PASSPHRASE as OLD
from tests.support.faults import killed_at, steps_of

NEW = "a quiet harbour after long rain"


def _filled(data_dir: Path) -> tuple[Vault, str]:
    """A vault with entries, two automatic backups, and a stray key-file temp copy."""
    vault, code = Vault.create(data_dir, OLD, kdf=CHEAP_KDF)
    vault.journal.add(JournalEntry(body="before the first backup"))
    vault.backup_to(data_dir / "backups" / "auto-20260101T100000Z.db")
    vault.checkins.add(CheckIn(distress=3, comfort=6))
    vault.backup_to(data_dir / "backups" / "auto-20260102T100000Z.db")
    vault.journal.add(JournalEntry(body="after the backups"))
    (data_dir / ".haven.key.abc123.tmp").write_bytes(vault.key_path.read_bytes())
    return vault, code


def _keys_the_old_secrets_unlock(data_dir: Path, code: str) -> list[bytes]:
    """Every data key the old passphrase or recovery code unwraps from any file there."""
    keys = []
    for path in data_dir.rglob("*"):
        if not path.is_file():
            continue
        try:
            key_file = KeyFile.from_bytes(path.read_bytes())
        except HavenStoreError:
            continue
        for kind, secret in ((PASSPHRASE, OLD), (RECOVERY, code)):
            with contextlib.suppress(HavenStoreError):
                keys.append(key_file.unwrap_with_secret(kind, secret))
    return keys


def _databases(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*.db") if p.is_file()]


def _opens(db: Path, key: bytes) -> bool:
    copy = open_backup(db)
    try:
        copy.open_with_key(key)
    except HavenStoreError:
        return False
    copy.lock()
    return True


def test_after_rotation_no_old_secret_opens_anything_in_the_data_folder(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, code = _filled(data_dir)
    old_key_copy = tmp_path / "taken-earlier.key"
    shutil.copy(vault.key_path, old_key_copy)
    assert _keys_the_old_secrets_unlock(data_dir, code), "the set-up must be meaningful"

    result = vault.rotate_key(NEW, kdf=CHEAP_KDF)
    assert sorted(result.reencrypted) == ["auto-20260101T100000Z.db", "auto-20260102T100000Z.db"]
    assert next(e.body for e in vault.journal.list()) == "after the backups"  # still usable
    vault.journal.add(JournalEntry(body="written after rotation"))
    vault.lock()

    assert _keys_the_old_secrets_unlock(data_dir, code) == []
    old_key = KeyFile.load(old_key_copy).unwrap_with_secret(PASSPHRASE, OLD)
    assert not any(_opens(db, old_key) for db in _databases(data_dir))
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock(OLD)
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock_with_recovery_code(code)

    again = Vault(data_dir)
    again.unlock(NEW)
    assert again.check() == []
    assert again.journal.count() == 3
    again.lock()
    again.unlock_with_recovery_code(result.recovery_code)
    again.lock()
    backup = data_dir / "backups" / "auto-20260101T100000Z.db"
    copy = open_backup(backup)
    copy.unlock(NEW)  # each re-encrypted backup opens with the new passphrase
    assert [e.body for e in copy.journal.list()] == ["before the first backup"]
    copy.lock()
    assert not list(data_dir.glob(".haven.key.*")), "stray key copies are gone"


def test_rotation_can_remove_the_backups_instead(data_dir: Path) -> None:
    vault, code = _filled(data_dir)
    result = vault.rotate_key(NEW, remove_backups=True, kdf=CHEAP_KDF)
    vault.lock()
    assert sorted(result.removed) == ["auto-20260101T100000Z.db", "auto-20260102T100000Z.db"]
    assert not list((data_dir / "backups").iterdir())
    assert _keys_the_old_secrets_unlock(data_dir, code) == []


def test_a_backup_the_current_key_cannot_open_is_removed_and_named(
    data_dir: Path, tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other", "some other passphrase", kdf=CHEAP_KDF)
    other.backup_to(tmp_path / "other-copy.db")
    other.lock()
    vault, _ = _filled(data_dir)
    shutil.copy(tmp_path / "other-copy.db", data_dir / "backups" / "replaced-x.db")
    shutil.copy(tmp_path / "other-copy.db.key", data_dir / "backups" / "replaced-x.db.key")
    result = vault.rotate_key(NEW, kdf=CHEAP_KDF)
    vault.lock()
    assert result.unopenable == ["replaced-x.db"]
    assert not (data_dir / "backups" / "replaced-x.db.key").exists()


def test_rotation_is_refused_while_the_journal_is_open_elsewhere(data_dir: Path) -> None:
    vault, _ = _filled(data_dir)
    elsewhere = Vault(data_dir)
    elsewhere.unlock(OLD)
    before = vault.key_path.read_bytes()
    with pytest.raises(VaultInUse):
        vault.rotate_key(NEW, kdf=CHEAP_KDF)
    elsewhere.lock()
    assert vault.key_path.read_bytes() == before
    assert vault.journal.count() == 2  # still open and usable
    vault.lock()


def test_rotation_refuses_when_the_key_file_changed_underneath(data_dir: Path) -> None:
    vault, _ = _filled(data_dir)
    cli = Vault(data_dir)
    cli.unlock(OLD)
    cli.change_passphrase("changed on the command line", kdf=CHEAP_KDF)
    cli.lock()
    with pytest.raises(KeyFileChanged):
        vault.rotate_key(NEW, kdf=CHEAP_KDF)
    vault.lock()
    Vault(data_dir).unlock("changed on the command line")


def _rotate_in(folder: Path) -> None:
    vault = Vault(folder)
    vault.unlock(OLD)
    vault.rotate_key(NEW, kdf=CHEAP_KDF)
    vault.lock()


def _opens_with_one_and_is_sound(data_dir: Path) -> str:
    for secret in (OLD, NEW):
        vault = Vault(data_dir)
        try:
            vault.unlock(secret)
        except WrongSecret:
            continue
        try:
            assert vault.check() == []
            assert vault.journal.count() == 2
        finally:
            vault.lock()
        return secret
    raise AssertionError("the journal opened with neither passphrase")


def test_a_kill_at_every_step_of_rotation_leaves_a_journal_one_passphrase_opens(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, _ = _filled(data_dir)
    vault.lock()
    steps = steps_of(data_dir, tmp_path, _rotate_in)
    assert {"staged:db", "staged:key", "committed", "in:haven.db", "journal-removed"} <= set(steps)
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    opened_with = []
    for step in steps:
        shutil.rmtree(data_dir)
        shutil.copytree(pristine, data_dir)
        assert killed_at(step, lambda: _rotate_in(data_dir)), step
        opened_with.append(_opens_with_one_and_is_sound(data_dir))
        # Whatever the step, what is left is whole: no stage folder, no swap journal.
        assert not list(data_dir.glob(".stage-*")) and not (data_dir / "haven.swap").exists()
    committed = steps.index("committed")
    assert set(opened_with[:committed]) == {OLD}, "before the commit, the old pair stands"
    assert set(opened_with[committed:]) == {NEW}, "after it, the new pair is finished"


def test_a_kill_at_every_step_of_restore_leaves_one_whole_pair(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, _ = _filled(data_dir)
    backup = tmp_path / "usb" / "copy.db"
    vault.backup_to(backup)
    vault.journal.add(JournalEntry(body="newer than the backup"))
    vault.lock()

    def work(folder: Path) -> None:
        restore(folder, backup, passphrase=OLD)

    steps = steps_of(data_dir, tmp_path, work)
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    for step in steps:
        shutil.rmtree(data_dir)
        shutil.copytree(pristine, data_dir)
        assert killed_at(step, lambda: work(data_dir)), step
        again = Vault(data_dir)
        again.unlock(OLD)
        assert again.check() == []
        assert again.journal.count() in (2, 3), step  # the backup's two, or the current three
        again.lock()


def test_a_key_copy_left_by_a_killed_backup_does_not_block_the_retry(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, _ = _filled(data_dir)
    out = tmp_path / "usb" / "copy.db"
    out.parent.mkdir()
    # What a kill after the key file copy and before the copy's rename leaves behind:
    key_path_for_backup(out).write_bytes(vault.key_path.read_bytes())
    vault.backup_to(out)
    assert out.exists() and key_path_for_backup(out).read_bytes() == vault.key_path.read_bytes()
    # But a key file that is not Haven's own copy of this one is never overwritten.
    other = tmp_path / "usb" / "other.db"
    key_path_for_backup(other).write_bytes(b"someone's file")
    with pytest.raises(FileExistsError):
        vault.backup_to(other)
    assert key_path_for_backup(other).read_bytes() == b"someone's file"
    vault.lock()

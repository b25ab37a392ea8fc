"""The vault: create, unlock, lock, secrets, and what it refuses to do."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from haven.domain.models import CheckIn, JournalEntry
from haven.store import (
    KeyFileError,
    PlaintextDatabase,
    Vault,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongSecret,
    migrations,
)
from haven.store.keyfile import CHEAP_KDF, KdfParams, KeyFile
from tests.conftest import PASSPHRASE


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_new_vault_is_unlocked_migrated_and_private(vault: Vault, data_dir: Path) -> None:
    assert vault.is_unlocked
    assert vault.schema_version == migrations.LATEST
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in (vault.db_path, vault.key_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert vault.check() == []


def test_the_database_is_encrypted_on_disk(vault: Vault) -> None:
    vault.checkins.add(CheckIn(distress=2, comfort=8))
    vault.lock()
    assert not vault.db_path.read_bytes().startswith(b"SQLite format 3")


def test_unlocking_with_the_passphrase_gives_back_the_data(vault: Vault, data_dir: Path) -> None:
    vault.journal.add(JournalEntry(body="the lake was still"))
    vault.lock()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    assert [e.body for e in again.journal.list()] == ["the lake was still"]
    again.lock()


def test_a_wrong_passphrase_says_so_kindly_and_changes_no_file(
    vault: Vault, data_dir: Path
) -> None:
    vault.lock()
    before = file_hashes(data_dir)
    with pytest.raises(WrongSecret) as caught:
        Vault(data_dir).unlock("not it")
    assert str(caught.value) == "That passphrase didn't open this journal. Nothing was changed."
    assert file_hashes(data_dir) == before


def test_the_recovery_code_opens_the_vault_typed_loosely(
    vault_and_code: tuple[Vault, str], data_dir: Path
) -> None:
    vault, code = vault_and_code
    vault.lock()
    loose = code.lower().replace("-", " ").replace("0", "o")
    again = Vault(data_dir)
    again.unlock_with_recovery_code(loose)
    assert again.is_unlocked
    again.lock()
    with pytest.raises(WrongSecret, match="recovery code"):
        Vault(data_dir).unlock_with_recovery_code("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock_with_recovery_code("too short")


def test_changing_the_passphrase_rewraps_without_reencrypting(vault: Vault, data_dir: Path) -> None:
    vault.checkins.add(CheckIn(distress=1, comfort=9))
    vault.lock()
    db_before = vault.db_path.read_bytes()
    vault.unlock(PASSPHRASE)
    vault.change_passphrase("a new and longer phrase", kdf=CHEAP_KDF)
    vault.lock()
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock(PASSPHRASE)
    again = Vault(data_dir)
    again.unlock("a new and longer phrase")
    assert again.checkins.count() == 1
    again.lock()
    assert vault.db_path.read_bytes()[:4096] == db_before[:4096]  # same salt/header page


def test_a_new_recovery_code_replaces_the_old_one(
    vault_and_code: tuple[Vault, str], data_dir: Path
) -> None:
    vault, old = vault_and_code
    new = vault.new_recovery_code(kdf=CHEAP_KDF)
    vault.lock()
    assert new != old
    with pytest.raises(WrongSecret):
        Vault(data_dir).unlock_with_recovery_code(old)
    Vault(data_dir).unlock_with_recovery_code(new)


def test_the_key_file_records_the_kdf_each_slot_was_made_with(vault: Vault) -> None:
    vault.change_passphrase("other phrase", kdf=KdfParams(2, 16, 1))
    slots = KeyFile.load(vault.key_path).slots
    assert slots["passphrase"].kdf == KdfParams(2, 16, 1)
    assert slots["recovery"].kdf == CHEAP_KDF


def test_creating_over_an_existing_vault_is_refused(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "another", kdf=CHEAP_KDF)


def test_unlocking_where_there_is_no_vault_says_so_with_the_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match="There is no Haven journal in") as missing:
        Vault(tmp_path / "nothing").unlock("x")
    assert missing.value.where == str(tmp_path / "nothing")
    assert "haven init" not in str(missing.value)  # what to type is the CLI's to say


def test_a_plaintext_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    conn = sqlcipher.connect(str(folder / "haven.db"))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    Vault.create(tmp_path / "donor", "p", kdf=CHEAP_KDF)[0].lock()
    (folder / "haven.key").write_bytes((tmp_path / "donor" / "haven.key").read_bytes())
    before = file_hashes(folder)
    with pytest.raises(PlaintextDatabase):
        Vault(folder).unlock("p")
    assert file_hashes(folder) == before


def test_a_damaged_database_is_never_replaced(vault: Vault, data_dir: Path) -> None:
    vault.lock()
    vault.db_path.write_bytes(b"\x00" * 4096)
    before = file_hashes(data_dir)
    with pytest.raises(VaultCorrupt):
        Vault(data_dir).unlock(PASSPHRASE)
    assert file_hashes(data_dir) == before


def test_a_missing_database_beside_its_key_is_not_silently_recreated(
    vault: Vault, data_dir: Path
) -> None:
    vault.lock()
    vault.db_path.unlink()
    with pytest.raises(VaultCorrupt, match="missing"):
        Vault(data_dir).unlock(PASSPHRASE)
    assert not vault.db_path.exists()


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b'{"format": "other"}', b'{"format": "haven-keyfile", "version": 99}'],
)
def test_a_damaged_key_file_gives_a_clear_message(
    vault: Vault, data_dir: Path, damage: bytes
) -> None:
    vault.lock()
    vault.key_path.write_bytes(damage)
    with pytest.raises(KeyFileError, match="key file"):
        Vault(data_dir).unlock(PASSPHRASE)


def test_a_locked_vault_refuses_work_and_forgets_its_key(vault: Vault) -> None:
    vault.lock()
    assert not vault.is_unlocked
    assert vault._data_key is None
    with pytest.raises(VaultLocked):
        vault.checkins.list()
    vault.lock()  # twice is fine


def test_a_failed_transaction_leaves_nothing_behind(vault: Vault) -> None:
    with pytest.raises(ValueError), vault.transaction():
        vault.checkins.add(CheckIn(distress=1, comfort=1))
        vault.checkins.add(CheckIn(distress=11, comfort=1))
    assert vault.checkins.count() == 0


def test_a_backup_opens_with_the_same_passphrase(vault: Vault, tmp_path: Path) -> None:
    from haven.store.vault import open_backup

    vault.journal.add(JournalEntry(body="kept safe"))
    target = tmp_path / "copies" / "backup.db"
    key_copy = vault.backup_to(target)
    assert key_copy.exists() and not target.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(FileExistsError):
        vault.backup_to(target)
    copy = open_backup(target)
    copy.unlock(PASSPHRASE)
    assert [e.body for e in copy.journal.list()] == ["kept safe"]
    assert copy.check() == []
    copy.lock()


def test_a_database_from_a_newer_haven_is_refused(vault: Vault, data_dir: Path) -> None:
    vault.conn.execute("PRAGMA user_version = 99")
    vault.lock()
    with pytest.raises(VaultCorrupt, match="newer Haven"):
        Vault(data_dir).unlock(PASSPHRASE)


def test_a_clash_is_reported_as_a_store_error_and_nothing_is_kept(vault: Vault) -> None:
    from haven.store.errors import RecordConflict

    first = vault.journal.add(JournalEntry(body="one"))
    with pytest.raises(RecordConflict, match="clash"), vault.transaction():
        vault.journal.add(JournalEntry(body="two"))
        vault.journal.add(JournalEntry(body="same uid", uid=first.uid))
    assert [e.body for e in vault.journal.list()] == ["one"]

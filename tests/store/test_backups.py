"""Backups: automatic and encrypted, pruned kindly; restore checks first and keeps a copy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from haven.domain.models import CheckIn, JournalEntry
from haven.store import Vault, WrongSecret, vault_copies
from haven.store.backups import (
    AutoBackup,
    BackupDamaged,
    auto_backups,
    inspect_backup,
    prune,
    restore,
)
from haven.store.errors import VaultCorrupt
from haven.store.keyfile import CHEAP_KDF
from haven.store.vault import key_path_for_backup, open_backup
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_an_automatic_backup_is_taken_after_changes_at_most_hourly(vault: Vault) -> None:
    auto = AutoBackup()
    vault.checkins.add(CheckIn(distress=2, comfort=7))
    first = auto.after_change(vault, NOW)
    assert first is not None and key_path_for_backup(first).exists()
    vault.checkins.add(CheckIn(distress=3, comfort=6))
    assert auto.after_change(vault, NOW + timedelta(minutes=30)) is None
    assert auto.after_change(vault, NOW + timedelta(minutes=61)) is not None
    assert auto.after_change(vault, NOW + timedelta(hours=5)) is None  # nothing new since
    assert len(auto_backups(vault.data_dir)) == 2


def _fake_backups(data_dir: Path, stamps: list[datetime]) -> None:
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        path = folder / f"auto-{stamp.strftime('%Y%m%dT%H%M%SZ')}.db"
        path.write_bytes(b"x")
        key_path_for_backup(path).write_bytes(b"k")


def test_pruning_keeps_the_newest_ten_and_one_a_week_for_two_months(tmp_path: Path) -> None:
    hourly = [NOW - timedelta(hours=h) for h in range(30)]
    daily = [NOW - timedelta(days=d, hours=1) for d in range(2, 120)]
    _fake_backups(tmp_path, hourly + daily)
    prune(tmp_path, NOW)
    kept = [stamp for stamp, _ in auto_backups(tmp_path)]
    assert sorted(hourly)[-10:] == [s for s in kept if s >= NOW - timedelta(hours=29)][-10:]
    older = [s for s in kept if s < NOW - timedelta(days=2)]
    weeks = {s.isocalendar()[:2] for s in older}
    assert len(older) == len(weeks)  # one per week
    assert all(NOW - s <= timedelta(weeks=9) for s in older)
    assert len(weeks) >= 8
    for _, path in auto_backups(tmp_path):
        assert key_path_for_backup(path).exists()
    assert not any(
        p.name.endswith(".db") and not key_path_for_backup(p).exists()
        for p in (tmp_path / "backups").iterdir()
    )


def test_inspecting_a_backup_says_what_it_holds(vault: Vault, tmp_path: Path) -> None:
    vault.journal.add(JournalEntry(body="one", at=datetime(2025, 1, 2, 9, tzinfo=UTC)))
    vault.checkins.add(CheckIn(distress=1, comfort=9, at=datetime(2025, 3, 4, 9, tzinfo=UTC)))
    copy = tmp_path / "b" / "copy.db"
    vault.backup_to(copy)
    summary = inspect_backup(copy, passphrase=PASSPHRASE)
    assert summary.counts["journal entries"] == 1 and summary.counts["check-ins"] == 1
    assert summary.describe() == "1 check-in, 1 journal entry, from 2025-01-02 to 2025-03-04."
    with pytest.raises(WrongSecret):
        inspect_backup(copy, passphrase="nope")


def test_restore_replaces_the_vault_but_keeps_the_old_one(
    vault_and_code: tuple[Vault, str], data_dir: Path, tmp_path: Path
) -> None:
    vault, code = vault_and_code
    vault.journal.add(JournalEntry(body="from the backup"))
    copy = tmp_path / "b" / "copy.db"
    vault.backup_to(copy)
    vault.journal.add(JournalEntry(body="written after the backup"))
    vault.lock()

    kept = restore(data_dir, copy, recovery_code=code)
    assert kept is not None and kept.exists() and key_path_for_backup(kept).exists()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    assert [e.body for e in again.journal.list()] == ["from the backup"]
    again.lock()
    previous = Vault(data_dir)
    previous.db_path, previous.key_path = kept, key_path_for_backup(kept)
    previous.unlock(PASSPHRASE)
    assert previous.journal.count() == 2
    previous.lock()


def test_restore_into_another_folder_gives_the_same_data(vault: Vault, tmp_path: Path) -> None:
    vault.checkins.add(CheckIn(distress=4, comfort=5, note="same"))
    copy = tmp_path / "b" / "copy.db"
    vault.backup_to(copy)
    assert restore(tmp_path / "elsewhere", copy, passphrase=PASSPHRASE) is None
    other = Vault(tmp_path / "elsewhere")
    other.unlock(PASSPHRASE)
    assert [c.note for c in other.checkins.list()] == ["same"]
    other.lock()


@pytest.mark.parametrize("damage", ["truncate", "zero", "no-key"])
def test_a_damaged_backup_is_refused_and_the_vault_is_untouched(
    vault: Vault, data_dir: Path, tmp_path: Path, damage: str
) -> None:
    vault.journal.add(JournalEntry(body="precious"))
    copy = tmp_path / "b" / "copy.db"
    vault.backup_to(copy)
    vault.lock()
    before = vault.db_path.read_bytes()
    if damage == "truncate":
        copy.write_bytes(copy.read_bytes()[: 4096 + 100])
    elif damage == "zero":
        data = bytearray(copy.read_bytes())
        data[5000:9000] = b"\x00" * 4000
        copy.write_bytes(bytes(data))
    else:
        key_path_for_backup(copy).unlink()
    with pytest.raises(BackupDamaged, match="nothing was restored"):
        restore(data_dir, copy, passphrase=PASSPHRASE)
    assert vault.db_path.read_bytes() == before


def test_a_restored_backup_from_another_vault_needs_that_vaults_secrets(
    tmp_path: Path, data_dir: Path, vault: Vault
) -> None:
    other, _ = Vault.create(tmp_path / "other", "other phrase", kdf=CHEAP_KDF)
    copy = tmp_path / "b" / "other.db"
    other.backup_to(copy)
    other.lock()
    vault.lock()
    with pytest.raises(WrongSecret):
        restore(data_dir, copy, passphrase=PASSPHRASE)


def test_a_backup_is_the_vaults_own_encrypted_pages_checked_one_by_one(
    vault: Vault, tmp_path: Path
) -> None:
    """Copied as it stands (nothing decrypted on the way), with the log folded in first."""
    vault.journal.add(JournalEntry(body="the newest words, still in the write-ahead log"))
    copy = tmp_path / "b" / "copy.db"
    vault.backup_to(copy)
    assert copy.read_bytes() == vault.db_path.read_bytes()  # the same pages, the same salt
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    copied = open_backup(copy)
    copied.unlock(PASSPHRASE)
    assert [e.body for e in copied.journal.list()] == [
        "the newest words, still in the write-ahead log"
    ]
    copied.lock()


def test_while_another_reader_holds_the_log_a_backup_still_holds_everything_saved(
    vault: Vault, tmp_path: Path
) -> None:
    """The log cannot be folded into the file while someone reads it: Haven exports then."""
    from sqlcipher3 import dbapi2

    vault.checkins.add(CheckIn(distress=2, comfort=8, note="kept"))
    reader = dbapi2.connect(str(vault.db_path))
    reader.execute(f"PRAGMA key = \"x'{bytes(vault._key()).hex()}'\"")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM checkins").fetchone()  # holds a snapshot
    copy = tmp_path / "b" / "copy.db"
    try:
        vault.backup_to(copy)
    finally:
        reader.close()
    assert copy.read_bytes() != vault.db_path.read_bytes()  # written anew by the export
    assert inspect_backup(copy, passphrase=PASSPHRASE).counts["check-ins"] == 1


def test_a_page_that_fails_its_check_stops_the_backup_and_leaves_no_copy(
    vault: Vault, tmp_path: Path
) -> None:
    """Damage in the live file is named, not copied into every backup that follows."""
    for i in range(40):
        vault.journal.add(JournalEntry(body=f"entry {i} " + "words " * 300))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(vault.db_path.read_bytes())
    data[4096 * 5 + 200] ^= 0xFF  # one bit pattern flipped inside page 6
    vault.db_path.write_bytes(bytes(data))
    folder = tmp_path / "b"
    with pytest.raises(VaultCorrupt, match="failed its check while copying"):
        vault.backup_to(folder / "copy.db")
    assert sorted(p.name for p in folder.iterdir()) == []


def test_checking_a_new_backup_leaves_nothing_beside_it(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the copy is checked, no -wal or -shm appears beside it (the person's folder)."""
    from sqlcipher3 import dbapi2

    vault.journal.add(JournalEntry(body="kept"))
    folder = tmp_path / "stick"
    folder.mkdir()
    during: list[list[str]] = []

    class Watched:
        def __init__(self, conn: Any) -> None:
            self._conn = conn

        def execute(self, sql: str, *args: Any) -> Any:
            result = self._conn.execute(sql, *args)
            if "cipher_integrity_check" in sql:
                rows = result.fetchall()
                during.append(sorted(p.name for p in folder.iterdir()))
                return rows
            return result

        def close(self) -> None:
            self._conn.close()

    class Module:
        DatabaseError = dbapi2.DatabaseError

        @staticmethod
        def connect(*args: Any, **kwargs: Any) -> Watched:
            return Watched(dbapi2.connect(*args, **kwargs))

    monkeypatch.setattr(vault_copies, "dbapi2", lambda: Module)
    vault.backup_to(folder / "copy.db")
    assert len(during) == 1 and len(during[0]) == 1  # the copy alone, nothing beside it
    assert during[0][0].startswith(".copy.db.partial-")
    assert sorted(p.name for p in folder.iterdir()) == ["copy.db", "copy.db.key"]

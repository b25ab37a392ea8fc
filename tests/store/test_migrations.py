"""Migrations run in order, each in a transaction, from the first schema on, with a copy kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from haven.store import Vault, migrations
from haven.store.backups import BackupDamaged, inspect_backup, restore
from haven.store.keyfile import CHEAP_KDF, KeyFile
from haven.store.vault import open_backup
from tests.conftest import PASSPHRASE


def make_vault_at(data_dir: Path, version: int) -> None:
    """A real vault whose schema stops at `version`, as an older Haven would have left it."""
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = tuple(m for m in original if m.version <= version)
    migrations.LATEST = version
    try:
        vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
        vault.conn.execute(
            "INSERT INTO journal_entries (uid, at, at_utc, title, body)"
            " VALUES ('u1', '2026-01-01T10:00:00+00:00', 1, 'old', 'written before search')"
        )
        vault.lock()
    finally:
        migrations.MIGRATIONS = original
        migrations.LATEST = original[-1].version


def test_versions_start_at_one_and_only_ever_increase() -> None:
    # Versions are handed out per issue while branches are in flight, so one branch may hold
    # 1, 2 and 4 until the branch that owns 3 lands; order and uniqueness are what matter.
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions[0] == 1
    assert versions == sorted(set(versions))


@pytest.mark.parametrize("start", [m.version for m in migrations.MIGRATIONS[:-1]])
def test_each_later_migration_applies_to_an_older_vault_with_data(
    data_dir: Path, start: int
) -> None:
    make_vault_at(data_dir, start)
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    assert vault.schema_version == migrations.LATEST
    assert vault.check() == []
    assert [h.title for h in vault.journal.search("search")] == ["old"]
    vault.lock()


def test_an_encrypted_copy_is_kept_before_migrating(data_dir: Path) -> None:
    make_vault_at(data_dir, 1)
    Vault(data_dir).unlock(PASSPHRASE)
    copies = sorted((data_dir / "backups").glob("before-v2-*.db"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")
    copy = open_backup(copies[0])
    copy.unlock(PASSPHRASE)
    assert copy.schema_version == 1
    copy.lock()


def test_a_failing_migration_rolls_back_and_leaves_the_old_schema(data_dir: Path) -> None:
    make_vault_at(data_dir, 1)

    def broken(conn: object) -> None:
        conn.execute("CREATE TABLE half_done (x)")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = (original[0], migrations.Migration(2, "broken", broken))
    try:
        with pytest.raises(RuntimeError):
            Vault(data_dir).unlock(PASSPHRASE)
    finally:
        migrations.MIGRATIONS = original
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)  # the real migrations now run on the untouched v1 schema
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert "journal_fts" in tables
    assert vault.schema_version == migrations.LATEST
    vault.lock()


def test_the_key_file_is_unchanged_by_migrating(data_dir: Path) -> None:
    make_vault_at(data_dir, 1)
    before = (data_dir / "haven.key").read_bytes()
    Vault(data_dir).unlock(PASSPHRASE)
    assert KeyFile.load(data_dir / "haven.key").to_bytes() == before


def _search_index_tables(vault: Vault) -> set[str]:
    return {
        r[0]
        for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'journal_fts%'")
    }


def test_version_7_rebuilds_the_search_index_without_per_entry_sizes(data_dir: Path) -> None:
    # Nothing in Haven reads those sizes (results are ordered by time); writing one per
    # entry slowed every import. Entries written before the change are still found.
    make_vault_at(data_dir, 6)
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    assert "journal_fts_docsize" not in _search_index_tables(vault)
    sql = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'journal_fts'")
    assert "columnsize=0" in sql.fetchone()[0]
    assert [h.title for h in vault.journal.search("written before")] == ["old"]
    vault.conn.execute("INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)")
    vault.lock()


def test_a_version_6_vault_had_the_sizes_the_migration_removes(data_dir: Path) -> None:
    # The control for the test above: the older schema really kept them.
    make_vault_at(data_dir, 6)
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = tuple(m for m in original if m.version <= 6)
    migrations.LATEST = 6
    try:
        vault = Vault(data_dir)
        vault.unlock(PASSPHRASE)
        assert "journal_fts_docsize" in _search_index_tables(vault)
        vault.lock()
    finally:
        migrations.MIGRATIONS = original
        migrations.LATEST = original[-1].version


def test_a_new_vault_has_no_per_entry_sizes_either(vault: Vault) -> None:
    assert "journal_fts_docsize" not in _search_index_tables(vault)


@pytest.mark.parametrize("start", [m.version for m in migrations.MIGRATIONS[:-1]])
def test_a_backup_made_before_an_update_restores_and_is_brought_up_to_date(
    data_dir: Path, start: int
) -> None:
    # Updating must not make the person's older backups useless: the copy kept before the
    # update is at the old schema, passes its check, and is migrated when opened.
    make_vault_at(data_dir, start)
    updated = Vault(data_dir)
    updated.unlock(PASSPHRASE)  # the update: migrates, keeps a copy at `start`
    updated.lock()
    older = list((data_dir / "backups").glob("before-v*.db"))
    assert len(older) == 1
    copy = open_backup(older[0])
    copy.unlock(PASSPHRASE)
    assert copy.schema_version == start
    assert copy.check() == []
    copy.lock()
    # What the restore dialog shows before asking.
    assert inspect_backup(older[0], passphrase=PASSPHRASE).counts["journal entries"] == 1

    restore(data_dir, older[0], passphrase=PASSPHRASE)
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    assert vault.schema_version == migrations.LATEST
    assert [h.title for h in vault.journal.search("written before")] == ["old"]
    assert vault.check() == []
    vault.lock()


def test_a_backup_from_a_newer_haven_is_refused_and_says_why(vault: Vault, tmp_path: Path) -> None:
    copy_path = tmp_path / "copies" / "newer.db"
    copy_path.parent.mkdir()
    vault.backup_to(copy_path)
    copy = open_backup(copy_path)
    copy.unlock(PASSPHRASE)
    copy.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    copy.lock()
    data_dir = vault.data_dir
    vault.lock()
    before = (data_dir / "haven.db").read_bytes()
    with pytest.raises(BackupDamaged, match="made by a newer version of Haven"):
        restore(data_dir, copy_path, passphrase=PASSPHRASE)
    assert (data_dir / "haven.db").read_bytes() == before


def test_a_live_journal_at_an_older_schema_is_still_a_problem_for_check(data_dir: Path) -> None:
    # Only backups may be older: the live journal is migrated whenever it is opened.
    make_vault_at(data_dir, 6)
    vault = Vault(data_dir)
    vault.migrate_on_open = False
    vault.unlock(PASSPHRASE)
    assert f"schema version 6, expected {migrations.LATEST}" in vault.check()
    vault.lock()

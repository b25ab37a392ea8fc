"""What a vault does with copies of itself, and how it checks itself.

Split from `vault.py` to keep each module small: `Vault` inherits these. `backup_to` makes
an encrypted copy with its key file beside it, in an order a kill cannot turn into a copy
without a key; `check` verifies the database and, for the live journal, remembers damage so
that every write stops and names the way back (the newest sound backup).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from haven.store import migrations
from haven.store.errors import VaultCorrupt, VaultDamaged
from haven.store.securefs import (
    ensure_private_dir,
    fsync_dir,
    make_private,
    private_temp_file,
    wipe_and_remove,
    write_atomic,
    write_new,
)
from haven.store.sqlcipher_library import dbapi2

if TYPE_CHECKING:
    pass

DAMAGE_NAME = "haven.damaged"  # written by `check` when it finds damage; names no secret


def _key_pragma(key: bytes) -> str:
    # A raw key as hex: hex can never carry a quote, so no secret is ever pasted into SQL.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


_COPY_CHUNK = 1 << 20


def _page_problems(path: Path, key: bytes) -> list[str]:
    """Every page of an encrypted database file checked against its HMAC; [] when sound."""
    conn = dbapi2().connect(str(path))
    try:
        conn.execute(_key_pragma(key))
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except dbapi2().DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def key_path_for_backup(db_copy: Path) -> Path:
    """Where a copy's key file lives: beside it, same name, `.key` added."""
    return db_copy.with_name(db_copy.name + ".key")


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


class CopiesAndChecks:
    """Mixed into Vault (only there): uses its connection, key and paths."""

    def refuse_if_damaged(self) -> None:
        """Writes stop once `check` found damage, until a restore or a sound check."""
        marker = self.data_dir / DAMAGE_NAME
        if not self.is_live or not marker.exists():
            return
        backup = None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            backup = json.loads(marker.read_text(encoding="utf-8")).get("backup")
        raise VaultDamaged(backup if isinstance(backup, str) else None)

    def check(self) -> list[str]:
        """Verify the database. Returns problems in plain words; an empty list means sound.

        For the live journal the answer is remembered: damage found stops every write (with
        the newest sound backup named), and a sound check lifts that again.
        """
        problems = self._problems()
        if self.is_live:
            marker = self.data_dir / DAMAGE_NAME
            if problems:
                from haven.store.recovery import newest_sound_backup

                backup = newest_sound_backup(self.data_dir, self._key())
                doc = {"backup": None if backup is None else str(backup)}
                write_atomic(marker, (json.dumps(doc) + "\n").encode("utf-8"))
            else:
                with contextlib.suppress(FileNotFoundError):
                    marker.unlink()
        return problems

    def _problems(self) -> list[str]:
        problems: list[str] = []
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows[:20])
            bad_refs = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if bad_refs:
                problems.append(f"{len(bad_refs)} record(s) point at something that is gone")
        except dbapi2().DatabaseError as exc:
            return [f"the database is damaged ({exc})"]
        has_search = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'journal_fts'"
        ).fetchone()
        try:
            if has_search or self.is_live:
                self.conn.execute(
                    "INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)"
                )
        except dbapi2().DatabaseError:
            problems.append("the search index does not match the journal (it can be rebuilt)")
        problems.extend(self._schema_problems())
        return problems

    def _schema_problems(self) -> list[str]:
        """A live journal is always at the latest schema (opening it migrates it). A backup may
        be older: a backup made before an update is sound, and opening it after a restore
        migrates it. A backup from a newer Haven cannot be read safely by this one."""
        version = self.schema_version
        if version > migrations.LATEST:
            return [
                "it was made by a newer version of Haven, which this version cannot read"
                " safely. Update Haven, then try again"
            ]
        if self.is_live and version != migrations.LATEST:
            return [f"schema version {version}, expected {migrations.LATEST}"]
        return []

    def backup_to(self, path: Path) -> Path:
        """An encrypted copy (same data key) with a copy of the key file beside it.

        The copy is the vault's own encrypted pages (see `_copy_pages_to`), or SQLCipher's
        export when the pages cannot be copied as they stand. Returns the key file's path.
        The copy opens with the same passphrase or recovery code.

        Order, so a kill at any point leaves nothing that blocks a retry: the copy is made
        under a random temporary name; the key file copy is created next; the copy gets its
        name last, without overwriting. A key file copy left alone by a kill (no copy beside
        it) is Haven's own, byte for byte the live one, and a retry replaces it.
        """
        path = Path(path)
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "Haven will not overwrite it", str(path))
        ensure_private_dir(path.parent)
        key_copy = key_path_for_backup(path)
        key_bytes = self.key_path.read_bytes()
        if os.path.lexists(key_copy):
            if key_copy.is_symlink() or _read_or_none(key_copy) != key_bytes:
                raise FileExistsError(errno.EEXIST, "Haven will not overwrite it", str(key_copy))
            wipe_and_remove(key_copy)  # a retry after a kill: our own copy, left alone
        tmp = private_temp_file(path.parent, f".{path.name}.partial-")
        try:
            key = self._key()
            if not self._copy_pages_to(tmp, key):
                self._export_to(tmp, key)
            write_new(key_copy, key_bytes)
            try:
                os.link(tmp, path, follow_symlinks=False)
            except FileExistsError:
                wipe_and_remove(key_copy)
                raise
            except OSError:
                os.rename(tmp, path)  # a file system without hard links
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        fsync_dir(path.parent)
        return key_copy

    def _copy_pages_to(self, target: Path, key: bytes) -> bool:
        """Copy the encrypted database file as it stands into `target`, then check the copy.

        Why not `sqlcipher_export` every time: it decrypts every row, writes it again and
        rebuilds every index and the search index, 0.5 s for a journal of 20,000 entries,
        where copying the file takes 0.03 s and checking every page of the copy against its
        HMAC 0.09 s (bench/README.md). The pages are already encrypted with the data key the
        copy must have, and nothing is decrypted on the way. secure_delete has already
        zeroed what was deleted before it was encrypted, so the copy carries no more than an
        export would.

        The write-ahead log is folded into the file first, and the write lock is held while
        copying so nothing changes underneath. Returns False, having written nothing, when
        that cannot be done as it stands (inside a transaction, or another reader holds the
        log); the caller then exports instead. Raises VaultCorrupt when the copy does not
        check out (a page of the live file fails its HMAC); the partial copy is removed by
        the caller.
        """
        conn = self.conn
        if conn.in_transaction:
            return False
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            return False
        conn.execute("BEGIN IMMEDIATE")
        try:
            wal = self.db_path.with_name(self.db_path.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                return False  # written between the checkpoint and the lock: export instead
            with open(self.db_path, "rb") as source, open(target, "r+b") as copy:
                shutil.copyfileobj(source, copy, _COPY_CHUNK)
                copy.truncate()
                copy.flush()
                os.fsync(copy.fileno())
        finally:
            conn.execute("ROLLBACK")
        problems = _page_problems(target, key)
        if problems:
            raise VaultCorrupt("a page failed its check while copying: " + "; ".join(problems[:3]))
        return True

    def _export_to(self, target: Path, key: bytes) -> None:
        """sqlcipher_export of the whole database into `target`, encrypted with `key`."""
        conn = self.conn
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), _key_literal(key)))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {self.schema_version}")
        finally:
            conn.execute("DETACH DATABASE backup")
        make_private(target)

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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.store import migrations
from haven.store.errors import VaultDamaged
from haven.store.securefs import (
    ensure_private_dir,
    fsync_dir,
    make_private,
    private_temp_file,
    wipe_and_remove,
    write_atomic,
    write_new,
)

if TYPE_CHECKING:
    pass

DAMAGE_NAME = "haven.damaged"  # written by `check` when it finds damage; names no secret


def _sqlcipher() -> Any:
    """SQLCipher's DB-API module, loaded on first use: the unlock window needs no database,
    and loading it before the first paint slowed Haven's start."""
    from sqlcipher3 import dbapi2

    return dbapi2


def _key_pragma(key: bytes) -> str:
    # A raw key as hex: hex can never carry a quote, so no secret is ever pasted into SQL.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


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
        except _sqlcipher().DatabaseError as exc:
            return [f"the database is damaged ({exc})"]
        try:
            self.conn.execute(
                "INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)"
            )
        except _sqlcipher().DatabaseError:
            problems.append("the search index does not match the journal (it can be rebuilt)")
        if self.schema_version != migrations.LATEST:
            problems.append(f"schema version {self.schema_version}, expected {migrations.LATEST}")
        return problems

    def backup_to(self, path: Path) -> Path:
        """An encrypted copy (same data key) with a copy of the key file beside it.

        SQLCipher's own export: the SQLite backup API does not work with encrypted databases.
        Returns the key file's path. The copy opens with the same passphrase or recovery code.

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
            self._export_to(tmp, self._key())
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

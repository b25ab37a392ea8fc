"""The vault: one encrypted SQLCipher database and the key file beside it.

Lifecycle: create → unlock (passphrase, recovery code, or keychain) → use → lock. Key
derivation (`derive_key*`) is separate from opening (`open_with_key`) so a desktop app can
run the slow Argon2 step off its UI thread. Nothing here ever creates a new database because
an old one failed to open, and a wrong secret leaves every file byte-identical: it only
reads the key file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.passphrase import normalise, unlock_forms
from haven.store import keychain, migrations, swap
from haven.store.errors import (
    KeychainUnavailable,
    KeyFileError,
    PlaintextDatabase,
    RecordConflict,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    WrongSecret,
)
from haven.store.keyfile import (
    DEFAULT_KDF,
    KEYCHAIN,
    PASSPHRASE,
    RECOVERY,
    KdfParams,
    KeyFile,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)
from haven.store.securefs import (
    ensure_private_dir,
    make_private,
    make_private_dir,
)
from haven.store.sqlcipher_library import dbapi2
from haven.store.vault_copies import (
    DAMAGE_NAME,
    CopiesAndChecks,
    _key_literal,
    _key_pragma,
    key_path_for_backup,
)
from haven.store.vault_repositories import VaultRepositories
from haven.store.vault_secrets import (
    VaultSecrets,
    _read_or_none,
)
from haven.store.vaultlock import VaultLock

if TYPE_CHECKING:
    pass

DB_NAME = "haven.db"
KEY_NAME = "haven.key"
BACKUP_DIR = "backups"
PLAINTEXT_HEADER = b"SQLite format 3\x00"

# Measured in bench/README.md; each is worth its cost for a journal of this size.
_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)


class Vault(VaultSecrets, VaultRepositories, CopiesAndChecks):
    """An encrypted journal in one folder. Create with `Vault.create`, open with `unlock*`."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.key_path = self.data_dir / KEY_NAME
        self._conn: Any = None
        self._data_key: bytearray | None = None
        self._key_file_seen: bytes | None = None  # digest of the key file this vault opened
        self._depth = 0
        # A backup copy is opened as it is, for reading; only the live vault is migrated,
        # locked (haven.lock), settled after an interrupted swap, and marked when damaged.
        self.migrate_on_open = True
        self.is_live = True
        self._lock = VaultLock(self.data_dir)

    # -- state ------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (
            os.path.lexists(self.db_path)
            or os.path.lexists(self.key_path)
            or (self.is_live and (self.data_dir / swap.JOURNAL_NAME).exists())
        )

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def key_file(self) -> KeyFile:
        """The key file as it is on disk now: read fresh every time, never kept.

        A window left open must not unlock with a passphrase changed elsewhere since.
        """
        self.settle()
        if not self.exists:
            raise VaultMissing(str(self.data_dir))
        return KeyFile.load(self.key_path)

    def settle(self) -> None:
        """Finish a restore or key rotation a kill interrupted (see `swap`), if any."""
        if not self.is_live or not swap.pending(self.data_dir):
            return
        probe = VaultLock(self.data_dir)
        try:
            probe.acquire_shared()  # waits while a swap elsewhere is still running
            if not probe.try_exclusive():
                if (self.data_dir / swap.JOURNAL_NAME).exists():
                    raise VaultInUse()
                return  # only a stage folder of someone else's running swap
            self._settle_locked()
        finally:
            probe.release()

    def _settle_locked(self) -> None:
        try:
            swap.settle(self.data_dir)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise VaultCorrupt(f"an interrupted change could not be finished: {exc}") from None

    # -- creating -----------------------------------------------------------------------
    @classmethod
    def create(
        cls, data_dir: Path | str, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Make a new vault, unlocked. Returns it and the recovery code, to show once."""
        vault = cls(data_dir)
        if vault.exists:
            raise VaultExists(str(vault.data_dir))
        if not passphrase:
            raise ValueError("A passphrase is needed to protect the journal.")
        make_private_dir(vault.data_dir)
        data_key = new_data_key()
        code = new_recovery_code()
        key_file = KeyFile(vault_id=str(uuid.uuid4()), slots={})
        key_file.wrap_with_secret(PASSPHRASE, normalise(passphrase), data_key, kdf)
        key_file.wrap_with_secret(RECOVERY, code, data_key, kdf)
        key_file.save(vault.key_path)
        try:
            vault._open(data_key, creating=True)
        except BaseException:
            vault.lock()
            for leftover in (vault.db_path, vault.key_path, *vault._sidecars()):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return vault, code

    # -- deriving keys (slow, thread-safe, touches no database) ---------------------------
    def derive_key(self, passphrase: str) -> bytes:
        """As typed first, then in NFC and NFD when those differ (docs/SECURITY.md)."""
        key_file = self.key_file()
        for form in unlock_forms(passphrase):
            try:
                return key_file.unwrap_with_secret(PASSPHRASE, form)
            except WrongSecret:
                continue
        raise WrongSecret("passphrase")

    def derive_key_from_recovery_code(self, code: str) -> bytes:
        return self.key_file().unwrap_with_secret(RECOVERY, normalise_recovery_code(code))

    def key_from_keychain(self) -> bytes:
        key_file = self.key_file()
        if KEYCHAIN not in key_file.slots:
            raise KeychainUnavailable("Remembering on this device is switched off.")
        return key_file.unwrap_with_raw_key(KEYCHAIN, keychain.load(key_file.vault_id))

    # -- unlocking and locking ----------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        self.open_with_key(self.derive_key(passphrase))

    def unlock_with_recovery_code(self, code: str) -> None:
        self.open_with_key(self.derive_key_from_recovery_code(code))

    def unlock_with_keychain(self) -> None:
        self.open_with_key(self.key_from_keychain())

    def open_with_key(self, key: bytes) -> None:
        if self.is_unlocked:
            return
        self._open(key, creating=False)

    def _open(self, key: bytes, *, creating: bool) -> None:
        sole = False
        if not creating and not (self.is_live and swap.pending(self.data_dir)):
            self._refuse_unopenable_file()  # before the lock file: refusing changes nothing
        if self.is_live:
            self._lock.acquire_shared()
            sole = self._lock.try_exclusive()
        try:
            if sole and not creating and swap.pending(self.data_dir):
                self._settle_locked()
            self._connect(key, creating=creating, sole=sole)
        except BaseException:
            self.lock()
            raise
        finally:
            if sole and self._lock.held:
                self._lock.downgrade()

    def _connect(self, key: bytes, *, creating: bool, sole: bool) -> None:
        if not creating:
            self._refuse_unopenable_file()
        try:
            conn = dbapi2().connect(
                str(self.db_path), isolation_level=None, check_same_thread=False
            )
        except dbapi2().Error as exc:
            raise VaultCorrupt(type(exc).__name__) from None
        try:
            # SQLCipher's own log goes to stderr; Haven explains problems in its own words.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_key_pragma(key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _PRAGMAS:
                conn.execute(pragma)
        except dbapi2().DatabaseError:
            conn.close()
            raise VaultCorrupt("the key did not match the database, or it is damaged") from None
        if sole:
            # Nothing else holds the lock, so a -wal left by a crash is stale: fold it in.
            with contextlib.suppress(dbapi2().Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        make_private(self.db_path)
        self._conn = conn
        self._data_key = bytearray(key)
        self._key_file_seen = _digest_or_none(self.key_path)
        if self.migrate_on_open or creating:
            self._migrate()
        for sidecar in self._sidecars():
            make_private(sidecar)

    def _refuse_unopenable_file(self) -> None:
        if not self.key_path.exists() and not self.db_path.exists():
            raise VaultMissing(str(self.data_dir))
        if not self.db_path.is_file():
            raise VaultCorrupt(f"{DB_NAME} is missing beside its key file, or not a file")
        with self.db_path.open("rb") as handle:
            head = handle.read(len(PLAINTEXT_HEADER))
        if head == PLAINTEXT_HEADER:
            raise PlaintextDatabase(str(self.db_path))
        if len(head) < len(PLAINTEXT_HEADER):
            raise VaultCorrupt(f"{DB_NAME} is empty or cut short")

    def lock(self) -> None:
        """Checkpoint, close, and forget the key. Safe to call when already locked."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(dbapi2().Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with contextlib.suppress(dbapi2().Error):
                conn.close()
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        self._depth = 0
        self._key_file_seen = None
        if self.is_live:
            self._lock.release()
        for name in (
            "checkins",
            "journal",
            "roadmap",
            "thresholds",
            "practices",
            "safety",
            "grounding",
            "reflections",
            "therapy",
            "partner",
            "drafts",
            "settings",
        ):
            self.__dict__.pop(name, None)

    def _close_for_swap(self) -> None:
        """Close the connection but keep the lock: the database file is about to change."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(dbapi2().Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with contextlib.suppress(dbapi2().Error):
                conn.close()

    def _reopen_after_swap(self, key: bytes) -> None:
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
        self._data_key = None
        self._connect(key, creating=False, sole=True)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def _sidecars(self) -> list[Path]:
        return [self.db_path.with_name(self.db_path.name + suffix) for suffix in ("-wal", "-shm")]

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One all-or-nothing unit of work; nested uses join the outer transaction."""
        conn = self.conn
        integrity_error = dbapi2().IntegrityError
        if not self._depth:
            self.refuse_if_damaged()
        if self._depth:
            self._depth += 1
            try:
                yield conn
            except integrity_error as exc:
                raise RecordConflict(str(exc)) from None
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            try:
                yield conn
            except integrity_error as exc:
                raise RecordConflict(str(exc)) from None
        except BaseException:
            self._depth = 0
            if self._conn is not None:
                conn.execute("ROLLBACK")
            raise
        self._depth = 0
        conn.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, up_to: int | None = None) -> None:
        current = self.schema_version
        if current > migrations.LATEST:
            raise VaultCorrupt(
                f"it was made by a newer Haven (schema {current}); please update Haven"
            )
        todo = [m for m in migrations.pending(current) if up_to is None or m.version <= up_to]
        if not todo:
            return
        if current > 0:
            self.backup_to(self._backup_path(f"before-v{todo[0].version}"))
        for migration in todo:
            with self.transaction() as conn:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")

    def _backup_path(self, label: str) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return ensure_private_dir(self.data_dir / BACKUP_DIR) / f"{label}-{stamp}.db"


def open_backup(db_copy: Path, key_path: Path | None = None) -> Vault:
    """A Vault object for a backup copy (its own key file beside it); still locked."""
    vault = Vault(db_copy.parent)
    vault.db_path = db_copy
    vault.key_path = key_path or key_path_for_backup(db_copy)
    vault.migrate_on_open = False
    vault.is_live = False
    return vault


def _digest_or_none(path: Path) -> bytes | None:
    raw = _read_or_none(path)
    return None if raw is None else hashlib.sha256(raw).digest()


__all__ = [
    "DAMAGE_NAME",
    "KeyFileError",
    "Vault",
    "_key_literal",
    "_key_pragma",
    "key_path_for_backup",
    "open_backup",
]

"""The vault: one encrypted SQLCipher database and the key file beside it.

Lifecycle: create → unlock (passphrase, recovery code, or keychain) → use → lock. Key
derivation (`derive_key*`) is separate from opening (`open_with_key`) so a desktop app can
run the slow Argon2 step off its UI thread. Nothing here ever creates a new database because
an old one failed to open, and a wrong secret leaves every file byte-identical: it only
reads the key file.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.store import keychain, migrations
from haven.store.errors import (
    HavenStoreError,
    KeychainUnavailable,
    KeyFileError,
    PlaintextDatabase,
    RecordConflict,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
)
from haven.store.keyfile import (
    DEFAULT_KDF,
    KEYCHAIN,
    PASSPHRASE,
    RECOVERY,
    KdfParams,
    KeyFile,
    new_data_key,
    new_raw_key,
    new_recovery_code,
    normalise_recovery_code,
)
from haven.store.securefs import (
    ensure_private_dir,
    fsync_dir,
    make_private,
    make_private_dir,
    write_atomic,
)

if TYPE_CHECKING:
    from haven.store.repositories import (
        CheckInRepository,
        DraftRepository,
        GroundingRepository,
        JournalRepository,
        PracticeRepository,
        ReflectionRepository,
        RoadmapRepository,
        SafetyPlanRepository,
        SettingsRepository,
        ThresholdRepository,
    )

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


class Vault:
    """An encrypted journal in one folder. Create with `Vault.create`, open with `unlock*`."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.key_path = self.data_dir / KEY_NAME
        self._conn: Any = None
        self._data_key: bytearray | None = None
        self._key_file: KeyFile | None = None
        self._depth = 0
        # A backup copy is opened as it is, for reading; only the live vault is migrated.
        self.migrate_on_open = True

    # -- state ------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def key_file(self) -> KeyFile:
        if self._key_file is None:
            if not self.exists:
                raise VaultMissing(str(self.data_dir))
            self._key_file = KeyFile.load(self.key_path)
        return self._key_file

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
        key_file.wrap_with_secret(PASSPHRASE, passphrase, data_key, kdf)
        key_file.wrap_with_secret(RECOVERY, code, data_key, kdf)
        key_file.save(vault.key_path)
        vault._key_file = key_file
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
        return self.key_file().unwrap_with_secret(PASSPHRASE, passphrase)

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
        if not creating:
            self._refuse_unopenable_file()
        try:
            conn = _sqlcipher().connect(
                str(self.db_path), isolation_level=None, check_same_thread=False
            )
        except _sqlcipher().Error as exc:
            raise VaultCorrupt(type(exc).__name__) from None
        try:
            # SQLCipher's own log goes to stderr; Haven explains problems in its own words.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_key_pragma(key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _PRAGMAS:
                conn.execute(pragma)
        except _sqlcipher().DatabaseError:
            conn.close()
            raise VaultCorrupt("the key did not match the database, or it is damaged") from None
        make_private(self.db_path)
        self._conn = conn
        self._data_key = bytearray(key)
        try:
            if self.migrate_on_open or creating:
                self._migrate()
        except BaseException:
            self.lock()
            raise
        for sidecar in self._sidecars():
            make_private(sidecar)

    def _refuse_unopenable_file(self) -> None:
        if not self.key_path.exists() and not self.db_path.exists():
            raise VaultMissing(str(self.data_dir))
        if not self.db_path.exists():
            raise VaultCorrupt(f"{DB_NAME} is missing beside its key file")
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
            with contextlib.suppress(_sqlcipher().Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with contextlib.suppress(_sqlcipher().Error):
                conn.close()
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        self._depth = 0
        for name in (
            "checkins",
            "journal",
            "roadmap",
            "thresholds",
            "practices",
            "safety",
            "grounding",
            "reflections",
            "drafts",
            "settings",
        ):
            self.__dict__.pop(name, None)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def _sidecars(self) -> list[Path]:
        return [self.db_path.with_name(self.db_path.name + suffix) for suffix in ("-wal", "-shm")]

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    # -- secrets ------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the data key with a new passphrase. The database is not re-encrypted."""
        if not new_passphrase:
            raise ValueError("The new passphrase cannot be empty.")
        key_file = self.key_file()
        key_file.wrap_with_secret(PASSPHRASE, new_passphrase, self._key(), kdf)
        key_file.save(self.key_path)

    def new_recovery_code(self, *, kdf: KdfParams = DEFAULT_KDF) -> str:
        """Replace the recovery code; the old one stops working. Returns the new code."""
        code = new_recovery_code()
        key_file = self.key_file()
        key_file.wrap_with_secret(RECOVERY, code, self._key(), kdf)
        key_file.save(self.key_path)
        return code

    def enable_keychain(self) -> None:
        """Remember the key on this device (the person's explicit choice)."""
        key_file = self.key_file()
        wrapping_key = new_raw_key()
        keychain.store(key_file.vault_id, wrapping_key)
        key_file.wrap_with_raw_key(KEYCHAIN, wrapping_key, self._key())
        key_file.save(self.key_path)

    def disable_keychain(self) -> None:
        key_file = self.key_file()
        if key_file.slots.pop(KEYCHAIN, None) is not None:
            key_file.save(self.key_path)
        keychain.forget(key_file.vault_id)

    @property
    def keychain_enabled(self) -> bool:
        try:
            return KEYCHAIN in self.key_file().slots
        except HavenStoreError:
            return False

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One all-or-nothing unit of work; nested uses join the outer transaction."""
        conn = self.conn
        integrity_error = _sqlcipher().IntegrityError
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

    # -- checking and copying ---------------------------------------------------------------
    def check(self) -> list[str]:
        """Verify the database. Returns problems in plain words; an empty list means sound."""
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
        """
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path} already exists; Haven will not overwrite it.")
        ensure_private_dir(path.parent)
        tmp = path.with_name(f".{path.name}.partial-{secrets.token_hex(4)}")
        conn = self.conn
        try:
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), _key_literal(self._key())))
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
                conn.execute(f"PRAGMA backup.user_version = {self.schema_version}")
            finally:
                conn.execute("DETACH DATABASE backup")
            make_private(tmp)
            tmp.replace(path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        key_copy = key_path_for_backup(path)
        write_atomic(key_copy, self.key_file().to_bytes())
        fsync_dir(path.parent)
        return key_copy

    # -- repositories (one per aggregate, created on first use, dropped on lock) ------------
    @cached_property
    def checkins(self) -> CheckInRepository:
        from haven.store.repositories import CheckInRepository

        return CheckInRepository(self)

    @cached_property
    def journal(self) -> JournalRepository:
        from haven.store.repositories import JournalRepository

        return JournalRepository(self)

    @cached_property
    def roadmap(self) -> RoadmapRepository:
        from haven.store.repositories import RoadmapRepository

        return RoadmapRepository(self)

    @cached_property
    def thresholds(self) -> ThresholdRepository:
        from haven.store.repositories import ThresholdRepository

        return ThresholdRepository(self)

    @cached_property
    def practices(self) -> PracticeRepository:
        from haven.store.repositories import PracticeRepository

        return PracticeRepository(self)

    @cached_property
    def safety(self) -> SafetyPlanRepository:
        from haven.store.repositories import SafetyPlanRepository

        return SafetyPlanRepository(self)

    @cached_property
    def grounding(self) -> GroundingRepository:
        from haven.store.repositories import GroundingRepository

        return GroundingRepository(self)

    @cached_property
    def reflections(self) -> ReflectionRepository:
        from haven.store.repositories import ReflectionRepository

        return ReflectionRepository(self)

    @cached_property
    def drafts(self) -> DraftRepository:
        from haven.store.repositories import DraftRepository

        return DraftRepository(self)

    @cached_property
    def settings(self) -> SettingsRepository:
        from haven.store.repositories import SettingsRepository

        return SettingsRepository(self)


def key_path_for_backup(db_copy: Path) -> Path:
    """Where a copy's key file lives: beside it, same name, `.key` added."""
    return db_copy.with_name(db_copy.name + ".key")


def open_backup(db_copy: Path) -> Vault:
    """A Vault object for a backup copy (its own key file beside it); still locked."""
    vault = Vault(db_copy.parent)
    vault.db_path = db_copy
    vault.key_path = key_path_for_backup(db_copy)
    vault.migrate_on_open = False
    return vault


__all__ = ["KeyFileError", "Vault", "key_path_for_backup", "open_backup"]

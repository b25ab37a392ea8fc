"""Changing how the vault opens: a new passphrase or recovery code, the keychain slot, a new
data key. The key file is rewrapped atomically under a lock; only `rotate_key` re-encrypts
the database."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.passphrase import normalise
from haven.store import keychain
from haven.store.errors import (
    HavenStoreError,
    KeyFileChanged,
    VaultInUse,
    VaultLocked,
)
from haven.store.keyfile import (
    DEFAULT_KDF,
    KEYCHAIN,
    PASSPHRASE,
    RECOVERY,
    KdfParams,
    KeyFile,
    new_raw_key,
    new_recovery_code,
)
from haven.store.securefs import (
    write_atomic,
)
from haven.store.vaultlock import VaultLock

if TYPE_CHECKING:
    pass


KEY_WRITE_LOCK = "haven.key.lock"


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


@contextlib.contextmanager
def _exclusive_file_lock(path: Path) -> Iterator[None]:
    """Serialise key-file rewrites between processes (a short flock on an empty file)."""
    lock = VaultLock(path.parent)
    lock.path = path
    try:
        lock.acquire_shared()
        if not lock.try_exclusive():
            raise VaultInUse()
        yield
    finally:
        lock.release()


class VaultSecrets:
    """Part of `Vault` (see vault.py); mixed in, so `self` is the Vault."""

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    # -- secrets ------------------------------------------------------------------------
    @contextlib.contextmanager
    def _rewrapping(self) -> Iterator[KeyFile]:
        """The key file, fresh from disk, to change and save; refused if it changed since
        this vault was unlocked (KeyFileChanged), so no stale copy ever overwrites it."""
        self._key()  # unlocked, or VaultLocked
        with _exclusive_file_lock(self.data_dir / KEY_WRITE_LOCK):
            raw = _read_or_none(self.key_path)
            if raw is None or hashlib.sha256(raw).digest() != self._key_file_seen:
                raise KeyFileChanged()
            key_file = KeyFile.from_bytes(raw)
            yield key_file
            data = key_file.to_bytes()
            write_atomic(self.key_path, data)
            self._key_file_seen = hashlib.sha256(data).digest()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the data key with a new passphrase (kept in NFC). The database is not
        re-encrypted; `rotate_key` does that."""
        if not new_passphrase:
            raise ValueError("The new passphrase cannot be empty.")
        with self._rewrapping() as key_file:
            key_file.wrap_with_secret(PASSPHRASE, normalise(new_passphrase), self._key(), kdf)

    def new_recovery_code(self, *, kdf: KdfParams = DEFAULT_KDF) -> str:
        """Replace the recovery code; the old one stops working. Returns the new code."""
        code = new_recovery_code()
        with self._rewrapping() as key_file:
            key_file.wrap_with_secret(RECOVERY, code, self._key(), kdf)
        return code

    def enable_keychain(self) -> None:
        """Remember the key on this device (the person's explicit choice)."""
        with self._rewrapping() as key_file:
            wrapping_key = new_raw_key()
            keychain.store(key_file.vault_id, wrapping_key)
            key_file.wrap_with_raw_key(KEYCHAIN, wrapping_key, self._key())

    def disable_keychain(self) -> None:
        with self._rewrapping() as key_file:
            key_file.slots.pop(KEYCHAIN, None)
            vault_id = key_file.vault_id
        keychain.forget(vault_id)

    def rotate_key(
        self,
        new_passphrase: str,
        *,
        remove_backups: bool = False,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> Any:
        """ "Someone may know my old passphrase": a new data key for everything. See
        `haven.store.rotation`; returns its RotationResult (with the new recovery code)."""
        from haven.store.rotation import rotate

        return rotate(self, new_passphrase, remove_backups=remove_backups, kdf=kdf)

    @property
    def keychain_enabled(self) -> bool:
        try:
            return KEYCHAIN in self.key_file().slots
        except HavenStoreError:
            return False

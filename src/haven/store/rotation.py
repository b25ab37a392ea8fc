"""Key rotation: "someone may know my old passphrase".

Changing the passphrase only rewraps the data key, so anything the old passphrase could
open (an automatic backup's key file, a copy of the old `haven.key`) would still open the
journal, even what is written later. Rotation gives the journal a new random data key:

- the database is copied with `sqlcipher_export` into a new file encrypted with the new key
  (not `PRAGMA rekey` in place: rekey rewrites the live file page by page, and the key file
  would have to name two keys while it runs; a copy leaves the old pair whole and openable
  until one rename-journalled commit, see `swap`);
- a new key file (new vault id, so no old slot can be pasted into it) with the new
  passphrase, a new recovery code, and the keychain slot again if it was on;
- every backup in the data folder that the current key opens is re-encrypted with the new
  key and gets the new key file; backups it does not open (from before a restore), and all
  of them when the person chooses removal, are removed; every other key file copy Haven
  made there (left by an interrupted write) is overwritten and removed.

Before the commit a kill leaves the old pair, which opens with the old passphrase; after it
the next open finishes the swap, and the new passphrase opens it. Copies taken elsewhere
(a `haven backup --out` on a USB stick, a copy of the disk) cannot be reached: see
docs/SECURITY.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from haven.domain.passphrase import normalise
from haven.store import keychain, swap
from haven.store.errors import HavenStoreError, KeychainUnavailable, KeyFileChanged
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
)
from haven.store.securefs import write_new
from haven.store.vault import BACKUP_DIR, DB_NAME, KEY_NAME, key_path_for_backup, open_backup

if TYPE_CHECKING:
    from haven.store.vault import Vault


@dataclass
class RotationResult:
    """What rotation did, for the person to read. Names are file names, never keys."""

    recovery_code: str
    reencrypted: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # backups removed (chosen, or unopenable)
    unopenable: list[str] = field(default_factory=list)  # of those, ones the key did not open
    keychain_dropped: bool = False


def rotate(
    vault: Vault,
    new_passphrase: str,
    *,
    remove_backups: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> RotationResult:
    if not new_passphrase:
        raise ValueError("The new passphrase cannot be empty.")
    old_key = vault._key()
    data_dir = vault.data_dir
    vault._lock.acquire_exclusive()  # VaultInUse when it is open anywhere else
    try:
        raw = vault.key_path.read_bytes()
        if hashlib.sha256(raw).digest() != vault._key_file_seen:
            raise KeyFileChanged()
        old_file = KeyFile.from_bytes(raw)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stage = swap.new_stage(data_dir)
        try:
            new_key = new_data_key()
            vault._export_to(stage / DB_NAME, new_key)
            swap.step("staged:db")
            result, key_bytes = _new_key_file(old_file, normalise(new_passphrase), new_key, kdf)
            write_new(stage / KEY_NAME, key_bytes)
            swap.step("staged:key")
            plan = swap.SwapPlan(stage=stage.name, keep_aside=False)
            _stage_backups(
                data_dir,
                stage,
                plan,
                result,
                (old_key, new_key, key_bytes),
                remove_backups=remove_backups,
            )
            _sweep_leftovers(data_dir, plan)
            vault._close_for_swap()
            swap.commit(data_dir, plan)
        except BaseException:
            if not (data_dir / swap.JOURNAL_NAME).exists():
                swap.discard_stage(stage)
            raise
        try:
            swap.roll_forward(data_dir, plan)
            vault._reopen_after_swap(new_key)
        except BaseException:
            vault.lock()  # the next open finishes the swap
            raise
        if KEYCHAIN in old_file.slots:
            keychain.forget(old_file.vault_id)
        return result
    finally:
        if vault._lock.held:
            vault._lock.downgrade()


def _new_key_file(
    old_file: KeyFile, passphrase: str, new_key: bytes, kdf: KdfParams
) -> tuple[RotationResult, bytes]:
    fresh = KeyFile(vault_id=str(uuid.uuid4()), slots={})
    fresh.wrap_with_secret(PASSPHRASE, passphrase, new_key, kdf)
    code = new_recovery_code()
    fresh.wrap_with_secret(RECOVERY, code, new_key, kdf)
    result = RotationResult(recovery_code=code)
    if KEYCHAIN in old_file.slots:
        try:
            wrapping = new_raw_key()
            keychain.store(fresh.vault_id, wrapping)
            fresh.wrap_with_raw_key(KEYCHAIN, wrapping, new_key)
        except KeychainUnavailable:
            result.keychain_dropped = True
    return result, fresh.to_bytes()


def _stage_backups(
    data_dir: Path,
    stage: Path,
    plan: swap.SwapPlan,
    result: RotationResult,
    keys: tuple[bytes, bytes, bytes],
    *,
    remove_backups: bool,
) -> None:
    old_key, new_key, key_bytes = keys
    folder = data_dir / BACKUP_DIR
    copies = sorted(p for p in _listing(folder) if p.name.endswith(".db"))
    staged_dir = stage / BACKUP_DIR
    for copy in copies:
        rel = f"{BACKUP_DIR}/{copy.name}"
        if not remove_backups and _reencrypt(copy, old_key, new_key, staged_dir / copy.name):
            write_new(staged_dir / (copy.name + ".key"), key_bytes)
            plan.replace += [(rel, rel), (rel + ".key", rel + ".key")]
            plan.remove += [rel + "-wal", rel + "-shm"]
            result.reencrypted.append(copy.name)
        else:
            plan.remove += [rel, rel + ".key", rel + "-wal", rel + "-shm"]
            result.removed.append(copy.name)
            if not remove_backups:
                result.unopenable.append(copy.name)
        swap.step(f"staged:{rel}")
    kept = {c.name for c in copies}
    for path in _listing(folder):
        # A key file with no copy beside it, or anything a killed write left behind.
        orphan_key = path.name.endswith(".key") and path.name.removesuffix(".key") not in kept
        leftover = path.name.startswith(".") and (".partial-" in path.name or ".tmp" in path.name)
        if orphan_key or leftover:
            plan.remove.append(f"{BACKUP_DIR}/{path.name}")


def _reencrypt(copy: Path, old_key: bytes, new_key: bytes, target: Path) -> bool:
    """Copy a backup under the new key; False when the current key does not open it."""
    if copy.is_symlink() or not copy.is_file() or not key_path_for_backup(copy).exists():
        return False
    backup = open_backup(copy)
    try:
        backup.open_with_key(old_key)
    except HavenStoreError:
        return False
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        backup._export_to(target, new_key)
    finally:
        with contextlib.suppress(HavenStoreError):
            backup.lock()
    return True


def _sweep_leftovers(data_dir: Path, plan: swap.SwapPlan) -> None:
    """Temporary key files an interrupted write left in the data folder (`.haven.key.*`)."""
    for path in _listing(data_dir):
        name = path.name
        if name.startswith(f".{KEY_NAME}.") or name.startswith(".restore-"):
            plan.remove.append(name)


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []

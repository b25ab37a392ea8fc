"""Encrypted backups: automatic ones in the data folder, and restore that never loses a copy.

Automatic backups are taken after changes, at most once an hour. Kept: the newest 10, plus
the newest of each week for the last two months (so an old mistake can still be undone).
Every copy is encrypted with the vault's own data key and has its key file beside it, so it
opens with the same passphrase or recovery code as the vault it came from.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from haven.domain.clock import from_utc_micros
from haven.store import swap
from haven.store.errors import HavenStoreError, KeyFileError, VaultCorrupt
from haven.store.securefs import ensure_private_dir, make_private_dir
from haven.store.vault import (
    BACKUP_DIR,
    DAMAGE_NAME,
    Vault,
    key_path_for_backup,
    open_backup,
)
from haven.store.vaultlock import VaultLock

AUTO_PREFIX = "auto-"
KEEP_NEWEST = 10
KEEP_WEEKLY_FOR = timedelta(weeks=9)  # "one a week for two months"
MIN_INTERVAL = timedelta(hours=1)
_STAMP = "%Y%m%dT%H%M%SZ"

_COUNTED = {
    "check-ins": "checkins",
    "journal entries": "journal_entries",
    "roadmap steps": "roadmap_steps",
    "thresholds": "thresholds",
    "practices": "practices",
    "boundaries": "boundaries",
    "support contacts": "contacts",
    "grounding uses": "grounding_uses",
}


@dataclass(frozen=True, slots=True)
class VaultSummary:
    """What a vault (or a backup) holds, in counts and dates: enough to decide, nothing more."""

    counts: dict[str, int]
    first: datetime | None
    last: datetime | None

    def describe(self) -> str:
        parts = [f"{n} {label}" for label, n in self.counts.items() if n]
        held = ", ".join(parts) if parts else "nothing yet"
        if self.first and self.last:
            return (
                f"{held}, from {self.first.date().isoformat()} to {self.last.date().isoformat()}."
            )
        return f"{held}."


def summarise(vault: Vault) -> VaultSummary:
    conn = vault.conn
    counts = {
        label: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for label, table in _COUNTED.items()
    }
    row = conn.execute(
        "SELECT min(m), max(m) FROM (SELECT at_utc AS m FROM checkins"
        " UNION ALL SELECT at_utc FROM journal_entries)"
    ).fetchone()
    first, last = (_moment_or_none(us) for us in row)
    return VaultSummary(counts, first, last)


def _moment_or_none(micros: int | None) -> datetime | None:
    """A journal written before dates were bounded may hold year 10000 in UTC: such a
    date is left out of the summary rather than stopping a backup or a restore."""
    try:
        return None if micros is None else from_utc_micros(micros)
    except (OverflowError, ValueError):
        return None


# -- automatic backups ------------------------------------------------------------------
def auto_backups(data_dir: Path) -> list[tuple[datetime, Path]]:
    """Automatic backups in the data folder, oldest first."""
    found = []
    for path in (data_dir / BACKUP_DIR).glob(f"{AUTO_PREFIX}*.db"):
        with contextlib.suppress(ValueError):
            stamp = datetime.strptime(path.stem[len(AUTO_PREFIX) :], _STAMP).replace(tzinfo=UTC)
            found.append((stamp, path))
    return sorted(found)


class AutoBackup:
    """Decides when to take an automatic backup, and prunes old ones.

    Call `after_change(vault)` whenever something was saved (cheap when nothing is due).
    """

    def __init__(self, interval: timedelta = MIN_INTERVAL) -> None:
        self.interval = interval
        self._changes_at_last_backup: int | None = None

    def after_change(self, vault: Vault, now: datetime | None = None) -> Path | None:
        now = now or datetime.now(UTC)
        changes = vault.conn.total_changes
        if self._changes_at_last_backup == changes:
            return None
        existing = auto_backups(vault.data_dir)
        if existing and now - existing[-1][0] < self.interval:
            return None
        path = vault.data_dir / BACKUP_DIR / f"{AUTO_PREFIX}{now.strftime(_STAMP)}.db"
        if path.exists():
            return None
        vault.backup_to(path)
        self._changes_at_last_backup = vault.conn.total_changes
        prune(vault.data_dir, now)
        return path


def prune(data_dir: Path, now: datetime) -> list[Path]:
    """Keep the newest 10 and the newest of each week within two months; remove the rest."""
    backups = auto_backups(data_dir)
    keep = {path for _, path in backups[-KEEP_NEWEST:]}
    newest_of_week: dict[tuple[int, int], Path] = {}
    for stamp, path in backups:
        if now - stamp <= KEEP_WEEKLY_FOR:
            newest_of_week[stamp.isocalendar()[:2]] = path  # later ones overwrite earlier
    keep |= set(newest_of_week.values())
    removed = []
    for _, path in backups:
        if path not in keep:
            for file in (path, key_path_for_backup(path)):
                with contextlib.suppress(FileNotFoundError):
                    file.unlink()
            removed.append(path)
    return removed


# -- restore ---------------------------------------------------------------------------
class BackupDamaged(HavenStoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"This backup could not be opened, so nothing was restored. ({detail}) "
            "Your current journal is unchanged."
        )


def inspect_backup(
    path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> VaultSummary:
    """Open a backup read-only with its own key file and say what it holds."""
    copy = _open(path, passphrase, recovery_code)
    try:
        problems = copy.check()
        if problems:
            raise BackupDamaged("; ".join(problems[:3]))
        return summarise(copy)
    finally:
        copy.lock()


def _open(path: Path, passphrase: str | None, recovery_code: str | None) -> Vault:
    path = Path(path)
    if not path.is_file():
        raise BackupDamaged(f"there is no file at {path}")
    if not key_path_for_backup(path).is_file():
        raise BackupDamaged(f"its key file {key_path_for_backup(path).name} is not beside it")
    copy = open_backup(path)
    try:
        if recovery_code is not None:
            copy.unlock_with_recovery_code(recovery_code)
        else:
            copy.unlock(passphrase or "")
    except (VaultCorrupt, KeyFileError) as exc:
        raise BackupDamaged(str(exc)) from None
    return copy


def restore(
    data_dir: Path, backup: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> Path | None:
    """Make `backup` the vault in `data_dir`, keeping whatever was there aside first.

    The backup is opened and checked before anything is touched. What is in the data folder
    need not be readable: a missing, damaged or even folder-shaped `haven.key` or `haven.db`,
    and stale `-wal`/`-shm` files, are all moved aside together (`backups/replaced-….db`,
    `….db.key`, `….db-wal`, `….db-shm`), never read. The pair is swapped with a journal
    (`swap`), so a kill at any moment leaves the old pair or the new one. Refuses
    (VaultInUse) while the journal is open anywhere, by the OS lock, not by guessing.

    Returns where the previous database was kept (its key file beside it), or where its key
    file was kept when there was no database, or None when the folder held no journal.
    """
    copy = _open(backup, passphrase, recovery_code)
    try:
        problems = copy.check()
        if problems:
            raise BackupDamaged("; ".join(problems[:3]))
        key = copy._key()
    finally:
        copy.lock()
    data_dir = Path(data_dir)
    make_private_dir(data_dir)
    lock = VaultLock(data_dir)
    try:
        lock.acquire_exclusive()
        if swap.pending(data_dir):
            swap.settle(data_dir)
        return _swap_in(data_dir, Path(backup), key)
    finally:
        lock.release()


def _swap_in(data_dir: Path, backup: Path, key: bytes) -> Path | None:
    stage = swap.new_stage(data_dir)
    try:
        staged_db, staged_key = stage / swap.LIVE_DB, stage / swap.LIVE_KEY
        _copy_private(backup, staged_db)
        swap.step("staged:db")
        _copy_private(key_path_for_backup(backup), staged_key)
        swap.step("staged:key")
        check_copy = open_backup(staged_db, staged_key)
        try:
            check_copy.open_with_key(key)  # what was copied is what was checked
        except (VaultCorrupt, KeyFileError) as exc:
            raise BackupDamaged(str(exc)) from None
        finally:
            check_copy.lock()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = f"{BACKUP_DIR}/replaced-{stamp}.db"
        aside = {
            name: kept + suffix
            for name, suffix in (
                (swap.LIVE_DB, ""),
                (swap.LIVE_KEY, ".key"),
                *((sidecar, sidecar.removeprefix(swap.LIVE_DB)) for sidecar in swap.SIDECARS),
            )
            if os.path.lexists(data_dir / name)
        }
        ensure_private_dir(data_dir / BACKUP_DIR)
        plan = swap.SwapPlan(stage=stage.name, aside=aside, keep_aside=True, remove=[DAMAGE_NAME])
        swap.commit(data_dir, plan)
    except BaseException:
        if not (data_dir / swap.JOURNAL_NAME).exists():
            swap.discard_stage(stage)
        raise
    swap.roll_forward(data_dir, plan)
    for name in (swap.LIVE_DB, swap.LIVE_KEY):
        if name in aside:
            return data_dir / aside[name]
    return None


def _copy_private(source: Path, target: Path) -> None:
    with source.open("rb") as src:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())

"""Encrypted backups: automatic ones in the data folder, and restore that never loses a copy.

Automatic backups are taken after changes, at most once an hour. Kept: the newest 10, plus
the newest of each week for the last two months (so an old mistake can still be undone).
Every copy is encrypted with the vault's own data key and has its key file beside it, so it
opens with the same passphrase or recovery code as the vault it came from.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from haven.domain.clock import from_utc_micros
from haven.store.errors import HavenStoreError, KeyFileError, VaultCorrupt
from haven.store.securefs import ensure_private_dir, fsync_dir, make_private
from haven.store.vault import BACKUP_DIR, Vault, key_path_for_backup, open_backup

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
    first, last = (None if us is None else from_utc_micros(us) for us in row)
    return VaultSummary(counts, first, last)


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
    """Make `backup` the vault in `data_dir`, keeping the current vault as a copy first.

    The backup is checked before anything is touched. Returns where the previous vault was
    kept (None when there was none). The restored vault opens with the backup's secrets.
    """
    inspect_backup(backup, passphrase=passphrase, recovery_code=recovery_code)
    target = Vault(data_dir)
    ensure_private_dir(data_dir)
    kept: Path | None = None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    if target.exists:
        keep_dir = ensure_private_dir(data_dir / BACKUP_DIR)
        kept = keep_dir / f"replaced-{stamp}.db"
        for suffix in ("-wal", "-shm"):
            sidecar = target.db_path.with_name(target.db_path.name + suffix)
            if sidecar.exists():
                # An unlocked vault elsewhere would be mid-write; a clean, locked one has none.
                raise HavenStoreError(
                    "The current journal is still open somewhere. Lock or close Haven, then "
                    "try again. Nothing was changed."
                )
        shutil.copy2(target.db_path, kept)
        shutil.copy2(target.key_path, key_path_for_backup(kept))
        make_private(kept)
        make_private(key_path_for_backup(kept))
    partial_db = data_dir / f".restore-{stamp}.db"
    partial_key = data_dir / f".restore-{stamp}.key"
    try:
        shutil.copyfile(backup, partial_db)
        shutil.copyfile(key_path_for_backup(backup), partial_key)
        make_private(partial_db)
        make_private(partial_key)
        partial_key.replace(target.key_path)
        partial_db.replace(target.db_path)
    finally:
        for leftover in (partial_db, partial_key):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_dir(data_dir)
    return kept

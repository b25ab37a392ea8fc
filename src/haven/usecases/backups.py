"""The automatic encrypted backup after a change (at most once an hour), for both front ends.

The command line runs it after each command that changed the journal; the window runs it
after each change the session announces. A backup that cannot be made never undoes what was
saved: the caller gets the reason and chooses its own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from haven.store.backups import AutoBackup
from haven.store.errors import HavenStoreError
from haven.store.vault import Vault


@dataclass(frozen=True)
class BackupOutcome:
    made: Path | None = None  # the new backup, when one was due
    problem: str | None = None  # why one that was due could not be made


class AfterChange:
    """Remembers when the last automatic backup was made; call `run` after every change."""

    def __init__(self, auto: AutoBackup | None = None) -> None:
        self._auto = auto or AutoBackup()

    def run(self, vault: Vault, now: datetime | None = None) -> BackupOutcome:
        if not vault.is_unlocked:
            return BackupOutcome()
        try:
            return BackupOutcome(made=self._auto.after_change(vault, now))
        except (OSError, HavenStoreError) as exc:
            return BackupOutcome(problem=str(getattr(exc, "strerror", None) or exc))

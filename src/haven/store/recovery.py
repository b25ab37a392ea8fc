"""Finding the way back when the journal is damaged: the newest backup that is sound."""

from __future__ import annotations

import contextlib
from pathlib import Path

from haven.store.errors import HavenStoreError
from haven.store.vault import BACKUP_DIR, key_path_for_backup, open_backup


def backup_copies(data_dir: Path) -> list[Path]:
    """Every backup copy in the data folder that has its key file, newest first."""
    folder = data_dir / BACKUP_DIR
    try:
        found = [
            p
            for p in folder.glob("*.db")
            if p.is_file() and not p.is_symlink() and key_path_for_backup(p).is_file()
        ]
    except OSError:
        return []
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def newest_sound_backup(data_dir: Path, key: bytes) -> Path | None:
    """The newest copy the journal's own key opens and whose check finds nothing wrong."""
    for path in backup_copies(data_dir):
        copy = open_backup(path)
        try:
            copy.open_with_key(key)
            if not copy.check():
                return path
        except HavenStoreError:
            continue
        finally:
            with contextlib.suppress(HavenStoreError):
                copy.lock()
    return None

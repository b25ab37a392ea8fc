"""Moved to `haven.system.files` (the platform seam); kept so existing imports still work."""

from haven.system.files import (
    DIR_MODE,
    FILE_MODE,
    ensure_private_dir,
    fsync_dir,
    make_private,
    make_private_dir,
    private_temp_file,
    private_umask,
    wipe_and_remove,
    write_atomic,
    write_new,
    write_new_private,
)

__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "ensure_private_dir",
    "fsync_dir",
    "make_private",
    "make_private_dir",
    "private_temp_file",
    "private_umask",
    "wipe_and_remove",
    "write_atomic",
    "write_new",
    "write_new_private",
]

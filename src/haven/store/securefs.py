"""Private files: created 0600 in 0700 folders, written atomically.

A half-written key file would lose everything, so every write goes to a temporary file in
the same folder, is fsynced, then renamed over the old one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_umask() -> None:
    """Make every file this process creates private by default."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    """Create Haven's own folder (0700). A folder that already exists keeps its mode:
    it may be the person's own (an export into ~/Documents must not change it)."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        with contextlib.suppress(OSError):
            path.chmod(DIR_MODE)
    return path


def make_private_dir(path: Path) -> Path:
    """Haven's data folder: created if needed, and always 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):
        path.chmod(DIR_MODE)
    return path


def write_atomic(path: Path, data: bytes) -> None:
    ensure_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_private(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.chmod(FILE_MODE)


def write_new_private(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write a file (0600) that must not exist yet, or, with `replace`, replace it.

    For exports into the person's own folders: the bytes go to a temporary file with a
    random name beside the target, created exclusively and without following a link
    (`O_EXCL | O_NOFOLLOW`), are fsynced, then linked to the target name, which fails if
    anything appeared there meanwhile (with `replace`, renamed over it: a link there is
    replaced, never followed). A half-written export is never left under the real name,
    and nothing is written outside the target's folder.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
            fsync_dir(path.parent)
            return
        try:
            os.link(tmp, path)  # fails with FileExistsError if the name was taken
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if path.exists() or path.is_symlink():
                raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
            os.rename(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)

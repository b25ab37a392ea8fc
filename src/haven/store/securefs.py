"""Private files: created 0600 in 0700 folders, written atomically, never through a link.

A half-written key file would lose everything, so every replacing write goes to a temporary
file with a random name in the same folder (created exclusively by `mkstemp`, so a file or
link someone planted can never be opened in its place), is fsynced, then renamed over the
old one. `rename` replaces a planted link at the target itself; it never writes through it.

Exports and backups must never overwrite anything: `write_new` creates the target
exclusively (a hard link of the finished temporary file, which fails if anything, a
dangling link included, already has that name).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


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


def private_temp_file(folder: Path, prefix: str, suffix: str = "") -> Path:
    """An empty 0600 file with an unguessable name in `folder`, created exclusively."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(fd)
    return Path(name)


def _write_temp(folder: Path, prefix: str, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` all at once (readers see the old or the new bytes)."""
    ensure_private_dir(path.parent)
    tmp = _write_temp(path.parent, f".{path.name}.", data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def write_new(path: Path, data: bytes) -> None:
    """Create `path` holding `data`, complete or not at all; never overwrite, never follow.

    Raises FileExistsError when anything (a file, a folder, a link, even a dangling one)
    already has that name. On file systems without hard links (some USB sticks), the file is
    created with O_EXCL | O_NOFOLLOW instead, and removed again if the write fails.
    """
    tmp = _write_temp(path.parent, f".{path.name}.", data)
    try:
        try:
            os.link(tmp, path, follow_symlinks=False)
        except OSError as exc:
            if exc.errno == errno.EEXIST or isinstance(exc, FileExistsError):
                raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            _write_exclusive(path, data)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def _write_exclusive(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


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


def wipe_and_remove(path: Path) -> None:
    """Overwrite a small secret-bearing file (a key file copy) with zeros, then remove it.

    On flash storage and copy-on-write file systems the old blocks may survive the overwrite;
    docs/SECURITY.md says so. A link is removed, never written through.
    """
    with contextlib.suppress(OSError):
        if not path.is_symlink() and path.is_file():
            fd = os.open(path, os.O_WRONLY | _NOFOLLOW | _CLOEXEC | os.O_NONBLOCK)
        else:
            raise FileNotFoundError(path)
        try:
            size = os.fstat(fd).st_size
            os.write(fd, b"\0" * size)
            os.fsync(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()

"""A real "is this journal open?" answer: an OS file lock, held while a vault is open.

Guessing from SQLite's `-wal`/`-shm` files was wrong both ways: a crash or a killed app
leaves them behind with nothing open. Instead every open vault holds a shared `flock` on
`haven.lock` in the data folder for as long as it is unlocked; work that replaces the
database or its key file (restore, key rotation) takes the lock exclusively and refuses
when anyone else holds it. The OS drops a lock when its process dies, however it dies, so
a lock can never go stale. The lock file is empty; it holds nothing.

Windows has no `fcntl`: there the lock is a no-op (Haven's supported desktop is Linux).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from haven.store.errors import VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - not on the systems Haven is tested on
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "haven.lock"
_WAIT_FOR_SHARED = 10.0  # seconds: a restore or rotation elsewhere finishes well within this


class VaultLock:
    """One holder of the data folder's lock. Shared for using a vault, exclusive to swap."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None
        self.exclusive = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _open(self) -> int:
        if self._fd is None:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            self._fd = os.open(self.path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
        return self._fd

    def acquire_shared(self, wait: float = _WAIT_FOR_SHARED) -> None:
        """Hold the lock shared (other users may too). Waits briefly for a swap elsewhere."""
        fd = self._open()
        if fcntl is None:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                self.exclusive = False
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    raise VaultInUse() from None
                time.sleep(0.05)

    def try_exclusive(self) -> bool:
        """Take (or turn a shared hold into) the exclusive lock, without waiting.

        Linux drops a shared hold before it tries the exclusive one, so a failed upgrade
        takes the shared hold back before it returns False.
        """
        had_shared = self._fd is not None and not self.exclusive
        fd = self._open()
        if fcntl is None:
            self.exclusive = True
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if had_shared:
                self.acquire_shared()
            return False
        self.exclusive = True
        return True

    def acquire_exclusive(self) -> None:
        """Exclusive, or VaultInUse when the journal is open anywhere else."""
        if not self.try_exclusive():
            raise VaultInUse()

    def downgrade(self) -> None:
        if self._fd is not None and fcntl is not None and self.exclusive:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        self.exclusive = False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        self.exclusive = False
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)  # closing drops the flock


def is_open_elsewhere(data_dir: Path) -> bool:
    """True when some process (this one included, through another holder) has it open."""
    probe = VaultLock(data_dir)
    try:
        return not probe.try_exclusive()
    finally:
        probe.release()

"""Process hardening at start: private files, and no crash dumps of an open journal.

A core dump of Haven while unlocked would write decrypted entries and the data key to disk
in plaintext. So, before anything is opened: RLIMIT_CORE is set to 0 (also honoured by
systemd-coredump), and on Linux the process is marked not dumpable (PR_SET_DUMPABLE = 0),
which stops the kernel from writing any core and stops other processes of the same user
from attaching a debugger to read its memory. Each step is best effort: failing one is
never a reason not to start.
"""

from __future__ import annotations

import contextlib
import sys

from haven.store.securefs import private_umask

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    private_umask()
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core for this process (None where unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def _libc():
    import ctypes

    return ctypes.CDLL(None, use_errno=True)

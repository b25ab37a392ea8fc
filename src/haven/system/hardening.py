"""Process hardening at start: private files, and no crash dumps of an open journal.

A crash dump of Haven while unlocked would write decrypted entries and the data key to disk
in plaintext. So, before anything is opened:

- Linux and macOS: RLIMIT_CORE is set to 0 (also honoured by systemd-coredump). On Linux the
  process is also marked not dumpable (PR_SET_DUMPABLE = 0), which stops the kernel from
  writing any core and stops other processes of the same user from attaching a debugger to
  read its memory.
- Windows: the process error mode gains SEM_NOGPFAULTERRORBOX (the system does not invoke
  Windows Error Reporting, which would otherwise collect a dump of the crashed process) and
  SEM_FAILCRITICALERRORS (no system error boxes that could leave the window hanging open).
- Everywhere: umask 077, so every file Haven creates is private to the account.

Each step is best effort: failing one is never a reason not to start. The Windows calls go
through `_kernel32()`, which the tests replace with a fake.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

from haven.system.files import private_umask

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def harden_process(platform: str | None = None) -> None:
    platform = sys.platform if platform is None else platform
    private_umask()
    if platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            _no_error_reporting()
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _no_error_reporting() -> None:
    kernel32 = _kernel32()
    mode = kernel32.GetErrorMode()
    kernel32.SetErrorMode(mode | SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS)


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core for this process (None where unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _kernel32():
    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

"""SIGTERM and SIGHUP lock Haven cleanly, then quit.

A logout, a `kill`, or a closed terminal sends one of these. Python runs its own signal
handlers only between bytecodes, and Qt's event loop runs no Python while it waits, so the
C-level handler writes to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier watches:
that wakes the loop, Python runs the handler, and the handler locks the session (the journal
is checkpointed and closed, the key forgotten, haven.lock released) and quits the app.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

HANDLED = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)


class TerminationWatcher(QObject):
    """Holds the wakeup socket and the notifier; `uninstall` puts everything back."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        for sock in (self._reader, self._writer):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {s: signal.signal(s, self._handle) for s in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)  # the Python handler has run (or runs right after this)

    def _handle(self, signum: int, _frame: object) -> None:
        self._on_signal(signum)

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, previous)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def lock_and_quit_on_termination(session: object, app: object) -> TerminationWatcher:
    """Install the watcher for the running app: lock, then quit with 128 + the signal."""
    from haven.ui.core.session import Session

    assert isinstance(session, Session)

    def stop(signum: int) -> None:
        session.lock()
        app.exit(128 + signum)  # type: ignore[attr-defined]

    return TerminationWatcher(stop)

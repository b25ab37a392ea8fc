"""Slow work (Argon2 key derivation, creating a vault) off the UI thread.

Key derivation takes about half a second on purpose. Doing it on the UI thread would freeze
the window, so it runs on Qt's thread pool and its result comes back to the UI thread as a
queued signal. Anything that opens the vault (`open_with_key`) stays on the UI thread.

A task started with `cancel_on_lock=True` drops its result if Haven locks while it runs, so
a key derived just before a quick-hide can never reopen the journal afterwards.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it, so slots run on the UI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token = token
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # every failure goes back to the UI, none is lost
            self._relay.failed.emit(self._token, exc)
        else:
            self._relay.finished.emit(self._token, result)


@dataclass(slots=True)
class _Pending:
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    cancel_on_lock: bool


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._pending: dict[int, _Pending] = {}
        self._running: set[int] = set()
        self._tokens = itertools.count(1)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        cancel_on_lock: bool = True,
    ) -> int:
        token = next(self._tokens)
        self._pending[token] = _Pending(on_done, on_error, cancel_on_lock)
        self._running.add(token)
        self._pool.start(_Job(token, work, self._relay))
        self.busy_changed.emit(True)
        return token

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def has_uncancellable(self) -> bool:
        """True while a task runs whose result must be seen through (e.g. a re-key)."""
        return any(
            token in self._running and not p.cancel_on_lock for token, p in self._pending.items()
        )

    def cancel_for_lock(self) -> None:
        """Forget the callbacks of tasks that must not act after a lock."""
        for token in [t for t, p in self._pending.items() if p.cancel_on_lock]:
            del self._pending[token]

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_finished(self, token: int, result: object) -> None:
        pending = self._settle(token)
        if pending is not None:
            pending.on_done(result)

    @Slot(int, object)
    def _on_failed(self, token: int, exc: object) -> None:
        pending = self._settle(token)
        if pending is not None:
            pending.on_error(exc)  # type: ignore[arg-type]

    def _settle(self, token: int) -> _Pending | None:
        self._running.discard(token)
        pending = self._pending.pop(token, None)
        self.busy_changed.emit(self.busy)
        return pending

"""Lock after a stretch without input (after KeePassXC's InactivityTimer).

One application-wide event filter sees every key press, click, wheel turn and mouse move in
any Haven window and restarts a single-shot timer. When it fires, `idle` is emitted and the
session locks. The filter does nothing else, so it stays cheap on every event, and it is
installed only while armed (unlocked): on the locked screen nothing is counted anyway, and at
start it would make PySide6 set up Python types for every new Qt class an event passes
through before the unlock window could paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits `idle` after `interval_ms` without input, while armed."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._armed = False
        self._interval_ms = 0
        self._watching = False

    def set_minutes(self, minutes: int) -> None:
        """0 switches the idle lock off (the settings warn about that)."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = max(0, interval_ms)
        self._timer.setInterval(self._interval_ms or 1)
        self._restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def arm(self) -> None:
        """Start counting (on unlock)."""
        self._armed = True
        self._watch(True)
        self._restart()

    def disarm(self) -> None:
        """Stop counting (on lock: there is nothing left to protect)."""
        self._armed = False
        self._timer.stop()
        self._watch(False)

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _restart(self) -> None:
        if self._armed and self._interval_ms > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    @Slot()
    def _on_timeout(self) -> None:
        if self._armed:
            self.idle.emit()

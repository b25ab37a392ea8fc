"""Noticing the first paint of a window: the moment a person first sees Haven.

Used to load what the first paint does not need only afterwards, and by
`--exit-after-first-paint` (bench/startup.py) to measure cold start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaintWatcher(QObject):
    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # Queued, so the paint (and its flush to the screen) completes first.
            QTimer.singleShot(0, self.painted.emit)
        return False

"""Small "What is this?" links that open the matching reading, only when clicked.

Used by Thresholds, Practice, Roadmap, Progress and the Pause dialog. The reading opens in
its own window so the page the person was on stays as it was (and the Pause dialog stays
open). Nothing here opens by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from haven import readings
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import close_button
from haven.ui.learn.reading_view import ReadingView, tr

# Where each link points: the screen, and the reading that explains it.
LINKS = {
    "thresholds": "body-alarm",
    "practice": "stop-and-pause-signals",
    "roadmap": "pacing-and-moving-back",
    "progress": "sleep-and-stress",
    "pause": "fear-or-danger",
}


class ReadingDialog(HavenDialog):
    """One reading in a calm window of its own; it holds nothing private."""

    def __init__(self, reading_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reading = readings.get(reading_id)
        self.setWindowTitle(reading.title if reading else tr("Learn"))
        self.view = ReadingView()
        self.view.show_reading(reading)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close_button(tr("Close"), self.accept))
        layout.addLayout(row)
        self.resize(640, 620)

    def stays_open_on_lock(self, reason: str) -> bool:
        return False


class WhatIsThis(QPushButton):
    """A quiet, flat button that reads as a link: "What is this?"."""

    def __init__(self, screen: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("What is this?"), parent)
        self.reading_id = LINKS[screen]
        reading = readings.get(self.reading_id)
        title = reading.title if reading else ""
        self.setObjectName("WhatIsThis")
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setAccessibleName(tr("What is this? Opens the reading: {title}").format(title=title))
        self.setToolTip(tr("Opens the reading “{title}”").format(title=title))
        self.clicked.connect(self.open)
        self.dialog: ReadingDialog | None = None

    @Slot()
    def open(self) -> None:
        self.dialog = ReadingDialog(self.reading_id, self.window())
        self.dialog.setModal(False)
        self.dialog.show()


def with_link(title: QWidget, screen: str) -> QWidget:
    """A heading with its "What is this?" link at the end of the same line."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(title, 1)
    line.addWidget(WhatIsThis(screen))
    return row

"""One undo bar for every area: "… was deleted. [Undo] [Dismiss]" after a delete.

One rule everywhere: the offer lasts UNDO_SECONDS, Ctrl+Z (the area's shortcut) or the
button brings the record back, Dismiss or a lock forgets it. Before, the journal's offer
lasted 10 seconds, the pacing areas' 12 and the safety plan's never ended.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_SECONDS = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("UndoBar", text)


class UndoBar(QFrame):
    """A quiet bar offering to undo the last delete for UNDO_SECONDS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("UndoBar")
        self.setAccessibleName(_t("Undo"))
        self.seconds: float = UNDO_SECONDS  # how long an offer lasts (tests shorten it)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_t("What was deleted"))
        self.undo_button = QPushButton(_t("Undo"))
        self.undo_button.setAccessibleName(_t("Undo the delete (Ctrl+Z)"))
        self.undo_button.setToolTip(_t("Bring it back (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.close_button = QPushButton(_t("Dismiss"))
        self.close_button.setAccessibleName(_t("Dismiss the undo note"))
        self.close_button.setAutoDefault(False)
        self.dismiss_button = self.close_button
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.clear)
        self.hide()

    @property
    def active(self) -> bool:
        """Whether something can still be brought back."""
        return self._undo is not None

    pending = active

    def offer(self, message: str, undo: Callable[[], None], seconds: float | None = None) -> None:
        self._undo = undo
        self.message.setText(message)
        self.show()
        self._timer.start(int((self.seconds if seconds is None else seconds) * 1000))

    @Slot()
    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.clear()
        if action is not None:
            action()

    @Slot()
    def clear(self) -> None:
        """Forget the offer (and the deleted record it held)."""
        self._timer.stop()
        self._undo = None
        self.message.clear()
        self.hide()

    dismiss = clear

"""A gentle "where you might start" card, shown on Today after first run.

An empty check-in gives a new person no idea where to begin. The card suggests an order
(the pause plan and stop signals first, so there is a way to stop before anything else,
then a first check-in) and links there; it closes with one button and comes back from
Settings, under Help. Whether it was closed is kept in the vault (it is about this journal).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, heading

DISMISSED_KEY = "start_card_dismissed"


class StartCard(QFrame):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("Card")
        title = self.tr("Where you might start")
        self.setAccessibleName(title)
        self.close_button = action_button(self.tr("Close this"), self.tr("Close this card"))
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(heading(title, scale=1.25), 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        steps = [
            (
                self.tr(
                    "1. Your pause plan and stop signals: what you, and anyone with you, will "
                    "do when something feels like too much. A way to stop comes first."
                ),
                self.tr("Set up my pause plan"),
                ("safety", "pause_plan"),
            ),
            (
                self.tr("2. Stop and pause signals: a word or a gesture that always means stop."),
                self.tr("Choose my signals"),
                ("safety", "signals"),
            ),
            (
                self.tr(
                    "3. A first check-in, just below, whenever you like. Any numbers are fine."
                ),
                "",
                ("", ""),
            ),
            (
                self.tr("Grounding tools are there at any moment, in the list on the left."),
                self.tr("See the grounding tools"),
                ("grounding", ""),
            ),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        self.links = []
        for text, button_text, (area, detail) in steps:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
            if button_text:
                button = action_button(button_text)
                button.clicked.connect(
                    lambda _checked=False, a=area, d=detail: self.navigate.emit(a, d)
                )
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.links.append(button)
        self.hide()

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            self.hide()
            return
        self.setVisible(not self._session.vault.settings.get(DISMISSED_KEY, False))

    @Slot()
    def dismiss(self) -> None:
        if self._session.is_unlocked:
            self._session.vault.settings.set(DISMISSED_KEY, True)
        self.hide()

    def show_again(self) -> None:
        if self._session.is_unlocked:
            self._session.vault.settings.set(DISMISSED_KEY, False)
        self.show()

"""Two cards of Settings: when Haven offers care after a hard moment, and Help.

The threshold is the person's own (default 7; 0–10; or off), kept encrypted in the vault:
it says something about them. Help brings back the "where you might start" card on Today.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QSpinBox

from haven.domain.hard_moments import DEFAULT_THRESHOLD
from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, card_inside, paragraph
from haven.usecases import hard_moments


class CareSettings(QFrame):
    """ "When something is hard": the threshold, or off."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._loading = False
        layout = card_inside(self, self.tr("When something is hard"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "After a check-in or a practice with distress at or above this number, "
                    "after grounding that left you more distressed, or after a consent answer "
                    "of No or Not sure, Haven quietly offers your pause plan, a grounding tool, "
                    "Help now, and a way to note it for therapy. Once each time; you can close it."
                ),
                hint=True,
            )
        )
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 10)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Offer care at or above this distress"))
        self.off = QCheckBox(self.tr("Don't offer this after a rating"))
        self.off.setAccessibleName(self.tr("Don't offer care after a rating"))
        label = QLabel(self.tr("Offer care at or above distress"))
        label.setWordWrap(True)
        label.setBuddy(self.threshold)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.threshold)
        row.addSpacing(16)
        row.addWidget(self.off)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr("A consent answer of No or Not sure is always answered with care."),
                hint=True,
            )
        )
        self.threshold.valueChanged.connect(self._save)
        self.off.toggled.connect(self._save)

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        value = hard_moments.threshold(self._session.vault)
        self._loading = True
        self.off.setChecked(value is None)
        self.threshold.setValue(DEFAULT_THRESHOLD if value is None else value)
        self.threshold.setEnabled(value is not None)
        self._loading = False

    @Slot()
    def _save(self, *_: object) -> None:
        self.threshold.setEnabled(not self.off.isChecked())
        if self._loading or not self._session.is_unlocked:
            return
        value = None if self.off.isChecked() else self.threshold.value()
        hard_moments.set_threshold(self._session.vault, value)


class HelpCard(QFrame):
    """Help: the start card again."""

    navigate = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        layout = card_inside(self, self.tr("Help"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Not sure where to begin? Today can show again the card with a few "
                    "places you might start."
                ),
                hint=True,
            )
        )
        self.start_button = action_button(self.tr("Where you might start"))
        self.start_button.clicked.connect(lambda: self.navigate.emit("today", "start"))
        layout.addWidget(self.start_button)

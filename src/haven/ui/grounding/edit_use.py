"""Changing a saved grounding use: the two ratings and the note."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from haven.domain.models import GroundingUse
from haven.ui.calm.grounding_tools import tool_title
from haven.ui.journal.widgets import when_text
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import action_button, heading, scrolling


class GroundingUseDialog(HavenDialog):
    def __init__(self, use: GroundingUse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._use = use
        title = self.tr("Change a grounding use")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.before = RatingInput(
            self.tr("Distress before you started"), "distress", initial=use.distress_before
        )
        self.after = RatingInput(
            self.tr("Distress afterwards"), "distress", initial=use.distress_after
        )
        self.note = QLineEdit(use.note)
        self.note.setAccessibleName(self.tr("A note for yourself"))
        note_label = QLabel(self.tr("Note"))
        note_label.setBuddy(self.note)
        self.save_button = action_button(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.cancel_button = action_button(self.tr("Keep it as it was"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(f"{tool_title(use.tool)} · {when_text(use.at)}", scale=1.15))
        layout.itemAt(0).widget().setWordWrap(True)
        layout.addWidget(self.before)
        layout.addWidget(self.after)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)
        self.resize(600, 520)

    def _save(self) -> None:
        self._use.distress_before = self.before.value()
        self._use.distress_after = self.after.value()
        self._use.note = self.note.text().strip()
        self.accept()

    def edited(self) -> GroundingUse:
        return self._use


def edit_use(use: GroundingUse, parent: QWidget) -> GroundingUse | None:
    dialog = GroundingUseDialog(use, parent)
    return dialog.edited() if dialog.exec() == HavenDialog.DialogCode.Accepted else None

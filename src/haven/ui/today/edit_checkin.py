"""Changing a saved check-in: its ratings, sleep, tags and note, and nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from haven.domain.models import CheckIn
from haven.ui.journal.widgets import TagsField, when_text
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import action_button, heading, scrolling, status_label, text_box
from haven.ui.today.sleep_box import SleepHoursBox


class CheckInDialog(HavenDialog):
    def __init__(self, checkin: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkin = checkin
        title = self.tr("Change a check-in")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.distress = RatingInput(
            self.tr("Distress"), "distress", optional=False, initial=checkin.distress
        )
        self.comfort = RatingInput(
            self.tr("Comfort"), "comfort", optional=False, initial=checkin.comfort
        )
        self.stress = RatingInput(self.tr("Stress"), "stress", initial=checkin.stress)
        self.sleep = SleepHoursBox()
        self.sleep.setAccessibleName(self.tr("Hours of sleep"))
        if checkin.sleep_hours is not None:
            self.sleep.setValue(checkin.sleep_hours)
        self.tags = TagsField(self.tr("Tags for this check-in, separated by commas"))
        self.tags.setText(", ".join(checkin.tags))
        self.note = text_box(self.tr("A note"), lines=3)
        self.note.setPlainText(checkin.note)
        self.message = status_label()
        self.save_button = action_button(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.cancel_button = action_button(self.tr("Keep it as it was"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(when_text(checkin.at), scale=1.2))
        for rating in (self.distress, self.comfort, self.stress):
            layout.addWidget(rating)
        for text, field in (
            (self.tr("Sleep, in hours"), self.sleep),
            (self.tr("Tags"), self.tags),
            (self.tr("Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)  # scrolls when the font is large
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        self.resize(620, 640)

    def _save(self) -> None:
        problem = self.sleep.problem()
        if problem:
            self.message.setText(problem)
            self.sleep.setFocus()
            return
        self._checkin.distress = self.distress.value()  # type: ignore[assignment]
        self._checkin.comfort = self.comfort.value()  # type: ignore[assignment]
        self._checkin.stress = self.stress.value()
        self._checkin.sleep_hours = self.sleep.hours()
        self._checkin.tags = self.tags.tags()
        self._checkin.note = self.note.toPlainText().strip()
        self.accept()

    def edited(self) -> CheckIn:
        return self._checkin


def edit_checkin(checkin: CheckIn, parent: QWidget) -> CheckIn | None:
    dialog = CheckInDialog(checkin, parent)
    return dialog.edited() if dialog.exec() == HavenDialog.DialogCode.Accepted else None

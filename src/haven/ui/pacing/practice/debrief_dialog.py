"""Reopening a finished practice: its reflection (the debrief) can be changed.

The ratings, what helped, what was hard, the consent answer and the note for the therapist;
the practice stays finished. "Not sure" and "No one else was there" are kept while the
practice is open in the form; once finished, a debrief stores only yes, no or neither, so
those two show as unanswered here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from haven.domain.hard_moments import ConsentAnswer
from haven.domain.models import Practice
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import action_button, heading, scrolling, text_box
from haven.ui.pacing.common import day_text


class DebriefDialog(HavenDialog):
    def __init__(self, practice: Practice, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._practice = practice
        title = self.tr("Your reflection on a practice")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        d = practice.debrief
        self.peak = RatingInput(
            self.tr("Distress at its highest"), "distress", initial=d.distress_peak
        )
        self.after = RatingInput(
            self.tr("Distress afterwards"), "distress", initial=d.distress_after
        )
        self.comfort = RatingInput(
            self.tr("Comfort during the practice"), "comfort", initial=d.comfort
        )
        self.helped = text_box(self.tr("What helped, even a little"), 3)
        self.helped.setPlainText(d.what_helped)
        self.hard = text_box(self.tr("What was hard"), 3)
        self.hard.setPlainText(d.what_was_hard)
        self.therapist = text_box(self.tr("Something to tell your therapist"), 3)
        self.therapist.setPlainText(d.for_therapist)

        consent_box = QGroupBox(
            self.tr(
                "If someone was with you: did you check in with each other about consent "
                "throughout?"
            )
        )
        self.consent_group = QButtonGroup(self)
        row = QHBoxLayout(consent_box)
        chosen = ConsentAnswer.from_checked(d.consent_checked)
        self.consent_buttons: dict[ConsentAnswer, QRadioButton] = {}
        for answer, text in (
            (ConsentAnswer.YES, self.tr("Yes")),
            (ConsentAnswer.NO, self.tr("No")),
            (ConsentAnswer.NOT_SURE, self.tr("Not sure")),
            (ConsentAnswer.ALONE, self.tr("No one else was there")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(
                self.tr("Consent checked throughout: {answer}").format(answer=text)
            )
            button.setChecked(answer is chosen)
            self.consent_group.addButton(button)
            self.consent_buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)

        self.save_button = action_button(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.cancel_button = action_button(self.tr("Keep it as it was"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        head = heading(
            " · ".join(t for t in (day_text(practice.started_at), step_title) if t), scale=1.15
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        for rating in (self.peak, self.after, self.comfort):
            layout.addWidget(rating)
        for text, field in (
            (self.tr("What helped, even a little?"), self.helped),
            (self.tr("What was hard?"), self.hard),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(consent_box)
        label = QLabel(self.tr("Something to tell your therapist (optional)"))
        label.setWordWrap(True)
        label.setBuddy(self.therapist)
        layout.addWidget(label)
        layout.addWidget(self.therapist)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)
        self.resize(680, 640)

    def consent(self) -> ConsentAnswer | None:
        return next((a for a, b in self.consent_buttons.items() if b.isChecked()), None)

    def _save(self) -> None:
        d = self._practice.debrief
        d.distress_peak = self.peak.value()
        d.distress_after = self.after.value()
        d.comfort = self.comfort.value()
        d.what_helped = self.helped.toPlainText().strip()
        d.what_was_hard = self.hard.toPlainText().strip()
        d.for_therapist = self.therapist.toPlainText().strip()
        answer = self.consent()
        d.consent_checked = None if answer is None else answer.checked
        self.accept()

    def edited(self) -> Practice:
        return self._practice


def edit_debrief(practice: Practice, step_title: str, parent: QWidget) -> Practice | None:
    dialog = DebriefDialog(practice, step_title, parent)
    return dialog.edited() if dialog.exec() == HavenDialog.DialogCode.Accepted else None

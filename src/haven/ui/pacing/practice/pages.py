"""The four pages of a practice, built once: start (drafts and a new practice), the
pre-brief, the calm during page with its large Pause, and the debrief."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from haven.ui.kit.flow import FlowLayout
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import (
    action_button,
    heading,
    paragraph,
    scrolling,
    status_label,
    text_box,
)
from haven.ui.pacing import common
from haven.ui.shell.shortcuts import PAUSE_KEYS

START, PRE, DURING, DEBRIEF = "start", "pre", "during", "debrief"


def _page(*widgets: QWidget, max_width: int = 720) -> QWidget:
    content = QWidget()
    content.setMaximumWidth(max_width)
    column = QVBoxLayout(content)
    column.setContentsMargins(8, 8, 8, 8)
    column.setSpacing(14)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    return holder


def _rows(*parts: QWidget | QHBoxLayout | QFormLayout) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


class PracticePages:
    """Part of `PracticeArea` (see area.py); mixed in, so `self` is the PracticeArea."""

    # -- building -----------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        intro = paragraph(
            self.tr(
                "A practice has three parts: a short plan before, a calm screen during, and a "
                "reflection afterwards. Every question is optional, and you can stop at any time."
            )
        )
        self.no_steps_note = paragraph(
            self.tr(
                "A practice belongs to a step of your roadmap. When you feel ready, you might "
                "add a step in Roadmap first."
            ),
            hint=True,
        )
        self.begin_button = action_button(self.tr("Begin a practice"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(lambda: self.begin_new())
        self.start_status = status_label()
        begin_row = QHBoxLayout()
        begin_row.addWidget(self.begin_button)
        begin_row.addStretch(1)

        drafts_box = QGroupBox(self.tr("Practices you have not finished"))
        self.drafts_list = QListWidget()
        self.drafts_list.setAccessibleName(self.tr("Practices you have not finished"))
        common.wrapping_list(self.drafts_list)
        self.drafts_list.itemActivated.connect(lambda _item: self.continue_selected())
        self.no_drafts = paragraph(self.tr("Nothing is waiting here."), hint=True)
        self.continue_button = action_button(
            self.tr("Continue"), self.tr("Continue the chosen practice")
        )
        self.discard_button = action_button(
            self.tr("Delete…"), self.tr("Delete the chosen unfinished practice")
        )
        self.continue_button.clicked.connect(self.continue_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.drafts_list.currentRowChanged.connect(self._update_draft_buttons)
        draft_buttons = QHBoxLayout()
        draft_buttons.addWidget(self.continue_button)
        draft_buttons.addWidget(self.discard_button)
        draft_buttons.addStretch(1)
        drafts_layout = QVBoxLayout(drafts_box)
        drafts_layout.addWidget(
            paragraph(
                self.tr("Anything you start is kept here until you finish it, so nothing is lost."),
                hint=True,
            )
        )
        drafts_layout.addWidget(self.no_drafts)
        drafts_layout.addWidget(self.drafts_list)
        drafts_layout.addLayout(draft_buttons)

        recent_box = QGroupBox(self.tr("Finished practices"))
        self.finished = self._finished_list()
        self.recent_list = self.finished.view
        common.wrapping_list(self.recent_list)
        self.no_recent = self.finished.empty
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(
            paragraph(
                self.tr(
                    "Newest first. You can open one to change its reflection, or delete it; "
                    "a delete can be undone."
                ),
                hint=True,
            )
        )
        recent_layout.addWidget(self.finished)

        return scrolling(
            _page(
                intro,
                self.no_steps_note,
                _rows(begin_row),
                self.start_status,
                self.care,
                drafts_box,
                recent_box,
            )
        )

    def _build_pre(self) -> QWidget:
        self.step_combo = QComboBox()
        self.step_combo.setAccessibleName(self.tr("The step this practice belongs to"))
        self.step_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.step_combo.setMinimumContentsLength(24)
        self.intention = text_box(
            self.tr("What you would like from this practice"),
            3,
            self.tr("For example: to notice how holding hands feels today"),
        )
        self.boundaries = text_box(
            self.tr("Your boundaries for this time"),
            3,
            self.tr("For example: clothes stay on; we stay in the living room"),
        )
        self.signal_agreed = QCheckBox(self.tr("We agreed a stop or pause signal together"))
        self.signal_agreed.setAccessibleName(self.tr("We agreed a stop or pause signal"))
        self.signal_field = QLineEdit()
        self.signal_field.setAccessibleName(self.tr("The signal"))
        self.signal_field.setPlaceholderText(self.tr("A word, a gesture, a tap…"))
        self.signal_source = paragraph("", hint=True)
        self.signal_source.setAccessibleName(self.tr("Where the signal came from"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("The step this practice belongs to"), self.step_combo)
        # "Agreed in therapy on …": the practice a logged session agreed for this step.
        self.agreed_note = paragraph("", hint=True)
        self.agreed_note.setAccessibleName(self.tr("Agreed in therapy"))
        self.agreed_note.hide()
        form.addRow(self.agreed_note)
        form.addRow(self.tr("What you would like from this practice"), self.intention)
        form.addRow(self.tr("Your boundaries for this time"), self.boundaries)

        signal_box = QGroupBox(self.tr("Stop and pause signal"))
        signal_layout = QVBoxLayout(signal_box)
        signal_layout.addWidget(self.signal_agreed)
        signal_form = QFormLayout()
        signal_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        signal_form.addRow(self.tr("The signal"), self.signal_field)
        signal_layout.addLayout(signal_form)
        signal_layout.addWidget(self.signal_source)

        ratings_box = QGroupBox(self.tr("Right now"))
        self.distress_now = RatingInput(self.tr("Distress right now"), "distress")
        self.comfort_now = RatingInput(self.tr("Comfort right now"), "comfort")
        self.predicted = RatingInput(self.tr("The most distress you expect"), "distress")
        ratings = QVBoxLayout(ratings_box)
        ratings.setSpacing(14)
        for rating in (self.distress_now, self.comfort_now, self.predicted):
            ratings.addWidget(rating)

        self.later_button = action_button(
            self.tr("Keep for later"),
            tip=self.tr("Keep what you wrote as a draft and go back to the start"),
        )
        self.to_during_button = action_button(self.tr("Begin"), self.tr("Begin the practice"))
        self.to_during_button.setDefault(True)
        self.later_button.clicked.connect(self.keep_for_later)
        self.to_during_button.clicked.connect(lambda: self.go_to(DURING))
        self.pre_status = status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.to_during_button)

        return scrolling(
            _page(
                heading(self.tr("Before you begin"), scale=1.2),
                paragraph(
                    self.tr("Every question is optional. You can change your mind at any time."),
                    hint=True,
                ),
                _rows(form),
                signal_box,
                ratings_box,
                self.pre_status,
                _rows(buttons),
            )
        )

    def _build_during(self) -> QWidget:
        self.during_title = heading("", scale=1.3)
        self.during_title.setAccessibleName(self.tr("The step you are practising"))
        self.during_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        reassurance = paragraph(
            self.tr(
                "You can pause or stop at any time, and so can your partner. "
                "A yes can change to a no at any moment."
            )
        )
        reassurance.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.during_signal = paragraph("")
        self.during_signal.setAccessibleName(self.tr("Your agreed signal"))
        self.during_signal.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setProperty("role", "pause")
        self.pause_button.setAccessibleName(self.tr("Pause"))
        what = self.tr("Your pause plan and a breathing guide")
        self.pause_button.setAccessibleDescription(f"{what} ({PAUSE_KEYS})")
        self.pause_button.setToolTip(f"{what} ({PAUSE_KEYS})")
        self.pause_button.setAutoDefault(False)
        font = QFont(self.pause_button.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.8)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.8))
        font.setBold(True)
        self.pause_button.setFont(font)
        # The theme sets a small min-height for every button; this one is meant to be large.
        self.pause_button.setStyleSheet(
            "QPushButton { min-height: 96px; min-width: 300px; border-radius: 18px; }"
        )
        self.pause_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.pause_button.clicked.connect(self.open_pause)

        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time so far"))
        self.timer_label.setProperty("role", "hint")
        self.timer_button = action_button(
            self.tr("Start timer"), tip=self.tr("The timer is optional")
        )
        self.timer_button.clicked.connect(self.toggle_timer)
        timer_row = FlowLayout(spacing=12)  # wraps at a large font instead of cutting
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.timer_button)

        self.back_to_plan_button = action_button(self.tr("Back to the plan"))
        self.back_to_plan_button.clicked.connect(lambda: self.go_to(PRE))
        self.finish_button = action_button(self.tr("Finish and reflect"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(lambda: self.go_to(DEBRIEF))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_to_plan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)

        pause_row = QHBoxLayout()
        pause_row.addStretch(1)
        pause_row.addWidget(self.pause_button, 2)
        pause_row.addStretch(1)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(18)
        column.addStretch(1)
        column.addWidget(self.during_title)
        column.addWidget(reassurance)
        column.addWidget(self.during_signal)
        column.addSpacing(12)
        column.addLayout(pause_row)
        column.addSpacing(12)
        column.addLayout(timer_row)
        column.addStretch(2)
        column.addLayout(buttons)
        return scrolling(content)  # at a large font the page scrolls; nothing is squeezed

    def _build_debrief(self) -> QWidget:
        ratings_box = QGroupBox(self.tr("How it was"))
        self.peak = RatingInput(self.tr("Distress at its highest"), "distress")
        self.after = RatingInput(self.tr("Distress now, afterwards"), "distress")
        self.comfort = RatingInput(self.tr("Comfort during the practice"), "comfort")
        ratings = QVBoxLayout(ratings_box)
        ratings.setSpacing(14)
        for rating in (self.peak, self.after, self.comfort):
            ratings.addWidget(rating)

        self.helped_label = QLabel(self.tr("What helped?"))
        self.helped_label.setWordWrap(True)
        self.helped = text_box(self.tr("What helped"), 3)
        self.helped_label.setBuddy(self.helped)
        self.hard_label = QLabel(self.tr("What was hard?"))
        self.hard_text = text_box(self.tr("What was hard"), 3)
        self.hard_label.setBuddy(self.hard_text)

        # The question never assumes a partner was there: practising alone is an answer too.
        consent_box = QGroupBox(
            self.tr(
                "If someone was with you: did you check in with each other about consent "
                "throughout?"
            )
        )
        self.consent_yes = QRadioButton(self.tr("Yes"))
        self.consent_no = QRadioButton(self.tr("No"))
        self.consent_unsure = QRadioButton(self.tr("Not sure"))
        self.consent_alone = QRadioButton(self.tr("No one else was there"))
        self.consent_group = QButtonGroup(self)
        consent_row = QHBoxLayout(consent_box)
        for button, key in (
            (self.consent_yes, "yes"),
            (self.consent_no, "no"),
            (self.consent_unsure, "not_sure"),
            (self.consent_alone, "alone"),
        ):
            button.setAccessibleName(
                self.tr("Consent checked throughout: {answer}").format(answer=button.text())
            )
            button.setProperty("consent", key)
            self.consent_group.addButton(button)
            consent_row.addWidget(button)
        consent_row.addStretch(1)
        self.consent_group.buttonToggled.connect(self._consent_toggled)

        self.therapist = text_box(
            self.tr("Something to tell your therapist"),
            3,
            self.tr("Only if you like"),
        )
        therapist_label = QLabel(self.tr("Something to tell your therapist"))
        therapist_label.setBuddy(self.therapist)
        therapist_hint = paragraph(
            self.tr(
                "Marked for your therapist summary. You choose what any summary includes "
                "before it is made."
            ),
            hint=True,
        )

        self.back_button = action_button(self.tr("Back"), self.tr("Back to the practice screen"))
        self.back_button.clicked.connect(lambda: self.go_to(DURING))
        self.save_button = action_button(self.tr("Save reflection"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        return scrolling(
            _page(
                heading(self.tr("Afterwards"), scale=1.2),
                paragraph(self.tr("Take your time. Every question is optional."), hint=True),
                ratings_box,
                _rows(self.helped_label, self.helped, self.hard_label, self.hard_text),
                consent_box,
                _rows(therapist_label, self.therapist, therapist_hint),
                _rows(buttons),
            )
        )

    def _watch_for_changes(self) -> None:
        for box in (self.intention, self.boundaries, self.helped, self.hard_text, self.therapist):
            box.textChanged.connect(self._touched)
        self.signal_field.textChanged.connect(self._touched)
        self.signal_agreed.toggled.connect(self._touched)
        self.step_combo.currentIndexChanged.connect(self._touched)
        self.step_combo.currentIndexChanged.connect(self._show_agreed)
        for rating in self._ratings():
            rating.changed.connect(self._touched)
        self.peak.changed.connect(self._update_hard_prompt)
        self.predicted.changed.connect(self._update_hard_prompt)

    def _show_agreed(self, *_: object) -> None:
        """Beside the step: what was agreed for it in therapy, if a session says so."""
        from haven.usecases import therapy

        uid = self.step_combo.currentData()
        note = ""
        if uid and self._session.is_unlocked:
            note = therapy.agreed_note(self._session.vault, uid)
        self.agreed_note.setText(note)
        self.agreed_note.setVisible(bool(note))

    def _ratings(self) -> tuple[RatingInput, ...]:
        return (
            self.distress_now,
            self.comfort_now,
            self.predicted,
            self.peak,
            self.after,
            self.comfort,
        )

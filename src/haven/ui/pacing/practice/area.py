"""Practice: a short plan before, a calm screen during, a reflection after.

Pre-brief → During → Debrief. Every practice belongs to a roadmap step. Whatever is entered
is kept in the vault as a draft (on every page change and a couple of seconds after typing),
so leaving halfway loses nothing: drafts are listed on the first page, ready to continue.

During a practice the large Pause button opens the pause plan and breathing guide (the same
dialog as the header's Pause, Ctrl+Shift+P). The timer is optional and shows time calmly,
in whole minutes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Slot
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
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.domain.models import (
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
    Signal,
    SignalKind,
    StepState,
)
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import Session
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import (
    action_button,
    heading,
    paragraph,
    scrolling,
    status_label,
    text_box,
)
from haven.ui.learn.links import with_link
from haven.ui.pacing import common
from haven.ui.pacing.common import UndoBar
from haven.ui.shell.shortcuts import PAUSE_KEYS

START, PRE, DURING, DEBRIEF = "start", "pre", "during", "debrief"
PAGES = (START, PRE, DURING, DEBRIEF)
DRAFT_PREFIX = "practice:"
AUTOSAVE_MS = 2000
HARD_PROMPT = "This practice was harder than expected. What helped, even a little?"
CONSENT_VALUES = {"yes": True, "no": False, "not_sure": None}


def felt_harder(predicted: int | None, peak: int | None) -> bool:
    """Peak distress above what was expected (or high, when nothing was expected)."""
    if peak is None:
        return False
    if predicted is not None:
        return peak > predicted
    return peak >= 7


def elapsed_text(seconds: int) -> str:
    """Time in whole minutes: calm, no ticking seconds."""
    tr = common.tr
    if seconds < 60:
        return tr("Less than a minute")
    minutes = seconds // 60
    return tr("1 minute") if minutes == 1 else tr("{n} minutes").format(n=minutes)


def _focus_rating(rating: RatingInput) -> None:
    """The slider when it is in use, else its "Leave this out" box (the way to start rating)."""
    if rating.slider().isEnabled():
        rating.slider().setFocus()
        return
    for box in rating.findChildren(QCheckBox):
        box.setFocus()
        return


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


class PracticeArea(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._practice: Practice | None = None
        self._page = START
        self._steps: list[RoadmapStep] = []
        self._loading = 0  # > 0 while the form is filled by Haven, not typed in
        self._emitting = False
        self._consent = ""
        self._timer_base = 0
        self._timer_used = False
        self._timing = False
        self._clock = QElapsedTimer()
        self._pause_dialog: PauseDialog | None = None
        self.setAccessibleName(self.tr("Practice"))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer_label)

        self.undo_bar = UndoBar()
        self.pages = QStackedWidget()
        self._page_widgets = {
            START: self._build_start(),
            PRE: self._build_pre(),
            DURING: self._build_during(),
            DEBRIEF: self._build_debrief(),
        }
        for widget in self._page_widgets.values():
            self.pages.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(with_link(heading(self.tr("Practice"), scale=1.6), "practice"))
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.pages, 1)

        self._watch_for_changes()
        session.about_to_lock.connect(self._save_before_lock)
        session.locked.connect(self.clear_sensitive)
        session.unlocked.connect(self.refresh)
        self._show_page(START)
        self.refresh()

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

        recent_box = QGroupBox(self.tr("Recent practices"))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent practices, newest first"))
        common.wrapping_list(self.recent_list)
        self.no_recent = paragraph(self.tr("No finished practices yet."), hint=True)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.no_recent)
        recent_layout.addWidget(self.recent_list)

        return scrolling(
            _page(
                intro,
                self.no_steps_note,
                _rows(begin_row),
                self.start_status,
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
        timer_row = QHBoxLayout()
        timer_row.addStretch(1)
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.timer_button)
        timer_row.addStretch(1)

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
        return content

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

        consent_box = QGroupBox(self.tr("Did you both check in about consent throughout?"))
        self.consent_yes = QRadioButton(self.tr("Yes"))
        self.consent_no = QRadioButton(self.tr("No"))
        self.consent_unsure = QRadioButton(self.tr("Not sure"))
        self.consent_group = QButtonGroup(self)
        consent_row = QHBoxLayout(consent_box)
        for button, key in (
            (self.consent_yes, "yes"),
            (self.consent_no, "no"),
            (self.consent_unsure, "not_sure"),
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
        for rating in self._ratings():
            rating.changed.connect(self._touched)
        self.peak.changed.connect(self._update_hard_prompt)
        self.predicted.changed.connect(self._update_hard_prompt)

    def _ratings(self) -> tuple[RatingInput, ...]:
        return (
            self.distress_now,
            self.comfort_now,
            self.predicted,
            self.peak,
            self.after,
            self.comfort,
        )

    # -- reading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._emitting or not self._session.is_unlocked:
            return
        vault = self._session.vault
        self._steps = vault.roadmap.list()
        self._fill_step_combo(self.current_step_uid())
        has_steps = bool(self._steps)
        self.no_steps_note.setVisible(not has_steps)
        self.begin_button.setEnabled(has_steps)

        titles = {s.uid: s.title for s in self._steps}
        open_uid = None if self._practice is None else self._practice.uid
        self.drafts_list.clear()
        for practice in vault.practices.drafts():
            if practice.uid == open_uid:
                continue
            step = titles.get(practice.step_uid or "", self.tr("a step no longer in the roadmap"))
            item = QListWidgetItem(
                self.tr("Started {when} · {step}").format(
                    when=common.day_and_time_text(practice.started_at), step=step
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, practice.id)
            self.drafts_list.addItem(item)
        if self.drafts_list.count():
            self.drafts_list.setCurrentRow(0)
        self.no_drafts.setVisible(self.drafts_list.count() == 0)
        self.drafts_list.setVisible(self.drafts_list.count() > 0)
        common.fit_rows(self.drafts_list, 5)
        self._update_draft_buttons()

        self.recent_list.clear()
        for practice in vault.practices.list(
            status=PracticeStatus.DONE, newest_first=True, limit=5
        ):
            step = titles.get(practice.step_uid or "", self.tr("a step no longer in the roadmap"))
            self.recent_list.addItem(
                self.tr("{step} — {ratings}").format(
                    step=step, ratings=common.practice_ratings_text(practice)
                )
            )
        self.no_recent.setVisible(self.recent_list.count() == 0)
        self.recent_list.setVisible(self.recent_list.count() > 0)
        common.fit_rows(self.recent_list, 5)

    def _fill_step_combo(self, keep_uid: str | None) -> None:
        with self._quiet():
            self.step_combo.clear()
            for step in self._steps:
                self.step_combo.addItem(
                    f"{step.title} ({common.state_label(step.state)})", step.uid
                )
            self.step_combo.setCurrentIndex(self.step_combo.findData(keep_uid) if keep_uid else -1)

    def current_step_uid(self) -> str | None:
        data = self.step_combo.currentData()
        if data:
            return str(data)
        return None if self._practice is None else self._practice.step_uid

    def _default_step_uid(self) -> str | None:
        for step in self._steps:
            if step.state == StepState.PRACTISING:
                return step.uid
        return self._steps[0].uid if self._steps else None

    @property
    def page(self) -> str:
        return self._page

    @property
    def practice(self) -> Practice | None:
        return self._practice

    def _update_draft_buttons(self, *_: object) -> None:
        chosen = self.drafts_list.currentItem() is not None
        self.continue_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    # -- starting and continuing ----------------------------------------------------------------
    def begin_new(self, step_uid: str | None = None) -> None:
        """Open a fresh pre-brief (nothing is saved until something is entered)."""
        if not self._session.is_unlocked:
            return
        if self._practice is not None and self._page != START:
            if step_uid and self._page == PRE:
                self.step_combo.setCurrentIndex(self.step_combo.findData(step_uid))
            self._show_page(self._page)
            return
        self.refresh()
        if not self._steps:
            self.start_status.setText(
                self.tr("A practice belongs to a step. You might add one in Roadmap first.")
            )
            return
        self._reset_form()
        self._practice = Practice(step_uid=step_uid or self._default_step_uid())
        with self._quiet():
            self._fill_step_combo(self._practice.step_uid)
            stop = self._stop_signal()
            self.signal_field.setText(stop)
            self.signal_source.setText(
                self.tr("From your safety plan. You can change it for this time.") if stop else ""
            )
        self.start_status.clear()
        self._show_page(PRE)
        self.step_combo.setFocus()

    def open_detail(self, step_uid: str) -> None:
        """Opened from the roadmap's "Plan a practice…": a new pre-brief for that step."""
        self.begin_for_step(step_uid)

    def begin_for_step(self, step_uid: str) -> None:
        """From the roadmap's "Plan a practice…": a pre-brief for that step."""
        self.begin_new(step_uid)

    def _stop_signal(self) -> str:
        signals = self._session.vault.safety.list(Signal)
        for kind in (SignalKind.STOP, SignalKind.PAUSE):
            for signal in signals:
                if signal.kind == kind and signal.signal.strip():
                    return signal.signal.strip()
        return ""

    @Slot()
    def continue_selected(self) -> None:
        item = self.drafts_list.currentItem()
        if item is not None:
            self.continue_draft(int(item.data(Qt.ItemDataRole.UserRole)))

    def continue_draft(self, practice_id: int) -> None:
        if not self._session.is_unlocked:
            return
        if self._practice is not None and self._page != START:
            self.save_draft()
        vault = self._session.vault
        practice = vault.practices.get(practice_id)
        if practice is None:
            self.refresh()
            return
        draft = vault.drafts.get(DRAFT_PREFIX + practice.uid)
        extra = draft.content if draft is not None else {}
        page = str(extra.get("page", PRE))
        if page not in (PRE, DURING, DEBRIEF):
            page = PRE
        self._reset_form()
        self._practice = practice
        self._fill(practice, str(extra.get("consent", "")))
        self.start_status.clear()
        self._show_page(page)
        self.refresh()

    # -- moving between pages -----------------------------------------------------------------
    def go_to(self, page: str) -> None:
        if self._practice is None:
            return
        if page == DURING and not self.current_step_uid():
            self.pre_status.setText(self.tr("You might choose the step this practice belongs to."))
            self.step_combo.setFocus()
            return
        if self._page == DURING and self._timing:
            self.toggle_timer()
        self.pre_status.clear()
        self._show_page(page)
        self.save_draft(force=True)
        self._notify()
        if page == PRE:
            self.step_combo.setFocus()
        elif page == DURING:
            self.pause_button.setFocus()
        elif page == DEBRIEF:
            _focus_rating(self.peak)

    def _show_page(self, page: str) -> None:
        self._page = page
        if page == DURING:
            self._prepare_during()
        if page == DEBRIEF:
            self._update_hard_prompt()
        self.pages.setCurrentWidget(self._page_widgets[page])

    def _prepare_during(self) -> None:
        title = next(
            (s.title for s in self._steps if s.uid == self.current_step_uid()), self.tr("a step")
        )
        self.during_title.setText(self.tr("Practising: {step}").format(step=title))
        signal = self.signal_field.text().strip()
        self.during_signal.setText(
            self.tr("Your signal: “{signal}”").format(signal=signal) if signal else ""
        )
        self.during_signal.setVisible(bool(signal))
        self._update_timer_label()

    @Slot()
    def keep_for_later(self) -> None:
        kept = self.save_draft()
        self._close_practice()
        self.start_status.setText(
            self.tr("Kept as a draft. You can continue it here whenever you like.")
            if kept
            else self.tr("Nothing was written yet, so there was nothing to keep.")
        )
        self._notify()

    @Slot()
    def finish(self) -> None:
        practice = self._practice
        if practice is None or not self._session.is_unlocked:
            return
        if self._timing:
            self.toggle_timer()
        self._collect()
        vault = self._session.vault
        with vault.transaction():
            vault.practices.finish(practice)
            vault.drafts.discard(DRAFT_PREFIX + practice.uid)
        self._close_practice()
        self.start_status.setText(
            self.tr("Your reflection is saved. Thank you for taking the time.")
        )
        self._notify()
        self.begin_button.setFocus()

    def _close_practice(self) -> None:
        self._autosave.stop()
        self._practice = None
        self._reset_form()
        self._show_page(START)
        self.refresh()

    # -- saving -------------------------------------------------------------------------------
    def _touched(self, *_: object) -> None:
        if self._loading or self._practice is None:
            return
        if not self._autosave.isActive():
            self._autosave.start()

    def _worth_keeping(self) -> bool:
        p = self._practice
        if p is None:
            return False
        if p.id is not None:
            return True
        pre, de = p.pre, p.debrief
        return any(
            (
                pre.intention.strip(),
                pre.boundaries.strip(),
                pre.stop_signal_agreed,
                pre.distress_now is not None,
                pre.comfort_now is not None,
                pre.predicted_distress is not None,
                de.distress_peak is not None,
                de.distress_after is not None,
                de.comfort is not None,
                de.what_helped.strip(),
                de.what_was_hard.strip(),
                de.for_therapist.strip(),
                self._consent,
                self._timer_used,
            )
        )

    @Slot()
    def _save_before_lock(self) -> None:
        if self._autosave.isActive():
            self.save_draft()

    @Slot()
    def save_draft(self, force: bool = False) -> bool:
        """Keep what is entered as a draft in the vault. Returns whether anything was kept."""
        self._autosave.stop()
        practice = self._practice
        if practice is None or not self._session.is_unlocked:
            return False
        self._collect()
        if not force and not self._worth_keeping():
            return False
        if force and self._page == PRE and not self._worth_keeping():
            return False
        vault = self._session.vault
        with vault.transaction():
            practice.status = PracticeStatus.DRAFT
            vault.practices.save(practice)
            vault.drafts.save(
                DRAFT_PREFIX + practice.uid, {"page": self._page, "consent": self._consent}
            )
        return True

    def _collect(self) -> None:
        p = self._practice
        if p is None:
            return
        p.step_uid = self.current_step_uid()
        p.pre = PreBrief(
            intention=self.intention.toPlainText(),
            boundaries=self.boundaries.toPlainText(),
            stop_signal_agreed=self.signal_agreed.isChecked(),
            stop_signal=self.signal_field.text().strip(),
            distress_now=self.distress_now.value(),
            comfort_now=self.comfort_now.value(),
            predicted_distress=self.predicted.value(),
        )
        p.debrief = Debrief(
            distress_peak=self.peak.value(),
            distress_after=self.after.value(),
            comfort=self.comfort.value(),
            what_helped=self.helped.toPlainText(),
            what_was_hard=self.hard_text.toPlainText(),
            consent_checked=CONSENT_VALUES.get(self._consent),
            for_therapist=self.therapist.toPlainText(),
        )
        if self._timer_used:
            p.duration_seconds = self.timer_seconds()

    def _fill(self, p: Practice, consent: str) -> None:
        with self._quiet():
            self._fill_step_combo(p.step_uid)
            self.intention.setPlainText(p.pre.intention)
            self.boundaries.setPlainText(p.pre.boundaries)
            self.signal_agreed.setChecked(p.pre.stop_signal_agreed)
            self.signal_field.setText(p.pre.stop_signal)
            self.distress_now.setValue(p.pre.distress_now)
            self.comfort_now.setValue(p.pre.comfort_now)
            self.predicted.setValue(p.pre.predicted_distress)
            self.peak.setValue(p.debrief.distress_peak)
            self.after.setValue(p.debrief.distress_after)
            self.comfort.setValue(p.debrief.comfort)
            self.helped.setPlainText(p.debrief.what_helped)
            self.hard_text.setPlainText(p.debrief.what_was_hard)
            self.therapist.setPlainText(p.debrief.for_therapist)
            if consent not in CONSENT_VALUES:
                answer = p.debrief.consent_checked
                consent = "" if answer is None else ("yes" if answer else "no")
            self._set_consent(consent)
            self._timer_base = p.duration_seconds or 0
            self._timer_used = p.duration_seconds is not None

    def _set_consent(self, key: str) -> None:
        self.consent_group.setExclusive(False)
        for button in self.consent_group.buttons():
            button.setChecked(button.property("consent") == key)
        self.consent_group.setExclusive(True)
        self._consent = key if key in CONSENT_VALUES else ""

    def _consent_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._consent = str(button.property("consent"))
            self._touched()

    def _update_hard_prompt(self, *_: object) -> None:
        hard = felt_harder(self.predicted.value(), self.peak.value())
        self.helped_label.setText(common.tr(HARD_PROMPT) if hard else self.tr("What helped?"))

    # -- during -------------------------------------------------------------------------------
    @Slot()
    def open_pause(self) -> None:
        window = self.window()
        opener = getattr(window, "open_pause", None)
        if window is not self and callable(opener):
            opener()
            return
        dialog = self._pause_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = PauseDialog(self._session, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._pause_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def toggle_timer(self) -> None:
        if self._timing:
            self._timer_base += self._clock.elapsed() // 1000
            self._timing = False
            self._tick.stop()
            self.timer_button.setText(self.tr("Start timer"))
            self.timer_button.setAccessibleName(self.tr("Start the timer"))
        else:
            self._clock.start()
            self._timing = True
            self._timer_used = True
            self._tick.start()
            self.timer_button.setText(self.tr("Stop timer"))
            self.timer_button.setAccessibleName(self.tr("Stop the timer"))
            self._touched()
        self._update_timer_label()

    def timer_seconds(self) -> int:
        running = self._clock.elapsed() // 1000 if self._timing else 0
        return int(self._timer_base + running)

    def _update_timer_label(self) -> None:
        if not self._timer_used:
            self.timer_label.setText(self.tr("A timer, if you would like one:"))
            return
        words = elapsed_text(self.timer_seconds())
        if self._timing:
            self.timer_label.setText(self.tr("Time so far: {time}").format(time=words))
        else:
            self.timer_label.setText(self.tr("Timer stopped at: {time}").format(time=words))

    # -- deleting a draft ------------------------------------------------------------------------
    @Slot()
    def discard_selected(self) -> None:
        item = self.drafts_list.currentItem()
        if item is None or not self._session.is_unlocked:
            return
        vault = self._session.vault
        practice = vault.practices.get(int(item.data(Qt.ItemDataRole.UserRole)))
        if practice is None:
            return
        if not common.ask_once(
            self,
            self.tr("Delete this unfinished practice?"),
            self.tr("What you wrote for this practice will be deleted."),
            self.tr("Delete"),
        ):
            return
        if not self._session.is_unlocked:
            return
        key = DRAFT_PREFIX + practice.uid
        extra = vault.drafts.get(key)
        content = dict(extra.content) if extra is not None else {}
        with vault.transaction():
            vault.practices.delete(practice.id)
            vault.drafts.discard(key)
        self.refresh()
        self._notify()

        def restore() -> None:
            if not self._session.is_unlocked:
                return
            with self._session.vault.transaction():
                practice.id = None
                self._session.vault.practices.save(practice)
                if content:
                    self._session.vault.drafts.save(key, content)
            self.refresh()
            self._notify()

        self.undo_bar.offer(self.tr("The unfinished practice was deleted."), restore)
        self.undo_bar.undo_button.setFocus()

    # -- shared -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        """Fill widgets without it counting as the person's typing."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def _notify(self) -> None:
        self._emitting = True
        try:
            self._session.data_changed.emit()
        finally:
            self._emitting = False

    def _reset_form(self) -> None:
        with self._quiet():
            self._autosave.stop()
            self._tick.stop()
            self._timing = False
            self._timer_used = False
            self._timer_base = 0
            self.timer_button.setText(self.tr("Start timer"))
            self.timer_button.setAccessibleName(self.tr("Start the timer"))
            for box in (
                self.intention,
                self.boundaries,
                self.helped,
                self.hard_text,
                self.therapist,
            ):
                box.clear()
            self.signal_field.setText("")
            self.signal_agreed.setChecked(False)
            for rating in self._ratings():
                rating.setValue(None)
            self._set_consent("")
            for label in (
                self.signal_source,
                self.during_title,
                self.during_signal,
                self.pre_status,
            ):
                label.clear()
            self.helped_label.setText(self.tr("What helped?"))

    @Slot()
    def clear_sensitive(self) -> None:
        """On lock: forget the practice in progress (its draft is in the vault) and every list."""
        self._autosave.stop()
        self.undo_bar.clear()
        self._practice = None
        self._reset_form()
        self._steps = []
        with self._quiet():
            self.step_combo.clear()
        self.drafts_list.clear()
        self.recent_list.clear()
        self.start_status.clear()
        self.timer_label.clear()
        dialog = self._pause_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.clear_sensitive()
        self._show_page(START)

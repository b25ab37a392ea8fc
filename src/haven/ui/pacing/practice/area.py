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
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.domain.drafts import PRACTICE_PREFIX
from haven.domain.models import (
    Practice,
    PracticeStatus,
    RoadmapStep,
    Signal,
    SignalKind,
    StepState,
)
from haven.domain.rules import practice_has_content
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import Session
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import (
    heading,
)
from haven.ui.pacing import common
from haven.ui.pacing.practice.form import PracticeForm
from haven.ui.pacing.practice.pages import DEBRIEF, DURING, PRE, START, PracticePages
from haven.usecases import practice as practice_cases

PAGES = (START, PRE, DURING, DEBRIEF)
DRAFT_PREFIX = PRACTICE_PREFIX  # the draft keys live in the domain (haven.domain.drafts)
AUTOSAVE_MS = 2000


def _focus_rating(rating: RatingInput) -> None:
    """The slider when it is in use, else its "Leave this out" box (the way to start rating)."""
    if rating.slider().isEnabled():
        rating.slider().setFocus()
        return
    for box in rating.findChildren(QCheckBox):
        box.setFocus()
        return


class PracticeArea(PracticeForm, PracticePages, QWidget):
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
        layout.addWidget(heading(self.tr("Practice"), scale=1.6))
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.pages, 1)

        self._watch_for_changes()
        session.about_to_lock.connect(self._save_before_lock)
        session.locked.connect(self.clear_sensitive)
        session.unlocked.connect(self.refresh)
        self._show_page(START)
        self.refresh()

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
        practice_cases.finish(self._session.vault, practice)
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
        # "Not sure" is an answer too, though it is stored as no answer (None).
        return practice_has_content(p) or bool(self._consent) or self._timer_used

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
        practice_cases.keep_for_later(
            self._session.vault, practice, {"page": self._page, "consent": self._consent}
        )
        return True

    # -- during -------------------------------------------------------------------------------
    @Slot()
    def open_pause(self) -> None:
        if self._session.request_pause():  # the main window shows it, as for the header
            return
        dialog = self._pause_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = PauseDialog(self._session, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._pause_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

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
        deleted = practice_cases.delete_draft(vault, practice)
        self.refresh()
        self._notify()

        def restore() -> None:
            if not self._session.is_unlocked:
                return
            practice_cases.restore_draft(self._session.vault, deleted)
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

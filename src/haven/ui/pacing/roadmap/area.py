"""Roadmap: the person's own ordered steps, each with its state, timeline and practices.

A step's state changes only when the person changes it. "Move back a step" is one click and
is described as information ("That is a normal part of pacing."). The readiness view compares
recent practices with the person's own guide, as information only.

Keyboard: Alt+Up / Alt+Down in the list move a step (or the Move up / Move down buttons);
Delete deletes (asking once); Ctrl+Z brings back what was just deleted; Ctrl+S saves details.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.domain import pacing
from haven.domain.models import (
    Practice,
    PracticeStatus,
    ReadinessGuide,
    RoadmapStep,
    StateChange,
    StepState,
)
from haven.ui.core.session import Session
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import (
    heading,
)
from haven.ui.learn.links import with_link
from haven.ui.pacing import common
from haven.ui.pacing.roadmap.pages import RoadmapPages
from haven.usecases.setup import seed_example_roadmap


def describe_practice(practice: Practice) -> str:
    """One row in a step's practice list: its date and ratings, in words."""
    if practice.status == PracticeStatus.DRAFT:
        return common.tr("{when} · not finished yet (kept as a draft in Practice)").format(
            when=common.day_text(practice.started_at)
        )
    return common.practice_ratings_text(practice)


def describe_change(change: StateChange) -> str:
    """A timeline row: the date and pacing's own kind words for the change, and its note."""
    text = f"{common.day_text(change.at)} · {common.tr(pacing.describe_change(change))}"
    if change.note:
        text += "\n" + common.tr("Your note: {note}").format(note=change.note)
    return text


def readiness_text(step: RoadmapStep, practices: list[Practice]) -> str:
    tr = common.tr
    if step.readiness is None:
        return tr(
            "There is no readiness guide for this step. If it helps, you can add one of your "
            "own under Details, for example “three practices at or below 4 at their peak”."
        )
    view = pacing.compare_readiness(step.readiness, practices)
    if view.considered == 0:
        return tr("Your guide: {n} practices at or below {peak} at their peak. ").format(
            n=view.wanted, peak=view.max_peak
        ) + tr("No finished practices for this step yet.")
    return tr(
        "{within} of your last {considered} practices peaked at or below {peak}. "
        "Your guide mentions {wanted}."
    ).format(within=view.within, considered=view.considered, peak=view.max_peak, wanted=view.wanted)


class RoadmapArea(RoadmapPages, QWidget):
    navigate = Signal(str, str)  # (area key, detail): "Plan a practice…" opens Practice

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._steps: list[RoadmapStep] = []
        self._practices: dict[str, list[Practice]] = {}
        self._current_id: int | None = None
        self._shown_id: int | None = None  # the step the overview shows
        self._editor_id: int | None = None  # the step whose words are in the Details fields
        self._started = False  # "Start empty" chosen in this unlocked session
        self._loading = False
        self._emitting = False
        self.setAccessibleName(self.tr("Roadmap"))

        self.undo_bar = UndoBar()
        self.pages = QStackedWidget()
        self.start_page = self._build_start_page()
        self.main_page = self._build_main_page()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.main_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(with_link(heading(self.tr("Roadmap"), scale=1.6), "roadmap"))
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.pages, 1)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_bar.undo)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_details)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_step)

        session.locked.connect(self.clear_sensitive)
        session.unlocked.connect(self.refresh)
        self._show_detail(None)
        self.refresh()

    # -- rows ---------------------------------------------------------------------------------
    def _row_text(self, step: RoadmapStep, row: int) -> str:
        return f"{row + 1}. {step.title}\n{common.state_label(step.state)}"

    def _row_accessible(self, step: RoadmapStep, row: int) -> str:
        return self.tr("Step {n}: {title}, {state}").format(
            n=row + 1, title=step.title, state=common.state_label(step.state)
        )

    # -- reading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._emitting or not self._session.is_unlocked:
            return
        vault = self._session.vault
        self._steps = vault.roadmap.list()
        self._practices = {}
        for practice in vault.practices.list(newest_first=True):
            if practice.step_uid:
                self._practices.setdefault(practice.step_uid, []).append(practice)
        keep = self._current_id
        self._loading = True
        try:
            self.model.set_items(self._steps)
            row = self.model.row_of(keep)
            if row < 0 and self._steps:
                row = 0
            common.select_row(self.list, row)
        finally:
            self._loading = False
        self._show_detail(self.current_step())
        self.pages.setCurrentWidget(
            self.main_page if self._steps or self._started else self.start_page
        )
        self._update_buttons()

    def current_step(self) -> RoadmapStep | None:
        return self.model.item(common.current_row(self.list))

    def step_by_id(self, step_id: int | None) -> RoadmapStep | None:
        return next((s for s in self._steps if s.id == step_id), None)

    def _show_detail(self, step: RoadmapStep | None) -> None:
        self._current_id = None if step is None else step.id
        if step is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        if self._shown_id != step.id:
            self.message.clear()
            self.details_status.clear()
        self._shown_id = step.id
        self.step_title.setText(step.title)
        self.step_description.setText(step.description)
        self.step_description.setVisible(bool(step.description))
        self.state_text.setText(
            self.tr("Right now: {state}").format(state=common.state_label(step.state))
        )
        self.move_back_button.setEnabled(step.state != StepState.NOT_STARTED)
        self.state_combo.setCurrentIndex(self.state_combo.findData(step.state.value))
        self._update_change_button()

        practices = self._practices.get(step.uid, [])
        self.readiness.setText(readiness_text(step, practices))
        from haven.usecases import therapy

        agreed = therapy.agreed_note(self._session.vault, step.uid)
        self.agreed.setText(agreed)
        self.agreed.setVisible(bool(agreed))
        self.practice_list.clear()
        for practice in practices:
            self.practice_list.addItem(describe_practice(practice))
        self.no_practices.setVisible(not practices)
        self.practice_list.setVisible(bool(practices))
        common.fit_rows(self.practice_list, 6)
        self.timeline.clear()
        for change in reversed(step.history):
            self.timeline.addItem(describe_change(change))
        if not step.history:
            self.timeline.addItem(
                self.tr("{when} · Added.").format(when=common.day_text(step.created_at))
            )
        common.fit_rows(self.timeline, 8)

        if self._editor_id == step.id and self._editor_differs(step):
            return  # unsaved words stay as they are
        self._fill_editor(step)

    def _fill_editor(self, step: RoadmapStep) -> None:
        self._editor_id = step.id
        self.title_field.setText(step.title)
        self.description_field.setPlainText(step.description)
        self.notes_field.setPlainText(step.readiness_notes)
        self.guide_check.setChecked(step.readiness is not None)
        if step.readiness is not None:
            self.guide_count.setValue(step.readiness.practices)
            self.guide_peak.setValue(step.readiness.max_peak_distress)
        else:
            self.guide_count.setValue(3)
            self.guide_peak.setValue(4)
        self._guide_toggled(step.readiness is not None)

    def _editor_guide(self) -> ReadinessGuide | None:
        if not self.guide_check.isChecked():
            return None
        return ReadinessGuide(self.guide_count.value(), int(self.guide_peak.value() or 0))

    def _editor_differs(self, step: RoadmapStep) -> bool:
        return (
            self.title_field.text().strip() != step.title
            or self.description_field.toPlainText() != step.description
            or self.notes_field.toPlainText() != step.readiness_notes
            or self._editor_guide() != step.readiness
        )

    def _update_buttons(self) -> None:
        row = common.current_row(self.list)
        count = self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.delete_button.setEnabled(row >= 0)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        old = self.step_by_id(self._editor_id)
        if old is not None and self._editor_differs(old):
            self._save_editor_into(old, quiet=True)
        self._show_detail(self.model.item(current.row()) if current.isValid() else None)
        self._update_buttons()

    def _guide_toggled(self, on: bool) -> None:
        self.guide_count.setEnabled(on)
        self.guide_peak.setEnabled(on)

    def _update_change_button(self) -> None:
        step = self.step_by_id(self._current_id)
        chosen = self.state_combo.currentData()
        self.change_button.setEnabled(step is not None and chosen != step.state.value)

    # -- changing -----------------------------------------------------------------------------
    def _changed(self) -> None:
        """Reload, then tell the other areas (without reloading this one twice)."""
        self.refresh()
        self._emitting = True
        try:
            self._session.data_changed.emit()
        finally:
            self._emitting = False

    @Slot()
    def add_example(self) -> None:
        if not self._session.is_unlocked:
            return
        seed_example_roadmap(self._session.vault)
        self._started = True
        self._current_id = None
        self._changed()
        self.list_status.setText(
            self.tr("The example steps are yours now: rename, reorder or delete any of them.")
        )
        self.list.setFocus()

    @Slot()
    def start_empty(self) -> None:
        self._started = True
        self.pages.setCurrentWidget(self.main_page)
        self.list_status.setText(self.tr("You might write your first step below."))
        self.new_title.setFocus()

    @Slot()
    def add_from_field(self) -> None:
        title = self.new_title.text().strip()
        if not title:
            self.list_status.setText(self.tr("A step needs a short name first."))
            return
        self.add_step(title)
        self.new_title.setText("")

    def add_step(self, title: str, description: str = "") -> RoadmapStep | None:
        if not self._session.is_unlocked:
            return None
        step = self._session.vault.roadmap.add(RoadmapStep(title=title, description=description))
        self._started = True
        self._current_id = step.id
        self._changed()
        self.list_status.setText(self.tr("Added. It starts as “Not started”."))
        return step

    @Slot()
    def save_details(self) -> None:
        step = self.step_by_id(self._current_id)
        if step is None:
            return
        self._save_editor_into(step, quiet=False)

    def _save_editor_into(self, step: RoadmapStep, *, quiet: bool) -> None:
        if not self._session.is_unlocked:
            return
        title = self.title_field.text().strip()
        if not title:
            if not quiet:
                self.details_status.setText(
                    self.tr("A step needs a short name. Nothing else was changed.")
                )
                return
            title = step.title
        step.title = title
        step.description = self.description_field.toPlainText()
        step.readiness_notes = self.notes_field.toPlainText()
        step.readiness = self._editor_guide()
        self._session.vault.roadmap.update(step)
        self.model.touch()
        if not quiet:
            self.details_status.setText(self.tr("Saved."))
            self._changed()
        else:
            self._emitting = True
            try:
                self._session.data_changed.emit()
            finally:
                self._emitting = False

    def move_current(self, delta: int) -> None:
        row = common.current_row(self.list)
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        ids = self.model.ids()
        ids[row], ids[target] = ids[target], ids[row]
        self._session.vault.roadmap.reorder(ids)
        self._current_id = ids[target]
        self._changed()
        self.list.setFocus()
        self.list_status.setText(
            self.tr("Moved to place {n} of {count}.").format(n=target + 1, count=len(ids))
        )

    @Slot(str)
    def _key_move(self, direction: str) -> None:
        if direction in ("up", "down"):
            self.move_current(-1 if direction == "up" else 1)

    def _dropped(self, ids: list[int], row: int) -> bool:
        if not self._session.is_unlocked:
            return False
        old = self.model.ids()
        new = common.reordered(old, ids, row)
        if new == old:
            return False
        self._session.vault.roadmap.reorder(new)
        self._current_id = ids[0]
        self._changed()
        self.list_status.setText(
            self.tr("Moved to place {n} of {count}.").format(
                n=new.index(ids[0]) + 1, count=len(new)
            )
        )
        return True

    @Slot()
    def change_state(self) -> None:
        step = self.step_by_id(self._current_id)
        if step is None or not self._session.is_unlocked:
            return
        to = StepState(self.state_combo.currentData())
        if to == step.state:
            self.message.setText(
                self.tr("This step is already “{state}”.").format(state=common.state_label(to))
            )
            return
        change = self._session.vault.roadmap.change_state(step.id, to, note=self.change_note.text())
        self.change_note.setText("")
        self._changed()
        self.message.setText(common.tr(pacing.describe_change(change)))

    @Slot()
    def move_back(self) -> None:
        step = self.step_by_id(self._current_id)
        if step is None or step.state == StepState.NOT_STARTED:
            return
        if not self._session.is_unlocked:
            return
        self._session.vault.roadmap.move_back(step.id, note=self.change_note.text())
        self.change_note.setText("")
        self._changed()
        self.message.setText(common.tr(pacing.MOVED_BACK_MESSAGE))

    @Slot()
    def delete_step(self) -> None:
        step = self.step_by_id(self._current_id)
        if step is None or not self._session.is_unlocked:
            return
        if not common.ask_once(
            self,
            self.tr("Delete this step?"),
            self.tr("“{title}” and its timeline will be deleted.").format(title=step.title),
            self.tr("Delete step"),
        ):
            return
        if not self._session.is_unlocked:
            return
        removed = self._session.vault.roadmap.delete(step.id)
        self._current_id = None
        self._changed()
        if removed is not None:
            self.undo_bar.offer(
                self.tr("“{title}” was deleted.").format(title=removed.title),
                lambda: self._restore(removed),
            )
            self.undo_bar.undo_button.setFocus()

    def _restore(self, step: RoadmapStep) -> None:
        if not self._session.is_unlocked:
            return
        restored = self._session.vault.roadmap.restore(step)
        self._current_id = restored.id
        self._changed()
        self.list_status.setText(self.tr("The step is back, with its timeline."))
        self.list.setFocus()

    def _plan_practice(self) -> None:
        step = self.step_by_id(self._current_id)
        if step is None:
            return
        self.navigate.emit("practice", step.uid)

    # -- locking ------------------------------------------------------------------------------
    @Slot()
    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self._loading = True
        try:
            self.model.clear_sensitive()
        finally:
            self._loading = False
        self._steps = []
        self._practices = {}
        self._current_id = None
        self._shown_id = None
        self._editor_id = None
        self._started = False
        for field in (self.title_field, self.new_title, self.change_note):
            field.setText("")
        for box in (self.description_field, self.notes_field):
            box.clear()
        for label in (
            self.step_title,
            self.step_description,
            self.state_text,
            self.message,
            self.readiness,
            self.agreed,
            self.list_status,
            self.details_status,
        ):
            label.clear()
        self.practice_list.clear()
        self.timeline.clear()
        self.guide_check.setChecked(False)
        self.guide_peak.setValue(4)
        self.guide_count.setValue(3)
        self.detail_stack.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.start_page)

"""The sessions log: one session at a time in the person's own words, the list of logged
sessions beside it, with Edit, Delete and the undo bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from haven.domain.therapy import TherapySession
from haven.ui.core.session import Session
from haven.ui.kit.saved_list import chosen_record, fill_records, list_keys, list_side
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import (
    action_button,
    paragraph,
    scrolling,
    stacked_form,
    status_label,
    text_box,
)
from haven.ui.pacing import common as pacing_common
from haven.ui.therapy.common import RECORD_ROLE, long_day, tr, word_wrapping_list
from haven.usecases import therapy

FIELDS = (
    ("worked_on", "What we worked on"),
    ("keep", "What I want to keep from it"),
    ("practice", "Practice agreed until next time"),
    ("questions", "Questions for next time"),
)


def describe(session: TherapySession) -> str:
    first = " ".join(session.worked_on.split()) or tr("(no notes yet)")
    if len(first) > 90:
        first = first[:89].rstrip() + "…"
    return f"{long_day(session.day)}\n{first}"


class SessionsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editing: TherapySession | None = None
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setAccessibleName(tr("Session date"))
        self.boxes = {key: text_box(tr(label), lines=3) for key, label in FIELDS}
        form = stacked_form()
        form.addRow(tr("Session date"), self.day)
        for key, label in FIELDS[:3]:
            form.addRow(tr(label), self.boxes[key])
        # One check box per step (themes draw these indicators in every theme, and Tab
        # reaches each one); the steps not started yet are listed too, in roadmap order.
        self.step_boxes: list[QCheckBox] = []
        steps_box = QGroupBox(tr("Roadmap steps this practice is for"))
        self.steps_layout = QVBoxLayout(steps_box)
        self.steps_layout.addWidget(
            paragraph(
                tr("Tick a step, and the Practice area shows what you agreed beside it."),
                hint=True,
            )
        )
        self.no_steps = paragraph(tr("Steps you add in Roadmap can be ticked here."), hint=True)
        self.steps_layout.addWidget(self.no_steps)
        questions = stacked_form()
        questions.addRow(tr(FIELDS[3][1]), self.boxes["questions"])
        self.save_button = action_button(tr("Save session"), tr("Save this session"))
        self.save_button.clicked.connect(self.save)
        self.new_button = action_button(tr("New session"), tr("Start a new session"))
        self.new_button.clicked.connect(self.start_new)
        self.status = status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addWidget(
            paragraph(
                tr(
                    "Notes from a session, in your own words. Every field is optional, and "
                    "you can change or delete a session at any time."
                ),
                hint=True,
            )
        )
        column.addLayout(form)
        column.addWidget(steps_box)
        column.addLayout(questions)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)

        self.list = word_wrapping_list(tr("Sessions you logged"))
        self.list.itemActivated.connect(lambda item: self.edit(item.data(RECORD_ROLE)))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.empty = paragraph(tr("Sessions you log are listed here, newest first."), hint=True)
        self.edit_button = action_button(tr("Edit"), tr("Edit the chosen session"))
        self.delete_button = action_button(tr("Delete"), tr("Delete the chosen session"))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = UndoBar()
        list_keys(self, self.list, self.undo_bar, self.delete_selected)
        side = list_side(
            tr("Sessions you logged"),
            self.undo_bar,
            self.empty,
            self.list,
            [self.edit_button, self.delete_button],
        )

        layout = QHBoxLayout(self)
        layout.addWidget(scrolling(editor), 3)
        layout.addWidget(side, 2)
        self.start_new()
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        fill_records(self.list, therapy.sessions(self._session.vault), describe, self.empty)
        self._fill_steps(self.editing.step_uids if self.editing else self._ticked())
        self._update_buttons()

    def _drop_steps(self) -> None:
        for box in self.step_boxes:
            box.setParent(None)
            box.deleteLater()
        self.step_boxes = []

    def _fill_steps(self, ticked: list[str]) -> None:
        self._drop_steps()
        steps = self._session.vault.roadmap.list() if self._session.is_unlocked else []
        for step in steps:
            box = QCheckBox(step.title)
            box.setProperty("step_uid", step.uid)
            box.setChecked(step.uid in ticked)
            self.steps_layout.addWidget(box)
            self.step_boxes.append(box)
        self.no_steps.setVisible(not steps)

    def _ticked(self) -> list[str]:
        return [str(b.property("step_uid")) for b in self.step_boxes if b.isChecked()]

    def current(self) -> TherapySession | None:
        return chosen_record(self.list)

    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self.list.clear()
        self.start_new()
        self._drop_steps()  # step titles are the person's words too

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- editing ---------------------------------------------------------------------------
    @Slot()
    def start_new(self) -> None:
        self.editing = None
        today = date.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        for box in self.boxes.values():
            box.clear()
        self._fill_steps([])
        self.status.clear()

    def edit(self, session: TherapySession | None) -> None:
        if session is None:
            return
        self.editing = session
        self.day.setDate(QDate(session.day.year, session.day.month, session.day.day))
        for key, box in self.boxes.items():
            box.setPlainText(getattr(session, key))
        self._fill_steps(session.step_uids)
        self.status.setText(tr("Changing the session of {day}.").format(day=long_day(session.day)))
        self.day.setFocus()

    @Slot()
    def save(self) -> None:
        if not self._session.is_unlocked:
            return
        chosen = self.day.date()
        record = self.editing or TherapySession(day=date.today())
        record.day = date(chosen.year(), chosen.month(), chosen.day())
        for key, box in self.boxes.items():
            setattr(record, key, box.toPlainText())
        record.step_uids = self._ticked()
        try:
            therapy.save_session(self._session.vault, record)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.editing = record
        self.status.setText(tr("Saved. You can change it whenever you like."))
        self._changed()

    @Slot()
    def delete_selected(self) -> None:
        record = self.current()
        if record is None:
            return
        if not pacing_common.ask_once(
            self,
            tr("Delete this session?"),
            tr("Delete your notes from the session of {day}?").format(day=long_day(record.day)),
            tr("Delete"),
        ):
            return
        gone = therapy.delete_session(self._session.vault, record)
        if self.editing is not None and self.editing.uid == gone.uid:
            self.start_new()
        self._changed()
        self.undo_bar.offer(
            tr("The session of {day} was deleted.").format(day=long_day(gone.day)),
            lambda: self._bring_back(gone),
        )

    def _bring_back(self, record: TherapySession) -> None:
        if self._session.is_unlocked:
            therapy.restore_session(self._session.vault, record)
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self._session.data_changed.emit()

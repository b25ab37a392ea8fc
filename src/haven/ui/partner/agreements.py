"""Agreements: each with the day it was made and the day to look at it again, those whose
day has come first ("Time to look again"). Changing one keeps its earlier words, shown
below it; it can be deleted, with the undo bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from haven.domain.clock import now
from haven.domain.partner import Agreement
from haven.ui.core.session import Session
from haven.ui.kit.saved_list import chosen_record, fill_records, list_keys, list_side
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import (
    action_button,
    heading,
    paragraph,
    scrolling,
    stacked_form,
    status_label,
    text_box,
)
from haven.ui.pacing import common as pacing_common
from haven.ui.partner.common import day_edit, from_qdate, to_qdate, tr
from haven.ui.therapy.common import long_day, word_wrapping_list
from haven.usecases import partner


def describe(agreement: Agreement, today: date) -> str:
    lines = [agreement.text]
    when = tr("Agreed on {day}").format(day=long_day(agreement.made_on))
    if agreement.look_again is not None:
        when += tr("; look at it again on {day}").format(day=long_day(agreement.look_again))
    lines.append(when)
    if agreement.is_due(today):
        lines.insert(0, tr("Time to look again"))
    return "\n".join(lines)


def history_text(agreement: Agreement) -> str:
    if not agreement.history:
        return tr("Not changed since it was agreed.")
    rows = [tr("Earlier words, oldest first:")]
    for version in agreement.history:
        rows.append(
            tr("• “{text}” (until {day})").format(
                text=version.text, day=long_day(version.changed_at.date())
            )
        )
    return "\n".join(rows)


class AgreementsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.list = word_wrapping_list(tr("Agreements"))
        self.list.currentItemChanged.connect(self._show_selected)
        self.empty = paragraph(
            tr("Agreements you make at the end of a check-in are kept here."), hint=True
        )
        self.undo_bar = UndoBar()
        self.delete_button = action_button(tr("Delete"), tr("Delete the chosen agreement"))
        self.delete_button.clicked.connect(self.delete_selected)
        list_keys(self, self.list, self.undo_bar, self.delete_selected)

        self.text = text_box(tr("The agreement's words"), lines=3)
        self.look_again = day_edit(tr("Look at it again on"))
        self.share = QCheckBox(tr("Show it on the page for my partner"))
        self.save_button = action_button(tr("Save changes"), tr("Save the changed agreement"))
        self.save_button.clicked.connect(self.save)
        self.history = paragraph("", hint=True)
        self.history.setAccessibleName(tr("Earlier words"))
        self.status = status_label()
        form = stacked_form()
        form.addRow(tr("The agreement's words"), self.text)
        form.addRow(tr("Look at it again on"), self.look_again)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addWidget(heading(tr("Look again, or change it"), scale=1.05))
        column.addWidget(
            paragraph(
                tr(
                    "An agreement can stay, change, or end. Its earlier words are kept, so "
                    "you can both see how it grew."
                ),
                hint=True,
            )
        )
        column.addLayout(form)
        column.addWidget(self.share)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.history)
        column.addWidget(self.status)
        column.addStretch(1)

        side = list_side(
            tr("Our agreements"), self.undo_bar, self.empty, self.list, [self.delete_button]
        )
        layout = QHBoxLayout(self)
        layout.addWidget(side, 3)
        layout.addWidget(scrolling(editor), 2)
        self._show_selected()

    def current(self) -> Agreement | None:
        return chosen_record(self.list)

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        today = now().date()
        items = partner.agreements(self._session.vault)
        fill_records(self.list, items, lambda a: describe(a, today), self.empty)
        self._show_selected()

    @Slot()
    def _show_selected(self, *_args: object) -> None:
        agreement = self.current()
        for widget in (self.text, self.look_again, self.share, self.save_button):
            widget.setEnabled(agreement is not None)
        self.delete_button.setEnabled(agreement is not None)
        if agreement is None:
            self.text.clear()
            self.history.setText("")
            return
        self.text.setPlainText(agreement.text)
        day = agreement.look_again or now().date()
        self.look_again.setDate(to_qdate(day))
        self.share.setChecked(agreement.share)
        self.history.setText(history_text(agreement))

    @Slot()
    def save(self) -> None:
        agreement = self.current()
        if agreement is None or not self._session.is_unlocked:
            return
        try:
            partner.revise_agreement(
                self._session.vault,
                agreement,
                self.text.toPlainText(),
                from_qdate(self.look_again.date()),
                share=self.share.isChecked(),
            )
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(tr("Saved. The earlier words are kept below."))
        self._changed()

    @Slot()
    def delete_selected(self) -> None:
        agreement = self.current()
        if agreement is None:
            return
        if not pacing_common.ask_once(
            self,
            tr("Delete this agreement?"),
            tr("Delete “{text}” and its earlier words?").format(text=agreement.text),
            tr("Delete"),
        ):
            return
        gone = partner.delete_agreement(self._session.vault, agreement)
        self._changed()
        self.undo_bar.offer(tr("The agreement was deleted."), lambda: self._bring_back(gone))

    def _bring_back(self, agreement: Agreement) -> None:
        if self._session.is_unlocked:
            partner.restore_agreement(self._session.vault, agreement)
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
        self._session.data_changed.emit()

    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self.list.clear()
        self.text.clear()
        self.history.setText("")
        self.status.clear()

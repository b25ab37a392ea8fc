"""The *Fear or danger?* page: five questions, answered in any order, all optional.

It can end in a Pause or in Help now (the main window's own dialogs, opened by a click), and
a finished page can be added to "what I want to talk about in therapy" through the one hook
in haven.usecases.reflect.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from haven.domain.reflection import FEAR_CHECK_QUESTIONS, FearCheck, FearCheckEnding
from haven.ui.core.session import Session
from haven.ui.kit.widgets import (
    action_button,
    paragraph,
    scrolling,
    stacked_form,
    status_label,
    text_box,
)
from haven.ui.learn.links import WhatIsThis
from haven.ui.reflect.common import SavedList, first_words, tr, when
from haven.usecases import reflect

QUESTION_WORDS = {
    "happening": tr("What is happening right now?"),
    "body": tr("What is my body doing?"),
    "safe_now": tr("What tells me I am safe now?"),
    "not_safe": tr("What would tell me I am not safe?"),
    "will_do": tr("What will I do next?"),
}


def describe(check: FearCheck) -> str:
    words = first_words(next((a for a in check.answers() if a.strip()), ""))
    notes = []
    if check.finished:
        notes.append(tr("finished"))
    if reflect.on_therapy_list(check):
        notes.append(tr("on my list for therapy"))
    extra = f" ({', '.join(notes)})" if notes else ""
    return f"{when(check)}{extra}\n{words}"


class FearPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editing: FearCheck | None = None
        self.fields: dict[str, QPlainTextEdit] = {}
        form = stacked_form()
        for attr, _question in FEAR_CHECK_QUESTIONS:
            box = text_box(QUESTION_WORDS[attr], lines=3)
            self.fields[attr] = box
            form.addRow(QUESTION_WORDS[attr], box)
        self.finished = QCheckBox(tr("This page is finished"))
        self.for_therapy = QCheckBox(tr("Add it to what I want to talk about in therapy"))
        self.for_therapy.setEnabled(False)
        self.finished.toggled.connect(self.for_therapy.setEnabled)
        self.save_button = action_button(tr("Save"), tr("Save this page"))
        self.pause_button = action_button(
            tr("Save and pause"), tip=tr("Saves the page, then opens Pause")
        )
        self.help_button = action_button(
            tr("Save and open Help now"), tip=tr("Saves the page, then opens Help now")
        )
        self.new_button = action_button(tr("Start a new page"))
        self.save_button.clicked.connect(lambda: self._save(FearCheckEnding.NONE))
        self.pause_button.clicked.connect(lambda: self._save(FearCheckEnding.PAUSE))
        self.help_button.clicked.connect(lambda: self._save(FearCheckEnding.HELP_NOW))
        self.new_button.clicked.connect(self.start_new)
        self.status = status_label()

        self.saved = SavedList(
            tr("Pages you kept"),
            tr("Pages you save will be listed here."),
            describe,
            lambda i: session.vault.reflections.delete_fear_check(i),
            lambda c: session.vault.reflections.restore_fear_check(c),
            tr("page"),
        )
        self.saved.changed = self._changed
        self.saved.edit_requested.connect(self.edit)

        intro = QHBoxLayout()
        intro.addWidget(
            paragraph(
                tr(
                    "When fear shows up, these questions can help you check what is happening "
                    "now. Answer any of them, in any order."
                ),
                hint=True,
            ),
            1,
        )
        intro.addWidget(WhatIsThis("pause"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.pause_button, self.help_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addLayout(intro)
        column.addLayout(form)
        column.addWidget(self.finished)
        column.addWidget(self.for_therapy)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(scrolling(editor), 3)
        layout.addWidget(self.saved, 2)

    def refresh(self) -> None:
        if self._session.is_unlocked:
            self.saved.show_records(self._session.vault.reflections.fear_checks())

    def clear_sensitive(self) -> None:
        self.start_new()
        self.saved.clear_sensitive()

    @Slot()
    def start_new(self) -> None:
        self.editing = None
        for box in self.fields.values():
            box.clear()
        self.finished.setChecked(False)
        self.for_therapy.setChecked(False)
        self.status.clear()

    @Slot(object)
    def edit(self, check: FearCheck) -> None:
        self.editing = check
        for attr, box in self.fields.items():
            box.setPlainText(getattr(check, attr))
        self.finished.setChecked(check.finished)
        self.for_therapy.setChecked(reflect.on_therapy_list(check))
        self.status.setText(tr("Editing the page from {when}.").format(when=when(check)))
        self.fields["happening"].setFocus()

    def _save(self, ending: FearCheckEnding) -> None:
        check = self.editing or FearCheck()
        for attr, box in self.fields.items():
            setattr(check, attr, box.toPlainText().strip())
        if ending is not FearCheckEnding.NONE:
            check.ending = ending
        check.finished = self.finished.isChecked()
        check.share = check.finished and self.for_therapy.isChecked()
        if check.is_empty() and ending is not FearCheckEnding.NONE:
            self._open(ending)  # nothing to keep; the Pause or Help now matters more
            return
        repo = self._session.vault.reflections
        try:
            if check.id is None:
                repo.add_fear_check(check)
            else:
                repo.update_fear_check(check)
            if check.share:
                reflect.add_to_therapy_list(self._session.vault, check)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.editing = check
        self.status.setText(tr("Saved. It is in your journal, encrypted."))
        self._changed()
        if ending is not FearCheckEnding.NONE:
            self._open(ending)

    def _open(self, ending: FearCheckEnding) -> None:
        window = self.window()
        opener = getattr(
            window, "open_pause" if ending is FearCheckEnding.PAUSE else "open_help_now", None
        )
        if callable(opener):
            opener()

    def _changed(self) -> None:
        self.refresh()
        self._session.data_changed.emit()

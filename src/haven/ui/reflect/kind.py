"""*A kind word to myself*: three short steps (name it, others feel this too, a kind word),
then the words kept, with an optional note."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from haven.domain.reflection import KIND_WORD_STEPS, KindWord
from haven.ui.core.session import Session
from haven.ui.kit.widgets import (
    action_button,
    paragraph,
    scrolling,
    stacked_form,
    status_label,
    text_box,
)
from haven.ui.reflect.common import SavedList, first_words, tr, when

STEPS = [tr(step) for step in KIND_WORD_STEPS]


def describe(kind: KindWord) -> str:
    return f"{when(kind)}\n{first_words(kind.words)}"


class KindWordPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editing: KindWord | None = None
        self.moment = text_box(tr("What is hard right now (if you want to say)"), lines=2)
        self.words = text_box(tr("My kind words"), lines=2)
        self.note = text_box(tr("A note (optional)"), lines=2)
        self.share = QCheckBox(tr("I may want to bring this to therapy"))
        form = stacked_form()
        form.addRow(tr("What is hard right now (if you want to say)"), self.moment)
        form.addRow(tr("My kind words"), self.words)
        form.addRow(tr("A note (optional)"), self.note)
        self.save_button = action_button(tr("Save"), tr("Save these kind words"))
        self.save_button.clicked.connect(self._save)
        self.new_button = action_button(tr("Start again"))
        self.new_button.clicked.connect(self.start_new)
        self.status = status_label()
        self.saved = SavedList(
            tr("Kind words you kept"),
            tr("Kind words you save are listed here, to read again."),
            describe,
            lambda i: session.vault.reflections.delete_kind_word(i),
            lambda k: session.vault.reflections.restore_kind_word(k),
            tr("kind word"),
        )
        self.saved.changed = self._changed
        self.saved.edit_requested.connect(self.edit)
        steps = paragraph("\n".join(f"{n}. {text}" for n, text in enumerate(STEPS, 1)))
        steps.setAccessibleName(tr("Three steps"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addWidget(
            paragraph(tr("A short way to be on your own side for a moment."), hint=True)
        )
        column.addWidget(steps)
        column.addLayout(form)
        column.addWidget(self.share)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(scrolling(editor), 3)
        layout.addWidget(self.saved, 2)

    def refresh(self) -> None:
        if self._session.is_unlocked:
            self.saved.show_records(self._session.vault.reflections.kind_words())

    def clear_sensitive(self) -> None:
        self.start_new()
        self.saved.clear_sensitive()

    @Slot()
    def start_new(self) -> None:
        self.editing = None
        for box in (self.moment, self.words, self.note):
            box.clear()
        self.share.setChecked(False)
        self.status.clear()

    @Slot(object)
    def edit(self, kind: KindWord) -> None:
        self.editing = kind
        self.moment.setPlainText(kind.moment)
        self.words.setPlainText(kind.words)
        self.note.setPlainText(kind.note)
        self.share.setChecked(kind.share)
        self.status.setText(tr("Editing the kind word from {when}.").format(when=when(kind)))

    @Slot()
    def _save(self) -> None:
        kind = self.editing or KindWord(words="")
        kind.moment = self.moment.toPlainText().strip()
        kind.words = self.words.toPlainText()
        kind.note = self.note.toPlainText().strip()
        kind.share = self.share.isChecked()
        repo = self._session.vault.reflections
        try:
            if kind.id is None:
                repo.add_kind_word(kind)
            else:
                repo.update_kind_word(kind)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.editing = kind
        self.status.setText(tr("Saved. You can read it again here whenever you like."))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self._session.data_changed.emit()

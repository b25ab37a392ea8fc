"""Past conversations, newest first: open one to read what each of you said; delete with
the undo bar. A conversation kept for later is marked so and carried on from the start page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from haven.domain.partner import PROMPTS, Conversation
from haven.ui.core.session import Session
from haven.ui.kit.saved_list import chosen_record, fill_records, list_keys, list_side
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import action_button, paragraph, scrolling
from haven.ui.pacing import common as pacing_common
from haven.ui.partner.common import kind_words, tr
from haven.ui.therapy.common import long_day, word_wrapping_list
from haven.usecases import partner


def describe(conversation: Conversation) -> str:
    head = f"{long_day(conversation.at.date())} · {kind_words(conversation.kind)}"
    if not conversation.finished:
        head += tr(" · kept for later")
    first = next(
        (
            " ".join((a.mine or a.partner).split())
            for a in (conversation.answer(p.key) for p in PROMPTS)
            if not a.is_empty()
        ),
        "",
    )
    if len(first) > 90:
        first = first[:89].rstrip() + "…"
    return f"{head}\n{first}" if first else head


def reading(conversation: Conversation) -> str:
    """The whole conversation as plain text, question by question."""
    parts = [f"{long_day(conversation.at.date())} · {kind_words(conversation.kind)}"]
    for prompt in PROMPTS:
        answer = conversation.answer(prompt.key)
        parts.append("")
        parts.append(tr(prompt.question))
        if answer.is_empty():
            parts.append(tr("(skipped)"))
            continue
        if answer.mine.strip():
            parts.append(tr("I said: {text}").format(text=answer.mine.strip()))
        if answer.partner.strip():
            parts.append(tr("My partner said: {text}").format(text=answer.partner.strip()))
    if conversation.note.strip():
        parts += ["", tr("Also to remember: {text}").format(text=conversation.note.strip())]
    return "\n".join(parts)


class PastPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.list = word_wrapping_list(tr("Past conversations"))
        self.list.currentItemChanged.connect(self._show_selected)
        self.empty = paragraph(tr("Check-ins you have together are listed here."), hint=True)
        self.undo_bar = UndoBar()
        self.delete_button = action_button(tr("Delete"), tr("Delete the chosen conversation"))
        self.delete_button.clicked.connect(self.delete_selected)
        list_keys(self, self.list, self.undo_bar, self.delete_selected)
        self.text = paragraph("")
        self.text.setAccessibleName(tr("The conversation"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        side = list_side(
            tr("Past conversations"), self.undo_bar, self.empty, self.list, [self.delete_button]
        )
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.addWidget(self.text)
        reader_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(side, 2)
        layout.addWidget(scrolling(reader), 3)
        self._show_selected()

    def current(self) -> Conversation | None:
        return chosen_record(self.list)

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        fill_records(self.list, partner.conversations(self._session.vault), describe, self.empty)
        self._show_selected()

    @Slot()
    def _show_selected(self, *_args: object) -> None:
        conversation = self.current()
        self.delete_button.setEnabled(conversation is not None)
        self.text.setText("" if conversation is None else reading(conversation))

    @Slot()
    def delete_selected(self) -> None:
        conversation = self.current()
        if conversation is None:
            return
        if not pacing_common.ask_once(
            self,
            tr("Delete this conversation?"),
            tr("Delete the check-in of {day}? Its agreements stay.").format(
                day=long_day(conversation.at.date())
            ),
            tr("Delete"),
        ):
            return
        gone = partner.delete_conversation(self._session.vault, conversation)
        self._changed()
        self.undo_bar.offer(
            tr("The check-in of {day} was deleted.").format(day=long_day(gone.at.date())),
            lambda: self._bring_back(gone),
        )

    def _bring_back(self, conversation: Conversation) -> None:
        if self._session.is_unlocked:
            partner.restore_conversation(self._session.vault, conversation)
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
        self._session.data_changed.emit()

    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self.list.clear()
        self.text.setText("")

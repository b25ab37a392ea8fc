"""What the three reflection tools share: a list of what was saved, with Edit and Delete,
and the undo bar that offers the delete back for a few seconds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from haven.ui.kit.saved_list import (
    RECORD_ROLE,
    chosen_record,
    fill_records,
    list_side,
    word_wrapping_list,
)
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import action_button, paragraph
from haven.ui.pacing import common as pacing_common
from haven.ui.pacing.common import day_and_time_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Reflect", text)


def when(record: Any) -> str:
    return day_and_time_text(record.at)


def first_words(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class SavedList(QWidget):
    """Saved records, newest first, each one line of words; Edit and Delete below."""

    edit_requested = Signal(object)

    def __init__(
        self,
        title: str,
        empty_text: str,
        describe: Callable[[Any], str],
        delete: Callable[[Any], Any],
        restore: Callable[[Any], Any],
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._delete = delete
        self._restore = restore
        self._what = what
        self.changed: Callable[[], None] = lambda: None
        self.list = word_wrapping_list(title)
        self.list.itemActivated.connect(
            lambda item: self.edit_requested.emit(item.data(RECORD_ROLE))
        )
        self.list.currentItemChanged.connect(self._update_buttons)
        self.empty = paragraph(empty_text, hint=True)
        self.edit_button = action_button(tr("Edit"), tr("Edit the chosen one"))
        self.delete_button = action_button(tr("Delete"), tr("Delete the chosen one"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._remove)
        self.undo_bar = UndoBar()
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo_bar.undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = [self.edit_button, self.delete_button]
        layout.addWidget(list_side(title, self.undo_bar, self.empty, self.list, buttons))
        self._update_buttons()

    def show_records(self, records: list[Any]) -> None:
        """`records` oldest first, as the repositories list them; shown newest first."""
        fill_records(self.list, reversed(records), self._describe, self.empty)
        self._update_buttons()

    def current(self) -> Any:
        return chosen_record(self.list)

    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self.list.clear()

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _edit(self) -> None:
        record = self.current()
        if record is not None:
            self.edit_requested.emit(record)

    @Slot()
    def _remove(self) -> None:
        record = self.current()
        if record is None:
            return
        if not pacing_common.ask_once(
            self,
            tr("Delete this?"),
            tr("Delete this {what} from {when}?").format(what=self._what, when=when(record)),
            tr("Delete"),
        ):
            return
        gone = self._delete(record.id)
        self.changed()
        if gone is not None:
            self.undo_bar.offer(
                tr("The {what} from {when} was deleted.").format(what=self._what, when=when(gone)),
                lambda: self._bring_back(gone),
            )

    def _bring_back(self, record: Any) -> None:
        self._restore(record)
        self.changed()

"""The "To bring to therapy" list: what is still to talk about, a line to type, and what was
already talked about (kept, with the day). Removing offers undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from haven.domain.therapy import ToBringItem
from haven.ui.core.session import Session
from haven.ui.kit.saved_list import chosen_record, fill_records
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import action_button, heading, paragraph, stacked_form, status_label
from haven.ui.pacing import common as pacing_common
from haven.ui.pacing.common import day_text
from haven.ui.therapy.common import long_day, tr, word_wrapping_list
from haven.usecases import to_bring

TALKED_SHOWN = 30  # the most recent ones; the rest stay in the vault and the export


def _key(item: ToBringItem) -> str:
    """What stays the same for an item from one listing to the next: a gathered item gets a
    new uid each time it is listed, so it is known by where it came from."""
    return item.key


def describe_open(item: ToBringItem) -> str:
    return f"{item.text}\n{tr(item.source)} · {tr('added')} {day_text(item.added)}"


def describe_talked(item: ToBringItem) -> str:
    day = long_day(item.talked_on) if item.talked_on else ""
    return f"{item.text}\n{tr('Talked about on {day}').format(day=day)}"


class ToBringPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.line = QLineEdit()
        self.line.setAccessibleName(tr("Something to bring to therapy"))
        self.line.returnPressed.connect(self.add_line)
        self.add_button = action_button(tr("Add to the list"), tr("Add this line to the list"))
        self.add_button.clicked.connect(self.add_line)
        form = stacked_form()
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.add_button)
        form.addRow(tr("Something to bring to therapy"), row)
        form.labelForField(row).setBuddy(self.line)  # type: ignore[union-attr]

        self.open_list = word_wrapping_list(tr("Still to talk about"))
        self.open_list.currentItemChanged.connect(self._update_buttons)
        self.open_empty = paragraph(
            tr("Nothing on the list right now. Whatever you mark anywhere in Haven lands here."),
            hint=True,
        )
        self.talked_button = action_button(
            tr("We talked about it"), tr("Tick off the chosen item as talked about")
        )
        self.talked_button.clicked.connect(self.mark_talked)
        self.remove_button = action_button(tr("Remove"), tr("Remove the chosen item"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_bar = UndoBar()
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo_bar.undo)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.open_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        open_buttons = QHBoxLayout()
        open_buttons.addWidget(self.talked_button)
        open_buttons.addWidget(self.remove_button)
        open_buttons.addStretch(1)
        self.status = status_label()

        left = QVBoxLayout()
        left.addWidget(heading(tr("Still to talk about"), scale=1.1))
        left.addWidget(
            paragraph(
                tr(
                    "Journal entries marked to share, what you wrote for your therapist after "
                    "a practice, moments added from the care panel, reflections, and lines "
                    "you type here."
                ),
                hint=True,
            )
        )
        left.addLayout(form)
        left.addWidget(self.undo_bar)
        left.addWidget(self.open_empty)
        left.addWidget(self.open_list, 1)
        left.addLayout(open_buttons)
        left.addWidget(self.status)

        self.talked_list = word_wrapping_list(tr("Already talked about"))
        self.talked_list.currentItemChanged.connect(self._update_buttons)
        self.talked_empty = paragraph(
            tr("Items you tick off are kept here, with the day."), hint=True
        )
        self.reopen_button = action_button(
            tr("Back on the list"), tr("Put the chosen item back on the list")
        )
        self.reopen_button.clicked.connect(self.reopen)
        right = QVBoxLayout()
        right.addWidget(heading(tr("Already talked about"), scale=1.1))
        right.addWidget(self.talked_empty)
        right.addWidget(self.talked_list, 1)
        reopen_row = QHBoxLayout()
        reopen_row.addWidget(self.reopen_button)
        reopen_row.addStretch(1)
        right.addLayout(reopen_row)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        fill_records(
            self.open_list, to_bring.open_items(vault), describe_open, self.open_empty, _key
        )
        talked = to_bring.talked_about(vault)[:TALKED_SHOWN]
        fill_records(self.talked_list, talked, describe_talked, self.talked_empty, _key)
        self._update_buttons()

    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self.open_list.clear()
        self.talked_list.clear()
        self.line.clear()
        self.status.clear()

    def chosen(self) -> ToBringItem | None:
        return chosen_record(self.open_list)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        chosen = self.open_list.currentItem() is not None
        self.talked_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.reopen_button.setEnabled(self.talked_list.currentItem() is not None)

    # -- acting ----------------------------------------------------------------------------
    @Slot()
    def add_line(self) -> None:
        text = self.line.text().strip()
        if not text or not self._session.is_unlocked:
            self.status.setText(tr("Type a few words first, then add them."))
            return
        to_bring.add_typed(self._session.vault, text)
        self.line.clear()
        self.status.setText(tr("Added to the list."))
        self._changed()

    @Slot()
    def mark_talked(self) -> None:
        item = self.chosen()
        if item is None:
            return
        to_bring.mark_talked(self._session.vault, item)
        self.status.setText(
            tr("Ticked off. It is kept under 'Already talked about', with today's date.")
        )
        self._changed()

    @Slot()
    def remove_selected(self) -> None:
        item = self.chosen()
        if item is None:
            return
        if not pacing_common.ask_once(
            self,
            tr("Take this off the list?"),
            tr("Take this off the list to bring to therapy?\n{text}").format(text=item.text),
            tr("Remove"),
        ):
            return
        gone = to_bring.remove_item(self._session.vault, item)
        self._changed()
        # keep the keyboard in this page (Ctrl+Z undoes) even when the list is now empty
        (self.open_list if self.open_list.count() else self.undo_bar.undo_button).setFocus()
        self.undo_bar.offer(tr("Taken off the list."), lambda: self._bring_back(gone))

    def _bring_back(self, item: ToBringItem) -> None:
        if self._session.is_unlocked:
            to_bring.restore_item(self._session.vault, item)
            self._changed()

    @Slot()
    def reopen(self) -> None:
        current = chosen_record(self.talked_list)
        if current is None:
            return
        to_bring.mark_open(self._session.vault, current)
        self.status.setText(tr("Back on the list."))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self._session.data_changed.emit()

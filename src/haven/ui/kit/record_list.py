"""A history of saved records that can be opened, changed and deleted, with Undo.

One widget for check-ins (Today), finished practices (Practice) and grounding uses
(Grounding), so all three behave the same: newest first, read one page at a time (more
come when the list is scrolled to its end, or with "Show older"), Enter or "Change…" opens
a record, Delete asks once, and Undo (the button or Ctrl+Z) puts it back as it was.
Every change goes through usecases/records.py; the widget never opens a transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from haven.ui.core.session import Session
from haven.ui.journal.widgets import ActionBar
from haven.ui.kit.widgets import action_button, ask_calmly, paragraph, status_label
from haven.usecases import records
from haven.usecases.records import Deleted, RecordKind

Editor = Callable[[Any, QWidget], Any]  # shows a record in a dialog; the changed copy or None

_EDIT = {
    RecordKind.CHECKINS: records.edit_checkin,
    RecordKind.PRACTICES: records.edit_practice,
    RecordKind.GROUNDING: records.edit_grounding,
}


class RecordList(QWidget):
    """Put in an area, call `reload()` from the area's refresh and `clear_sensitive()`."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        kind: RecordKind,
        *,
        name: str,
        describe: Callable[[Any], str],
        editor: Editor,
        empty_text: str,
        deleted_text: str,
        delete_question: str,
        keep: Callable[[Any], bool] = lambda _record: True,
        page_size: int = records.PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._kind = kind
        self._describe = describe
        self.editor = editor
        self._keep = keep
        self._deleted_text = deleted_text
        self._delete_question = delete_question
        self._page_size = page_size
        self._read = 0  # how many records the pages read so far covered
        self._more = False
        self._records: list[Any] = []
        self._undo: Deleted | None = None
        self.setAccessibleName(name)

        self.view = QListWidget()
        self.view.setAccessibleName(name)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap to the width
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 6)
        self.view.itemActivated.connect(lambda _item: self.change_selected())
        self.view.currentRowChanged.connect(self._selection_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.view.viewport().installEventFilter(self)
        self.empty = paragraph(empty_text, hint=True)

        self.change_button = action_button(self.tr("Change…"), self.tr("Change the chosen one"))
        self.delete_button = action_button(self.tr("Delete…"), self.tr("Delete the chosen one"))
        self.older_button = action_button(self.tr("Show older"), self.tr("Show older ones"))
        self.change_button.clicked.connect(self.change_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.older_button.clicked.connect(self.load_more)
        self.status = status_label()
        self.status.setAccessibleName(name)

        self.undo_bar = ActionBar(self.tr("Undo"))
        self.undo_button = self.undo_bar.add_button(self.tr("Undo"), self.undo)

        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence.StandardKey.Undo, self.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._selection_changed(-1)

    # -- reading -------------------------------------------------------------------------
    def reload(self, select_uid: str | None = None) -> None:
        """Read the first page again (as many pages as were shown, so the place is kept)."""
        shown = max(self._page_size, self._read)
        self._records, self._read, self._more = [], 0, False
        self.view.clear()
        if self._session.is_unlocked:
            self._read_page(shown)
        self._after_reading(select_uid)

    @Slot()
    def load_more(self) -> None:
        if self._more and self._session.is_unlocked:
            self._read_page(self._page_size)
            self._after_reading(None, keep_row=True)

    def _read_page(self, size: int) -> None:
        page = records.list_records(
            self._session.vault, self._kind, newest_first=True, limit=size, offset=self._read
        )
        self._read += len(page)
        self._more = len(page) == size
        for record in page:
            if not self._keep(record):
                continue
            self._records.append(record)
            item = QListWidgetItem(self._describe(record))
            item.setData(Qt.ItemDataRole.UserRole, record.uid)
            self.view.addItem(item)

    def _after_reading(self, select_uid: str | None, *, keep_row: bool = False) -> None:
        # Rows wrap: measure them again once the view knows its width (and its scroll bar),
        # so no row is cut short with "…".
        QTimer.singleShot(0, self._relayout)
        has_any = bool(self._records)
        self.empty.setVisible(not has_any)
        self.view.setVisible(has_any)
        self.older_button.setVisible(self._more)
        if select_uid is not None:
            for row, record in enumerate(self._records):
                if record.uid == select_uid:
                    self.view.setCurrentRow(row)
                    break
        elif not keep_row and has_any and self.view.currentRow() < 0:
            self.view.setCurrentRow(0)
        self._selection_changed(self.view.currentRow())

    @Slot()
    def _relayout(self) -> None:
        """Give each row the height its wrapped text needs at the list's present width.

        The theme pads every row; Qt's own measure does not know that and cuts the last
        line of a long row short with "…". The padding (8 px each side, 6 px top and bottom,
        from the theme files) and a little air are added here."""
        if not isValid(self.view):
            return
        width = max(80, self.view.viewport().width() - 2 * 8 - 8)
        metrics = self.view.fontMetrics()
        for row in range(self.view.count()):
            item = self.view.item(row)
            box = metrics.boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(0, box.height() + 2 * 6 + 6))
        self.view.doItemsLayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._relayout)
        return super().eventFilter(watched, event)

    @Slot(int)
    def _maybe_more(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if self._more and value >= bar.maximum() > 0:
            self.load_more()

    def records(self) -> list[Any]:
        return list(self._records)

    def selected(self) -> Any | None:
        row = self.view.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    @Slot(int)
    def _selection_changed(self, row: int) -> None:
        chosen = 0 <= row < len(self._records)
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- changing ------------------------------------------------------------------------
    @Slot()
    def change_selected(self) -> None:
        record = self.selected()
        if record is None or not self._session.is_unlocked:
            return
        edited = self.editor(copy.deepcopy(record), self.window())
        if edited is None or not self._session.is_unlocked:
            return
        try:
            _EDIT[self._kind](self._session.vault, edited)
        except ValueError as trouble:
            self.status.setText(str(trouble) + " " + self.tr("Nothing was changed."))
            return
        self.status.setText(self.tr("Your changes are saved."))
        self._session.data_changed.emit()
        self.reload(select_uid=edited.uid)
        self.changed.emit()

    @Slot()
    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or not self._session.is_unlocked:
            return
        if not ask_calmly(
            self.window(),
            self.tr("Delete?"),
            self._delete_question,
            go=self.tr("Delete"),
            keep=self.tr("Keep it"),
            destructive=True,
            informative=self._describe(record),
        ):
            return
        row = self.view.currentRow()
        deleted = records.delete(self._session.vault, self._kind, record.id)
        if deleted is None:
            return
        self._undo = deleted
        self.undo_bar.show_message(self._deleted_text)
        self.status.clear()
        self._session.data_changed.emit()
        self.reload()
        if self._records:
            self.view.setCurrentRow(min(row, len(self._records) - 1))
        self.view.setFocus()
        self.changed.emit()

    @Slot()
    def undo(self) -> None:
        deleted, self._undo = self._undo, None
        self.undo_bar.dismiss()
        if deleted is None or not self._session.is_unlocked:
            return
        back = records.restore(self._session.vault, deleted)
        self.status.setText(self.tr("It is back."))
        self._session.data_changed.emit()
        self.reload(select_uid=back.uid)
        self.view.setFocus()
        self.changed.emit()

    def clear_sensitive(self) -> None:
        self._records, self._read, self._more, self._undo = [], 0, False, None
        self.view.clear()
        self.undo_bar.dismiss()
        self.status.clear()
        self._after_reading(None)

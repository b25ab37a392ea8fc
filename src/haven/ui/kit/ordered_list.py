"""One drag-and-drop list model for every ordered list: roadmap steps, thresholds in a zone,
each list of the safety plan.

Records (each with an `id` and a `uid`) one a row. Two ways to reorder, one model:

* with a `mime_type` (the pacing lists), a drag carries the records' ids, and `on_drop(ids,
  row)` saves what the drop means (into another zone, say) and reloads;
* without one (the safety plan), a drag moves rows inside the list through `moveRows`, the
  same as Alt+Up/Down (`move`), and `order_changed` fires once the move is done.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1  # the record itself


class OrderedListModel(QAbstractListModel):
    """Saved records shown one a row, in their order, draggable."""

    order_changed = Signal()

    def __init__(
        self,
        mime_type: str | None,
        display: Callable[[Any, int], str] | Callable[[Any], str],
        accessible: Callable[[Any, int], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._mime = mime_type
        self._display = display
        self._accessible = accessible
        self._items: list[Any] = []
        self.on_drop: Callable[[list[int], int], bool] | None = None

    # -- contents -------------------------------------------------------------------------
    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear_sensitive(self) -> None:
        self.set_items([])

    def touch(self) -> None:
        """Repaint every row after its record changed in place."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int | None) -> int:
        return next((r for r, item in enumerate(self._items) if item.id == item_id), -1)

    def row_of_uid(self, uid: str) -> int:
        return next((r for r, item in enumerate(self._items) if item.uid == uid), -1)

    def ids(self) -> list[int]:
        return [item.id for item in self._items]

    # -- reading --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    @staticmethod
    def _text(how: Callable[..., str], item: Any, row: int) -> str:
        # The pacing lists number their rows (item, row); the safety plan's summary takes
        # the item alone.
        takes_row = len(inspect.signature(how).parameters) >= 2
        return how(item, row) if takes_row else how(item)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._display, item, index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(self._accessible or self._display, item, index.row())
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == ItemRole:
            return item
        return None

    # -- drag and drop --------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self._mime] if self._mime else super().mimeTypes()

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        if not self._mime:
            return super().mimeData(indexes)
        ids = sorted({self._items[i.row()].id for i in indexes if self.item(i.row()) is not None})
        data = QMimeData()
        data.setData(self._mime, json.dumps(ids).encode("ascii"))
        return data

    def dropped_ids(self, data: QMimeData) -> list[int]:
        if not self._mime or not data.hasFormat(self._mime):
            return []
        try:
            raw = json.loads(bytes(data.data(self._mime).data()).decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            return []
        return [int(i) for i in raw if isinstance(i, int)]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not self._mime:
            return super().canDropMimeData(data, action, row, column, parent)
        return data.hasFormat(self._mime) and action in (
            Qt.DropAction.MoveAction,
            Qt.DropAction.CopyAction,
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self._mime:
            return super().dropMimeData(data, action, row, column, parent)
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self.dropped_ids(data)
        if not ids or self.on_drop is None:
            return False
        if parent is not None and parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._items)
        return bool(self.on_drop(ids, row))

    # -- moving inside the list -----------------------------------------------------------
    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move `count` rows to stand before `destination_child` (Qt's convention)."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._items):
            return False
        if not 0 <= destination_child <= len(self._items):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself: nothing to do
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moving = self._items[source_row : last + 1]
        del self._items[source_row : last + 1]
        at = destination_child - count if destination_child > last else destination_child
        self._items[at:at] = moving
        self.endMoveRows()
        self.order_changed.emit()
        return True

    def move(self, row: int, step: int) -> int:
        """Move one row up (step -1) or down (+1). Returns its new row, or -1 if it stays."""
        target = row + step
        if not 0 <= row < len(self._items) or not 0 <= target < len(self._items):
            return -1
        destination = target if step < 0 else target + 1
        return target if self.moveRow(QModelIndex(), row, QModelIndex(), destination) else -1

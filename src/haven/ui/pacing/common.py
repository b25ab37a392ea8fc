"""Pieces the Roadmap, Thresholds and Practice areas share.

- `OrderedListModel`: a list model of saved records that can be dragged and dropped. A drop
  never changes the rows itself: it asks the area to save the new order (or zone) in the
  vault, and the area reloads. The vault stays the one truth, so a drop and a keyboard move
  end in exactly the same place.
- `DropListView`: a list view that hands drops to its model and reports the keyboard moves
  (Alt+Up/Down, Ctrl+Left/Right) as signals.
- `UndoBar`: "… was deleted. [Undo]" for a few seconds after a delete.
- `ask_once`: the one question before something is deleted.
- Small helpers for dates and for the translated labels of steps and zones.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from haven.domain.clock import ensure_aware
from haven.domain.models import STEP_STATE_LABELS, ZONE_LABELS, Practice, StepState, Zone
from haven.domain.pacing import reordered  # noqa: F401  (the areas use common.reordered)
from haven.ui.kit.widgets import ask_calmly

CONTEXT = "Pacing"
UNDO_SECONDS = 12

# The domain's own words, marked here so they reach the translation files.
DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("Pacing", "Not started"),
    QT_TRANSLATE_NOOP("Pacing", "Practising"),
    QT_TRANSLATE_NOOP("Pacing", "Comfortable"),
    QT_TRANSLATE_NOOP("Pacing", "Paused"),
    QT_TRANSLATE_NOOP("Pacing", "Feels manageable"),
    QT_TRANSLATE_NOOP("Pacing", "Needs boundaries"),
    QT_TRANSLATE_NOOP("Pacing", "Not yet"),
    QT_TRANSLATE_NOOP("Pacing", "Now not started."),
    QT_TRANSLATE_NOOP("Pacing", "Now practising."),
    QT_TRANSLATE_NOOP("Pacing", "Now comfortable."),
    QT_TRANSLATE_NOOP("Pacing", "You moved this step back. That is a normal part of pacing."),
    QT_TRANSLATE_NOOP("Pacing", "This step is paused. It will be here whenever you want it."),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_label(state: StepState) -> str:
    return tr(STEP_STATE_LABELS[StepState(state)])


def zone_label(zone: Zone) -> str:
    return tr(ZONE_LABELS[Zone(zone)])


def local_day(moment: datetime | date) -> date:
    if isinstance(moment, datetime):
        return ensure_aware(moment).astimezone().date()
    return moment


def day_text(moment: datetime | date) -> str:
    """A calm, readable date in the person's locale, e.g. "3 Mar 2026"."""
    day = local_day(moment)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_and_time_text(moment: datetime) -> str:
    local = ensure_aware(moment).astimezone()
    return f"{day_text(local)}, {local:%H:%M}"


def practice_ratings_text(practice: Practice) -> str:
    """A finished practice in one line: its date and its three after-ratings."""

    def rated(value: int | None) -> str:
        return tr("not rated") if value is None else str(value)

    d = practice.debrief
    return tr("{when} · peak distress {peak} · afterwards {after} · comfort {comfort}").format(
        when=day_text(practice.started_at),
        peak=rated(d.distress_peak),
        after=rated(d.distress_after),
        comfort=rated(d.comfort),
    )


# -- asking once before deleting ---------------------------------------------------------------
def ask_once(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
    """One calm question; "Keep it" is the default, so Enter never deletes by accident."""
    return ask_calmly(
        parent,
        title,
        text,
        go=confirm,
        keep=tr("Keep it"),
        destructive=True,
        informative=tr("You can undo this for a few seconds afterwards."),
    )


# -- the undo bar -----------------------------------------------------------------------------
class UndoBar(QFrame):
    """A quiet bar offering to undo the last delete for a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Undo"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("What was deleted"))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setAccessibleName(tr("Undo the delete"))
        self.undo_button.setToolTip(tr("Bring it back (Ctrl+Z)"))
        self.close_button = QPushButton(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss the undo note"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.clear)
        self.hide()

    @property
    def active(self) -> bool:
        return self._undo is not None

    def offer(self, message: str, undo: Callable[[], None], seconds: int = UNDO_SECONDS) -> None:
        self._undo = undo
        self.message.setText(message)
        self.show()
        self._timer.start(seconds * 1000)

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.clear()
        if action is not None:
            action()

    def clear(self) -> None:
        """Forget the offer (and the deleted record it held)."""
        self._timer.stop()
        self._undo = None
        self.message.clear()
        self.hide()


# -- drag-and-drop lists -------------------------------------------------------------------
class OrderedListModel(QAbstractListModel):
    """Saved records (each with an `id`) shown one a row, draggable by id.

    `on_drop(ids, row)` saves what a drop means and returns whether it did anything.
    """

    def __init__(
        self,
        mime_type: str,
        display: Callable[[Any, int], str],
        accessible: Callable[[Any, int], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._mime = mime_type
        self._display = display
        self._accessible = accessible or display
        self._items: list[Any] = []
        self.on_drop: Callable[[list[int], int], bool] | None = None

    # contents
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
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def ids(self) -> list[int]:
        return [item.id for item in self._items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(item, index.row())
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    # drag and drop
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
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
        return [self._mime]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._items[i.row()].id for i in indexes if self.item(i.row()) is not None})
        data = QMimeData()
        data.setData(self._mime, json.dumps(ids).encode("ascii"))
        return data

    def dropped_ids(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(self._mime):
            return []
        try:
            raw = json.loads(bytes(data.data(self._mime).data()).decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            return []
        return [int(i) for i in raw if isinstance(i, int)]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(self._mime) and action in (
            Qt.DropAction.MoveAction,
            Qt.DropAction.CopyAction,
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
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


class DropListView(QListView):
    """A list whose drops go to the model's `dropMimeData`, and whose keyboard moves are signals.

    Qt's own list view moves or removes rows itself after a drop; here the vault is saved
    and the list reloads, so nothing is ever removed by the view.
    """

    move_requested = Signal(str)  # "up", "down", "left", "right"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit("up" if key == Qt.Key.Key_Up else "down")
            event.accept()
            return
        if mods == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.move_requested.emit("left" if key == Qt.Key.Key_Left else "right")
            event.accept()
            return
        super().keyPressEvent(event)

    def drop_row(self, event: QDropEvent) -> int:
        model = self.model()
        index = self.indexAt(event.position().toPoint())
        where = self.dropIndicatorPosition()
        if not index.isValid() or where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return model.rowCount()
        if where == QAbstractItemView.DropIndicatorPosition.BelowItem:
            return index.row() + 1
        return index.row()

    def dropEvent(self, event: QDropEvent) -> None:
        model = self.model()
        row = self.drop_row(event)
        done = model is not None and model.dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()
        )
        if done:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()


def select_row(view: QListView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)


def current_row(view: QListView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def fit_rows(view: QListView, max_rows: int = 8, min_rows: int = 1) -> None:
    """Make a short list exactly as tall as its rows (up to `max_rows`), so pages scroll once."""
    model = view.model()
    count = 0 if model is None else model.rowCount()
    shown = max(min_rows, min(count, max_rows))
    one = view.fontMetrics().lineSpacing() + 16
    height = sum(view.sizeHintForRow(r) if r < count else one for r in range(shown))
    spacing = view.spacing() * 2 * shown
    view.setFixedHeight(height + spacing + 2 * view.frameWidth() + 10)


def wrapping_list(view: QListView) -> None:
    """A read-only list whose long rows wrap instead of being cut short."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

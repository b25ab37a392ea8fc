"""The side list of saved records the therapy and partner pages share: a heading, the undo
bar, a calm line while it is empty, the list (newest or most pressing first) and its buttons;
Delete on the list and Ctrl+Z on the page.

One place for it, so every such list keeps the chosen record through a refresh, wraps its
rows, and answers the same keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import heading

RECORD_ROLE = Qt.ItemDataRole.UserRole


def word_wrapping_list(name: str) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    box.setWordWrap(True)
    box.setTextElideMode(Qt.TextElideMode.ElideNone)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setResizeMode(QListWidget.ResizeMode.Adjust)
    box.setUniformItemSizes(False)
    return box


def chosen_record(box: QListWidget) -> Any:
    item = box.currentItem()
    return None if item is None else item.data(RECORD_ROLE)


def _uid(record: Any) -> object:
    return record.uid


def fill_records(
    box: QListWidget,
    records: Iterable[Any],
    describe: Callable[[Any], str],
    empty: QLabel,
    identity: Callable[[Any], object] = _uid,
) -> list[Any]:
    """Show `records` (each under RECORD_ROLE), keeping the chosen one chosen by its
    `identity` (its uid, unless the records are known by something else)."""
    keep = chosen_record(box)
    box.clear()
    shown = list(records)
    for record in shown:
        item = QListWidgetItem(describe(record))
        item.setData(RECORD_ROLE, record)
        box.addItem(item)
        if keep is not None and identity(record) == identity(keep):
            box.setCurrentItem(item)
    box.setVisible(bool(shown))
    empty.setVisible(not shown)
    return shown


def list_keys(
    page: QWidget, box: QListWidget, undo_bar: UndoBar, delete: Callable[[], None]
) -> None:
    """Delete on the list asks to delete the chosen record; Ctrl+Z anywhere on the page undoes."""
    delete_key = QShortcut(QKeySequence.StandardKey.Delete, box)
    delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.activated.connect(delete)
    undo_key = QShortcut(QKeySequence.StandardKey.Undo, page)
    undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    undo_key.activated.connect(undo_bar.undo)


def list_side(
    title: str, undo_bar: UndoBar, empty: QLabel, box: QListWidget, buttons: Sequence[QWidget]
) -> QWidget:
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title, scale=1.1))
    layout.addWidget(undo_bar)
    layout.addWidget(empty)
    layout.addWidget(box, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return side

"""Emptying every widget that could show journal text, as a backstop on lock.

Each area and dialog clears its own data through `clear_sensitive()`. Dialogs that are being
closed at lock are also scrubbed here, field by field, because a closed dialog can linger in
memory (and in `QApplication.allWidgets()`) until Qt deletes it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)


def scrub_tree(root: QWidget) -> None:
    """Clear text fields, labels and item views in `root` and all its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        scrub_widget(widget)


def scrub_widget(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText("")  # also forgets its undo history
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.clear()  # clears the undo history too
    elif isinstance(widget, QLabel):
        widget.clear()
        widget.setToolTip("")
        widget.setAccessibleName("")
    elif isinstance(widget, QListWidget | QTreeWidget | QTableWidget):
        widget.clear()
    elif isinstance(widget, QAbstractItemView):
        _clear_model(widget.model())


def _clear_model(model: QAbstractItemModel | None) -> None:
    if model is None:
        return
    if isinstance(model, QStandardItemModel):
        model.clear()
    elif hasattr(model, "clear_sensitive"):
        model.clear_sensitive()

"""What the therapy pages share: their translation context and a list with an undo bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QListWidget

RECORD_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Therapy", text)


def long_day(day: date) -> str:
    """A calm, readable day, e.g. "12 November 2026"."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def word_wrapping_list(name: str) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    box.setWordWrap(True)
    box.setTextElideMode(Qt.TextElideMode.ElideNone)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setResizeMode(QListWidget.ResizeMode.Adjust)
    box.setUniformItemSizes(False)
    return box

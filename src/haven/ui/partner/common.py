"""What the partner pages share: their translation context and day conversions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

from haven.domain.partner import ConversationKind


def tr(text: str) -> str:
    return QCoreApplication.translate("Partner", text)


KIND_WORDS = {
    ConversationKind.REGULAR: "A regular check-in",
    ConversationKind.AFTER_PRACTICE: "After a practice",
}


def kind_words(kind: ConversationKind) -> str:
    return tr(KIND_WORDS[kind])


def day_edit(name: str) -> QDateEdit:
    """A date field with a calendar, readable dates and an accessible name."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setAccessibleName(name)
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())

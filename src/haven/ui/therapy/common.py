"""What the therapy pages share: their translation context and a readable day (the list of
saved records comes from haven.ui.kit.saved_list)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from haven.ui.kit.saved_list import RECORD_ROLE, word_wrapping_list

__all__ = ["RECORD_ROLE", "long_day", "tr", "word_wrapping_list"]


def tr(text: str) -> str:
    return QCoreApplication.translate("Therapy", text)


def long_day(day: date) -> str:
    """A calm, readable day, e.g. "12 November 2026"."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

"""Wording the command line, the PDFs and the window share, so it is written once.

Dates are written "3 March 2026": unambiguous in every country and read well by screen
readers. The rating legends ("0 = calm, 5 = upset but manageable, …") come from the scales
themselves (haven.domain.ratings.legend), never retyped.
"""

from __future__ import annotations

from datetime import date, datetime

from haven.domain.ratings import legend

__all__ = ["day_words", "legend", "moment_words"]


def day_words(day: date) -> str:
    """'3 March 2026'."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def moment_words(moment: datetime) -> str:
    """'Tuesday 3 March 2026, 21:07' (in the moment's own zone)."""
    return f"{moment.strftime('%A')} {day_words(moment.date())}, {moment:%H:%M}"

"""Text that is safe to hand to a spreadsheet.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return can be read as a
formula by spreadsheet programs (CSV injection). Every CSV Haven writes, the CSV export and
the Markdown zip alike, puts its cells through this one rule.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, with an apostrophe in front when a spreadsheet could read a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text

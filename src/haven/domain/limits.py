"""Bounds on everything Haven accepts, decided once, here, and used by every door.

The command line, the window, the importers and the store all call these checks, so a value
one door refuses can never come in through another. Each check raises ValueError with a
sentence a person can read (what is wrong, and what would fit).

Dates: Haven keeps moments from 1 January 1900 to 31 December 2200, in the moment's own
zone and in UTC. The range is wide enough for any real journal, and narrow enough that every
date arithmetic Haven does (a week's start, a UTC offset, a backup summary) stays inside
what Python's datetime can hold: `9999-12-31T23:59-01:00` is year 10000 in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

YEAR_MIN = 1900
YEAR_MAX = 2200
DATE_RANGE_WORDS = f"from {YEAR_MIN} to {YEAR_MAX}"

MAX_PASSPHRASE_CHARS = 1024
MAX_LONG_TEXT = 5_000_000  # a journal entry's text (about 5 million characters)
MAX_SHORT_TEXT = 10_000  # titles, notes, labels, names, tags
MAX_POSITION = 1_000_000  # an item's place in a list
MAX_COUNT = 1_000_000_000  # durations in minutes, counts and other whole numbers
SEARCH_LIMIT_MAX = 10_000
NOT_UTF8 = (
    "holds bytes that are not valid UTF-8 text (perhaps from a file or terminal in another "
    "encoding)"
)


def has_lone_surrogate(text: str) -> bool:
    """True when `text` carries undecodable bytes (Python's surrogateescape) or a lone
    surrogate from JSON: such text cannot be stored or written back as UTF-8.

    Asked of every text of an import, so it must be cheap: ASCII text is known to be free of
    them without looking (`isascii` reads a flag), and strict UTF-8 encoding refuses any
    surrogate at C speed. For 1 KB of text that is 0.06 µs (ASCII) or about 0.5 µs, where a
    regular expression search took 6 µs.
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_text(value: str, what: str, *, max_chars: int = MAX_SHORT_TEXT) -> str:
    """Text Haven can keep: valid Unicode (no lone surrogates, no NUL), within a length."""
    if not isinstance(value, str):
        raise ValueError(f"{_cap(what)} is not text.")
    if has_lone_surrogate(value):
        raise ValueError(f"{_cap(what)} {NOT_UTF8}. You could save it as UTF-8 and try again.")
    if "\0" in value:
        raise ValueError(f"{_cap(what)} holds a NUL character, which Haven cannot keep.")
    if len(value) > max_chars:
        raise ValueError(
            f"{_cap(what)} is {len(value):,} characters long; Haven keeps up to {max_chars:,}."
        )
    return value


def check_whole(value: int, what: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    """A whole number from `low` to `high` (never a bool, never a float)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{_cap(what)} is a whole number from {low:,} to {high:,}.")
    if not low <= value <= high:
        raise ValueError(_outside(what, low, high, value))
    return value


def parse_whole(text: str, what: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    """A whole number typed by a person: digits only (at most 20), then `check_whole`."""
    cleaned = text.strip()
    body = cleaned.removeprefix("-").removeprefix("+")
    if not body.isascii() or not body.isdigit():
        raise ValueError(f"{_cap(what)} is a whole number, like 10; '{_shown(text)}' is not.")
    if len(body) > 20:
        raise ValueError(_outside(what, low, high, None))
    return check_whole(int(cleaned), what, low=low, high=high)


def check_number(value: float, what: str, *, low: float, high: float) -> float:
    """A finite number from `low` to `high` (NaN and infinity are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{_cap(what)} is a number from {low:g} to {high:g}.")
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(_outside(what, low, high, None)) from None
    if number != number or not low <= number <= high:
        raise ValueError(_outside(what, low, high, None))
    return number


def check_moment(moment: datetime, what: str = "The date") -> datetime:
    """An aware moment whose year, locally and in UTC, is from 1900 to 2200."""
    try:
        local_year = moment.year
        aware = moment if moment.tzinfo is not None else moment.astimezone()
        utc_year = aware.astimezone(UTC).year
    except (OverflowError, ValueError, OSError):
        utc_year = None
    if utc_year is None or not (
        YEAR_MIN <= local_year <= YEAR_MAX and YEAR_MIN <= utc_year <= YEAR_MAX
    ):
        raise ValueError(
            f"{_cap(what)} {moment.isoformat()} is outside the years Haven keeps "
            f"({DATE_RANGE_WORDS})."
        )
    return moment


def check_day(day: date, what: str = "The day") -> date:
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise ValueError(
            f"{_cap(what)} {day.isoformat()} is outside the years Haven keeps ({DATE_RANGE_WORDS})."
        )
    return day


def _outside(what: str, low: float, high: float, value: object) -> str:
    shown = "" if value is None or len(str(value)) > 24 else f"; {value} is outside that"
    if shown == "" and value is not None:
        shown = "; the number given is far outside that"
    elif value is None:
        shown = "; the number given is outside that"
    lo = f"{low:,}" if isinstance(low, int) else f"{low:g}"
    hi = f"{high:,}" if isinstance(high, int) else f"{high:g}"
    return f"{_cap(what)} goes from {lo} to {hi}{shown}."


def _shown(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 40 else text[:37] + "…"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]

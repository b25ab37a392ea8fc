"""Timezone-aware time helpers.

Every timestamp Haven stores is aware: a naive datetime is ambiguous across travel and
daylight-saving changes, and a survivor's history must keep its real order.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from haven.domain.limits import check_day, check_moment


def now() -> datetime:
    """The current moment, aware, in the machine's local zone."""
    return datetime.now(UTC).astimezone()


def today() -> date:
    return now().date()


def ensure_aware(moment: datetime) -> datetime:
    """Give a naive datetime the local zone (what a person typing a time means)."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.astimezone()
    return moment


def parse_moment(text: str) -> datetime:
    """Parse an ISO 8601 date or date-time typed by a person or read from a file.

    A bare date means noon local time, so it never slips to the previous day in another zone.
    Raises ValueError with a plain message when the text is not a date, or is a date outside
    the years Haven keeps (1900 to 2200, domain.limits).
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("A date is needed, for example 2026-03-14 or 2026-03-14T21:30.")
    try:
        if len(cleaned) == 10:
            day = date.fromisoformat(cleaned)
            raw = datetime(day.year, day.month, day.day, 12, 0)
        else:
            raw = datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"'{_shown(cleaned)}' is not a date Haven understands. "
            "You could write it like 2026-03-14 or 2026-03-14T21:30."
        ) from None
    check_day(raw.date(), "The date")  # before any zone arithmetic, which could overflow
    return check_moment(ensure_aware(raw))


def _shown(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 40 else text[:37] + "…"


def to_utc_micros(moment: datetime) -> int:
    """An integer sort key: microseconds since the epoch, in UTC."""
    aware = ensure_aware(moment)
    delta = aware - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def to_text(moment: datetime) -> str:
    """ISO 8601 with its UTC offset, so the local wall time is kept as the person saw it."""
    return ensure_aware(moment).isoformat()


def from_text(text: str) -> datetime:
    return ensure_aware(datetime.fromisoformat(text))


def from_utc_micros(micros: int) -> datetime:
    """The inverse of `to_utc_micros`, in UTC."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)

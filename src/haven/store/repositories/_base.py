"""What every repository shares: the vault's connection, transactions, time columns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from haven.domain.clock import from_text, to_text, to_utc_micros
from haven.domain.limits import check_day, check_moment

if TYPE_CHECKING:
    from haven.store.vault import Vault


class Repository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def conn(self) -> Any:
        return self._vault.conn

    def transaction(self) -> AbstractContextManager[Any]:
        return self._vault.transaction()


def moment(value: datetime) -> tuple[str, int]:
    """A timestamp as its two columns: ISO text with offset, and the UTC sort key.

    Every stored moment passes here, so the store itself refuses a date outside the years
    Haven keeps (domain.limits), whichever door it came through."""
    check_moment(value)
    return to_text(value), to_utc_micros(value)


def read_moment(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def day_text(value: date | None) -> str | None:
    return None if value is None else check_day(value).isoformat()


def read_day(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def optional_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def range_clause(
    column: str,
    since: datetime | None,
    until: datetime | None,
) -> tuple[str, list[Any]]:
    """A WHERE fragment for an optional time range on a UTC sort-key column (inclusive)."""
    parts: list[str] = []
    args: list[Any] = []
    if since is not None:
        parts.append(f"{column} >= ?")
        args.append(to_utc_micros(since))
    if until is not None:
        parts.append(f"{column} <= ?")
        args.append(to_utc_micros(until))
    return (" AND ".join(parts) or "1"), args


def placeholders(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


def chunked(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def next_position(conn: Any, table: str, where: str = "1", args: tuple[Any, ...] = ()) -> int:
    row = conn.execute(
        f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE {where}", args
    ).fetchone()
    return int(row[0])


def reorder(conn: Any, table: str, ids: list[int]) -> None:
    """Store the order the person chose: position = index in `ids`."""
    for position, row_id in enumerate(ids):
        conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))

"""The pieces every haven-json reader uses: one record being read, a planned write, and the
uids claimed so far.

`_Record` turns each field into a checked Python value or an `ImportProblem` that says where
in the file the problem is; the section readers (haven_json_read.py and the reflections,
therapy and partner modules, which get records passed in) build domain objects from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from haven.domain.clock import parse_moment
from haven.domain.limits import (
    MAX_COUNT,
    MAX_LONG_TEXT,
    MAX_POSITION,
    check_day,
    check_number,
    check_text,
    check_whole,
)
from haven.domain.ratings import check_rating
from haven.exchange.haven_json_kinds import E, ImportProblem


# == reading a document =====================================================================
class _Record:
    """One JSON object being read, with where it sits for messages."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise ImportProblem(f"{where} is not a JSON object with named fields.")
        self.raw: dict[str, Any] = raw
        self.where = where

    def problem(self, what: str) -> ImportProblem:
        return ImportProblem(f"{self.where}: {what}{'' if what.endswith('.') else '.'}")

    def _present(self, name: str, required: bool) -> bool:
        if self.raw.get(name) is None:
            if required:
                raise self.problem(f"'{name}' is missing")
            return False
        return True

    def text(self, name: str, *, required: bool = False, nonempty: bool = False) -> str:
        if not self._present(name, required or nonempty):
            return ""
        value = self.raw[name]
        if not isinstance(value, str):
            raise self.problem(f"'{name}' is not text")
        try:
            check_text(value, f"'{name}'", max_chars=MAX_LONG_TEXT)
        except ValueError as exc:
            raise self.problem(str(exc)) from None
        if nonempty and not value.strip():
            raise self.problem(f"'{name}' is empty")
        return value

    def optional_text(self, name: str) -> str | None:
        return self.text(name) if self._present(name, False) else None

    def uid(self) -> str:
        return self.text("uid", nonempty=True)

    def integer(self, name: str, *, minimum: int | None = None) -> int | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.problem(f"'{name}' is not a whole number")
        if minimum is not None and value < minimum:
            raise self.problem(f"'{name}' is below {minimum}")
        high = MAX_POSITION if name == "position" else MAX_COUNT
        try:
            return check_whole(value, f"'{name}'", low=minimum or 0, high=high)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def rating(self, name: str, *, required: bool = False) -> int | None:
        value = self.raw.get(name)
        try:
            return check_rating(value, f"'{name}'", optional=not required)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def number(self, name: str) -> float | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(f"'{name}' is not a number")
        try:
            return check_number(value, f"'{name}'", low=-1e12, high=1e12)
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def boolean(self, name: str) -> bool:
        value = self.optional_boolean(name)
        return bool(value)

    def optional_boolean(self, name: str) -> bool | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        if not isinstance(value, bool):
            raise self.problem(f"'{name}' is not true or false")
        return value

    def moment(self, name: str, *, required: bool = True) -> datetime | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        if not isinstance(value, str):
            raise self.problem(f"'{name}' is not a date")
        try:
            return parse_moment(value)
        except ValueError as exc:
            if "outside the years" in str(exc):
                raise self.problem(f"'{name}': {exc}") from None
            raise self.problem(f"'{name}' is not a date") from None

    def day(self, name: str) -> date | None:
        if not self._present(name, False):
            return None
        value = self.raw[name]
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            raise self.problem(f"'{name}' is not a day like 2026-03-14") from None
        try:
            return check_day(day, f"'{name}'")
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def choice(self, name: str, enum: type[E], *, required: bool = True) -> E | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(f"'{m.value}'" for m in enum)  # type: ignore[attr-defined]
            raise self.problem(f"'{name}' is {value!r}; it can be one of {allowed}") from None

    def tags(self) -> list[str]:
        if not self._present("tags", False):
            return []
        value = self.raw["tags"]
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise self.problem("'tags' is not a list of text")
        try:
            return [check_text(t, "a tag") for t in value]
        except ValueError as exc:
            raise self.problem(str(exc)) from None

    def mapping(self, name: str, *, required: bool = False) -> dict[str, Any] | None:
        if not self._present(name, required):
            return None
        value = self.raw[name]
        if not isinstance(value, dict):
            raise self.problem(f"'{name}' is not a JSON object")
        return value

    def records(self, name: str, label: str) -> list[_Record]:
        if not self._present(name, False):
            return []
        value = self.raw[name]
        if not isinstance(value, list):
            raise self.problem(f"'{name}' is not a list")
        return [_Record(raw, f"{self.where}, {label} {n}") for n, raw in enumerate(value, 1)]


@dataclass(slots=True)
class _Item:
    kind: str
    where: str
    obj: Any
    position: int | None = None  # the position to keep, when the document gives one


class _Uids:
    """Uids seen so far per table, so a file cannot carry the same record twice."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, str]] = {}

    def claim(self, table: str, record: _Record) -> str:
        uid = record.uid()
        seen = self.seen.setdefault(table, {})
        if uid in seen:
            raise record.problem(f"its uid {uid!r} is also used by {seen[uid]}")
        seen[uid] = record.where
        return uid

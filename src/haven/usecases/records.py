"""Seeing, changing and deleting what was saved: check-ins, practices, grounding uses.

The guide promises that everything can be edited or deleted. These operations are the one
way both front ends do it: a delete hands back what undo needs, and undo puts the record
back with its uid, time, tags and notes, so nothing else that points at it breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from haven.domain.clock import ensure_aware
from haven.domain.models import CheckIn, Draft, GroundingUse, Practice
from haven.store.vault import Vault


class RecordKind(StrEnum):
    CHECKINS = "checkins"
    PRACTICES = "practices"
    GROUNDING = "grounding"


PAGE_SIZE = 50
"""How many records one page of a history holds (Today's history reads page by page)."""


def practice_draft_key(uid: str) -> str:
    """Where an unfinished practice keeps its page and consent answer (see drafts)."""
    return f"practice:{uid}"


def day_range(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Whole local days as moments: from the start of `start` to the end of `end`."""
    if start is not None and end is not None and start > end:
        start, end = end, start  # the intent is clear: swap rather than refuse
    since = None if start is None else ensure_aware(datetime.combine(start, time.min))
    until = None if end is None else ensure_aware(datetime.combine(end, time.max))
    return since, until


def list_records(
    vault: Vault,
    kind: RecordKind | str,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    newest_first: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Any]:
    """One kind of record in a time range (both ends included), one page at a time."""
    kind = RecordKind(kind)
    page = {"newest_first": newest_first, "limit": limit, "offset": offset}
    if kind is RecordKind.CHECKINS:
        return vault.checkins.list(since, until, **page)
    if kind is RecordKind.PRACTICES:
        return vault.practices.list(since=since, until=until, **page)
    return vault.grounding.list(since, until, **page)


def edit_checkin(vault: Vault, checkin: CheckIn) -> CheckIn:
    """Save changed ratings, note, tags or time of a check-in already saved."""
    _require_saved(checkin)
    return vault.checkins.update(checkin)


def edit_grounding(vault: Vault, use: GroundingUse) -> GroundingUse:
    _require_saved(use)
    return vault.grounding.update(use)


def edit_practice(vault: Vault, practice: Practice) -> Practice:
    """Save a changed debrief (or pre-brief) of a practice; its status stays as it was."""
    _require_saved(practice)
    return vault.practices.save(practice)


@dataclass(frozen=True)
class Deleted:
    """What undo needs to put a deleted record back as it was."""

    kind: RecordKind
    record: Any
    drafts: tuple[Draft, ...] = field(default=())

    @property
    def uid(self) -> str:
        return str(self.record.uid)


def delete(vault: Vault, kind: RecordKind | str, record_id: int) -> Deleted | None:
    """Delete one record for real; None when it was already gone."""
    kind = RecordKind(kind)
    with vault.transaction():
        if kind is RecordKind.CHECKINS:
            found: Any = vault.checkins.delete(record_id)
            return None if found is None else Deleted(kind, found)
        if kind is RecordKind.GROUNDING:
            found = vault.grounding.delete(record_id)
            return None if found is None else Deleted(kind, found)
        practice = vault.practices.get(record_id)
        if practice is None:
            return None
        draft = vault.drafts.get(practice_draft_key(practice.uid))
        vault.practices.delete(record_id)
        if draft is not None:
            vault.drafts.discard(draft.key)
        return Deleted(kind, practice, () if draft is None else (draft,))


def restore(vault: Vault, deleted: Deleted) -> Any:
    """Undo a delete: the record returns with its uid (and a practice with its draft)."""
    with vault.transaction():
        if deleted.kind is RecordKind.CHECKINS:
            return vault.checkins.restore(deleted.record)
        if deleted.kind is RecordKind.GROUNDING:
            return vault.grounding.restore(deleted.record)
        practice = vault.practices.restore(deleted.record)
        for draft in deleted.drafts:
            vault.drafts.save(draft.key, draft.content, updated_at=draft.updated_at)
        return practice


def _require_saved(record: Any) -> None:
    if record.id is None:
        raise ValueError("Only something already saved can be changed. Nothing was changed.")

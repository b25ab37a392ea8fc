"""Keeping, finishing and deleting a practice, with the draft that says where it was left.

A practice row and its draft record (page, consent answer) always change together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from haven.domain.drafts import practice_key
from haven.domain.models import Practice, PracticeStatus
from haven.store.vault import Vault


def keep_for_later(vault: Vault, practice: Practice, where: dict[str, Any]) -> None:
    """Store the practice as a draft, with `where` (its page and consent answer)."""
    with vault.transaction():
        practice.status = PracticeStatus.DRAFT
        vault.practices.save(practice)
        vault.drafts.save(practice_key(practice.uid), where)


def finish(vault: Vault, practice: Practice) -> None:
    """Mark the practice done and let its draft record go."""
    with vault.transaction():
        vault.practices.finish(practice)
        vault.drafts.discard(practice_key(practice.uid))


@dataclass(frozen=True)
class DeletedDraft:
    """What an undo needs to put an unfinished practice back as it was."""

    practice: Practice
    where: dict[str, Any]


def delete_draft(vault: Vault, practice: Practice) -> DeletedDraft:
    """Delete an unfinished practice and its draft record together."""
    assert practice.id is not None, "only a stored practice can be deleted"
    key = practice_key(practice.uid)
    extra = vault.drafts.get(key)
    where = dict(extra.content) if extra is not None else {}
    with vault.transaction():
        vault.practices.delete(practice.id)
        vault.drafts.discard(key)
    return DeletedDraft(practice, where)


def restore_draft(vault: Vault, deleted: DeletedDraft) -> None:
    """Undo `delete_draft`: the practice and where it was left, back together."""
    with vault.transaction():
        deleted.practice.id = None
        vault.practices.save(deleted.practice)
        if deleted.where:
            vault.drafts.save(practice_key(deleted.practice.uid), deleted.where)

"""Saving and deleting journal entries, together with the draft that was being typed.

Saving an entry and letting go of its draft is one transaction: a crash between the two
could otherwise offer back, as "unfinished", an entry that was already saved.
"""

from __future__ import annotations

from haven.domain.models import JournalEntry
from haven.store.vault import Vault


def save_entry(vault: Vault, entry: JournalEntry, draft_key: str) -> JournalEntry:
    """Add or update the entry and discard its draft, all or nothing.

    Raises ValueError (with a message for the person) when the entry cannot be kept.
    """
    with vault.transaction():
        saved = vault.journal.add(entry) if entry.id is None else vault.journal.update(entry)
        vault.drafts.discard(draft_key)
    return saved


def delete_entry(vault: Vault, entry_id: int, draft_key: str) -> JournalEntry | None:
    """Delete the entry and its draft together; returns what was removed, for an undo."""
    with vault.transaction():
        removed = vault.journal.delete(entry_id)
        vault.drafts.discard(draft_key)
    return removed

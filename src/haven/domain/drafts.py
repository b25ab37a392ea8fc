"""The keys of unfinished work kept in the vault's drafts table.

They are part of the documented export format (docs/export-format.md, "drafts"): a draft's
key says what it belongs to. Kept here, not in a widget, so the journal, the practice area,
the exchange formats and the demo all spell them the same way.
"""

from __future__ import annotations

JOURNAL_PREFIX = "journal:"
JOURNAL_NEW = "journal:new"  # an entry that was never saved
PRACTICE_PREFIX = "practice:"


def journal_key(uid: str | None) -> str:
    """The draft key of a journal entry: its uid, or `journal:new` for an unsaved one."""
    return JOURNAL_NEW if uid is None else f"{JOURNAL_PREFIX}{uid}"


def journal_uid(key: str) -> str | None:
    """The entry a journal draft belongs to (None for a new entry or another kind of key)."""
    if key == JOURNAL_NEW or not key.startswith(JOURNAL_PREFIX):
        return None
    return key[len(JOURNAL_PREFIX) :] or None


def practice_key(uid: str) -> str:
    """The draft key holding where a practice was left (its page, the consent answer)."""
    return f"{PRACTICE_PREFIX}{uid}"

"""Check-in conversations with a partner, and their agreements: what the window and the
command line both do with them.

A conversation can be kept part-way (to carry on later) or finished with its agreements in
one transaction. Changing an agreement keeps the earlier wording in its history. Nothing
here reads or writes the roadmap: a conversation never moves a step by itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from haven.domain.clock import now
from haven.domain.partner import Agreement, Conversation, due_to_look_again, revised

if TYPE_CHECKING:
    from haven.store.vault import Vault


def keep_for_later(vault: Vault, conversation: Conversation) -> Conversation:
    """Keep what was written so far, unfinished, to carry on another time."""
    conversation.finished = False
    return vault.partner.save_conversation(conversation)


def finish(
    vault: Vault, conversation: Conversation, agreements: Iterable[str | Agreement]
) -> Conversation:
    """Finish the conversation and keep its agreements (blank lines are left out)."""
    made: list[Agreement] = []
    for item in agreements:
        agreement = item if isinstance(item, Agreement) else Agreement(text=item)
        if agreement.text.strip():
            agreement.made_on = conversation.at.date()
            made.append(agreement)
    return vault.partner.finish_conversation(conversation, made)


def revise_agreement(
    vault: Vault, agreement: Agreement, text: str, look_again: date | None, *, share: bool
) -> Agreement:
    """New words or a new day to look again; the earlier wording stays in the history."""
    changed = revised(agreement, text, look_again, now())
    changed.share = share
    return vault.partner.update_agreement(changed)


def agreements_due(vault: Vault, today: date | None = None) -> list[Agreement]:
    return due_to_look_again(vault.partner.agreements(), today or now().date())


def shared_agreements(vault: Vault) -> list[Agreement]:
    """The agreements the person chose for the page for their partner."""
    return [a for a in vault.partner.agreements() if a.share]


def conversations(vault: Vault) -> list[Conversation]:
    """Every conversation, newest first; those kept for later too."""
    return sorted(vault.partner.conversations(), key=lambda c: c.at, reverse=True)


def kept_for_later(vault: Vault) -> list[Conversation]:
    return [c for c in conversations(vault) if not c.finished]


def agreements(vault: Vault) -> list[Agreement]:
    """Every agreement: those due to look at again first, then the newest."""
    today = now().date()
    items = vault.partner.agreements()
    return sorted(items, key=lambda a: (not a.is_due(today), -a.made_on.toordinal()))


def delete_conversation(vault: Vault, conversation: Conversation) -> Conversation:
    """Delete for real; returns what `restore_conversation` needs for the undo bar."""
    assert conversation.id is not None
    gone = vault.partner.delete_conversation(conversation.id)
    return gone or conversation


def restore_conversation(vault: Vault, conversation: Conversation) -> Conversation:
    return vault.partner.restore_conversation(conversation)


def delete_agreement(vault: Vault, agreement: Agreement) -> Agreement:
    assert agreement.id is not None
    gone = vault.partner.delete_agreement(agreement.id)
    return gone or agreement


def restore_agreement(vault: Vault, agreement: Agreement) -> Agreement:
    return vault.partner.restore_agreement(agreement)

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

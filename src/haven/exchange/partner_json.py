"""Check-in conversations and agreements in the haven-json export (see docs/export-format.md).

Kept apart from haven_json, as reflections_json is: haven_json calls these to write each
record and to read one back, with its own `_Record` reader passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from haven.domain.clock import to_text
from haven.domain.partner import (
    PROMPT_KEYS,
    Agreement,
    AgreementVersion,
    Answer,
    Conversation,
    ConversationKind,
    check_agreement,
    check_conversation,
)

if TYPE_CHECKING:
    from haven.store.vault import Vault

KINDS: tuple[tuple[str, str, str], ...] = (
    ("partner_conversations", "check-in conversation", "check-in conversations"),
    ("agreements", "agreement", "agreements"),
)
SECTIONS: tuple[str, ...] = tuple(k[0] for k in KINDS)


# -- export ---------------------------------------------------------------------------------
def export_sections(vault: Vault) -> dict[str, Any]:
    repo = vault.partner
    return {
        "partner_conversations": [conversation_out(c) for c in repo.conversations()],
        "agreements": [agreement_out(a) for a in repo.agreements()],
    }


def conversation_out(c: Conversation) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "at": to_text(c.at),
        "kind": c.kind.value,
        "practice_uid": c.practice_uid,
        "answers": {
            key: {"mine": c.answer(key).mine, "partner": c.answer(key).partner}
            for key in PROMPT_KEYS
        },
        "note": c.note,
        "finished": c.finished,
    }


def agreement_out(a: Agreement) -> dict[str, Any]:
    return {
        "uid": a.uid,
        "made_on": a.made_on.isoformat(),
        "look_again": None if a.look_again is None else a.look_again.isoformat(),
        "text": a.text,
        "conversation_uid": a.conversation_uid,
        "share": a.share,
        "history": [
            {
                "text": v.text,
                "look_again": None if v.look_again is None else v.look_again.isoformat(),
                "changed_at": to_text(v.changed_at),
            }
            for v in a.history
        ],
    }


# -- import: `r` is haven_json's _Record, `uids` its _Uids ----------------------------------
def _rule(r: Any, rule: Any, obj: Any) -> Any:
    try:
        rule(obj)
    except ValueError as exc:
        raise r.problem(str(exc)) from None
    return obj


def _answers(r: Any) -> dict[str, Answer]:
    raw = r.mapping("answers") or {}
    unknown = sorted(set(raw) - set(PROMPT_KEYS))
    if unknown:
        raise r.problem(f"'answers' has a prompt Haven does not know: {unknown[0]!r}")
    answers = {}
    for key in PROMPT_KEYS:
        one = raw.get(key) or {}
        if not isinstance(one, dict):
            raise r.problem(f"the answer to '{key}' is not a JSON object")
        sub = type(r)(one, f"{r.where}, the answer to '{key}'")  # the same checks as any text
        answers[key] = Answer(mine=sub.text("mine"), partner=sub.text("partner"))
    return answers


def read(kind: str, r: Any, uids: Any) -> Any:
    """One record of a partner section as its domain object (ImportProblem if wrong)."""
    if kind == "partner_conversations":
        return _rule(
            r,
            check_conversation,
            Conversation(
                uid=uids.claim(kind, r),
                at=r.moment("at"),
                kind=r.choice("kind", ConversationKind),
                practice_uid=r.optional_text("practice_uid"),
                answers=_answers(r),
                note=r.text("note"),
                finished=r.boolean("finished"),
            ),
        )
    history = [
        AgreementVersion(
            text=v.text("text", nonempty=True),
            look_again=v.day("look_again"),
            changed_at=v.moment("changed_at"),
        )
        for v in r.records("history", "earlier wording")
    ]
    made_on = r.day("made_on")
    if made_on is None:
        raise r.problem("'made_on' is missing")
    return _rule(
        r,
        check_agreement,
        Agreement(
            uid=uids.claim(kind, r),
            made_on=made_on,
            look_again=r.day("look_again"),
            text=r.text("text", nonempty=True),
            conversation_uid=r.optional_text("conversation_uid"),
            share=r.boolean("share"),
            history=history,
        ),
    )


class Existing:
    """What the vault already holds of these kinds, by uid."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._seen: dict[str, set[str]] = {}

    def contains(self, kind: str, obj: Any) -> bool:
        if kind not in self._seen:
            self._seen[kind] = self.vault.partner.uids(kind)
        return obj.uid in self._seen[kind]


def write(vault: Vault, kind: str, obj: Any) -> None:
    if kind == "partner_conversations":
        vault.partner.save_conversation(obj)
    else:
        vault.partner.add_agreement(obj)

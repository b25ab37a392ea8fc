"""Check-in conversations and agreements travel through haven-json exactly (answers, history,
the practice they followed), and a wrong one is refused with a message that names it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from haven.domain.partner import Agreement, Conversation, ConversationKind
from haven.exchange.haven_json import export_document, import_document
from haven.exchange.haven_json_kinds import ImportProblem
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.usecases import partner
from tests.conftest import PASSPHRASE

AT = datetime(2026, 10, 4, 21, 15, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture
def other(tmp_path: Path) -> Vault:
    fresh, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=CHEAP_KDF)
    yield fresh
    fresh.lock()


def doc(**sections: Any) -> dict[str, Any]:
    return {"format": "haven-export", "version": 1, **sections}


def test_conversations_and_agreements_come_back_whole(vault: Vault, other: Vault) -> None:
    talk = Conversation(at=AT, kind=ConversationKind.AFTER_PRACTICE, practice_uid="p-7")
    talk.answer("felt_good").mine = "Slow, and we laughed 😊"
    talk.answer("to_change").partner = "أريد أن أسأل أكثر"
    talk.note = "Long walk first"
    partner.finish(vault, talk, ["Tea break halfway"])
    [agreement] = vault.partner.agreements()
    partner.revise_agreement(vault, agreement, "Tea break whenever", date(2026, 11, 1), share=True)
    partner.keep_for_later(vault, Conversation(at=AT + timedelta(days=3)))

    text = json.dumps(export_document(vault), ensure_ascii=False)
    report = import_document(other, json.loads(text))

    assert report.added["partner_conversations"] == 2 and report.added["agreements"] == 1
    first, second = other.partner.conversations()
    assert (first.uid, first.at, first.kind, first.practice_uid) == (
        talk.uid,
        AT,
        ConversationKind.AFTER_PRACTICE,
        "p-7",
    )
    assert first.answer("to_change").partner == "أريد أن أسأل أكثر" and first.finished
    assert not second.finished
    [back] = other.partner.agreements()
    assert (back.text, back.look_again, back.share) == (
        "Tea break whenever",
        date(2026, 11, 1),
        True,
    )
    assert back.conversation_uid == talk.uid
    assert [v.text for v in back.history] == ["Tea break halfway"]

    again = import_document(other, json.loads(text))
    assert again.added.get("agreements", 0) == 0  # the same uids are not added twice


@pytest.mark.parametrize(
    ("section", "record", "said"),
    [
        (
            "agreements",
            {"uid": "a1", "made_on": "2026-10-04", "text": "  "},
            "agreement 1",
        ),
        (
            "agreements",
            {"uid": "a1", "made_on": "2026-10-04", "look_again": "2026-09-01", "text": "x"},
            "before the day it was agreed",
        ),
        (
            "partner_conversations",
            {"uid": "c1", "at": "2026-10-04T21:15:00+02:00", "kind": "weekly"},
            "check-in conversation 1",
        ),
        (
            "partner_conversations",
            {
                "uid": "c1",
                "at": "2026-10-04T21:15:00+02:00",
                "kind": "regular",
                "answers": {"how_was_it": {"mine": "x"}},
            },
            "how_was_it",
        ),
    ],
)
def test_a_wrong_record_is_refused_and_nothing_is_added(
    other: Vault, section: str, record: dict[str, Any], said: str
) -> None:
    with pytest.raises(ImportProblem, match=said):
        import_document(other, doc(**{section: [record]}))
    assert other.partner.conversations() == [] and other.partner.agreements() == []


def test_an_agreement_without_the_day_it_was_made_is_refused(other: Vault) -> None:
    with pytest.raises(ImportProblem, match="made_on"):
        import_document(other, doc(agreements=[{"uid": "a1", "text": "Tea"}]))
    assert other.partner.agreements() == []


def test_a_vault_with_agreements_exports_them_in_their_own_section(vault: Vault) -> None:
    vault.partner.add_agreement(Agreement(text="Lamp on", made_on=date(2026, 10, 1)))
    exported = export_document(vault)
    assert [a["text"] for a in exported["agreements"]] == ["Lamp on"]
    assert exported["partner_conversations"] == []

"""Check-in conversations and agreements as the vault keeps them: saved, finished with their
agreements in one go, changed with history, deleted and brought back whole."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain.models import RoadmapStep
from haven.domain.partner import Agreement, Conversation, ConversationKind
from haven.store import Vault
from haven.usecases import partner

AT = datetime(2026, 11, 2, 21, 30, tzinfo=timezone(timedelta(hours=1)))


def a_talk() -> Conversation:
    talk = Conversation(at=AT, kind=ConversationKind.AFTER_PRACTICE, practice_uid="practice-1")
    talk.answer("felt_good").mine = "Lying close with the lamp on"
    talk.answer("felt_good").partner = "That you told me when to slow down"
    talk.answer("signals").partner = "The hand squeeze is easy to notice"
    talk.note = "שלום, and a 🌱"
    return talk


def test_a_conversation_kept_for_later_comes_back_unfinished_with_every_answer(
    vault: Vault,
) -> None:
    talk = partner.keep_for_later(vault, a_talk())
    [back] = vault.partner.conversations()
    assert not back.finished and back.uid == talk.uid and back.at == AT
    assert back.answer("felt_good").partner == "That you told me when to slow down"
    assert back.answer("signals").partner == "The hand squeeze is easy to notice"
    assert back.answer("boundary").mine == "" and back.note == "שלום, and a 🌱"
    assert back.practice_uid == "practice-1"


def test_finishing_keeps_the_agreements_made_that_day_and_skips_blank_lines(vault: Vault) -> None:
    talk = partner.finish(vault, a_talk(), ["We stop for tea halfway", "  ", "Lamp stays on"])
    [back] = vault.partner.conversations()
    assert back.finished
    agreements = vault.partner.agreements()
    assert [a.text for a in agreements] == ["We stop for tea halfway", "Lamp stays on"]
    assert {a.made_on for a in agreements} == {AT.date()}
    assert {a.conversation_uid for a in agreements} == {talk.uid}


def test_a_bad_agreement_leaves_neither_the_conversation_nor_any_agreement(vault: Vault) -> None:
    bad = Agreement(text="Too early", made_on=date(2026, 11, 2), look_again=date(2026, 10, 1))
    with pytest.raises(ValueError):
        vault.partner.finish_conversation(a_talk(), [Agreement(text="fine"), bad])
    assert vault.partner.conversations() == [] and vault.partner.agreements() == []


def test_finishing_a_conversation_never_moves_a_roadmap_step(vault: Vault) -> None:
    step = vault.roadmap.add(RoadmapStep(title="Holding hands"))
    before = [(s.uid, s.state, len(s.history)) for s in vault.roadmap.list()]
    partner.finish(vault, a_talk(), ["We try holding hands again next week"])
    assert [(s.uid, s.state, len(s.history)) for s in vault.roadmap.list()] == before
    assert vault.roadmap.get(step.id).state == step.state


def test_changing_an_agreement_keeps_its_history_and_saving_twice_adds_nothing(
    vault: Vault,
) -> None:
    agreement = vault.partner.add_agreement(
        Agreement(text="Ask before a hug", made_on=date(2026, 10, 1))
    )
    for _ in range(2):
        [current] = vault.partner.agreements()
        partner.revise_agreement(
            vault, current, "Ask before a hug from behind", date(2026, 12, 1), share=True
        )
    [again] = vault.partner.agreements()
    assert again.uid == agreement.uid
    assert again.text == "Ask before a hug from behind" and again.share
    assert [(v.text, v.look_again) for v in again.history] == [("Ask before a hug", None)]


def test_a_deleted_agreement_comes_back_with_its_uid_and_history(vault: Vault) -> None:
    first = vault.partner.add_agreement(Agreement(text="One", made_on=date(2026, 10, 1)))
    partner.revise_agreement(vault, first, "One, revised", None, share=False)
    [kept] = vault.partner.agreements()
    gone = vault.partner.delete_agreement(kept.id)
    assert vault.partner.agreements() == []
    vault.partner.restore_agreement(gone)
    [back] = vault.partner.agreements()
    assert back.uid == first.uid and [v.text for v in back.history] == ["One"]


def test_a_deleted_conversation_comes_back_with_its_uid(vault: Vault) -> None:
    talk = partner.finish(vault, a_talk(), [])
    gone = vault.partner.delete_conversation(talk.id)
    assert vault.partner.conversations() == []
    vault.partner.restore_conversation(gone)
    [back] = vault.partner.conversations()
    assert back.uid == talk.uid and back.finished


def test_agreements_due_and_shared(vault: Vault) -> None:
    vault.partner.add_agreement(
        Agreement(text="Due", made_on=date(2026, 10, 1), look_again=date(2026, 11, 1), share=True)
    )
    vault.partner.add_agreement(
        Agreement(text="Later", made_on=date(2026, 10, 1), look_again=date(2027, 1, 1))
    )
    assert [a.text for a in partner.agreements_due(vault, date(2026, 12, 3))] == ["Due"]
    assert [a.text for a in partner.shared_agreements(vault)] == ["Due"]

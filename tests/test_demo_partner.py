"""`haven demo` fills the check-in conversations and agreements: four over the last three
months, one after a practice, one kept part-way, one agreement reworded, one due again."""

from __future__ import annotations

from datetime import timedelta

from haven import demo
from haven.store import Vault
from haven.usecases import partner
from tests.test_demo import END


def test_demo_writes_conversations_and_agreements_and_counts_them(vault: Vault) -> None:
    counts = demo.populate(vault, years=1, end=END)
    talks = vault.partner.conversations()
    agreements = vault.partner.agreements()
    assert counts["partner_conversations"] == len(talks) == 4
    assert counts["agreements"] == len(agreements) == 4
    assert all(END - timedelta(days=92) <= t.at.date() <= END for t in talks)
    assert [t.finished for t in talks] == [True, True, True, False]
    practice_uids = {p.uid for p in vault.practices.list()}
    [after] = [t for t in talks if t.practice_uid]
    assert after.practice_uid in practice_uids


def test_demo_agreements_show_a_rewording_and_one_due_to_look_again(vault: Vault) -> None:
    demo.populate(vault, years=1, end=END)
    agreements = vault.partner.agreements()
    assert [len(a.history) for a in agreements].count(1) == 1
    assert [a.text for a in partner.agreements_due(vault, END)]
    assert any(a.share for a in agreements)

"""The operations both front ends call: each one whole, or not at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from haven import resources
from haven.domain.drafts import journal_key, practice_key
from haven.domain.models import JournalEntry, Practice, PracticeStatus, PreBrief, Threshold, Zone
from haven.store.backups import auto_backups
from haven.store.vault import Vault
from haven.usecases import journal, practice, setup, thresholds
from haven.usecases.backups import AfterChange

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


# -- journal ------------------------------------------------------------------------------------
def test_saving_an_entry_lets_its_draft_go_in_the_same_transaction(vault: Vault) -> None:
    vault.drafts.save(journal_key(None), {"body": "half a thought"})

    saved = journal.save_entry(vault, JournalEntry(body="a whole thought"), journal_key(None))

    assert saved.id is not None and vault.journal.get(saved.id) is not None
    assert vault.drafts.get(journal_key(None)) is None


def test_if_the_draft_cannot_be_let_go_the_entry_is_not_saved_either(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.drafts.save(journal_key(None), {"body": "half a thought"})

    def fail(key: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vault.drafts, "discard", fail)
    with pytest.raises(OSError):
        journal.save_entry(vault, JournalEntry(body="a whole thought"), journal_key(None))

    monkeypatch.undo()
    assert vault.journal.list() == []
    assert vault.drafts.get(journal_key(None)) is not None


def test_an_empty_entry_is_refused_and_its_draft_kept(vault: Vault) -> None:
    vault.drafts.save(journal_key(None), {"body": ""})
    with pytest.raises(ValueError, match="empty"):
        journal.save_entry(vault, JournalEntry(body="  "), journal_key(None))
    assert vault.drafts.get(journal_key(None)) is not None


def test_deleting_an_entry_deletes_its_draft_and_returns_it_for_an_undo(vault: Vault) -> None:
    saved = vault.journal.add(JournalEntry(body="to go"))
    assert saved.id is not None
    vault.drafts.save(journal_key(saved.uid), {"body": "to go, edited"})

    removed = journal.delete_entry(vault, saved.id, journal_key(saved.uid))

    assert removed is not None and removed.body == "to go"
    assert vault.journal.get(saved.id) is None
    assert vault.drafts.get(journal_key(saved.uid)) is None


# -- practice -----------------------------------------------------------------------------------
def test_a_practice_kept_for_later_remembers_where_it_was_left(vault: Vault) -> None:
    p = Practice(step_uid=None, pre=PreBrief(intention="slowly"), status=PracticeStatus.DONE)
    practice.keep_for_later(vault, p, {"page": "during", "consent": "yes"})

    assert p.id is not None and vault.practices.get(p.id).status == PracticeStatus.DRAFT
    assert vault.drafts.get(practice_key(p.uid)).content == {"page": "during", "consent": "yes"}

    practice.finish(vault, p)
    assert vault.practices.get(p.id).status == PracticeStatus.DONE
    assert vault.drafts.get(practice_key(p.uid)) is None


def test_a_deleted_unfinished_practice_comes_back_whole(vault: Vault) -> None:
    p = Practice(step_uid=None, pre=PreBrief(intention="slowly"))
    practice.keep_for_later(vault, p, {"page": "pre", "consent": ""})
    assert p.id is not None

    deleted = practice.delete_draft(vault, p)
    assert vault.practices.get(p.id) is None
    assert vault.drafts.get(practice_key(p.uid)) is None

    practice.restore_draft(vault, deleted)
    back = [x for x in vault.practices.list() if x.uid == p.uid]
    assert len(back) == 1 and back[0].pre.intention == "slowly"
    assert vault.drafts.get(practice_key(p.uid)).content == {"page": "pre", "consent": ""}


# -- set-up -------------------------------------------------------------------------------------
def test_the_example_roadmap_is_seeded_once(vault: Vault) -> None:
    expected = [title for title, _ in resources.roadmap_template()]
    assert setup.seed_example_roadmap_if_empty(vault) == len(expected) > 0
    assert [s.title for s in vault.roadmap.list()] == expected
    assert setup.seed_example_roadmap_if_empty(vault) == 0
    assert len(vault.roadmap.list()) == len(expected)


# -- thresholds ---------------------------------------------------------------------------------
def test_dragging_thresholds_moves_them_all_to_the_new_zone(vault: Vault) -> None:
    a = vault.thresholds.add(Threshold(situation="a", zone=Zone.MANAGEABLE))
    b = vault.thresholds.add(Threshold(situation="b", zone=Zone.MANAGEABLE))
    c = vault.thresholds.add(Threshold(situation="c", zone=Zone.NOT_YET))
    assert c.id is not None

    assert thresholds.place(vault, [a, b], Zone.NOT_YET, [c.id], 0)

    assert sorted(t.situation for t in vault.thresholds.list(Zone.NOT_YET)) == ["a", "b", "c"]
    assert vault.thresholds.list(Zone.MANAGEABLE) == []
    # dropping the last item where it already is changes nothing
    ids = [t.id for t in vault.thresholds.list(Zone.NOT_YET)]
    last = vault.thresholds.list(Zone.NOT_YET)[-1]
    assert not thresholds.place(vault, [last], Zone.NOT_YET, ids, len(ids))


# -- the automatic backup -----------------------------------------------------------------------
def test_the_automatic_backup_is_made_after_a_change_at_most_hourly(vault: Vault) -> None:
    after = AfterChange()
    vault.journal.add(JournalEntry(body="one"))
    first = after.run(vault, NOW)
    assert first.made is not None and first.made.exists() and first.problem is None

    vault.journal.add(JournalEntry(body="two"))
    assert after.run(vault, NOW + timedelta(minutes=30)).made is None
    assert after.run(vault, NOW + timedelta(minutes=61)).made is not None
    assert len(auto_backups(vault.data_dir)) == 2


def test_a_backup_that_cannot_be_made_is_reported_not_raised(vault: Vault) -> None:
    blocker = vault.data_dir / "backups"
    if blocker.exists():
        for p in blocker.iterdir():
            p.unlink()
        blocker.rmdir()
    blocker.write_text("a file where the backups folder should be")
    vault.journal.add(JournalEntry(body="one"))

    outcome = AfterChange().run(vault, NOW)

    assert outcome.made is None and outcome.problem
    assert len(vault.journal.list()) == 1  # what was saved is safe


def test_creating_a_journal_gives_an_open_vault_and_a_recovery_code(tmp_path: Path) -> None:
    from haven.store.keyfile import CHEAP_KDF

    vault, code = setup.create_journal(tmp_path / "j", "correct horse battery", CHEAP_KDF)
    try:
        assert vault.is_unlocked and code
    finally:
        vault.lock()

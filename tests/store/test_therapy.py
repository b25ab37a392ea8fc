"""The sessions log and the list to bring are stored in the vault, come back as they were
written, and can be deleted and brought back with the same uid."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from haven.domain.therapy import TherapySession, ToBringItem
from haven.store import Vault

AT = datetime(2026, 11, 20, 18, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_session_comes_back_with_its_words_and_linked_steps(vault: Vault) -> None:
    s = vault.therapy.add_session(
        TherapySession(
            day=date(2026, 11, 12),
            worked_on="Noticing the first signs of freeze",
            keep="I can slow down without explaining",
            practice="Hand on shoulder, twice, with the pause signal",
            questions="Why does evening feel harder?",
            step_uids=["step-a", "step-b", "step-a"],
        )
    )
    [back] = vault.therapy.sessions()
    assert back.uid == s.uid and back.day == date(2026, 11, 12)
    assert back.texts() == s.texts()
    assert back.step_uids == ["step-a", "step-b"]  # a step is linked once
    assert vault.therapy.last_day() == date(2026, 11, 12)


def test_an_edit_replaces_the_words_and_the_linked_steps(vault: Vault) -> None:
    s = vault.therapy.add_session(TherapySession(day=date(2026, 11, 12), step_uids=["a"]))
    s.worked_on, s.step_uids = "Boundaries", ["b"]
    vault.therapy.update_session(s)
    [back] = vault.therapy.sessions()
    assert back.worked_on == "Boundaries" and back.step_uids == ["b"]
    assert back.updated_at is not None


def test_a_deleted_session_is_restored_with_its_uid_and_steps(vault: Vault) -> None:
    s = vault.therapy.add_session(TherapySession(day=date(2026, 10, 1), step_uids=["a"]))
    gone = vault.therapy.delete_session(s.id)  # type: ignore[arg-type]
    assert vault.therapy.sessions() == [] and vault.therapy.last_day() is None
    assert gone is not None
    vault.therapy.restore_session(gone)
    [back] = vault.therapy.sessions()
    assert back.uid == s.uid and back.step_uids == ["a"]


def test_an_item_from_a_record_is_stored_once_and_updated_in_place(vault: Vault) -> None:
    first = vault.therapy.save_item(
        ToBringItem(text="Journal entry: Tuesday", kind="journal", record_uid="j-1", added=AT)
    )
    again = vault.therapy.save_item(
        ToBringItem(
            text="Journal entry: Tuesday",
            kind="journal",
            record_uid="j-1",
            added=AT,
            talked_on=date(2026, 11, 26),
        )
    )
    [back] = vault.therapy.items()
    assert again.uid == first.uid and back.talked_on == date(2026, 11, 26)
    assert back.added == AT and back.added_at == "2026-11-20T18:00:00+01:00"


def test_a_deleted_item_is_gone(vault: Vault) -> None:
    item = vault.therapy.save_item(ToBringItem(text="Ask about sleep", added=AT))
    assert vault.therapy.delete_item(item.uid) == item
    assert vault.therapy.items() == []

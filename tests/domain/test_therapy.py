"""The pure rules behind the sessions log and the list to bring."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain.therapy import (
    TherapySession,
    ToBringItem,
    agreed_for_step,
    check_item,
    last_session_day,
    source_label,
)

AT = datetime(2026, 11, 20, 22, 15, tzinfo=timezone(timedelta(hours=1)))


def test_every_kind_has_a_short_label_the_summary_can_print() -> None:
    assert [
        source_label(k)
        for k in ("typed", "journal", "debrief", "checkin", "grounding", "fear_check", "kind_word")
    ] == ["Typed", "Journal", "Practice", "Check-in", "Check-in", "Reflection", "Reflection"]
    assert source_label("something-new") == "Typed"


def test_an_item_gives_its_time_as_iso_text_with_its_offset() -> None:
    item = ToBringItem(text="Ask about sleep", added=AT)
    assert item.added_at == "2026-11-20T22:15:00+01:00"
    assert item.is_open and not item.gathered and item.key == f"typed:{item.uid}"


def test_a_ticked_or_removed_item_is_not_open() -> None:
    assert not ToBringItem(text="x", talked_on=date(2026, 11, 26)).is_open
    assert not ToBringItem(text="x", kind="journal", record_uid="j", removed=True).is_open


def test_an_item_needs_words() -> None:
    with pytest.raises(ValueError, match="no words"):
        check_item(ToBringItem(text="   "))


def test_the_last_session_is_the_latest_day_and_none_without_sessions() -> None:
    assert last_session_day([]) is None
    days = [date(2026, 10, 1), date(2026, 11, 12), date(2026, 9, 3)]
    assert last_session_day([TherapySession(day=d) for d in days]) == date(2026, 11, 12)


def test_the_latest_session_linked_to_a_step_is_the_one_shown() -> None:
    older = TherapySession(day=date(2026, 10, 1), practice="Once", step_uids=["s"])
    newer = TherapySession(day=date(2026, 11, 1), practice="Twice", step_uids=["s", "t"])
    other = TherapySession(day=date(2026, 11, 20), practice="Elsewhere", step_uids=["u"])
    assert agreed_for_step([older, newer, other], "s") is newer
    assert agreed_for_step([older, newer, other], "v") is None

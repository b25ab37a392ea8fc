"""Bounds decided once in the domain, and enforced by the store whatever the door."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haven.domain.clock import parse_moment
from haven.domain.limits import (
    check_moment,
    check_number,
    check_text,
    check_whole,
    has_lone_surrogate,
    parse_whole,
)
from haven.domain.models import CheckIn, JournalEntry
from haven.store import Vault
from haven.store.backups import AutoBackup, restore, summarise


@pytest.mark.parametrize(
    "typed",
    ["9999-12-31T23:59-01:00", "0001-01-01", "0001-01-01 00:00", "1899-12-31", "2201-01-01"],
)
def test_dates_outside_1900_to_2200_are_refused_with_the_range(typed: str) -> None:
    with pytest.raises(ValueError, match=r"outside the years Haven keeps .from 1900 to 2200"):
        parse_moment(typed)


def test_the_range_holds_in_utc_too() -> None:
    late = datetime(2200, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5)))  # 2201 in UTC
    with pytest.raises(ValueError):
        check_moment(late)
    assert check_moment(datetime(2200, 12, 31, 12, 0, tzinfo=UTC)).year == 2200
    assert parse_moment("1900-01-01T12:00+00:00").year == 1900


def test_the_store_refuses_an_out_of_range_date_whatever_the_door(vault: Vault) -> None:
    far = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-1)))
    with pytest.raises(ValueError, match="outside the years"):
        vault.checkins.add(CheckIn(distress=1, comfort=2, at=far))
    with pytest.raises(ValueError, match="outside the years"):
        vault.journal.add(JournalEntry(body="x", at=datetime(1, 1, 1, tzinfo=UTC)))
    assert vault.checkins.count() == 0 and vault.journal.count() == 0


def test_backup_and_restore_work_for_a_journal_poisoned_before_the_bounds(
    vault: Vault, tmp_path
) -> None:
    vault.checkins.add(CheckIn(distress=1, comfort=2))
    # What an older Haven let in: year 10000 in UTC.
    vault.conn.execute("UPDATE checkins SET at_utc = ?", (253402300740 * 1_000_000 + 3600 * 10**6,))
    assert summarise(vault).last is None  # left out of the summary, not a crash
    copy = AutoBackup().after_change(vault, datetime(2026, 12, 3, tzinfo=UTC))
    assert copy is not None
    vault.lock()
    from tests.conftest import PASSPHRASE

    restore(vault.data_dir, copy, passphrase=PASSPHRASE)


@pytest.mark.parametrize("bad", ["a\udc80b", "nul\0inside", "x" * 10_001])
def test_text_that_cannot_be_kept_is_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(ValueError, match=r"UTF-8|NUL|characters long"):
        check_text(bad, "the note")


def test_the_store_refuses_undecodable_text(vault: Vault) -> None:
    with pytest.raises(ValueError, match="not valid UTF-8"):
        vault.checkins.add(CheckIn(distress=1, comfort=2, note="caf\udce9"))
    with pytest.raises(ValueError, match="not valid UTF-8"):
        vault.journal.add(JournalEntry(body="fine", tags=["\udcff"]))


@pytest.mark.parametrize("typed", [str(10**30), "9" * 400, "1e5", "", "ten", "٣"])
def test_huge_or_odd_numbers_get_a_clear_message(typed: str) -> None:
    with pytest.raises(ValueError, match=r"goes from 1 to 10,000|whole number"):
        parse_whole(typed, "the limit", low=1, high=10_000)


def test_whole_numbers_and_numbers_stay_inside_their_bounds() -> None:
    assert check_whole(2**10, "x", low=0, high=2**20) == 1024
    with pytest.raises(ValueError):
        check_whole(2**63, "the position", high=1_000_000)
    with pytest.raises(ValueError):
        check_whole(True, "x")
    for bad in (float("nan"), float("inf"), 10**400):
        with pytest.raises(ValueError):
            check_number(bad, "sleep", low=0, high=24)


def test_a_bare_day_keeps_its_range_check() -> None:
    assert parse_moment("2026-03-14").date() == date(2026, 3, 14)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr))).map("".join))
def test_a_lone_surrogate_is_found_wherever_it_hides(text: str) -> None:
    """The fast check agrees with the plain definition: any code point from D800 to DFFF."""
    import re

    assert has_lone_surrogate(text) == (re.search("[\ud800-\udfff]", text) is not None)


@pytest.mark.parametrize(
    "text, found",
    [
        ("plain words", False),
        ("سلام עולם 🌿", False),
        ("bytes \udcff from a Latin-1 file", True),
        ("half a pair \ud83c", True),
        ("a pair split in two \ud83c\udf3f", True),
        ("", False),
    ],
)
def test_lone_surrogates_in_ascii_and_in_other_scripts(text: str, found: bool) -> None:
    assert has_lone_surrogate(text) is found

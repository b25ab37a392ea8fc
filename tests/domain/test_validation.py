"""The rules every check-in and entry meet, whether typed, imported or added from the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from haven.domain.models import CheckIn, JournalEntry
from haven.domain.validation import (
    MAX_BODY_CHARS,
    search_terms,
    validate_checkin,
    validate_entry,
)

AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_a_check_in_needs_both_ratings_within_the_scale_and_its_tags_are_tidied() -> None:
    checkin = CheckIn(at=AT, distress=4, comfort=6, tags=["  Walk ", "walk", "Sleep"])
    validate_checkin(checkin)
    assert checkin.tags == ["sleep", "walk"]
    with pytest.raises(ValueError, match="distress"):
        validate_checkin(CheckIn(at=AT, distress=11, comfort=6))
    with pytest.raises(ValueError):
        validate_checkin(CheckIn(at=AT, distress=3, comfort=5, sleep_hours=30))


def test_an_entry_with_only_spaces_is_refused_kindly_and_its_title_trimmed() -> None:
    with pytest.raises(ValueError, match="The entry is empty"):
        validate_entry(JournalEntry(at=AT, title="x", body="   \n "))
    entry = JournalEntry(at=AT, title="  A day  ", body="مرحبا 🌿 a good walk")
    validate_entry(entry)
    assert entry.title == "A day"
    assert entry.body == "مرحبا 🌿 a good walk"  # right-to-left text and emoji kept as typed


def test_an_entry_longer_than_one_piece_is_refused_with_a_way_forward() -> None:
    with pytest.raises(ValueError, match="split it in two"):
        validate_entry(JournalEntry(at=AT, title="", body="a" * (MAX_BODY_CHARS + 1)))


def test_search_terms_are_words_and_operators_are_only_separators() -> None:
    assert search_terms('felt NEAR "safe" body:touch*') == ["felt", "NEAR", "safe", "body", "touch"]
    assert search_terms("  ** :: ") == []
    assert search_terms("رحمة café") == ["رحمة", "café"]

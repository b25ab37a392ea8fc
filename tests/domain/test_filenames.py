"""Suggested file names: what the file is, or in discreet mode only the neutral name and date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from haven.domain.filenames import KINDS, neutral_stem, suggested_name

DAY = date(2026, 12, 3)
TELLING = ("haven", "therapy", "partner", "summary", "journal", "check-in", "backup")


def test_outside_discreet_mode_the_name_says_what_the_file_is() -> None:
    assert suggested_name("summary", DAY) == "summary-for-therapy-2026-12-03.pdf"
    assert suggested_name("partner-page", DAY) == "page-for-my-partner-2026-12-03.pdf"
    assert suggested_name("csv", DAY) == "check-ins-and-practices-2026-12-03.csv"
    assert suggested_name("backup", DAY) == "journal-backup-2026-12-03.db"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_in_discreet_mode_every_name_is_the_neutral_name_and_the_date(kind: str) -> None:
    name = suggested_name(kind, DAY, discreet_name="Notes")

    assert name == f"notes-2026-12-03{KINDS[kind][1]}"
    assert not any(word in name for word in TELLING)


def test_the_issue_example() -> None:
    assert suggested_name("summary", DAY, discreet_name="Notes") == "notes-2026-12-03.pdf"


def test_a_name_already_in_the_folder_gets_a_number() -> None:
    there = {"notes-2026-12-03.pdf", "notes-2026-12-03-2.pdf"}

    name = suggested_name("partner-page", DAY, discreet_name="Notes", taken=there.__contains__)

    assert name == "notes-2026-12-03-3.pdf"


@pytest.mark.parametrize(
    ("chosen", "stem"),
    [
        ("Notes", "notes"),
        ("  Recipes for Sunday  ", "recipes-for-sunday"),
        ("Notizen für mich", "notizen-für-mich"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("🌿🌿", "notes"),
        ("", "notes"),
        ("a" * 80, "a" * 40),
    ],
)
def test_the_neutral_name_becomes_a_safe_file_name_start(chosen: str, stem: str) -> None:
    assert neutral_stem(chosen) == stem


@given(st.text(max_size=80))
def test_any_neutral_name_gives_one_plain_file_name(chosen: str) -> None:
    name = suggested_name("summary", DAY, discreet_name=chosen)

    assert "/" not in name and "\\" not in name and "\0" not in name
    assert not name.startswith((".", "-"))
    assert name.endswith("-2026-12-03.pdf")
    assert len(name) <= 40 + len("-2026-12-03.pdf")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="'diary'"):
        suggested_name("diary", DAY)

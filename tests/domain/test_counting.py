"""Counts read as English: one check-in, two check-ins (issue 16: "It holds 1 check-ins")."""

from __future__ import annotations

import pytest

from haven.domain.counting import counted, singular


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("check-ins", "check-in"),
        ("journal entries", "journal entry"),
        ("boundaries", "boundary"),
        ("grounding uses", "grounding use"),
        ("pause-plan steps", "pause-plan step"),
        ("unfinished practices", "unfinished practice"),
        ("thresholds", "threshold"),
    ],
)
def test_every_kind_haven_counts_has_its_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_exactly_one_is_singular_and_everything_else_plural() -> None:
    assert counted(1, "check-ins") == "1 check-in"
    assert counted(0, "check-ins") == "0 check-ins"
    assert counted(2, "journal entries") == "2 journal entries"
    assert counted(1200, "journal entries") == "1,200 journal entries"

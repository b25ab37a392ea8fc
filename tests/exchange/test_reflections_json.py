"""The reflection tools and Learn marks travel through haven-json exactly, and a wrong one
is refused with a message that names where it is and what is wrong."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
)
from haven.exchange.haven_json import export_document, import_document
from haven.exchange.haven_json_kinds import ImportProblem
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from tests.conftest import PASSPHRASE

AT = datetime(2026, 10, 4, 22, 15, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def other(tmp_path: Path) -> Vault:
    fresh, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=CHEAP_KDF)
    yield fresh
    fresh.lock()


def doc(**sections: Any) -> dict[str, Any]:
    return {"format": "haven-export", "version": 1, **sections}


def test_every_field_of_every_reflection_comes_back(vault: Vault, other: Vault) -> None:
    fear = vault.reflections.add_fear_check(
        FearCheck(
            at=AT,
            happening="Footsteps on the stairs",
            body="Heart fast",
            safe_now="It is my neighbour",
            not_safe="Someone I do not know",
            will_do="Breathe, then text Ana",
            ending=FearCheckEnding.HELP_NOW,
            finished=True,
            share=True,
        )
    )
    vault.reflections.add_values_sort(
        ValuesSort(
            at=AT,
            note="autumn",
            share=True,
            placements=[
                Placement("being-asked", "Being asked", Pile.A_LOT),
                Placement("own:1", "Cooking together", Pile.SOME),
            ],
        )
    )
    vault.reflections.add_kind_word(KindWord(at=AT, moment="Hard day", words="Rest is allowed"))
    vault.reflections.set_learn_mark(LearnMark("sleep-and-stress", helpful=True, hidden=True))

    text = json.dumps(export_document(vault), ensure_ascii=False)
    report = import_document(other, json.loads(text))

    assert report.added["fear_checks"] == 1 and report.added["kind_words"] == 1
    [back] = other.reflections.fear_checks()
    assert back == fear.__class__(**{**_fields(fear), "id": back.id})
    sort = other.reflections.latest_values_sort()
    assert (sort.note, sort.share, sort.at) == ("autumn", True, AT)
    assert sort.pile_of("own:1") is Pile.SOME
    assert other.reflections.kind_words()[0].moment == "Hard day"
    assert other.reflections.learn_marks()["sleep-and-stress"].hidden
    again = import_document(other, json.loads(text))
    assert again.total_added == 0 and again.skipped_existing["values_sorts"] == 1


def _fields(item: Any) -> dict[str, Any]:
    return {name: getattr(item, name) for name in item.__slots__}


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        (
            {"fear_checks": [{"uid": "f", "at": "2026-01-01"}]},
            "fear-or-danger page 1: This page has no words yet. Nothing was saved.",
        ),
        (
            {"fear_checks": [{"uid": "f", "at": "2026-01-01", "body": "x", "ending": "run"}]},
            "fear-or-danger page 1: 'ending' is 'run'; it can be one of '', 'pause', 'help_now'.",
        ),
        (
            {
                "values_sorts": [
                    {
                        "uid": "v",
                        "at": "2026-01-01",
                        "cards": [{"card": "a", "text": "A", "pile": "maybe"}],
                    }
                ]
            },
            "values sort 1, card 1: 'pile' is 'maybe'; it can be one of 'a_lot', 'some', "
            "'not_now'.",
        ),
        (
            {"values_sorts": [{"uid": "v", "at": "2026-01-01", "cards": []}]},
            "values sort 1: No card has been placed yet. Nothing was saved.",
        ),
        (
            {"kind_words": [{"uid": "k", "at": "2026-01-01", "words": "  "}]},
            "kind word 1: 'words' is empty.",
        ),
        (
            {"learn_marks": [{"reading": "a"}, {"reading": "a", "hidden": True}]},
            "learn mark 2: the reading 'a' is also marked by learn mark 1.",
        ),
    ],
)
def test_a_wrong_reflection_is_refused_whole_with_a_plain_message(
    other: Vault, sections: dict[str, Any], message: str
) -> None:
    with pytest.raises(ImportProblem) as caught:
        import_document(other, doc(checkins=[], **sections))
    assert str(caught.value) == message
    assert other.reflections.fear_checks() == [] and other.reflections.values_sorts() == []

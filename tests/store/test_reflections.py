"""The reflection tools and Learn marks, as the vault keeps them: saved, edited, deleted and
brought back with the same uid and date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

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
from haven.store import Vault

AT = datetime(2026, 11, 2, 21, 30, tzinfo=timezone(timedelta(hours=1)))


def a_sort(at: datetime = AT) -> ValuesSort:
    return ValuesSort(
        at=at,
        note="first try",
        placements=[
            Placement("being-asked", "Being asked", Pile.A_LOT),
            Placement("laughing", "Laughing together", Pile.SOME),
            Placement("own:1", "Slow Sunday mornings", Pile.NOT_NOW),
        ],
    )


def test_a_fear_check_is_saved_edited_and_read_back_with_its_offset(vault: Vault) -> None:
    item = vault.reflections.add_fear_check(
        FearCheck(happening="A door slammed", body="Tight chest", at=AT)
    )
    item.safe_now = "I am at home, the door is locked"
    item.finished = True
    item.ending = FearCheckEnding.PAUSE
    vault.reflections.update_fear_check(item)
    [back] = vault.reflections.fear_checks()
    assert back.safe_now == "I am at home, the door is locked"
    assert back.finished and back.ending is FearCheckEnding.PAUSE
    assert back.at == AT and back.at.utcoffset() == timedelta(hours=1)
    assert back.updated_at is not None


def test_an_empty_fear_check_is_refused_with_a_plain_message(vault: Vault) -> None:
    with pytest.raises(ValueError, match="no words yet"):
        vault.reflections.add_fear_check(FearCheck(happening="  "))
    assert vault.reflections.fear_checks() == []


def test_deleting_a_fear_check_can_be_undone_with_the_same_uid(vault: Vault) -> None:
    item = vault.reflections.add_fear_check(FearCheck(will_do="Call Sam", at=AT))
    gone = vault.reflections.delete_fear_check(item.id)
    assert vault.reflections.fear_checks() == []
    vault.reflections.restore_fear_check(gone)
    [back] = vault.reflections.fear_checks()
    assert (back.uid, back.will_do, back.at) == (item.uid, "Call Sam", AT)


def test_a_values_sort_keeps_its_cards_piles_and_order(vault: Vault) -> None:
    vault.reflections.add_values_sort(a_sort())
    [back] = vault.reflections.values_sorts()
    assert [(p.card, p.pile) for p in back.placements] == [
        ("being-asked", Pile.A_LOT),
        ("laughing", Pile.SOME),
        ("own:1", Pile.NOT_NOW),
    ]
    assert back.at == AT and back.note == "first try"


def test_editing_a_values_sort_keeps_its_date(vault: Vault) -> None:
    item = vault.reflections.add_values_sort(a_sort())
    item.placements[1].pile = Pile.A_LOT
    item.placements.pop()
    vault.reflections.update_values_sort(item)
    back = vault.reflections.latest_values_sort()
    assert back.at == AT
    assert back.pile_of("laughing") is Pile.A_LOT and back.pile_of("own:1") is None


def test_a_card_twice_in_one_sort_is_refused(vault: Vault) -> None:
    twice = a_sort()
    twice.placements.append(Placement("laughing", "Laughing together", Pile.NOT_NOW))
    with pytest.raises(ValueError, match="twice"):
        vault.reflections.add_values_sort(twice)
    assert vault.reflections.values_sorts() == []


def test_the_latest_sort_is_the_newest_by_date_and_undo_brings_one_back(vault: Vault) -> None:
    older = vault.reflections.add_values_sort(a_sort(AT - timedelta(days=30)))
    newer = vault.reflections.add_values_sort(a_sort(AT))
    assert vault.reflections.latest_values_sort().uid == newer.uid
    gone = vault.reflections.delete_values_sort(newer.id)
    assert vault.reflections.latest_values_sort().uid == older.uid
    vault.reflections.restore_values_sort(gone)
    assert vault.reflections.latest_values_sort().uid == newer.uid
    assert len(vault.reflections.latest_values_sort().placements) == 3


def test_a_kind_word_is_kept_edited_deleted_and_restored(vault: Vault) -> None:
    item = vault.reflections.add_kind_word(KindWord(words="  You did enough today. ", at=AT))
    assert item.words == "You did enough today."
    item.note = "said it out loud"
    vault.reflections.update_kind_word(item)
    gone = vault.reflections.delete_kind_word(item.id)
    assert vault.reflections.kind_words() == []
    vault.reflections.restore_kind_word(gone)
    [back] = vault.reflections.kind_words()
    assert (back.uid, back.note) == (item.uid, "said it out loud")


def test_a_kind_word_needs_words(vault: Vault) -> None:
    with pytest.raises(ValueError, match="no words yet"):
        vault.reflections.add_kind_word(KindWord(words=" ", note="only a note"))


def test_learn_marks_are_stored_and_cleared(vault: Vault) -> None:
    vault.reflections.set_learn_mark(LearnMark("triggers", helpful=True))
    vault.reflections.set_learn_mark(LearnMark("sleep-and-stress", hidden=True))
    marks = vault.reflections.learn_marks()
    assert marks["triggers"].helpful and not marks["triggers"].hidden
    assert marks["sleep-and-stress"].hidden
    vault.reflections.set_learn_mark(LearnMark("triggers"))
    assert set(vault.reflections.learn_marks()) == {"sleep-and-stress"}

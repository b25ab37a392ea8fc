"""Pure rules of the reflection tools: comparing two values sorts, hiding readings."""

from __future__ import annotations

from haven.domain.reflection import (
    CardChange,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
    compare_sorts,
    visible,
)


def test_comparing_sorts_lists_only_the_cards_that_moved_came_or_went() -> None:
    earlier = ValuesSort(
        placements=[
            Placement("asked", "Being asked", Pile.SOME),
            Placement("laugh", "Laughing together", Pile.A_LOT),
            Placement("touch", "Touch that is not sexual", Pile.NOT_NOW),
        ]
    )
    later = ValuesSort(
        placements=[
            Placement("asked", "Being asked", Pile.A_LOT),
            Placement("laugh", "Laughing together", Pile.A_LOT),
            Placement("new", "Planning time together", Pile.SOME),
        ]
    )
    assert compare_sorts(earlier, later) == [
        CardChange("asked", "Being asked", Pile.SOME, Pile.A_LOT),
        CardChange("new", "Planning time together", None, Pile.SOME),
        CardChange("touch", "Touch that is not sexual", Pile.NOT_NOW, None),
    ]


def test_the_same_sort_twice_has_no_changes() -> None:
    sort = ValuesSort(placements=[Placement("asked", "Being asked", Pile.SOME)])
    assert compare_sorts(sort, sort) == []


def test_hidden_readings_are_left_out_in_their_order() -> None:
    marks = {"b": LearnMark("b", hidden=True), "c": LearnMark("c", helpful=True)}
    assert visible(["a", "b", "c"], marks) == ["a", "c"]


def test_piles_have_the_words_a_person_sees() -> None:
    assert [p.label for p in Pile] == ["Matters a lot", "Matters some", "Not now"]

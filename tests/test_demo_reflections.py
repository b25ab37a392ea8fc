"""`haven demo` fills the reflection tools too: pages, three sorts that shift, kind words,
and Learn marks on readings that exist, all from the seed."""

from __future__ import annotations

from pathlib import Path

from haven import demo, readings
from haven.domain.reflection import Pile, compare_sorts
from haven.store import Vault
from tests.test_demo import END, second_vault


def test_demo_writes_reflections_and_counts_them(vault: Vault) -> None:
    counts = demo.populate(vault, years=1, end=END)
    r = vault.reflections
    assert counts["fear_checks"] == len(r.fear_checks()) == 3
    assert counts["values_sorts"] == len(r.values_sorts()) == 3
    assert counts["kind_words"] == len(r.kind_words()) == 4
    assert set(r.learn_marks()) <= {x.id for x in readings.all_readings()}


def test_the_demo_sorts_show_change_over_time(vault: Vault) -> None:
    demo.populate(vault, years=1, end=END)
    first, _middle, last = vault.reflections.values_sorts()
    assert first.at < last.at
    assert len(first.placements) >= 30
    moved = {c.card: (c.before, c.after) for c in compare_sorts(first, last)}
    assert moved["kissing"] == (Pile.NOT_NOW, Pile.A_LOT)


def test_the_demo_reflections_come_from_the_seed(vault: Vault, tmp_path: Path) -> None:
    demo.populate(vault, years=1, seed=3, end=END)
    other = second_vault(tmp_path, "again")
    try:
        demo.populate(other, years=1, seed=3, end=END)
        assert [f.uid for f in other.reflections.fear_checks()] == [
            f.uid for f in vault.reflections.fear_checks()
        ]
        assert [s.placements for s in other.reflections.values_sorts()] == [
            s.placements for s in vault.reflections.values_sorts()
        ]
    finally:
        other.lock()

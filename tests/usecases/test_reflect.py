"""A values card becomes a roadmap step once; a finished Fear-or-danger page can go on the
list of things to talk about in therapy, and an unfinished one cannot."""

from __future__ import annotations

import pytest

from haven.domain.models import StepState
from haven.domain.reflection import FearCheck, Pile, Placement
from haven.store import Vault
from haven.usecases import reflect


def test_a_card_becomes_a_not_started_step_at_the_end_of_the_roadmap(vault: Vault) -> None:
    step = reflect.card_to_roadmap_step(vault, Placement("kissing", "Kissing", Pile.SOME))
    [saved] = vault.roadmap.list()
    assert (saved.uid, saved.title, saved.state) == (step.uid, "Kissing", StepState.NOT_STARTED)
    assert "values sort" in saved.description


def test_the_same_card_twice_adds_one_step(vault: Vault) -> None:
    first = reflect.card_to_roadmap_step(vault, Placement("k", "Kissing", Pile.SOME))
    again = reflect.card_to_roadmap_step(vault, Placement("k", " kissing ", Pile.A_LOT))
    assert again.uid == first.uid and len(vault.roadmap.list()) == 1


def test_only_a_saved_finished_page_goes_on_the_therapy_list(vault: Vault) -> None:
    page = vault.reflections.add_fear_check(FearCheck(happening="A shout outside"))
    with pytest.raises(ValueError, match="finished"):
        reflect.add_to_therapy_list(vault, page)
    page.finished = True
    reflect.add_to_therapy_list(vault, page)
    [back] = vault.reflections.fear_checks()
    assert reflect.on_therapy_list(back)

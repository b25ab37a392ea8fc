"""The reflection tools' actions that reach beyond one record.

- A values-sort card can become a roadmap step (the person's own words, not started).
- A finished Fear-or-danger page can be added to "what I want to talk about in therapy".

`add_to_therapy_list` marks the page to share: the "To bring to therapy" list
(usecases/to_bring.py) gathers every finished page marked so, and the summary's Reflections
section carries it too. The mark stays the one source of truth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from haven.domain.models import RoadmapStep
from haven.domain.reflection import FearCheck, Placement

if TYPE_CHECKING:
    from haven.store.vault import Vault

STEP_NOTE = "From my values sort, 'What closeness means to me'."


def card_to_roadmap_step(vault: Vault, placement: Placement) -> RoadmapStep:
    """Add the card as the last roadmap step, unless a step with its words is already there.

    Returns the step that carries the card (new or existing), so asking twice adds one step.
    """
    title = placement.text.strip()
    if not title:
        raise ValueError("This card has no words, so it cannot become a step.")
    for step in vault.roadmap.list():
        if step.title.strip().casefold() == title.casefold():
            return step
    return vault.roadmap.add(RoadmapStep(title=title, description=STEP_NOTE))


def add_to_therapy_list(vault: Vault, check: FearCheck) -> FearCheck:
    """Put a finished page on the list of things to talk about in therapy (see module doc)."""
    if not check.finished:
        raise ValueError("Only a finished page can go on the list. You can finish it first.")
    if check.id is None:
        raise ValueError("Save the page first, then add it to the list.")
    check.share = True
    return vault.reflections.update_fear_check(check)


def on_therapy_list(check: FearCheck) -> bool:
    return check.finished and check.share

"""haven.demo: deterministic, believable, clearly fictional sample data."""

from __future__ import annotations

import dataclasses
import re
import statistics
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from haven import demo
from haven.domain.models import (
    Boundary,
    ChecklistItem,
    Contact,
    PausePlanStep,
    PracticeStatus,
    Routine,
    Script,
    Signal,
    StepState,
    Trigger,
    Zone,
)
from haven.domain.pacing import is_moving_back, is_zone_easier
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from tests.conftest import PASSPHRASE

END = date(2026, 3, 1)
SAFETY_KINDS = (Boundary, Trigger, Contact, Signal, PausePlanStep, Routine, Script, ChecklistItem)
# The same rule the resource texts follow (see tests/test_resources.py).
FORBIDDEN = re.compile(
    r"\b(should(?:n['’]t)?|must(?:n['’]t)?|failed|missed|relapse[sd]?|behind schedule)\b|!",
    re.IGNORECASE,
)


def snapshot(vault: Vault) -> dict[str, Any]:
    """Everything populate writes, as plain data (ids and uids included)."""
    return {
        "checkins": [dataclasses.asdict(c) for c in vault.checkins.list()],
        "journal": [dataclasses.asdict(e) for e in vault.journal.list(newest_first=False)],
        "roadmap": [dataclasses.asdict(s) for s in vault.roadmap.list()],
        "thresholds": [dataclasses.asdict(t) for t in vault.thresholds.list()],
        "practices": [dataclasses.asdict(p) for p in vault.practices.list()],
        "grounding": [dataclasses.asdict(g) for g in vault.grounding.list()],
        **{
            kind.__name__: [dataclasses.asdict(i) for i in vault.safety.list(kind)]
            for kind in SAFETY_KINDS
        },
    }


def walk(value: Any) -> Any:
    """Every leaf value in nested dicts and lists."""
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item)
    else:
        yield value


@pytest.fixture
def one_year(vault: Vault) -> tuple[Vault, dict[str, int]]:
    return vault, demo.populate(vault, years=1, seed=7, end=END)


def second_vault(tmp_path: Path, name: str) -> Vault:
    return Vault.create(tmp_path / name, PASSPHRASE, kdf=CHEAP_KDF)[0]


def test_the_same_seed_gives_the_same_data(
    one_year: tuple[Vault, dict[str, int]], tmp_path: Path
) -> None:
    vault, counts = one_year
    other = second_vault(tmp_path, "again")
    try:
        assert demo.populate(other, years=1, seed=7, end=END) == counts
        first, second = snapshot(vault), snapshot(other)
        assert first["checkins"] == second["checkins"]
        assert [(e["title"], e["body"]) for e in first["journal"]] == [
            (e["title"], e["body"]) for e in second["journal"]
        ]
        assert first == second
    finally:
        other.lock()


def test_another_seed_gives_other_data(
    one_year: tuple[Vault, dict[str, int]], tmp_path: Path
) -> None:
    vault, _ = one_year
    other = second_vault(tmp_path, "other")
    try:
        demo.populate(other, years=1, seed=8, end=END)
        assert [c.distress for c in other.checkins.list()] != [
            c.distress for c in vault.checkins.list()
        ]
        assert {e.uid for e in other.journal.list()}.isdisjoint(e.uid for e in vault.journal.list())
    finally:
        other.lock()


@pytest.mark.parametrize("years", [1, 2])
def test_counts_follow_the_years(vault: Vault, years: int) -> None:
    counts = demo.populate(vault, years=years, end=END)
    days = years * demo.DAYS_PER_YEAR
    assert counts["checkins"] == vault.checkins.count() == days
    assert counts["journal_entries"] == vault.journal.count() == round(days / 3)
    assert counts["practices"] == vault.practices.count() == demo.PRACTICES_PER_YEAR * years
    assert counts["roadmap_steps"] == len(vault.roadmap.list()) == 12
    assert counts["thresholds"] == len(vault.thresholds.list())
    assert counts["state_changes"] == len(vault.roadmap.all_changes())
    assert counts["zone_moves"] == len(vault.thresholds.all_moves())
    assert counts["grounding_uses"] == len(vault.grounding.list())
    assert counts["practice_drafts"] == len(vault.practices.drafts()) >= 1
    for kind, key in ((Boundary, "boundaries"), (Script, "scripts"), (Contact, "contacts")):
        assert counts[key] == len(vault.safety.list(kind)) > 0

    checkin_days = [c.at.date() for c in vault.checkins.list()]
    assert checkin_days == [END - timedelta(days=days - 1 - i) for i in range(days)]


def test_journal_entries_can_be_asked_for(vault: Vault) -> None:
    counts = demo.populate(vault, years=1, journal_entries=50, end=END)
    assert counts["journal_entries"] == vault.journal.count() == 50
    entries = vault.journal.list()
    assert all(END - timedelta(days=365) < e.at.date() <= END for e in entries)
    words = [len(e.body.split()) for e in entries]
    assert 130 <= statistics.mean(words) <= 175
    assert any(e.share_with_therapist for e in entries)
    assert any(e.tags for e in entries)


def test_every_rating_is_on_the_scale_and_every_time_is_aware_and_past(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    data = snapshot(vault)
    rating_keys = {
        "distress",
        "comfort",
        "stress",
        "distress_now",
        "comfort_now",
        "predicted_distress",
        "distress_peak",
        "distress_after",
        "distress_before",
    }

    def ratings(value: Any) -> Any:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in rating_keys and item is not None:
                    yield item
                else:
                    yield from ratings(item)
        elif isinstance(value, list):
            for item in value:
                yield from ratings(item)

    found = list(ratings(data))
    assert len(found) > 1000
    assert all(isinstance(r, int) and 0 <= r <= 10 for r in found)

    moments = [v for v in walk(data) if isinstance(v, datetime)]
    assert len(moments) > 500
    assert all(m.tzinfo is not None and m.utcoffset() is not None for m in moments)
    assert max(m.date() for m in moments) <= END
    assert all(0 <= c["sleep_hours"] <= 24 for c in data["checkins"] if c["sleep_hours"])


def test_a_one_year_vault_passes_its_check(one_year: tuple[Vault, dict[str, int]]) -> None:
    vault, _ = one_year
    assert vault.check() == []


def test_distress_eases_and_comfort_grows_over_time(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    checkins = vault.checkins.list()
    first, last = checkins[:90], checkins[-90:]
    assert statistics.mean(c.distress for c in last) < statistics.mean(c.distress for c in first)
    assert statistics.mean(c.comfort for c in last) > statistics.mean(c.comfort for c in first)
    # Two scales, not one mood: comfort is not simply 10 minus distress.
    assert any(c.distress + c.comfort != 10 for c in checkins)
    assert len({c.distress for c in checkins}) >= 5


def test_the_roadmap_moves_forward_back_and_pauses(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    steps = vault.roadmap.list()
    changes = [c for s in steps for c in s.history]
    assert any(is_moving_back(c.from_state, c.to_state) for c in changes)
    assert any(c.to_state == StepState.PAUSED for c in changes)
    assert {s.state for s in steps} >= {StepState.COMFORTABLE, StepState.PRACTISING}
    for step in steps:
        times = [c.at for c in step.history]
        assert times == sorted(times)
        if step.history:
            assert step.history[-1].to_state == step.state

    done = [p for p in vault.practices.list() if p.status == PracticeStatus.DONE]
    assert {p.step_uid for p in done} <= {s.uid for s in steps}
    assert all(p.ended_at and p.ended_at > p.started_at for p in done)
    # Peaks ease as the person practises a step.
    by_step: dict[str | None, list[int]] = {}
    for p in done:
        by_step.setdefault(p.step_uid, []).append(p.debrief.distress_peak or 0)
    eased = [
        statistics.mean(peaks[-3:]) < statistics.mean(peaks[:3])
        for peaks in by_step.values()
        if len(peaks) >= 8
    ]
    assert eased and sum(eased) >= len(eased) - 1


def test_thresholds_and_checklist_keep_a_dated_history(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    thresholds = vault.thresholds.list()
    assert {t.zone for t in thresholds} == set(Zone)
    for item in thresholds:
        times = [m.at for m in item.history]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert item.history[-1].to_zone == item.zone
    assert any(is_zone_easier(m) is False for t in thresholds for m in t.history)
    for item in vault.safety.list(ChecklistItem):
        times = [m.at for m in item.history]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert item.history[-1].answer == item.answer


def test_the_safety_plan_is_full_and_fictional(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    for kind in SAFETY_KINDS:
        assert vault.safety.list(kind), kind.__name__
    contacts = vault.safety.list(Contact)
    assert all(re.fullmatch(r"555-01\d\d", c.how_to_reach) for c in contacts)
    boundaries = vault.safety.list(Boundary)
    assert all(b.review_by for b in boundaries)
    assert any(b.reviews for b in boundaries)
    assert vault.safety.reviews_due(END)
    my_steps, partner_steps = vault.safety.pause_plan()
    assert my_steps and partner_steps
    assert all(i.history for i in vault.safety.list(ChecklistItem))
    assert {s.from_template for s in vault.safety.list(Script)} != {""}


def test_no_demo_text_instructs_blames_or_exclaims(
    one_year: tuple[Vault, dict[str, int]],
) -> None:
    vault, _ = one_year
    texts = [v for v in walk(snapshot(vault)) if isinstance(v, str)]
    assert [t for t in texts if FORBIDDEN.search(t)] == []


def test_demo_data_never_goes_beside_real_entries(one_year: tuple[Vault, dict[str, int]]) -> None:
    vault, counts = one_year
    with pytest.raises(demo.VaultNotEmpty):
        demo.populate(vault, years=1, end=END)
    assert vault.checkins.count() == counts["checkins"]


@pytest.mark.parametrize("kwargs", [{"years": 0}, {"journal_entries": -1}])
def test_nonsense_sizes_are_refused(vault: Vault, kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        demo.populate(vault, **kwargs)
    assert vault.checkins.count() == 0

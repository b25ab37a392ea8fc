"""Sample data for demos, screenshots and benchmarks: believable, deterministic, fictional.

`populate(vault, years=…, seed=…)` fills an empty vault with years of invented history: a
check-in every day, journal entries, a roadmap whose steps move forward, back and pause, a
thresholds map, practice sessions, a full safety plan and grounding uses. Every person,
number and event is made up (contacts have 555 numbers); the words come from
resources_data/templates/demo.json and the other starter templates.

Deterministic: everything, uids included, comes from one `random.Random(seed)` and the `end`
date, so two runs with the same arguments write the same vault content (in the same time
zone). Nothing reads the clock except the default `end`, which is today.

Dated history (state changes, zone moves, boundary reviews, checklist marks) is made by the
same domain rules the repositories apply (`haven.domain.pacing`), with dates in the past,
and saved together with its item, so each record's uid comes from the seed as well.

Fast: everything happens in one transaction and the journal goes in through `add_many`, so
10 years with 20,000 journal entries takes seconds (bench/README.md).
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from haven import demo_partner, demo_reflections, demo_therapy
from haven.demo_pacing import (
    PRACTICES_PER_YEAR,
    _PacingDemo,
    _StepPlan,
)
from haven.demo_safety import _SafetyDemo
from haven.domain import pacing
from haven.domain.clock import ensure_aware, today
from haven.domain.models import (
    CheckIn,
    JournalEntry,
    ReadinessGuide,
    RoadmapStep,
    StepState,
)
from haven.resources import demo_material, roadmap_template

__all__ = [
    "DAYS_PER_YEAR",
    "JOURNAL_EVERY_DAYS",
    "PRACTICES_PER_YEAR",
    "RARE_WORDS",
    "VaultNotEmpty",
    "populate",
]

DAYS_PER_YEAR = 365
JOURNAL_EVERY_DAYS = 3
ROADMAP_STEPS = 12

# Used only when the roadmap template has fewer than ROADMAP_STEPS steps.
_EXTRA_STEPS = (
    ("Breathing together", "You might sit facing each other and breathe slowly together."),
    ("Closeness in the morning", "When you feel ready, you might try closeness in daylight."),
    ("A new place", "You might try a familiar step somewhere new, like a weekend away."),
)

# Details that turn up now and then, so a search has rare words as well as common ones.
# Each word in RARE_WORDS appears in about the share of entries given beside it.
_RARE_DETAILS = (
    (0.0005, "We walked up to the old lighthouse and watched the boats for a while."),
    (0.002, "At the allotment the runner beans were finally climbing their canes."),
    (0.005, "I started a small watercolour of the view from the kitchen window."),
    (0.01, "We tried a new soup recipe with lentils and far too much ginger."),
)
RARE_WORDS = {"lighthouse": 0.0005, "allotment": 0.002, "watercolour": 0.005, "lentils": 0.01}

_PARTS_OF_DAY = ("This morning", "This afternoon", "This evening", "Before bed", "At lunch")
_SMALL_ACTS = (
    "read a few pages of my book",
    "sat by the window with a warm drink",
    "stretched slowly on the floor",
    "listened to a gentle playlist",
    "tidied one drawer and left the rest",
    "phoned my sister for a chat",
    "watered the plants on the balcony",
    "did the breathing exercise twice",
    "took the long way home through the park",
    "wrote a short list of things that went well",
    "baked bread and let it cool on the counter",
    "wrapped up in a blanket and rested",
)
_WEATHER = (
    ("grey and drizzly", "we stayed in and kept things cosy"),
    ("bright and cold", "I wore my favourite scarf on the walk"),
    ("warm and still", "we ate outside for the first time this year"),
    ("windy", "I watched the trees move from the sofa"),
    ("soft and misty", "everything felt a little quieter"),
)

_STATE_NOTES = {
    StepState.PRACTISING: (
        "We talked it over and decided to begin, slowly.",
        "Trying this when it feels right, with our pause signal agreed.",
        "Starting gently. There is no rush.",
    ),
    StepState.COMFORTABLE: (
        "This feels settled now.",
        "Mostly calm with this for a few weeks.",
        "It feels like ours now.",
    ),
}
_MOVE_BACK_NOTE = (
    "A stressful few weeks. Going back to practising this felt right. "
    "Moving back is part of pacing."
)
_PAUSE_NOTE = "Pausing this while work is busy. It will be here when we want it."
_RESUME_NOTE = "Picking this up again, gently."
_SECOND_COMFORTABLE_NOTE = "Comfortable again, and I know I can always go back a step."


class VaultNotEmpty(ValueError):
    """Demo data goes only into an empty vault, never beside a person's real entries."""


class _Demo(_PacingDemo, _SafetyDemo):
    def __init__(self, seed: int, years: int, end: date) -> None:
        self.rng = random.Random(seed)
        self.material = demo_material()
        self.days = years * DAYS_PER_YEAR
        self.years = years
        self.end = end
        self.start = end - timedelta(days=self.days - 1)
        self.start_at = self.at(self.start, 9 * 60)
        self.end_at = self.at(end, 23 * 60)
        self.hard_periods: list[tuple[date, date]] = []

    # -- small helpers --------------------------------------------------------------------
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    @staticmethod
    def at(day: date, minutes: int) -> datetime:
        """An aware local time on a day (minutes after midnight, clipped to the day)."""
        minutes = max(0, min(minutes, 24 * 60 - 1))
        return ensure_aware(datetime(day.year, day.month, day.day, minutes // 60, minutes % 60))

    def day(self, fraction: float) -> date:
        """The day a given fraction of the way through the span."""
        index = round(max(0.0, min(1.0, fraction)) * (self.days - 1))
        return self.start + timedelta(days=index)

    def moment(self, fraction: float, earliest: int = 9 * 60, latest: int = 21 * 60) -> datetime:
        return self.at(self.day(fraction), self.rng.randint(earliest, latest))

    @staticmethod
    def after(previous: datetime, when: datetime) -> datetime:
        """`when`, or a little after `previous` when two changes fall on the same day."""
        return when if when > previous else previous + timedelta(minutes=90)

    def rating(self, value: float) -> int:
        return max(0, min(10, round(value)))

    def pick(self, items: tuple[Any, ...] | list[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    # -- the roadmap ------------------------------------------------------------------------
    def plan_roadmap(self) -> list[_StepPlan]:
        steps = list(roadmap_template())[:ROADMAP_STEPS]
        for title, description in _EXTRA_STEPS:
            if len(steps) >= ROADMAP_STEPS:
                break
            steps.append((title, description))
        plans = [_StepPlan(title, description) for title, description in steps]

        started = min(len(plans), 4 + 2 * self.years)
        # Starts spread over the span with a little jitter; the last one is still practising.
        starts = [
            0.02 + 0.83 * k / max(1, started - 1) + self.rng.uniform(-0.01, 0.01)
            for k in range(started)
        ]
        starts[0] = 0.02
        starts.sort()
        rng = self.rng
        for k in range(started):
            plan = plans[k]
            begin = starts[k]
            # Comfortable a little before the next step begins; the last step stays open.
            settle = starts[k + 1] - rng.uniform(0.0, 0.01) if k + 1 < started else None
            if settle is not None and settle <= begin:
                settle = begin + 0.005
            span = (settle if settle is not None else 1.0) - begin
            self._add(
                plan, begin, StepState.PRACTISING, self.pick(_STATE_NOTES[StepState.PRACTISING])
            )
            if k % 5 == 4:
                # A pause in the middle of practising, then picking it up again.
                self._add(plan, begin + 0.3 * span, StepState.PAUSED, _PAUSE_NOTE)
                self._add(plan, begin + 0.55 * span, StepState.PRACTISING, _RESUME_NOTE)
            if settle is None:
                continue
            self._add(
                plan, settle, StepState.COMFORTABLE, self.pick(_STATE_NOTES[StepState.COMFORTABLE])
            )
            if k % 5 == 2:
                # Moving back a step after a harder spell, then comfortable again.
                gap = (starts[k + 2] if k + 2 < started else 1.0) - settle
                back = settle + 0.35 * gap
                self._add(plan, back, StepState.PRACTISING, _MOVE_BACK_NOTE)
                self._add(plan, back + 0.45 * gap, StepState.COMFORTABLE, _SECOND_COMFORTABLE_NOTE)
                back_day = self.day(back)
                self.hard_periods.append(
                    (back_day - timedelta(days=12), back_day + timedelta(days=10))
                )
        return plans

    def _add(self, plan: _StepPlan, fraction: float, state: StepState, note: str) -> None:
        """Add the next change; each comes after the one before, even on the same day."""
        when = self.moment(min(fraction, 1.0))
        if plan.events:
            when = self.after(plan.events[-1][0], when)
        plan.events.append((when, state, note))

    def save_roadmap(self, vault: Any, plans: list[_StepPlan]) -> int:
        changes = 0
        for k, plan in enumerate(plans):
            step = RoadmapStep(
                title=plan.title,
                description=plan.description,
                created_at=self.start_at,
                readiness=ReadinessGuide(practices=3, max_peak_distress=4) if k < 6 else None,
                readiness_notes="Three practices that peak at 4 or below, and we both want to."
                if k < 6
                else "",
                uid=self.uid(),
            )
            for when, to, note in plan.events:
                change = pacing.change_state(step, to, note=note, at=when)
                change.uid = self.uid()
                changes += 1
            vault.roadmap.add(step)
            plan.step = step
        return changes

    # -- check-ins ----------------------------------------------------------------------------
    def hardness(self, day: date) -> float:
        """Extra distress in a harder spell (rising and easing, like a tent)."""
        extra = 0.0
        for first, last in self.hard_periods:
            if first <= day <= last:
                middle = first + (last - first) / 2
                half = max(1, (last - first).days / 2)
                extra = max(extra, 1.8 * (1 - abs((day - middle).days) / half))
        return extra

    def checkins(self, vault: Any) -> dict[date, CheckIn]:
        rng = self.rng
        material = self.material
        notes = material["checkin_notes"]
        tags = [t for t in material["tags"] if t not in ("therapy day", "work", "sleep")]
        tau = max(90.0, self.days * 0.3)
        noise_d = noise_c = 0.0
        after_hard = 0.0
        by_day: dict[date, CheckIn] = {}
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            weekday = day.weekday()
            improve = 1 - math.exp(-i / tau)
            season = 0.35 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)
            noise_d = 0.7 * noise_d + rng.gauss(0, 0.6)
            noise_c = 0.7 * noise_c + rng.gauss(0, 0.6)
            weekly_d = 0.5 if weekday == 0 else (-0.4 if weekday >= 5 else 0.0)
            weekly_c = 0.5 if weekday >= 5 else 0.0
            hard = 0.0
            if rng.random() < 0.035:
                hard = rng.uniform(2.5, 4.0)
            hard += after_hard
            after_hard = hard * 0.35 if hard > 1 else 0.0
            spell = self.hardness(day)
            distress = self.rating(6.0 - 3.6 * improve + weekly_d + season + noise_d + hard + spell)
            comfort = self.rating(
                3.0
                + 4.2 * improve
                + weekly_c
                - 0.6 * season
                + noise_c
                - 0.4 * noise_d
                - 0.6 * hard
                - 0.5 * spell
            )
            therapy = weekday == 2 and (i < self.days * 0.6 or (i // 7) % 2 == 0)
            day_tags: list[str] = []
            if therapy:
                day_tags.append("therapy day")
            if weekday < 5 and rng.random() < 0.6:
                day_tags.append("work")
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                day_tags.append(self.pick(tags))
            sleep = None
            if rng.random() < 0.75:
                hours = rng.gauss(7.3 - 0.25 * max(0, distress - 3), 0.8)
                sleep = max(3.0, min(10.0, round(hours * 2) / 2))
                if sleep < 6 or rng.random() < 0.1:
                    day_tags.append("sleep")
            stress = (
                self.rating(distress * 0.7 + rng.gauss(1.5, 1.0)) if rng.random() < 0.6 else None
            )
            note = ""
            if therapy and rng.random() < 0.5:
                note = "Therapy today. A lot to think about."
            elif rng.random() < 0.35:
                note = self.pick(notes)
            checkin = CheckIn(
                distress=distress,
                comfort=comfort,
                at=self.at(day, rng.randint(19 * 60, 22 * 60 + 30)),
                sleep_hours=sleep,
                stress=stress,
                note=note,
                tags=day_tags,
                uid=self.uid(),
            )
            vault.checkins.add(checkin)
            by_day[day] = checkin
        return by_day

    # -- the journal ----------------------------------------------------------------------
    def body(self) -> str:
        """About 150 words in two or three paragraphs, no sentence twice."""
        rng = self.rng
        sentences = self.material["journal_sentences"]
        target = rng.randint(130, 170)
        pool = rng.sample(sentences, len(sentences))
        chosen: list[str] = []
        words = 0
        for share, sentence in _RARE_DETAILS:
            if rng.random() < share:
                chosen.append(sentence)
                words += len(sentence.split())
        if rng.random() < 0.6:
            chosen.append(f"{self.pick(_PARTS_OF_DAY)} I {self.pick(_SMALL_ACTS)}.")
            words += len(chosen[-1].split())
        if rng.random() < 0.3:
            weather, then = self.pick(_WEATHER)
            chosen.append(f"The weather was {weather}, so {then}.")
            words += len(chosen[-1].split())
        while words < target and pool:
            chosen.append(pool.pop())
            words += len(chosen[-1].split())
        rng.shuffle(chosen)
        third = len(chosen) / 3
        cuts = [round(third + rng.uniform(-1, 1)), round(2 * third + rng.uniform(-1, 1))]
        edges = [0, *cuts, len(chosen)]
        paragraphs = (" ".join(chosen[a:b]) for a, b in pairwise(edges))
        return "\n\n".join(p for p in paragraphs if p)

    def journal(self, vault: Any, total: int, checkins: dict[date, CheckIn]) -> int:
        rng = self.rng
        titles = self.material["journal_titles"]
        tags = self.material["tags"]
        entries: list[JournalEntry] = []
        for i in range(total):
            index = min(self.days - 1, int((i + rng.random()) * self.days / total))
            day = self.start + timedelta(days=index)
            checkin = checkins.get(day)
            rated = checkin is not None and rng.random() < 0.7
            entry = JournalEntry(
                body=self.body(),
                title=self.pick(titles) if rng.random() < 0.85 else "",
                at=self.at(day, rng.randint(7 * 60, 23 * 60)),
                tags=[self.pick(tags) for _ in range(rng.choice((0, 1, 1, 2, 3)))],
                distress=checkin.distress if rated and checkin else None,
                comfort=checkin.comfort if rated and checkin else None,
                share_with_therapist=rng.random() < 0.12,
                uid=self.uid(),
            )
            entries.append(entry)
        # Written in time order, as a journal is; in batches, which keeps the index fast.
        entries.sort(key=lambda e: e.at)
        vault.journal.add_many(entries)
        return total


def _is_empty(vault: Any) -> bool:
    """Demo data never mixes with a real journal: only an empty vault is filled."""
    return not (
        vault.checkins.count()
        or vault.journal.count()
        or vault.practices.count()
        or vault.roadmap.list()
        or vault.thresholds.list()
    )


def populate(
    vault: Any,
    *,
    years: int = 1,
    seed: int = 7,
    journal_entries: int | None = None,
    end: date | None = None,
) -> dict[str, int]:
    """Fill an empty, unlocked vault with `years` of fictional history ending on `end`.

    Returns how many records of each kind were written. Raises VaultNotEmpty when the
    vault already holds entries: demo data never goes beside someone's real journal.
    """
    if years < 1:
        raise ValueError("Demo data covers at least one year.")
    if journal_entries is not None and journal_entries < 0:
        raise ValueError("The number of journal entries cannot be negative.")
    demo = _Demo(seed, years, end or today())
    total_entries = (
        round(demo.days / JOURNAL_EVERY_DAYS) if journal_entries is None else journal_entries
    )
    counts: dict[str, int] = {}
    with vault.transaction():
        if not _is_empty(vault):
            raise VaultNotEmpty(
                "This journal already holds entries. Demo data only goes into a new, empty "
                "vault, so it never mixes with your own. Nothing was changed."
            )
        plans = demo.plan_roadmap()
        counts["roadmap_steps"] = len(plans)
        counts["state_changes"] = demo.save_roadmap(vault, plans)
        by_day = demo.checkins(vault)
        counts["checkins"] = len(by_day)
        counts["journal_entries"] = demo.journal(vault, total_entries, by_day)
        counts["zone_moves"] = demo.thresholds(vault)
        counts["thresholds"] = len(demo.material["thresholds"])
        counts["practices"], counts["practice_drafts"] = demo.practices(vault, plans)
        counts.update(demo.safety_plan(vault))
        counts["grounding_uses"] = demo.grounding(vault)
        counts.update(demo_reflections.populate(demo, vault))
        counts.update(demo_partner.populate(demo, vault))
        counts["to_bring_requests"] = _hard_moments_to_bring(vault)
        counts.update(demo_therapy.populate(demo, vault))
    return counts


def _hard_moments_to_bring(vault: Any) -> int:
    """Two of the hardest check-ins, added "to talk about in therapy" from the care panel."""
    from haven.domain.hard_moments import HardMoment, MomentKind
    from haven.usecases import to_bring

    hardest = sorted(vault.checkins.list(), key=lambda c: (-c.distress, c.at))[:2]
    for checkin in sorted(hardest, key=lambda c: c.at):
        moment = HardMoment(MomentKind.CHECKIN, checkin.uid, checkin.distress)
        to_bring.add(vault, moment, at=checkin.at)
    return len(hardest)

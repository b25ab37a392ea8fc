"""What goes into a therapy summary: only the chosen sections, parts, dates and entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain.events import EventKind
from haven.domain.models import (
    Actor,
    Boundary,
    CheckIn,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    Debrief,
    JournalEntry,
    PausePlanStep,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    StepState,
    Threshold,
    Trigger,
    Zone,
)
from haven.report import summary as S
from haven.store import Vault

TZ = timezone(timedelta(hours=2))
START = date(2026, 3, 1)
END = date(2026, 5, 31)

# Words that must only appear where the person chose them.
SHARED_PICKED = "Lighthouse-marker-picked"
SHARED_OTHER = "Lighthouse-marker-shared-not-picked"
SHARED_OUTSIDE = "Lighthouse-marker-shared-before-range"
PRIVATE = "Lighthouse-marker-private"
CHECKIN_NOTE = "Lighthouse-marker-checkin-note"
WHAT_HELPED = "Lighthouse-marker-what-helped"
FOR_THERAPIST = "I would like to talk about the evening walk."
STEP_NOTE = "Lighthouse-marker-step-note"
THRESHOLD_NOTE = "Lighthouse-marker-threshold-note"


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


@dataclass
class Filled:
    picked: JournalEntry
    other: JournalEntry
    outside: JournalEntry
    private: JournalEntry
    step: RoadmapStep
    boundaries: list[Boundary]
    scripts: list[Script]


def fill(vault: Vault) -> Filled:
    """A small journal with something in every section, and marker words to look for."""
    with vault.transaction():  # one commit: quick
        return _fill(vault)


def _fill(vault: Vault) -> Filled:
    day = START - timedelta(days=10)
    i = 0
    while day <= END + timedelta(days=5):
        vault.checkins.add(
            CheckIn(
                distress=2 + i % 5,
                comfort=8 - i % 4,
                at=at(day),
                sleep_hours=5.5 if i % 6 == 0 else 7.5,
                stress=3,
                tags=["walk"] if i % 3 == 0 else [],
                note=CHECKIN_NOTE,
            )
        )
        day += timedelta(days=1)
        i += 1
    step = vault.roadmap.add(RoadmapStep(title="Sitting close", description="On the sofa."))
    vault.roadmap.add(RoadmapStep(title="Holding hands"))
    vault.roadmap.change_state(step.id, StepState.PRACTISING, at=at(date(2026, 3, 3)))
    vault.roadmap.change_state(
        step.id, StepState.COMFORTABLE, at=at(date(2026, 4, 20)), note=STEP_NOTE
    )
    vault.roadmap.change_state(step.id, StepState.PRACTISING, at=at(date(2026, 5, 2)))
    for n, d in enumerate((date(2026, 3, 5), date(2026, 3, 19), date(2026, 4, 2))):
        vault.practices.save(
            Practice(
                step.uid,
                pre=PreBrief(distress_now=3, comfort_now=6, intention="Go slowly"),
                debrief=Debrief(
                    distress_peak=6 - n,
                    distress_after=2,
                    comfort=7,
                    what_helped=WHAT_HELPED,
                    for_therapist=FOR_THERAPIST if n == 1 else "",
                ),
                status=PracticeStatus.DONE,
                started_at=at(d, 19),
                duration_seconds=1200,
            )
        )
    vault.practices.save(  # a draft: never counted
        Practice(step.uid, debrief=Debrief(distress_peak=9, for_therapist="half-written"))
    )
    item = vault.thresholds.add(
        Threshold(situation="A hug from behind", boundary="Say my name first", notes=THRESHOLD_NOTE)
    )
    vault.thresholds.move(item.id, Zone.NEEDS_BOUNDARIES, at=at(date(2026, 4, 1)))
    vault.thresholds.add(Threshold(situation="Sitting close on the sofa", zone=Zone.MANAGEABLE))
    safety = vault.safety
    boundaries = [
        safety.add(Boundary(text="I decide the pace.", review_by=date(2026, 7, 1))),
        safety.add(Boundary(text="No touch while I'm asleep.")),
    ]
    safety.add(Signal(kind=SignalKind.STOP, signal="red", form="word", meaning="We stop."))
    safety.add(Signal(kind=SignalKind.PAUSE, signal="yellow", form="word", meaning="A pause."))
    safety.add(PausePlanStep(actor=Actor.ME, text="I breathe out slowly."))
    safety.add(PausePlanStep(actor=Actor.PARTNER, text="Let go gently and stay near."))
    safety.add(Contact(name="Robin Example", relation="Friend", how_to_reach="555-0142"))
    safety.add(Routine(title="Tea before bed", kind="sleep", description="Ten quiet minutes."))
    scripts = [
        safety.add(Script(title="Asking for space", body="I need a little time alone.")),
        safety.add(Script(title="Slowing down", body="Can we slow down a bit?")),
    ]
    safety.add(ChecklistItem(activity="Holding hands", answer=ChecklistAnswer.YES))
    picked = vault.journal.add(
        JournalEntry(
            body=f"{SHARED_PICKED} A calm evening.",
            title="Picked",
            at=at(date(2026, 4, 10)),
            share_with_therapist=True,
            distress=3,
            comfort=7,
            tags=["calm"],
        )
    )
    other = vault.journal.add(
        JournalEntry(
            body=f"{SHARED_OTHER} Also shared.",
            at=at(date(2026, 5, 10)),
            share_with_therapist=True,
        )
    )
    outside = vault.journal.add(
        JournalEntry(
            body=f"{SHARED_OUTSIDE} Shared, but before the dates.",
            at=at(date(2026, 2, 1)),
            share_with_therapist=True,
        )
    )
    private = vault.journal.add(
        JournalEntry(body=f"{PRIVATE} Only for me.", at=at(date(2026, 4, 11)))
    )
    return Filled(picked, other, outside, private, step, boundaries, scripts)


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault)


def options(**kwargs: object) -> S.SummaryOptions:
    return S.SummaryOptions(START, END, **kwargs)  # type: ignore[arg-type]


def everything_text(summary: S.Summary) -> str:
    return repr(summary)


# == options ======================================================================================
def test_the_default_is_every_section_but_the_journal_reflections_and_safety_plan() -> None:
    chosen = S.SummaryOptions(START, END)

    assert chosen.sections == frozenset(S.SECTIONS) - {"journal", "reflections", "safety-plan"}
    assert chosen.safety_parts == frozenset(S.SAFETY_PARTS) - {"contacts", "triggers"}
    assert chosen.journal_uids is None
    assert not chosen.discreet


def test_support_contacts_and_triggers_are_left_out_until_the_person_ticks_them(
    vault: Vault,
) -> None:
    vault.safety.add(Contact("Robin", "sister", "07700 900123"))
    vault.safety.add(Trigger("Raised voices in the hallway"))
    by_default = S.build_summary(vault, options(sections={"safety-plan"}))
    assert "07700 900123" not in everything_text(by_default)
    assert "Raised voices" not in everything_text(by_default)
    assert "contacts" not in by_default.safety_plan.parts

    ticked = S.build_summary(
        vault,
        options(sections={"safety-plan"}, safety_parts=S.DEFAULT_SAFETY_PARTS | {"contacts"}),
    )
    assert "07700 900123" in everything_text(ticked)
    assert "Raised voices" not in everything_text(ticked)


def test_last_days_ends_today_by_default() -> None:
    chosen = S.SummaryOptions.last_days(90, end=END)

    assert (chosen.start, chosen.end) == (END - timedelta(days=89), END)


def test_unknown_names_are_refused_with_the_known_ones() -> None:
    with pytest.raises(S.SummaryError, match=r"section 'moods'.*checkins, practices"):
        options(sections={"checkins", "moods"})
    with pytest.raises(S.SummaryError, match="safety-plan part 'moods'"):
        options(safety_parts={"moods"})


def test_dates_in_the_wrong_order_are_swapped() -> None:
    chosen = S.SummaryOptions(END, START)

    assert (chosen.start, chosen.end) == (START, END)


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (date(2026, 3, 1), date(2026, 5, 31), "1 March – 31 May 2026"),
        (date(2025, 12, 1), date(2026, 2, 28), "1 December 2025 – 28 February 2026"),
        (date(2026, 3, 3), date(2026, 3, 3), "3 March 2026"),
    ],
)
def test_the_range_in_words(start: date, end: date, words: str) -> None:
    assert S.format_range(start, end) == words


# == nothing unchosen goes in =====================================================================
def test_by_default_no_journal_text_at_all(vault: Vault, filled: Filled) -> None:
    summary = S.build_summary(vault, options())

    assert summary.journal is None
    text = everything_text(summary)
    for marker in (SHARED_PICKED, SHARED_OTHER, SHARED_OUTSIDE, PRIVATE):
        assert marker not in text
    assert "journal" not in summary.sections
    assert "No journal entries are in it." in summary.describe()


def test_journal_gives_every_shared_entry_in_the_range_and_nothing_private(
    vault: Vault, filled: Filled
) -> None:
    summary = S.build_summary(vault, options(sections={"journal"}))

    assert summary.journal is not None
    assert [e.uid for e in summary.journal] == [filled.picked.uid, filled.other.uid]
    text = everything_text(summary)
    assert PRIVATE not in text
    assert SHARED_OUTSIDE not in text


def test_journal_uids_pick_single_entries(vault: Vault, filled: Filled) -> None:
    picked = {filled.picked.uid, filled.private.uid, filled.outside.uid}  # two can't be picked

    summary = S.build_summary(vault, options(sections={"journal"}, journal_uids=picked))

    assert summary.journal is not None
    assert [e.uid for e in summary.journal] == [filled.picked.uid]
    text = everything_text(summary)
    for marker in (SHARED_OTHER, SHARED_OUTSIDE, PRIVATE):
        assert marker not in text
    assert SHARED_PICKED in text


def test_an_empty_pick_means_no_entries(vault: Vault, filled: Filled) -> None:
    summary = S.build_summary(vault, options(sections={"journal"}, journal_uids=set()))

    assert summary.journal == ()


def test_shareable_entries_are_the_ones_a_picker_offers(vault: Vault, filled: Filled) -> None:
    offered = S.shareable_entries(vault, START, END)

    assert [e.uid for e in offered] == [filled.picked.uid, filled.other.uid]


def test_private_notes_never_go_in_whatever_is_chosen(vault: Vault, filled: Filled) -> None:
    summary = S.build_summary(vault, options(sections=set(S.SECTIONS) - {"journal"}))

    text = everything_text(summary)
    for marker in (CHECKIN_NOTE, WHAT_HELPED, STEP_NOTE, THRESHOLD_NOTE, "Go slowly"):
        assert marker not in text
    assert "half-written" not in text  # drafts are not practices yet


def test_only_the_chosen_sections_are_read(vault: Vault, filled: Filled) -> None:
    summary = S.build_summary(vault, options(sections={"roadmap"}))

    assert summary.sections == ("roadmap",)
    assert summary.checkins is None
    assert summary.practices is None
    assert summary.thresholds is None
    assert summary.safety_plan is None
    assert summary.talk_about is None
    assert FOR_THERAPIST not in everything_text(summary)


def test_only_the_chosen_safety_plan_parts(vault: Vault, filled: Filled) -> None:
    summary = S.build_summary(
        vault, options(sections={"safety-plan"}, safety_parts={"signals", "scripts"})
    )

    plan = summary.safety_plan
    assert plan is not None
    assert plan.parts == ("signals", "scripts")
    assert [s.signal for s in plan.stop_signals or ()] == ["red"]
    assert [s.signal for s in plan.pause_signals or ()] == ["yellow"]
    assert [s.title for s in plan.scripts or ()] == ["Asking for space", "Slowing down"]
    assert plan.boundaries is None
    assert plan.contacts is None
    assert plan.my_pause_steps is None
    assert "Robin Example" not in everything_text(summary)
    assert "safety plan (stop and pause signals, scripts)" in summary.describe()


def test_the_chart_shows_other_sections_only_when_they_are_chosen(
    vault: Vault, filled: Filled
) -> None:
    alone = S.build_summary(vault, options(sections={"checkins"}))
    together = S.build_summary(
        vault, options(sections={"checkins", "practices", "roadmap", "thresholds"})
    )

    assert alone.checkins is not None and together.checkins is not None
    assert alone.checkins.peaks == () and alone.checkins.events == ()
    assert "Sitting close" not in everything_text(alone)
    assert len(together.checkins.peaks) == 3
    kinds = {e.kind for e in together.checkins.events}
    assert kinds == {EventKind.STEP, EventKind.ZONE}


# == what each section holds ======================================================================
def test_checkin_figures(vault: Vault, filled: Filled) -> None:
    c = S.build_summary(vault, options(sections={"checkins"})).checkins

    assert c is not None
    assert c.range_days == 92
    assert c.days_with_checkins == 92
    assert c.checkins == 92
    assert c.distress is not None and c.comfort is not None
    assert (c.distress.lowest, c.distress.highest) == (2, 6)
    assert (c.comfort.lowest, c.comfort.highest) == (5, 8)
    assert c.distress.first_weeks is not None and c.distress.last_weeks is not None
    assert c.daily[0].day == START - timedelta(days=6)  # lead-in for the 7-day average
    assert c.daily[-1].day == END
    assert c.latest is not None and c.latest[0] == END
    assert c.sleep_hours is not None and 5.5 < c.sleep_hours < 7.5
    assert c.stress == 3.0
    assert any("'walk'" in p for p in c.patterns)
    assert any("After nights under 6 hours" in p for p in c.patterns)


def test_practices_per_step_in_the_range(vault: Vault, filled: Filled) -> None:
    p = S.build_summary(vault, options(sections={"practices"})).practices

    assert p is not None
    [step] = p.steps
    assert step.title == "Sitting close"
    assert [pt.peak for pt in step.points] == [6, 5, 4]
    assert step.mean("peak") == 5.0
    assert step.mean("before") == 3.0
    assert p.count == 3


def test_roadmap_states_and_changes_in_the_range(vault: Vault, filled: Filled) -> None:
    r = S.build_summary(vault, options(sections={"roadmap"})).roadmap

    assert r is not None
    assert [(s.title, s.state) for s in r.steps] == [
        ("Sitting close", "Practising"),
        ("Holding hands", "Not started"),
    ]
    assert r.steps[0].since == date(2026, 5, 2)
    assert [(c.from_state, c.to_state, c.moved_back) for c in r.changes] == [
        ("Not started", "Practising", False),
        ("Practising", "Comfortable", False),
        ("Comfortable", "Practising", True),
    ]


def test_thresholds_now_and_their_moves(vault: Vault, filled: Filled) -> None:
    t = S.build_summary(vault, options(sections={"thresholds"})).thresholds

    assert t is not None
    zones = dict(t.by_zone)
    assert zones["Needs boundaries"] == (("A hug from behind", "Say my name first"),)
    assert zones["Feels manageable"] == (("Sitting close on the sofa", ""),)
    assert zones["Not yet"] == ()
    assert [(m.from_zone, m.to_zone, m.easier) for m in t.moves] == [
        ("Not yet", "Needs boundaries", True)
    ]
    assert "Situations in each zone" in t.counts_text
    assert all(not th.notes for th in t.thresholds)


def test_talk_about_is_the_for_therapist_text_of_finished_practices(
    vault: Vault, filled: Filled
) -> None:
    items = S.build_summary(vault, options(sections={"talk-about"})).talk_about

    assert items is not None
    assert [(i.day, i.step, i.text) for i in items] == [
        (date(2026, 3, 19), "Sitting close", FOR_THERAPIST)
    ]


def test_discreet_leaves_out_the_prepared_with_haven_note(vault: Vault, filled: Filled) -> None:
    plain = S.build_summary(vault, options())
    discreet = S.build_summary(vault, options(discreet=True))

    assert plain.prepared_note == "Prepared by me with Haven"
    assert discreet.prepared_note is None
    assert "Haven" not in everything_text(discreet).replace("haven.", "")


def test_an_empty_journal_makes_an_empty_summary(vault: Vault) -> None:
    summary = S.build_summary(vault, options(sections=set(S.SECTIONS)))

    assert summary.checkins is not None and summary.checkins.days_with_checkins == 0
    assert summary.practices is not None and summary.practices.steps == ()
    assert summary.journal == ()
    assert summary.talk_about == ()

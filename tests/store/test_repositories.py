"""Repositories give back exactly what was saved, keep histories, and refuse bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from haven.domain.models import (
    Actor,
    Boundary,
    CheckIn,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    Debrief,
    GroundingTool,
    GroundingUse,
    JournalEntry,
    PausePlanStep,
    Practice,
    PracticeStatus,
    PreBrief,
    ReadinessGuide,
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
from haven.domain.snippets import split_highlights
from haven.store import Vault
from haven.store.repositories.journal import fts_query

TZ = timezone(timedelta(hours=-5))
DAY = datetime(2025, 6, 1, 9, 0, tzinfo=TZ)


def test_checkins_round_trip_with_tags_and_optional_fields(vault: Vault) -> None:
    saved = vault.checkins.add(
        CheckIn(
            distress=4,
            comfort=6,
            at=DAY,
            sleep_hours=6.5,
            stress=3,
            note="slow morning",
            tags=["#Work", "sleep"],
        )
    )
    loaded = vault.checkins.get(saved.id)
    assert loaded == saved
    assert loaded.at.utcoffset() == timedelta(hours=-5)
    assert loaded.tags == ["sleep", "work"]


def test_checkins_list_by_range_in_time_order(vault: Vault) -> None:
    for i in range(5):
        vault.checkins.add(CheckIn(distress=i, comfort=10 - i, at=DAY + timedelta(days=i)))
    got = vault.checkins.list(since=DAY + timedelta(days=1), until=DAY + timedelta(days=3))
    assert [c.distress for c in got] == [1, 2, 3]
    assert vault.checkins.latest().distress == 4


@pytest.mark.parametrize(
    "bad",
    [
        dict(distress=11, comfort=1),
        dict(distress=1, comfort=-1),
        dict(distress=1, comfort=1, stress=12),
        dict(distress=1, comfort=1, sleep_hours=30),
    ],
)
def test_out_of_range_checkins_are_refused_and_nothing_is_written(vault: Vault, bad: dict) -> None:
    with pytest.raises(ValueError):
        vault.checkins.add(CheckIn(**bad))
    assert vault.checkins.count() == 0


def test_journal_keeps_emoji_right_to_left_text_and_a_megabyte(vault: Vault) -> None:
    big = "سلام עולם 🌿 " * 80_000  # about 1.5 MB of mixed scripts
    saved = vault.journal.add(JournalEntry(title="שלום 🌿", body=big, tags=["رحمة"]))
    loaded = vault.journal.get(saved.id)
    assert loaded.body == big and loaded.title == "שלום 🌿" and loaded.tags == ["رحمة"]
    assert [h.entry_id for h in vault.journal.search("עולם")] == [saved.id]


def test_an_empty_journal_entry_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError, match="empty"):
        vault.journal.add(JournalEntry(body="  \n "))


def test_search_is_newest_first_with_highlighted_snippets(vault: Vault) -> None:
    for i in range(3):
        vault.journal.add(
            JournalEntry(
                title=f"day {i}", body=f"a walk by the river {i}", at=DAY + timedelta(days=i)
            )
        )
    vault.journal.add(JournalEntry(title="other", body="nothing here"))
    hits = vault.journal.search("river walk")
    assert [h.title for h in hits] == ["day 2", "day 1", "day 0"]
    text, spans = split_highlights(hits[0].snippet)
    assert [text[a:b] for a, b in spans] == ["walk", "river"]
    assert vault.journal.count_matches("riv") == 3


def test_search_treats_query_syntax_as_plain_words(vault: Vault) -> None:
    vault.journal.add(JournalEntry(body='She said "NEAR" and OR AND: fine'))
    assert fts_query('"NEAR" OR: (x*') == '"NEAR"* "OR"* "x"*'
    assert len(vault.journal.search('"near" or:')) == 1
    assert vault.journal.search("   ") == []


def test_search_filters_by_tag_and_date(vault: Vault) -> None:
    vault.journal.add(JournalEntry(body="garden time", tags=["calm"], at=DAY))
    vault.journal.add(JournalEntry(body="garden again", at=DAY + timedelta(days=10)))
    assert len(vault.journal.search("garden", tag="calm")) == 1
    assert len(vault.journal.search("garden", since=DAY + timedelta(days=1))) == 1


def test_editing_and_deleting_an_entry_updates_search(vault: Vault) -> None:
    entry = vault.journal.add(JournalEntry(body="first words"))
    entry.body = "second thoughts"
    vault.journal.update(entry)
    assert vault.journal.search("first") == []
    assert len(vault.journal.search("second")) == 1
    assert vault.journal.get(entry.id).updated_at is not None
    removed = vault.journal.delete(entry.id)
    assert vault.journal.search("second") == [] and vault.journal.count() == 0
    vault.journal.restore(removed)
    assert vault.journal.get_by_uid(entry.uid).body == "second thoughts"
    assert vault.check() == []


def test_journal_lists_shared_entries_and_tags(vault: Vault) -> None:
    vault.journal.add(
        JournalEntry(body="for my therapist", share_with_therapist=True, tags=["therapy"])
    )
    vault.journal.add(JournalEntry(body="just for me", tags=["therapy", "home"]))
    assert [e.body for e in vault.journal.list(shared_only=True)] == ["for my therapist"]
    assert vault.journal.tags() == [("therapy", 2), ("home", 1)]
    assert JournalEntry(body="x").share_with_therapist is False


def test_roadmap_state_and_history_never_disagree(vault: Vault) -> None:
    step = vault.roadmap.add(RoadmapStep(title="Sitting close", readiness=ReadinessGuide(3, 4)))
    vault.roadmap.change_state(step.id, StepState.PRACTISING, note="ready", at=DAY)
    vault.roadmap.change_state(step.id, StepState.COMFORTABLE, at=DAY + timedelta(days=20))
    vault.roadmap.move_back(step.id, note="a hard week")
    loaded = vault.roadmap.get(step.id)
    assert loaded.state == StepState.PRACTISING
    assert [c.to_state for c in loaded.history] == [
        StepState.PRACTISING,
        StepState.COMFORTABLE,
        StepState.PRACTISING,
    ]
    assert loaded.history[-1].note == "a hard week"
    assert loaded.readiness == ReadinessGuide(3, 4)
    with pytest.raises(ValueError):
        vault.roadmap.change_state(step.id, StepState.PRACTISING)
    assert len(vault.roadmap.get(step.id).history) == 3


def test_roadmap_reorder_delete_and_undo_keep_place_and_history(vault: Vault) -> None:
    a, b, c = (vault.roadmap.add(RoadmapStep(title=t)) for t in "abc")
    vault.roadmap.change_state(b.id, StepState.PRACTISING)
    vault.roadmap.reorder([c.id, a.id, b.id])
    assert [s.title for s in vault.roadmap.list()] == ["c", "a", "b"]
    removed = vault.roadmap.delete(a.id)
    assert [s.title for s in vault.roadmap.list()] == ["c", "b"]
    vault.roadmap.restore(removed)
    assert [s.title for s in vault.roadmap.list()] == ["c", "a", "b"]
    assert len(vault.roadmap.get_by_uid(b.uid).history) == 1


def test_threshold_moves_are_dated_and_kept(vault: Vault) -> None:
    item = vault.thresholds.add(Threshold(situation="Hugs from behind", boundary="ask first"))
    vault.thresholds.move(item.id, Zone.NEEDS_BOUNDARIES, at=DAY)
    vault.thresholds.move(item.id, Zone.MANAGEABLE, at=DAY + timedelta(days=40), note="yes")
    loaded = vault.thresholds.get(item.id)
    assert loaded.zone == Zone.MANAGEABLE
    assert [(m.from_zone, m.to_zone) for m in loaded.history] == [
        (Zone.NOT_YET, Zone.NEEDS_BOUNDARIES),
        (Zone.NEEDS_BOUNDARIES, Zone.MANAGEABLE),
    ]
    assert [t.situation for t in vault.thresholds.list(Zone.MANAGEABLE)] == ["Hugs from behind"]
    assert vault.thresholds.all_moves()[-1][0] == "Hugs from behind"


def test_practice_drafts_become_finished_practices(vault: Vault) -> None:
    step = vault.roadmap.add(RoadmapStep(title="A hug"))
    practice = Practice(
        step_uid=step.uid,
        pre=PreBrief(
            intention="stay present", stop_signal_agreed=True, stop_signal="red", distress_now=3
        ),
    )
    vault.practices.save(practice)
    assert [p.uid for p in vault.practices.drafts()] == [practice.uid]
    practice.debrief = Debrief(
        distress_peak=5,
        distress_after=2,
        comfort=7,
        consent_checked=True,
        for_therapist="ask about mornings",
    )
    vault.practices.finish(practice)
    loaded = vault.practices.get_by_uid(practice.uid)
    assert loaded.status == PracticeStatus.DONE and loaded.ended_at is not None
    assert loaded.pre == practice.pre and loaded.debrief == practice.debrief
    assert vault.practices.drafts() == []
    assert vault.practices.list(step_uid=step.uid) == [loaded]
    with pytest.raises(ValueError):
        vault.practices.save(Practice(step_uid=None, debrief=Debrief(distress_peak=12)))


SECTION_EXAMPLES = [
    Trigger(text="a raised voice", contexts="kitchen, evenings", what_helps="step outside"),
    Contact(name="Sam", relation="friend", how_to_reach="555-0100", when_to_call="any time"),
    Signal(kind=SignalKind.STOP, signal="red", form="word"),
    PausePlanStep(actor=Actor.PARTNER, text="sit beside me without touching"),
    Routine(title="evening walk", kind="stress relief"),
    Script(title="Slowing down", body="Can we slow down a little?", category="slowing down"),
]


@pytest.mark.parametrize("item", SECTION_EXAMPLES, ids=lambda i: type(i).__name__)
def test_every_safety_plan_section_saves_edits_and_deletes(vault: Vault, item: object) -> None:
    kind = type(item)
    vault.safety.add(item)
    assert vault.safety.list(kind) == [item]
    first_field = next(iter(vault.safety._section(item).fields))
    setattr(item, first_field, "changed words")
    vault.safety.update(item)
    assert getattr(vault.safety.list(kind)[0], first_field) == "changed words"
    vault.safety.delete(item)
    assert vault.safety.list(kind) == []
    setattr(item, first_field, "  ")
    with pytest.raises(ValueError):
        vault.safety.add(item)


def test_the_pause_plan_is_split_into_mine_and_my_partners(vault: Vault) -> None:
    vault.safety.add(PausePlanStep(actor=Actor.ME, text="breathe out slowly"))
    vault.safety.add(PausePlanStep(actor=Actor.PARTNER, text="move back a little"))
    vault.safety.add(PausePlanStep(actor=Actor.ME, text="name five things I see"))
    mine, theirs = vault.safety.pause_plan()
    assert [s.text for s in mine] == ["breathe out slowly", "name five things I see"]
    assert [s.text for s in theirs] == ["move back a little"]


def test_boundary_reviews_keep_history_and_due_dates(vault: Vault) -> None:
    b = vault.safety.add(Boundary(text="No touch when I'm asleep", review_by=date(2025, 5, 1)))
    assert vault.safety.reviews_due(date(2025, 5, 2)) == vault.safety.list(Boundary)
    vault.safety.review_boundary(b.id, note="still right", next_review_by=date(2025, 8, 1))
    loaded = vault.safety.list(Boundary)[0]
    assert loaded.review_by == date(2025, 8, 1)
    assert [r.note for r in loaded.reviews] == ["still right"]
    assert vault.safety.reviews_due(date(2025, 5, 2)) == []


def test_checklist_marks_are_kept_with_dates(vault: Vault) -> None:
    item = vault.safety.add(ChecklistItem(activity="Massage"))
    vault.safety.mark_checklist(item.id, ChecklistAnswer.MAYBE)
    vault.safety.mark_checklist(item.id, ChecklistAnswer.YES, note="with oil")
    loaded = vault.safety.list(ChecklistItem)[0]
    assert loaded.answer == ChecklistAnswer.YES
    assert [m.answer for m in loaded.history] == [ChecklistAnswer.MAYBE, ChecklistAnswer.YES]


def test_grounding_uses_drafts_and_settings(vault: Vault) -> None:
    vault.grounding.add(
        GroundingUse(tool=GroundingTool.BODY_SCAN, distress_before=6, distress_after=3)
    )
    assert [(u.distress_before, u.distress_after) for u in vault.grounding.list()] == [(6, 3)]
    vault.drafts.save("journal:new", {"title": "t", "body": "half a thought"})
    vault.drafts.save("journal:new", {"title": "t", "body": "half a thought, more"})
    assert vault.drafts.get("journal:new").content["body"] == "half a thought, more"
    assert [d.key for d in vault.drafts.all("journal:")] == ["journal:new"]
    vault.drafts.discard("journal:new")
    assert vault.drafts.get("journal:new") is None
    vault.settings.set("review_weeks", 4)
    assert vault.settings.get("review_weeks") == 4 and vault.settings.get("x", 1) == 1


def test_undoing_a_delete_puts_things_back_in_their_place(vault: Vault) -> None:
    situations = [vault.thresholds.add(Threshold(situation=s)) for s in "abc"]
    vault.thresholds.restore(vault.thresholds.delete(situations[1].id))
    assert [t.situation for t in vault.thresholds.list(Zone.NOT_YET)] == ["a", "b", "c"]

    contacts = [vault.safety.add(Contact(name=n)) for n in "xyz"]
    vault.safety.reorder(Contact, [contacts[2].id, contacts[0].id, contacts[1].id])
    removed = vault.safety.list(Contact)[1]  # "x", now in the middle
    vault.safety.delete(removed)
    vault.safety.restore(removed)
    assert [c.name for c in vault.safety.list(Contact)] == ["z", "x", "y"]


def test_the_map_was_last_looked_at_on_the_latest_moment_not_the_latest_text(
    vault: Vault,
) -> None:
    # 23:00 in New York on 2 January is 04:00 UTC on the 3rd; 23:30 in Tokyo the same day is
    # 14:30 UTC on the 2nd. Tokyo's text sorts last, New York's moment is the latest.
    new_york = timezone(timedelta(hours=-5))
    tokyo = timezone(timedelta(hours=9))
    latest = datetime(2026, 1, 2, 23, 0, tzinfo=new_york)
    vault.thresholds.add(Threshold(situation="later", created_at=latest))
    vault.thresholds.add(
        Threshold(situation="earlier", created_at=datetime(2026, 1, 2, 23, 30, tzinfo=tokyo))
    )
    assert vault.thresholds.last_looked_at() == latest.astimezone().date()


@pytest.mark.parametrize("asked", [3, 2_500], ids=["a few uids", "more than the lookup limit"])
def test_existing_uids_names_exactly_the_uids_already_held(vault: Vault, asked: int) -> None:
    """Few uids are looked up one query per 500; many are read in one pass: same answer."""
    from haven.store.repositories import journal

    held = [
        vault.journal.add(JournalEntry(body=f"entry {i}", at=datetime(2024, 3, 1, 9, i % 60)))
        for i in range(5)
    ]
    fresh = [f"not-there-{i}" for i in range(asked - 2)]
    wanted = [held[0].uid, held[3].uid, *fresh]
    assert (len(wanted) > journal.UIDS_LOOKED_UP_ONE_BY_ONE) == (asked > 1_000)
    assert vault.journal.existing_uids(wanted) == {held[0].uid, held[3].uid}


@pytest.mark.parametrize("largest_id_taken", [False, True], ids=["usual ids", "random ids"])
def test_entries_added_in_bulk_each_get_their_own_id(vault: Vault, largest_id_taken: bool) -> None:
    """Ids follow on from the largest one; past SQLite's largest id they are chosen at
    random, and each entry must still learn its own."""
    first = vault.journal.add(JournalEntry(body="already here", at=datetime(2024, 1, 1, 9)))
    if largest_id_taken:
        vault.conn.execute("UPDATE journal_entries SET id = 9223372036854775807")
    batch = [
        JournalEntry(body=f"bulk entry {i}", title=f"t{i}", at=datetime(2024, 2, 1, 9, i))
        for i in range(30)
    ]
    vault.journal.add_many(batch)
    assert len({e.id for e in batch}) == 30
    for entry in batch:
        stored = vault.journal.get(entry.id)
        assert stored is not None and stored.uid == entry.uid and stored.body == entry.body
    assert vault.journal.count() == 31 and first.id is not None

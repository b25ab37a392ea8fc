"""Haven's own export format: what an export holds, and that it comes back exactly."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

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
from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
)
from haven.exchange import (
    FORMAT,
    VERSION,
    ImportProblem,
    export_document,
    import_document,
    validate_document,
)
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from tests.conftest import PASSPHRASE

KOLKATA = timezone(timedelta(hours=5, minutes=30))
LOS_ANGELES = timezone(timedelta(hours=-8))
ARABIC = "أشعر بالأمان الآن، وأتنفس ببطء."
HEBREW = "אני מרגישה בטוחה יותר היום."
EMOJI = "A quiet evening 🌙🕯️ with tea 🍵 — and a family emoji 👩‍👩‍👧"
BIG_BODY = ("Slow breath in, slow breath out. " * 32_768)[: 1024 * 1024]


def at(day: int, hour: int = 21, tz: timezone = KOLKATA) -> datetime:
    return datetime(2025, 3, day, hour, 30, tzinfo=tz)


def fill(vault: Vault) -> None:
    """Every kind of record, with histories, gaps in positions, and text in many scripts."""
    vault.checkins.add(
        CheckIn(
            distress=7,
            comfort=2,
            at=at(1),
            sleep_hours=6.5,
            stress=8,
            note=EMOJI,
            tags=["Work", "#body"],
        )
    )
    vault.checkins.add(CheckIn(distress=0, comfort=10, at=at(2, tz=LOS_ANGELES)))
    vault.checkins.add(CheckIn(distress=3, comfort=6, at=at(2, tz=LOS_ANGELES), note=HEBREW))

    vault.journal.add(JournalEntry(body=ARABIC, title="مساء", at=at(3), tags=["RTL"]))
    vault.journal.add(
        JournalEntry(
            body=HEBREW + "\n\n" + EMOJI,
            title="ערב 🌙",
            at=at(4, tz=LOS_ANGELES),
            distress=4,
            comfort=6,
            share_with_therapist=True,
            mood_label="tender",
            updated_at=at(5),
        )
    )
    vault.journal.add(JournalEntry(body=BIG_BODY, title="A long one", at=at(6)))

    first = vault.roadmap.add(
        RoadmapStep(
            title="Holding hands 🤝",
            description=ARABIC,
            readiness_notes="When it feels calm twice in a row.",
            readiness=ReadinessGuide(practices=3, max_peak_distress=4),
            created_at=at(1),
        )
    )
    gone = vault.roadmap.add(RoadmapStep(title="To be removed", created_at=at(1)))
    vault.roadmap.add(RoadmapStep(title="Paused one", created_at=at(1)))
    vault.roadmap.delete(gone.id)  # leaves a gap: positions 0 and 2
    vault.roadmap.change_state(first.id, StepState.PRACTISING, note="first try", at=at(7))
    vault.roadmap.change_state(first.id, StepState.COMFORTABLE, at=at(9))
    vault.roadmap.move_back(first.id, note="a harder week")
    paused = vault.roadmap.list()[1]
    vault.roadmap.change_state(paused.id, StepState.PAUSED, at=at(10, tz=LOS_ANGELES))

    hug = vault.thresholds.add(Threshold(situation="A hug from behind", created_at=at(1)))
    vault.thresholds.add(
        Threshold(
            situation=HEBREW,
            zone=Zone.NEEDS_BOUNDARIES,
            boundary="Ask first",
            notes=EMOJI,
            created_at=at(1),
        )
    )
    vault.thresholds.add(Threshold(situation="Lights on", zone=Zone.MANAGEABLE, created_at=at(1)))
    vault.thresholds.move(hug.id, Zone.NEEDS_BOUNDARIES, note="with words first", at=at(11))

    vault.practices.save(
        Practice(
            step_uid=first.uid,
            pre=PreBrief(
                intention="Stay present",
                boundaries="Clothes on",
                stop_signal_agreed=True,
                stop_signal="red",
                distress_now=3,
                comfort_now=6,
                predicted_distress=5,
            ),
            debrief=Debrief(
                distress_peak=5,
                distress_after=2,
                comfort=7,
                what_helped="Breathing together 🌬️",
                what_was_hard=ARABIC,
                consent_checked=True,
                for_therapist="Ask about the freeze",
            ),
            status=PracticeStatus.DONE,
            started_at=at(12),
            ended_at=at(12, 22),
            duration_seconds=1800,
        )
    )
    vault.practices.save(Practice(step_uid=None, started_at=at(13, tz=LOS_ANGELES)))

    boundary = vault.safety.add(
        Boundary(text="No surprises from behind", review_by=date(2025, 4, 1))
    )
    vault.safety.review_boundary(
        boundary.id,
        text="No touch from behind",
        note="Clearer now",
        next_review_by=date(2025, 6, 1),
    )
    removed = vault.safety.add(Trigger(text="Removed one"))
    vault.safety.add(Trigger(text="Cologne", contexts="crowds", what_helps="Step outside"))
    vault.safety.delete(removed)  # another gap
    vault.safety.add(
        Contact(
            name="Sam (fictional)",
            relation="friend",
            how_to_reach="555-0100",
            when_to_call="any time",
        )
    )
    vault.safety.add(Signal(kind=SignalKind.STOP, signal="red", form="a word", meaning="stop"))
    vault.safety.add(Signal(kind=SignalKind.PAUSE, signal="two taps", form="a tap"))
    vault.safety.add(PausePlanStep(actor=Actor.ME, text="Sit up and breathe"))
    vault.safety.add(PausePlanStep(actor=Actor.PARTNER, text="Move back and ask"))
    vault.safety.add(Routine(title="Wind down", description="Tea, no screens", kind="sleep"))
    vault.safety.add(
        Script(title="Saying pause", body=HEBREW, category="pausing", from_template="pause-1")
    )
    item = vault.safety.add(ChecklistItem(activity="Kissing"))
    vault.safety.mark_checklist(item.id, ChecklistAnswer.MAYBE, note="slowly")
    vault.safety.mark_checklist(item.id, ChecklistAnswer.YES)

    vault.grounding.add(
        GroundingUse(
            tool=GroundingTool.SENSES_54321, at=at(14), distress_before=8, distress_after=4
        )
    )
    vault.grounding.add(GroundingUse(tool=GroundingTool.PACED_BREATHING, at=at(15), note=EMOJI))

    vault.reflections.add_fear_check(
        FearCheck(
            at=at(16),
            happening="A car door outside",
            body=ARABIC,
            safe_now="I am home",
            ending=FearCheckEnding.PAUSE,
            finished=True,
            share=True,
        )
    )
    for day, pile in ((17, Pile.SOME), (18, Pile.A_LOT)):
        vault.reflections.add_values_sort(
            ValuesSort(
                at=at(day),
                placements=[
                    Placement("being-asked", "Being asked", pile),
                    Placement("own:1", HEBREW, Pile.NOT_NOW),
                ],
            )
        )
    vault.reflections.add_kind_word(KindWord(at=at(19), words="Gently does it", note=EMOJI))
    vault.reflections.set_learn_mark(LearnMark("triggers-and-reminders", helpful=True))

    vault.drafts.save("journal:new", {"title": "half", "body": ARABIC, "tags": ["x"]})
    vault.drafts.save("practice:abc", {"intention": "", "distress": 3})

    vault.settings.set("reminders", {"enabled": False, "time": "20:00"})
    vault.settings.set("review_interval_days", 30)


@pytest.fixture
def full(vault: Vault) -> Vault:
    fill(vault)
    return vault


@pytest.fixture
def other(tmp_path: Path) -> Vault:
    fresh, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=CHEAP_KDF)
    yield fresh
    fresh.lock()


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def as_file(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as it travels: through JSON text and back."""
    return json.loads(json.dumps(doc, ensure_ascii=False))


def walk_keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value] + [k2 for v in value.values() for k2 in walk_keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in walk_keys(v)]
    return []


# -- what an export holds ---------------------------------------------------------------------
def test_export_is_a_versioned_document_with_every_section(full: Vault) -> None:
    doc = export_document(full)

    assert doc["format"] == FORMAT == "haven-export"
    assert doc["version"] == VERSION == 1
    assert datetime.fromisoformat(doc["exported_at"]).utcoffset() is not None
    assert list(doc) == [
        "format",
        "version",
        "exported_at",
        "checkins",
        "journal",
        "roadmap",
        "thresholds",
        "practices",
        "safety_plan",
        "grounding",
        "fear_checks",
        "values_sorts",
        "kind_words",
        "learn_marks",
        "therapy_sessions",
        "to_bring",
        "partner_conversations",
        "agreements",
        "drafts",
        "settings",
    ]
    assert list(doc["safety_plan"]) == [
        "boundaries",
        "triggers",
        "contacts",
        "signals",
        "pause_plan",
        "routines",
        "scripts",
        "checklist",
    ]
    counts = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
    assert counts == {
        "checkins": 3,
        "journal": 3,
        "roadmap": 2,
        "thresholds": 3,
        "practices": 2,
        "grounding": 2,
        "fear_checks": 1,
        "values_sorts": 2,
        "kind_words": 1,
        "learn_marks": 1,
        "therapy_sessions": 0,
        "to_bring": 0,
        "partner_conversations": 0,
        "agreements": 0,
        "drafts": 2,
    }
    assert {k: len(v) for k, v in doc["safety_plan"].items()} == {
        "boundaries": 1,
        "triggers": 1,
        "contacts": 1,
        "signals": 2,
        "pause_plan": 2,
        "routines": 1,
        "scripts": 1,
        "checklist": 1,
    }
    assert doc["settings"] == {
        "reminders": {"enabled": False, "time": "20:00"},
        "review_interval_days": 30,
    }


def test_records_are_named_by_uid_never_by_row_id(full: Vault) -> None:
    doc = export_document(full)

    assert "id" not in walk_keys(doc)
    assert doc["journal"][0]["uid"] == full.journal.list(newest_first=False)[0].uid


def test_timestamps_keep_their_offset_and_enums_are_written_by_value(full: Vault) -> None:
    doc = export_document(full)

    assert doc["checkins"][0]["at"] == "2025-03-01T21:30:00+05:30"
    assert doc["checkins"][1]["at"] == "2025-03-02T21:30:00-08:00"
    step = doc["roadmap"][0]
    assert step["state"] == "practising"
    assert [(h["from_state"], h["to_state"]) for h in step["history"]] == [
        ("not_started", "practising"),
        ("practising", "comfortable"),
        ("comfortable", "practising"),
    ]
    assert doc["roadmap"][1]["state"] == "paused"
    assert doc["safety_plan"]["signals"][0]["kind"] == "stop"
    assert doc["safety_plan"]["pause_plan"][1]["actor"] == "partner"
    assert doc["safety_plan"]["checklist"][0]["answer"] == "yes"
    assert doc["grounding"][0]["tool"] == "senses_54321"
    assert doc["practices"][0]["status"] == "done"
    assert doc["safety_plan"]["boundaries"][0]["review_by"] == "2025-06-01"


def test_histories_travel_with_their_records(full: Vault) -> None:
    doc = export_document(full)

    boundary = doc["safety_plan"]["boundaries"][0]
    assert boundary["text"] == "No touch from behind"
    assert [(r["text"], r["note"], r["next_review_by"]) for r in boundary["reviews"]] == [
        ("No surprises from behind", "Clearer now", "2025-06-01")
    ]
    marks = doc["safety_plan"]["checklist"][0]["history"]
    assert [(m["answer"], m["note"]) for m in marks] == [("maybe", "slowly"), ("yes", "")]
    hug = next(t for t in doc["thresholds"] if t["situation"] == "A hug from behind")
    assert [(m["from_zone"], m["to_zone"], m["note"]) for m in hug["history"]] == [
        ("not_yet", "needs_boundaries", "with words first")
    ]


def test_two_exports_of_the_same_journal_are_equal_apart_from_the_time(full: Vault) -> None:
    first = export_document(full)
    second = export_document(full)

    assert first["exported_at"] <= second["exported_at"]
    assert without_time(first) == without_time(second)


# -- round trip -------------------------------------------------------------------------------
def test_export_import_export_gives_the_same_document(full: Vault, other: Vault) -> None:
    original = as_file(export_document(full))

    report = import_document(other, original)
    again = as_file(export_document(other))

    assert without_time(again) == without_time(original)
    assert report.total_skipped == 0
    assert report.added["journal"] == 3
    assert report.added["boundaries"] == 1
    assert report.added["settings"] == 2
    assert report.added["values_sorts"] == 2
    assert report.added["learn_marks"] == 1


def test_text_in_any_script_and_a_one_megabyte_body_come_back_exactly(
    full: Vault, other: Vault
) -> None:
    import_document(other, as_file(export_document(full)))

    bodies = {e.title: e.body for e in other.journal.list()}
    assert bodies["مساء"] == ARABIC
    assert bodies["ערב 🌙"] == HEBREW + "\n\n" + EMOJI
    assert bodies["A long one"] == BIG_BODY
    assert len(bodies["A long one"]) == 1024 * 1024
    assert other.checkins.list()[0].note == EMOJI
    assert [h.title for h in other.journal.search("بالأمان")] == ["مساء"]


def test_import_keeps_uids_positions_states_and_gaps(full: Vault, other: Vault) -> None:
    import_document(other, export_document(full))

    steps = [(s.uid, s.position, s.state) for s in other.roadmap.list()]
    assert steps == [(s.uid, s.position, s.state) for s in full.roadmap.list()]
    assert [s[1] for s in steps] == [0, 2]
    triggers = other.safety.list(Trigger)
    assert [t.position for t in triggers] == [t.position for t in full.safety.list(Trigger)]
    assert triggers[0].position == 1
    assert {t.uid: (t.zone, t.position) for t in other.thresholds.list()} == {
        t.uid: (t.zone, t.position) for t in full.thresholds.list()
    }
    first = other.roadmap.list()[0]
    assert [c.uid for c in first.history] == [c.uid for c in full.roadmap.list()[0].history]
    assert other.drafts.get("journal:new").updated_at == full.drafts.get("journal:new").updated_at


def test_importing_the_same_file_twice_adds_nothing(full: Vault, other: Vault) -> None:
    doc = export_document(full)
    import_document(other, doc)
    before = without_time(export_document(other))

    report = import_document(other, doc)

    assert report.total_added == 0
    assert report.skipped_existing["checkins"] == 3
    assert report.skipped_existing["drafts"] == 2
    assert report.skipped_existing["settings"] == 2
    assert report.total_skipped == sum(len(v) for k, v in doc.items() if isinstance(v, list)) + sum(
        len(v) for v in doc["safety_plan"].values()
    ) + len(doc["settings"])
    assert without_time(export_document(other)) == before
    assert report.describe().startswith("There was nothing new to add.")


def test_import_adds_beside_what_is_there_and_leaves_it_alone(full: Vault, other: Vault) -> None:
    mine = other.journal.add(JournalEntry(body="my own entry", at=at(20)))
    other.settings.set("reminders", {"enabled": True})

    report = import_document(other, export_document(full))

    assert other.journal.count() == 4
    assert other.journal.get_by_uid(mine.uid).body == "my own entry"
    assert other.settings.get("reminders") == {"enabled": True}
    assert report.skipped_existing["settings"] == 1
    assert report.added["settings"] == 1
    assert "Added 3 check-ins, 3 journal entries" in report.describe()


def test_a_hand_written_minimal_document_imports(other: Vault) -> None:
    doc = {
        "format": "haven-export",
        "version": 1,
        "journal": [{"uid": "j-1", "at": "2026-03-14", "body": "Only what is needed."}],
        "checkins": [{"uid": "c-1", "at": "2026-03-14T21:30Z", "distress": 2, "comfort": 8}],
    }

    report = import_document(other, doc)

    assert report.added["journal"] == 1
    assert report.added["checkins"] == 1
    entry = other.journal.get_by_uid("j-1")
    assert entry.at.hour == 12  # a bare date means noon
    assert other.checkins.list()[0].at.utcoffset() == timedelta(0)


# -- checking a document before anything is written ------------------------------------------------
def _journal(n: int) -> list[dict[str, Any]]:
    return [
        {"uid": f"j-{i}", "at": f"2026-01-{i:02d}T10:00:00+00:00", "body": f"entry {i}"}
        for i in range(1, n + 1)
    ]


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": "haven-export", "version": 1, **sections}


def test_the_message_names_the_section_the_item_and_the_problem(other: Vault) -> None:
    entries = _journal(12)
    entries[11]["at"] = "the day after"

    with pytest.raises(ImportProblem, match=r"^journal entry 12: 'at' is not a date"):
        import_document(other, _doc(journal=entries))

    assert other.journal.count() == 0


def _checkin(**changes: Any) -> dict[str, Any]:
    base = {"uid": "c-1", "at": "2026-01-01T10:00:00+00:00", "distress": 3, "comfort": 5}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


BAD_DOCUMENTS = [
    pytest.param(
        _doc(checkins=[_checkin(distress=11)]),
        "check-in 1: The 'distress' rating goes from 0 to 10; 11 is outside that.",
        id="rating-above-ten",
    ),
    pytest.param(
        _doc(checkins=[_checkin(comfort=-1)]),
        "check-in 1: The 'comfort' rating goes from 0 to 10; -1 is outside that.",
        id="rating-below-zero",
    ),
    pytest.param(
        _doc(checkins=[_checkin(distress="5")]),
        "check-in 1: The 'distress' rating is a whole number from 0 to 10.",
        id="rating-as-text",
    ),
    pytest.param(
        _doc(checkins=[_checkin(distress=True)]),
        "check-in 1: The 'distress' rating is a whole number from 0 to 10.",
        id="rating-as-boolean",
    ),
    pytest.param(
        _doc(checkins=[_checkin(comfort=...)]),
        "check-in 1: A 'comfort' rating from 0 to 10 is needed.",
        id="rating-missing",
    ),
    pytest.param(
        _doc(checkins=[_checkin(sleep_hours=30)]),
        "check-in 1: Sleep is counted in hours from 0 to 24; 30.0 is outside that.",
        id="sleep-too-long",
    ),
    pytest.param(
        _doc(checkins=[_checkin(uid=...)]),
        "check-in 1: 'uid' is missing.",
        id="uid-missing",
    ),
    pytest.param(
        _doc(checkins=[_checkin(tags="calm")]),
        "check-in 1: 'tags' is not a list of text.",
        id="tags-not-a-list",
    ),
    pytest.param(
        _doc(journal=[{**_journal(1)[0], "body": "   "}]),
        "journal entry 1: The entry is empty.",
        id="empty-body",
    ),
    pytest.param(
        _doc(journal=[{**_journal(1)[0], "share_with_therapist": "yes"}]),
        "journal entry 1: 'share_with_therapist' is not true or false.",
        id="flag-not-boolean",
    ),
    pytest.param(
        _doc(journal=[*_journal(2), _journal(1)[0]]),
        "journal entry 3: its uid 'j-1' is also used by journal entry 1.",
        id="uid-twice",
    ),
    pytest.param(
        _doc(journal={"uid": "x"}),
        "The 'journal' section is not a list.",
        id="section-not-a-list",
    ),
    pytest.param(
        _doc(journal=["dear diary"]),
        "journal entry 1 is not a JSON object with named fields.",
        id="record-not-an-object",
    ),
    pytest.param(
        _doc(roadmap=[{"uid": "s", "title": "Step", "state": "done"}]),
        "roadmap step 1: 'state' is 'done'; it can be one of 'not_started', 'practising', "
        "'comfortable', 'paused'.",
        id="unknown-state",
    ),
    pytest.param(
        _doc(roadmap=[{"uid": "s", "title": "Step", "state": "paused", "history": [{"uid": "h"}]}]),
        "roadmap step 1, history item 1: 'at' is missing.",
        id="history-item-incomplete",
    ),
    pytest.param(
        _doc(roadmap=[{"uid": "s", "title": " ", "state": "paused"}]),
        "roadmap step 1: 'title' is empty.",
        id="step-without-title",
    ),
    pytest.param(
        _doc(
            practices=[
                {
                    "uid": "p",
                    "status": "done",
                    "started_at": "2026-01-01T10:00:00+00:00",
                    "debrief": {"distress_peak": 12},
                }
            ]
        ),
        "practice 1, debrief: The 'distress_peak' rating goes from 0 to 10; 12 is outside that.",
        id="nested-rating",
    ),
    pytest.param(
        _doc(safety_plan={"boundaries": [{"uid": "b", "text": "Ask", "review_by": "soon"}]}),
        "safety plan, boundary 1: 'review_by' is not a day like 2026-03-14.",
        id="bad-day",
    ),
    pytest.param(
        _doc(safety_plan={"signals": [{"uid": "s", "signal": "red", "kind": "halt"}]}),
        "safety plan, signal 1: 'kind' is 'halt'; it can be one of 'stop', 'pause'.",
        id="unknown-signal-kind",
    ),
    pytest.param(
        _doc(
            grounding=[{"uid": "g", "at": "2026-01-01", "tool": "body_scan", "distress_after": 99}]
        ),
        "grounding use 1: The 'distress_after' rating goes from 0 to 10; 99 is outside that.",
        id="grounding-rating",
    ),
    pytest.param(
        _doc(drafts=[{"key": "journal:new", "content": "text"}]),
        "draft 1: 'content' is not a JSON object.",
        id="draft-content",
    ),
    pytest.param(
        {"format": "jrnl", "version": 1},
        "This file is not a Haven export: its 'format' is 'jrnl', not 'haven-export'.",
        id="other-format",
    ),
    pytest.param(
        {"version": 1, "journal": []},
        "This file is not a Haven export: it has no 'format', not 'haven-export'.",
        id="no-format",
    ),
    pytest.param(
        [1, 2, 3],
        "This file is not a Haven export: it does not hold a JSON object.",
        id="not-an-object",
    ),
    pytest.param(
        {"format": "haven-export", "version": 2},
        "This export is version 2, from a newer Haven.",
        id="newer-version",
    ),
    pytest.param(
        {"format": "haven-export", "version": "1"},
        "This export's 'version' is '1'; Haven reads version 1.",
        id="version-as-text",
    ),
]


@pytest.mark.parametrize(("doc", "message"), BAD_DOCUMENTS)
def test_a_bad_document_is_refused_whole_with_a_plain_message(
    other: Vault, doc: Any, message: str
) -> None:
    # A good record first: it must not be written either.
    if isinstance(doc, dict) and "checkins" not in doc and doc.get("version") == 1:
        doc = {**doc, "checkins": [_checkin(uid="fine")]}
    before = without_time(export_document(other))

    with pytest.raises(ImportProblem) as caught:
        import_document(other, copy.deepcopy(doc))
    with pytest.raises(ImportProblem):
        validate_document(copy.deepcopy(doc))

    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)
    assert without_time(export_document(other)) == before


def test_a_clash_found_while_writing_undoes_the_whole_import(full: Vault, other: Vault) -> None:
    taken = full.roadmap.list()[0].history[0].uid
    import_document(other, export_document(full))
    before = without_time(export_document(other))
    doc = _doc(
        checkins=[_checkin(uid="new-checkin")],
        roadmap=[
            {
                "uid": "new-step",
                "title": "New",
                "state": "practising",
                "history": [{"uid": taken, "at": "2026-01-01", "to_state": "practising"}],
            }
        ],
    )

    with pytest.raises(ImportProblem, match=r"^roadmap step 1: .*already uses"):
        import_document(other, doc)

    assert without_time(export_document(other)) == before
    assert not other.checkins.exists_uid("new-checkin")


def test_validate_document_counts_without_writing(full: Vault, other: Vault) -> None:
    counts = validate_document(export_document(full))

    assert counts["journal"] == 3
    assert counts["checklist"] == 1
    assert counts["settings"] == 2
    assert other.journal.count() == 0

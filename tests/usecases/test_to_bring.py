"""A hard moment added "to talk about in therapy" is kept once, encrypted, exported, and
shown in the summary's "Things I want to talk about"."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from haven.domain.hard_moments import HardMoment, MomentKind
from haven.exchange import export_document
from haven.report import summary as S
from haven.store import Vault
from haven.usecases import to_bring

AT = datetime(2026, 11, 20, 22, 15, tzinfo=timezone(timedelta(hours=1)))


def test_a_moment_is_added_once_with_words_that_do_not_judge(vault: Vault) -> None:
    moment = HardMoment(MomentKind.CHECKIN, "c-1", distress=9, threshold=7)
    first = to_bring.add(vault, moment, at=AT)
    again = to_bring.add(vault, moment, at=AT + timedelta(hours=1))
    assert first == again and len(to_bring.requests(vault)) == 1
    assert first.text == (
        "A hard moment on 20 November 2026: my check-in, distress (9: extremely distressed)."
    )
    assert to_bring.is_added(vault, moment)


def test_a_consent_no_is_written_as_a_fact_not_a_fault(vault: Vault) -> None:
    item = to_bring.add(vault, HardMoment(MomentKind.CONSENT_NO, "p-1"), at=AT)
    assert "consent was not checked in on" in item.text
    assert "fault" not in item.text and "failed" not in item.text


def test_requests_travel_in_the_export_and_can_be_removed(vault: Vault) -> None:
    item = to_bring.add(vault, HardMoment(MomentKind.GROUNDING, "g-1", distress=6), at=AT)
    doc = export_document(vault)
    assert doc["to_bring"][0]["uid"] == item.uid
    to_bring.remove(vault, item.uid)
    assert to_bring.requests(vault) == []


def test_the_summary_lists_them_under_things_to_talk_about(vault: Vault) -> None:
    to_bring.add(vault, HardMoment(MomentKind.PRACTICE, "p-2", distress=8), at=AT)
    inside = S.build_summary(
        vault, S.SummaryOptions(date(2026, 11, 1), date(2026, 11, 30), sections={"talk-about"})
    )
    assert inside.talk_about[0].text.startswith("A practice on 20 November 2026")
    # Still open later on, it is still something to talk about...
    later = S.build_summary(
        vault, S.SummaryOptions(date(2026, 12, 1), date(2026, 12, 2), sections={"talk-about"})
    )
    assert [i.text for i in later.talk_about] == [inside.talk_about[0].text]
    # ...but a summary that ends before it was added does not know of it yet.
    before = S.build_summary(
        vault, S.SummaryOptions(date(2026, 10, 1), date(2026, 10, 31), sections={"talk-about"})
    )
    assert before.talk_about == ()


def test_a_damaged_list_is_read_without_failing(vault: Vault) -> None:
    vault.settings.set(to_bring.SETTING_KEY, [{"uid": "x"}, "nonsense"])
    assert to_bring.requests(vault) == []


# -- the one list (issue 13) ------------------------------------------------------------------
def test_the_list_gathers_every_place_a_person_marks_something(vault: Vault) -> None:
    from haven.domain.models import JournalEntry, Practice, PracticeStatus
    from haven.domain.reflection import FearCheck, KindWord

    vault.journal.add(
        JournalEntry(body="Long day.", title="After the dinner", at=AT, share_with_therapist=True)
    )
    vault.journal.add(JournalEntry(body="Private.", at=AT))
    p = Practice(step_uid=None, status=PracticeStatus.DONE, started_at=AT)
    p.debrief.for_therapist = "I froze for a second and said so"
    vault.practices.save(p)
    vault.reflections.add_fear_check(
        FearCheck(happening="A door slammed", finished=True, share=True, at=AT)
    )
    vault.reflections.add_kind_word(
        KindWord(words="You are allowed to go slowly", share=True, at=AT)
    )
    to_bring.add(vault, HardMoment(MomentKind.CHECKIN, "c-9", distress=8), at=AT)
    to_bring.add_typed(vault, "Ask about sleep", at=AT + timedelta(minutes=1))

    items = to_bring.open_items(vault)
    assert sorted(i.source for i in items) == [
        "Check-in",
        "Journal",
        "Practice",
        "Reflection",
        "Reflection",
        "Typed",
    ]
    assert "Journal entry: After the dinner" in [i.text for i in items]
    assert all(i.added_at.startswith("2026-11-20T22:1") for i in items)


def test_ticking_off_keeps_the_item_with_its_day_and_takes_it_off_the_open_list(
    vault: Vault,
) -> None:
    item = to_bring.add_typed(vault, "Ask about sleep", at=AT)
    to_bring.mark_talked(vault, item, date(2026, 11, 26))
    assert to_bring.open_items(vault) == []
    [done] = to_bring.talked_about(vault)
    assert done.text == "Ask about sleep" and done.talked_on == date(2026, 11, 26)
    to_bring.mark_open(vault, done)
    assert [i.text for i in to_bring.open_items(vault)] == ["Ask about sleep"]


def test_a_removed_journal_item_stays_away_until_undo_and_the_entry_keeps_its_mark(
    vault: Vault,
) -> None:
    from haven.domain.models import JournalEntry

    e = vault.journal.add(JournalEntry(body="Long day.", at=AT, share_with_therapist=True))
    [item] = to_bring.open_items(vault)
    gone = to_bring.remove_item(vault, item)
    assert to_bring.open_items(vault) == []
    assert vault.journal.get(e.id).share_with_therapist  # type: ignore[arg-type, union-attr]
    to_bring.restore_item(vault, gone)
    assert [i.kind for i in to_bring.open_items(vault)] == ["journal"]


def test_a_typed_line_removed_is_deleted_and_undo_brings_it_back(vault: Vault) -> None:
    item = to_bring.add_typed(vault, "Ask about sleep", at=AT)
    gone = to_bring.remove_item(vault, item)
    assert vault.therapy.items() == []
    to_bring.restore_item(vault, gone)
    assert [i.uid for i in to_bring.open_items(vault)] == [item.uid]


def test_requests_from_the_first_version_are_adopted_into_the_list(vault: Vault) -> None:
    vault.settings.set(
        to_bring.SETTING_KEY,
        [
            {
                "uid": "old-1",
                "kind": "checkin",
                "record_uid": "c-1",
                "text": "A hard moment on 3 November 2026.",
                "added_at": "2026-11-03T21:00:00+01:00",
            }
        ],
    )
    [item] = to_bring.open_items(vault)
    assert item.uid == "old-1" and item.source == "Check-in"
    assert vault.settings.get(to_bring.SETTING_KEY) is None

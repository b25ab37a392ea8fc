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
    assert doc["settings"][to_bring.SETTING_KEY][0]["uid"] == item.uid
    to_bring.remove(vault, item.uid)
    assert to_bring.requests(vault) == []


def test_the_summary_lists_them_under_things_to_talk_about(vault: Vault) -> None:
    to_bring.add(vault, HardMoment(MomentKind.PRACTICE, "p-2", distress=8), at=AT)
    inside = S.build_summary(
        vault, S.SummaryOptions(date(2026, 11, 1), date(2026, 11, 30), sections={"talk-about"})
    )
    assert inside.talk_about[0].text.startswith("A practice on 20 November 2026")
    outside = S.build_summary(
        vault, S.SummaryOptions(date(2026, 12, 1), date(2026, 12, 2), sections={"talk-about"})
    )
    assert outside.talk_about == ()


def test_a_damaged_list_is_read_without_failing(vault: Vault) -> None:
    vault.settings.set(to_bring.SETTING_KEY, [{"uid": "x"}, "nonsense"])
    assert to_bring.requests(vault) == []

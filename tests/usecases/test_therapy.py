"""The sessions log and "since my last session": what the person wrote, what changed after
the last session (both ways, with the same warmth), and the list to bring."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from haven.domain.models import CheckIn, RoadmapStep, StepState, Threshold, Zone
from haven.domain.pacing import MOVED_BACK_MESSAGE
from haven.domain.therapy import TherapySession
from haven.store import Vault
from haven.usecases import therapy, to_bring

TZ = timezone(timedelta(hours=1))


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def test_no_session_means_no_last_session_date(vault: Vault) -> None:
    assert therapy.last_session_date(vault) is None


def test_last_session_date_is_the_latest_day_not_the_latest_written(vault: Vault) -> None:
    therapy.save_session(vault, TherapySession(day=date(2026, 11, 20)))
    therapy.save_session(vault, TherapySession(day=date(2026, 10, 2)))  # logged late
    assert therapy.last_session_date(vault) == date(2026, 11, 20)
    assert [s.day for s in therapy.sessions(vault)] == [date(2026, 11, 20), date(2026, 10, 2)]


def test_delete_then_undo_brings_the_session_back(vault: Vault) -> None:
    s = therapy.save_session(vault, TherapySession(day=date(2026, 11, 20), worked_on=" Trust "))
    assert s.worked_on == "Trust"
    gone = therapy.delete_session(vault, s)
    assert therapy.last_session_date(vault) is None
    therapy.restore_session(vault, gone)
    assert therapy.last_session_date(vault) == date(2026, 11, 20)


def test_a_step_shows_the_practice_agreed_for_it(vault: Vault) -> None:
    step = vault.roadmap.add(RoadmapStep(title="Holding hands on the sofa"))
    therapy.save_session(
        vault,
        TherapySession(day=date(2026, 11, 12), practice="Twice this week", step_uids=[step.uid]),
    )
    assert therapy.agreed_note(vault, step.uid) == (
        "Agreed in therapy on 12 November 2026: Twice this week"
    )
    assert therapy.agreed_note(vault, "another-step") == ""


def test_since_last_session_shows_moves_both_ways_and_then_and_now(vault: Vault) -> None:
    session_day, today = date(2026, 11, 10), date(2026, 11, 30)
    therapy.save_session(vault, TherapySession(day=session_day))
    step = vault.roadmap.add(RoadmapStep(title="A slow hug"))
    r = vault.roadmap
    r.change_state(step.id, StepState.PRACTISING, at=at(session_day - timedelta(days=3)))
    r.change_state(step.id, StepState.COMFORTABLE, at=at(date(2026, 11, 14)))
    r.change_state(step.id, StepState.PRACTISING, at=at(date(2026, 11, 20)))
    t = vault.thresholds.add(Threshold(situation="Being touched from behind"))
    vault.thresholds.move(t.id, Zone.NEEDS_BOUNDARIES, at=at(date(2026, 11, 18)))
    for offset in range(7):
        vault.checkins.add(CheckIn(7, 3, at=at(session_day - timedelta(days=offset))))
        vault.checkins.add(CheckIn(3, 6, at=at(today - timedelta(days=offset))))
    to_bring.add_typed(vault, "Evenings feel harder", at=at(date(2026, 11, 21)))

    view = therapy.since_last_session(vault, today)
    assert view.since == session_day and view.start == session_day and view.until == today
    assert view.then.distress == 7 and view.now.distress == 3
    assert view.then.words("distress").startswith("7.0 (") and view.now.days == 7
    assert [i.text for i in view.to_bring] == ["Evenings feel harder"]
    # only the moves after the session, forward and back, the back one said warmly
    assert [m.change.to_state for m in view.steps] == [StepState.COMFORTABLE, StepState.PRACTISING]
    assert view.steps[1].words == MOVED_BACK_MESSAGE
    assert [m.situation for m in view.thresholds] == ["Being touched from behind"]


def test_without_a_session_the_page_looks_back_ninety_days(vault: Vault) -> None:
    view = therapy.since_last_session(vault, date(2026, 11, 30))
    assert view.since is None and view.start == date(2026, 9, 1)
    assert (
        view.then.distress is None and view.then.words("distress") == "no check-ins in these days"
    )

"""Working with my therapist: the sessions log and "since my last session".

The sessions log is the person's own notes of a session: what we worked on, what I want to
keep, the practice agreed until next time (linked to roadmap steps, so the Practice area can
say "Agreed in therapy on …"), and questions for next time.

"Since my last session" gathers what changed after the last logged session: steps moved
(both ways, said with the same warmth), threshold moves, practices, distress and comfort
then and now, and the list to bring. Nothing here advances a step.

`last_session_date(vault)` is the stable entry point the therapy summary reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from haven.domain import trends
from haven.domain.clock import ensure_aware, now
from haven.domain.models import PracticeStatus, StateChange, ZoneMove
from haven.domain.pacing import describe_change, is_zone_easier
from haven.domain.ratings import words_for
from haven.domain.therapy import TherapySession, ToBringItem, agreed_for_step, last_session_day
from haven.store.vault import Vault
from haven.usecases import to_bring

WINDOW_DAYS = 7  # "then" and "now" are each the mean of a week of check-ins


def sessions(vault: Vault) -> list[TherapySession]:
    """Newest first, as the log shows them."""
    return sorted(vault.therapy.sessions(), key=lambda s: (s.day, s.created_at), reverse=True)


def last_session_date(vault: Vault) -> date | None:
    """The day of the latest logged session, or None when none is logged yet."""
    return vault.therapy.last_day()


def save_session(vault: Vault, session: TherapySession) -> TherapySession:
    """Add a new session or store the edits to one already logged."""
    for field_name in ("worked_on", "keep", "practice", "questions"):
        setattr(session, field_name, getattr(session, field_name).strip())
    if session.id is None:
        return vault.therapy.add_session(session)
    return vault.therapy.update_session(session)


def delete_session(vault: Vault, session: TherapySession) -> TherapySession:
    """Delete; returns what `restore_session` needs for the undo bar."""
    if session.id is not None:
        vault.therapy.delete_session(session.id)
    return session


def restore_session(vault: Vault, session: TherapySession) -> TherapySession:
    return vault.therapy.restore_session(session)


def agreed_practice(vault: Vault, step_uid: str) -> TherapySession | None:
    """The latest session whose agreed practice is for this step (for the Practice area)."""
    return agreed_for_step(vault.therapy.sessions(), step_uid)


def agreed_note(vault: Vault, step_uid: str) -> str:
    """One line for a roadmap step: "Agreed in therapy on 12 November 2026: …", or ""."""
    session = agreed_practice(vault, step_uid)
    if session is None:
        return ""
    line = f"Agreed in therapy on {long_day(session.day)}"
    return f"{line}: {session.practice}" if session.practice else f"{line}."


def long_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# -- since my last session -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StepMove:
    title: str
    change: StateChange

    @property
    def words(self) -> str:
        """The same warmth both ways: moving back is a normal part of pacing."""
        return describe_change(self.change)


@dataclass(frozen=True, slots=True)
class ThresholdMove:
    situation: str
    move: ZoneMove

    @property
    def words(self) -> str:
        easier = is_zone_easier(self.move)
        where = self.move.to_zone.label
        if easier is False:
            return f"Now in '{where}'. Moving a situation back is information, not failure."
        return f"Now in '{where}'."


@dataclass(frozen=True, slots=True)
class Level:
    """Mean distress and comfort over a window of days; None where there were no check-ins."""

    start: date
    end: date
    distress: float | None
    comfort: float | None
    days: int

    def words(self, scale: str) -> str:
        value = self.distress if scale == "distress" else self.comfort
        if value is None:
            return "no check-ins in these days"
        return f"{value:.1f} ({words_for(round(value), scale)})"


@dataclass(frozen=True, slots=True)
class SinceLastSession:
    since: date | None  # the last session's day; None when no session is logged
    until: date
    steps: tuple[StepMove, ...]
    thresholds: tuple[ThresholdMove, ...]
    practices: int
    then: Level
    now: Level
    to_bring: tuple[ToBringItem, ...]

    @property
    def start(self) -> date:
        """The first day of the period the summary PDF covers."""
        return self.since or self.until - timedelta(days=90)


def _start_of(day: date) -> datetime:
    return ensure_aware(datetime.combine(day, time.min))


def _level(vault: Vault, start: date, end: date) -> Level:
    since = _start_of(start) - timedelta(days=1)  # the offset may put a day's start earlier
    until = _start_of(end) + timedelta(days=2)
    points = [
        p for p in trends.daily_series(vault.checkins.list(since, until)) if start <= p.day <= end
    ]
    if not points:
        return Level(start, end, None, None, 0)
    return Level(
        start,
        end,
        sum(p.distress for p in points) / len(points),
        sum(p.comfort for p in points) / len(points),
        len(points),
    )


def since_last_session(vault: Vault, today: date | None = None) -> SinceLastSession:
    """What changed after the last logged session (or over 90 days when none is logged)."""
    until = today or now().date()
    last = last_session_day(vault.therapy.sessions())
    start = last or until - timedelta(days=90)
    after = _start_of(start + timedelta(days=1)) if last else _start_of(start)
    steps = tuple(StepMove(t, c) for t, c in vault.roadmap.all_changes(after))
    moves = tuple(
        ThresholdMove(t.situation, m)
        for t in vault.thresholds.list()
        for m in t.history
        if m.at >= after and m.from_zone is not None
    )
    practices = vault.practices.list(status=PracticeStatus.DONE, since=after)
    window = timedelta(days=WINDOW_DAYS - 1)
    return SinceLastSession(
        since=last,
        until=until,
        steps=steps,
        thresholds=tuple(sorted(moves, key=lambda m: m.move.at)),
        practices=len(practices),
        then=_level(vault, start - window, start),
        now=_level(vault, until - window, until),
        to_bring=tuple(to_bring.open_items(vault)),
    )

"""Practices, roadmap and threshold events, and the thresholds map over time, by local day:
what the progress charts and the summary mark along their time axis."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from haven.domain.models import (
    Practice,
    PracticeStatus,
    StateChange,
    Threshold,
    Zone,
    ZoneMove,
)
from haven.domain.trends import local_day


@dataclass(frozen=True, slots=True)
class PracticePoint:
    """One finished practice: distress before, at its peak, and afterwards (each optional)."""

    day: date
    at: datetime
    before: int | None
    peak: int | None
    after: int | None
    step_uid: str | None
    uid: str


def _practice_point(p: Practice, tz: tzinfo | None) -> PracticePoint:
    return PracticePoint(
        local_day(p.started_at, tz),
        p.started_at,
        p.pre.distress_now,
        p.debrief.distress_peak,
        p.debrief.distress_after,
        p.step_uid,
        p.uid,
    )


def practice_points(
    practices: Iterable[Practice], step_uid: str | None, tz: tzinfo | None = None
) -> list[PracticePoint]:
    """The finished practices of one step (None: those not tied to a step), oldest first.

    Drafts are left out: a half-written debrief is not yet a practice's story.
    """
    chosen = [
        _practice_point(p, tz)
        for p in practices
        if p.status == PracticeStatus.DONE and p.step_uid == step_uid
    ]
    return sorted(chosen, key=lambda pt: pt.at)


def peak_points(practices: Iterable[Practice], tz: tzinfo | None = None) -> list[PracticePoint]:
    """Every finished practice (any step) that has a peak distress, oldest first."""
    chosen = [
        _practice_point(p, tz)
        for p in practices
        if p.status == PracticeStatus.DONE and p.debrief.distress_peak is not None
    ]
    return sorted(chosen, key=lambda pt: pt.at)


class EventKind(StrEnum):
    STEP = "step"
    ZONE = "zone"

    @property
    def label(self) -> str:
        return {"step": "Roadmap step change", "zone": "Threshold move"}[self.value]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated marker on the progress chart, with the words shown beside it."""

    day: date
    kind: EventKind
    label: str


def step_events(
    changes: Iterable[tuple[str, StateChange]], tz: tzinfo | None = None
) -> list[Event]:
    """Markers from `roadmap.all_changes()`: "<step>: <new state>"."""
    return [
        Event(local_day(c.at, tz), EventKind.STEP, f"{title}: {c.to_state.label}")
        for title, c in sorted(changes, key=lambda tc: tc[1].at)
    ]


def zone_events(moves: Iterable[tuple[str, ZoneMove]], tz: tzinfo | None = None) -> list[Event]:
    """Markers from `thresholds.all_moves()`: "<situation>: <new zone>"."""
    return [
        Event(local_day(m.at, tz), EventKind.ZONE, f"{situation}: {m.to_zone.label}")
        for situation, m in sorted(moves, key=lambda sm: sm[1].at)
    ]


# -- markers over long ranges ----------------------------------------------------------------

# A chart over more than about six months marks each week once: two years of practices drawn
# one by one are a hundred overlapping diamonds, which say less than one mark a week.
MARKERS_BY_WEEK_AFTER_DAYS = 183


def markers_by_week(start: date, end: date) -> bool:
    """Whether a chart from start to end (both included) draws one mark per week."""
    return abs((end - start).days) + 1 > MARKERS_BY_WEEK_AFTER_DAYS


def _week_middle(day: date) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=3)  # that week's Thursday


def weekly_peaks(peaks: Iterable[PracticePoint]) -> list[PracticePoint]:
    """One point per week (Monday to Sunday) that had a practice peak: the week's highest
    peak, dated mid-week. The reader sees how high the week went, not how often."""
    best: dict[date, PracticePoint] = {}
    for p in peaks:
        if p.peak is None:
            continue
        week = _week_middle(p.day)
        kept = best.get(week)
        if kept is None or (kept.peak is not None and p.peak > kept.peak):
            best[week] = p
    return [
        PracticePoint(week, p.at, p.before, p.peak, p.after, p.step_uid, p.uid)
        for week, p in sorted(best.items())
    ]


def weekly_events(items: Iterable[Event]) -> list[Event]:
    """One marker per week and kind, dated mid-week: the one event's words, or how many."""
    groups: dict[tuple[date, EventKind], list[Event]] = {}
    for e in items:
        groups.setdefault((_week_middle(e.day), e.kind), []).append(e)
    out = []
    for (week, kind), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        label = group[0].label if len(group) == 1 else f"{len(group)} × {kind.label.lower()}"
        out.append(Event(week, kind, label))
    return out


ZONE_ORDER = (Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES, Zone.NOT_YET)


def zone_timeline(
    threshold: Threshold, tz: tzinfo | None = None
) -> tuple[date | None, Zone | None, list[tuple[date, Zone]]]:
    """When a situation starts to count, its zone then, and its later moves by local day.

    It starts to count on the day it was added. Before any move it sits in the first move's
    `from_zone` (or its current zone if it never moved). A first move without a `from_zone`
    is the situation being placed, so it counts from that move's day instead.
    """
    moves = sorted(threshold.history, key=lambda m: m.at)
    start: date | None = local_day(threshold.created_at, tz)
    initial: Zone | None
    if not moves:
        initial = threshold.zone
    elif moves[0].from_zone is not None:
        initial = moves[0].from_zone
    else:
        initial = None
        start = local_day(moves[0].at, tz)
    timeline = [(local_day(m.at, tz), m.to_zone) for m in moves]
    if timeline and start is not None and timeline[0][0] < start:
        start = timeline[0][0]  # a move dated before creation (an import): count from it
    return start, initial, timeline


def zone_counts_over_time(
    thresholds: Iterable[Threshold], days: Sequence[date], tz: tzinfo | None = None
) -> list[tuple[date, dict[Zone, int]]]:
    """How many situations sat in each zone at the end of each of `days` (ascending).

    A situation's zone on a day is its zone after its last move on or before that day;
    before it existed it is not counted. Each situation's own `history` is used (not the
    situation text from `all_moves()`), since two situations may share the same words.
    """
    ordered = list(days)
    counts = [dict.fromkeys(ZONE_ORDER, 0) for _ in ordered]
    for threshold in thresholds:
        start, zone, timeline = zone_timeline(threshold, tz)
        i = 0
        for index, day in enumerate(ordered):
            if start is None or day < start:
                continue
            while i < len(timeline) and timeline[i][0] <= day:
                zone = timeline[i][1]
                i += 1
            if zone is not None:
                counts[index][zone] += 1
    return list(zip(ordered, counts, strict=True))


def days_from(start: date, end: date, step_days: int = 1) -> list[date]:
    """Calendar days from start to end every `step_days`, always ending with `end`."""
    out = []
    day = start
    while day <= end:
        out.append(day)
        day += timedelta(days=step_days)
    if out and out[-1] != end:
        out.append(end)
    return out

"""The pacing charts: distress before, at the peak and after each practice of a step, and
the thresholds map over time, each with the same facts in words beside it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from haven.domain import events, trends
from haven.domain.clock import today as local_today
from haven.domain.events import ZONE_ORDER, PracticePoint
from haven.domain.models import Practice, RoadmapStep, Threshold
from haven.domain.trends import Bucket
from haven.report.palette import ChartPalette, palette_for

if TYPE_CHECKING:
    from matplotlib.figure import Figure
from haven.report.charts import (
    _PRACTICE_SERIES,
    DISTRESS_LABEL,
    _count,
    _date_nums,
    _floats,
    _new_figure,
    _shorten,
    _style_axes,
    _style_legend,
    _use_date_axis,
    format_day,
)


def practice_chart(
    practices: Iterable[Practice],
    step: RoadmapStep,
    theme: str | ChartPalette = "light",
    *,
    tz: tzinfo | None = None,
    figsize: tuple[float, float] = (7.5, 4.0),
    dpi: float = 100,
) -> Figure:
    """Distress before, at the peak and afterwards for each finished practice of a step.

    Practices are placed one after another (oldest first, dated below), so a quiet month
    does not squeeze them together. Each measure has its own marker and line style, so the
    chart reads without colour.
    """
    points = events.practice_points(practices, step.uid, tz)
    palette = palette_for(theme)
    fig = _new_figure(figsize, dpi, palette)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.27)
    ax = fig.add_subplot()
    _style_axes(ax, palette)
    ax.set_title(_shorten(step.title, 60), color=palette.text, loc="left")
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(DISTRESS_LABEL)
    colours = {"before": palette.zone_marker, "peak": palette.practice, "after": palette.distress}
    x = list(range(1, len(points) + 1))
    for attr, label, marker, style in _PRACTICE_SERIES:
        ax.plot(
            x,
            _floats(getattr(p, attr) for p in points),
            label=label,
            marker=marker,
            linestyle=style,
            color=colours[attr],
            linewidth=palette.line_width * 0.75,
            markersize=6,
        )
    if points:
        every = max(1, -(-len(points) // 12))  # at most about 12 date labels
        ax.set_xticks(x[::every])
        ax.set_xticklabels(
            [f"{p.day.day} {p.day.strftime('%b')}\n{p.day.year}" for p in points[::every]]
        )
        ax.set_xlim(0.5, len(points) + 0.5)
        ax.set_xlabel("Practices, oldest first")
        legend = fig.legend(loc="lower center", ncol=3, frameon=False)
        _style_legend(legend, palette)
    else:
        ax.set_xticks([])
        ax.text(
            0.5,
            0.5,
            "No finished practices for this step yet.",
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=palette.muted,
        )
    return fig


def practice_summary_text(points: Sequence[PracticePoint], step_title: str) -> str:
    """Plain words for the practice chart: how many, when, averages, the latest one."""
    if not points:
        return f"Practices for '{step_title}': no finished practices yet."

    def mean(attr: str) -> str:
        values = [getattr(p, attr) for p in points if getattr(p, attr) is not None]
        return f"{sum(values) / len(values):.1f}" if values else "not recorded"

    def value(v: int | None) -> str:
        return "not recorded" if v is None else str(v)

    first, last = points[0], points[-1]
    return (
        f"Practices for '{step_title}': {_count(len(points), 'finished practice')}, from "
        f"{format_day(first.day)} to {format_day(last.day)}. Average distress before "
        f"{mean('before')}, at the peak {mean('peak')}, afterwards {mean('after')}. "
        f"The latest, on {format_day(last.day)}: before {value(last.before)}, at the peak "
        f"{value(last.peak)}, afterwards {value(last.after)}."
    )


def threshold_days(
    thresholds: Sequence[Threshold],
    start: date | None = None,
    end: date | None = None,
    tz: tzinfo | None = None,
) -> list[date]:
    """The days the timeline samples: every day up to about 13 months, else every week."""
    starts = [s for s in (events.zone_timeline(t, tz)[0] for t in thresholds) if s]
    end = end or local_today()
    start = start or (min(starts) if starts else end)
    if start > end:
        start, end = end, start
    step = 1 if trends.choose_bucket(start, end) == Bucket.DAY else 7
    return events.days_from(start, end, step)


def thresholds_chart(
    thresholds: Sequence[Threshold],
    start: date | None = None,
    end: date | None = None,
    theme: str | ChartPalette = "light",
    *,
    tz: tzinfo | None = None,
    figsize: tuple[float, float] = (7.5, 3.8),
    dpi: float = 100,
) -> Figure:
    """How many situations sat in each zone over time, as stacked bands.

    "Feels manageable" is at the bottom, then "Needs boundaries", then "Not yet". Bands
    differ by colour and by hatching. Without dates, the timeline runs from the first
    situation's day to today.
    """
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    palette = palette_for(theme)
    days = threshold_days(thresholds, start, end, tz)
    counts = events.zone_counts_over_time(thresholds, days, tz)
    fig = _new_figure(figsize, dpi, palette)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.95, bottom=0.25)
    ax = fig.add_subplot()
    _style_axes(ax, palette)
    _use_date_axis(ax)
    ax.set_ylabel("Situations")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    # Step plots hold each count until the next sample; one extra day shows the last one.
    x = _date_nums([*days, days[-1] + timedelta(days=1)])
    bottom = np.zeros(len(x))
    for zone in ZONE_ORDER:
        values = np.array([c[zone] for _, c in counts] + [counts[-1][1][zone]], dtype=float)
        ax.fill_between(
            x,
            bottom,
            bottom + values,
            step="post",
            facecolor=palette.zones[zone],
            alpha=palette.fill_alpha,
            hatch=palette.zone_hatches[zone],
            edgecolor=palette.surface,
            linewidth=0,
            label=zone.label,
        )
        bottom = bottom + values
    ax.set_xlim(x[0], x[-1])
    top = max(1.0, float(bottom.max()))
    ax.set_ylim(0, top * 1.05)
    if not thresholds:
        ax.text(
            0.5,
            0.5,
            "No situations on the map yet.",
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=palette.muted,
        )
    legend = fig.legend(loc="lower center", ncol=3, frameon=False)
    _style_legend(legend, palette)
    return fig


def thresholds_summary_text(counts: Sequence[tuple[date, dict[Any, int]]]) -> str:
    """Plain words for the thresholds timeline: the first and the latest day's counts."""
    if not counts:
        return "Thresholds over time: no days in this range."

    def day_words(day: date, count: dict[Any, int]) -> str:
        parts = ", ".join(f"{zone.label} {count.get(zone, 0)}" for zone in ZONE_ORDER)
        return f"on {format_day(day)}: {parts}"

    (first_day, first), (last_day, last) = counts[0], counts[-1]
    if first_day == last_day:
        return f"Situations in each zone {day_words(last_day, last)}."
    return (
        f"Situations in each zone from {format_day(first_day)} to {format_day(last_day)}. "
        f"At the start, {day_words(first_day, first)}. "
        f"At the end, {day_words(last_day, last)}."
    )

"""Progress charts: distress and comfort over time, practices of a step, thresholds by zone.

Every chart is a matplotlib `Figure` held in memory. Nothing here uses pyplot (no global
state, no GUI event loop) and nothing writes an image to disk: the Qt area puts a figure on
a `FigureCanvasQTAgg`, and the PDF writer calls `figure_to_bytes`.

matplotlib is imported inside the functions that draw, never when this module is imported,
so opening Haven (and the CLI) stays quick, and `MPLCONFIGDIR` can be pointed at Haven's own
cache folder first: the font list is then built once, kept there, and never placed in the
person's home folder by default.

Speed: `ProgressChart` builds its figure and every artist once. `set_range` only swaps the
data of the existing lines (precomputed per bucket, sliced to the range) and moves the
x-limits; long ranges are averaged by week or month, so a line never holds more than a few
hundred points. Every chart also has a plain-text summary for screen readers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal

from haven import config
from haven.domain import trends
from haven.domain.clock import today as local_today
from haven.domain.models import CheckIn, Practice, RoadmapStep, StateChange, Threshold, ZoneMove
from haven.domain.trends import (
    ZONE_ORDER,
    Bucket,
    DailyPoint,
    Event,
    EventKind,
    PracticePoint,
    Scale,
)
from haven.report.palette import ChartPalette, palette_for

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.text import Text

ImageFormat = Literal["pdf", "svg", "png"]

# More markers than this in view and their words would overlap: the legend and the summary
# text still name them.
MAX_EVENT_LABELS = 8
LABEL_MAX_CHARS = 32
LABEL_MIN_GAP = 0.025  # of the range's width: closer marker words would overlap
DISTRESS_LABEL = "Distress (0–10)"
COMFORT_LABEL = "Comfort (0–10)"
NO_CHECKINS_TEXT = "No check-ins in this range yet."


# -- matplotlib, loaded late ----------------------------------------------------------------


def prepare_matplotlib() -> None:
    """Point matplotlib's config and font cache at Haven's cache folder, unless already set.

    Must run before matplotlib is first imported: matplotlib reads MPLCONFIGDIR once.
    """
    os.environ.setdefault("MPLCONFIGDIR", str(config.cache_dir() / "matplotlib"))


def _new_figure(figsize: tuple[float, float], dpi: float, palette: ChartPalette) -> Figure:
    prepare_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi, facecolor=palette.background)
    FigureCanvasAgg(fig)  # draws headless in memory; the Qt area swaps in its own canvas
    return fig


def _date_nums(days: Sequence[date]) -> Any:
    """Dates as matplotlib's float day numbers (one vectorised conversion, no units lookup)."""
    import numpy as np
    from matplotlib import dates as mdates

    return mdates.date2num(np.array(days, dtype="datetime64[D]"))


def _date_num(day: date) -> float:
    return float(_date_nums([day])[0])


def _floats(values: Iterable[float | None]) -> Any:
    import numpy as np

    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _use_date_axis(ax: Axes) -> None:
    from matplotlib import dates as mdates

    ax.xaxis_date()
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def _style_axes(ax: Axes, palette: ChartPalette) -> None:
    ax.set_facecolor(palette.surface)
    for side, spine in ax.spines.items():
        spine.set_visible(side in ("left", "bottom"))
        spine.set_color(palette.muted)
    ax.tick_params(colors=palette.muted, labelcolor=palette.text)
    ax.yaxis.label.set_color(palette.text)
    ax.xaxis.label.set_color(palette.text)
    ax.title.set_color(palette.text)
    ax.grid(True, axis="y", color=palette.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def _style_legend(legend: Any, palette: ChartPalette) -> None:
    for text in legend.get_texts():
        text.set_color(palette.text)
    title = legend.get_title()
    if title is not None:
        title.set_color(palette.text)


def figure_to_bytes(fig: Figure, fmt: ImageFormat = "pdf") -> bytes:
    """Render a figure to PDF, SVG (both vector) or PNG bytes, in memory only.

    The file's metadata names no program and no date, so a saved report says nothing about
    when or with what it was made beyond what the person chose to put in it.
    """
    if fmt not in ("pdf", "svg", "png"):
        raise ValueError(f"Charts can be written as pdf, svg or png, not {fmt!r}.")
    metadata: dict[str, Any] = {
        "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
        "svg": {"Creator": None, "Date": None, "Format": None, "Type": None},
        "png": {"Software": None},
    }[fmt]
    buffer = BytesIO()
    fig.savefig(buffer, format=fmt, facecolor=fig.get_facecolor(), metadata=metadata)
    return buffer.getvalue()


# -- the progress chart ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _BucketArrays:
    """What one bucket size draws: dots (daily values only) and one line per scale."""

    dot_x: Any
    dots: dict[Scale, Any]
    line_x: Any
    lines: dict[Scale, Any]


def _shorten(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ProgressChart:
    """Distress and comfort over time, in two panels that share the date axis.

    The two scales get their own panel and axis ("Distress (0–10)" above, "Comfort (0–10)"
    below) so they are never read as one mood line. Daily values are light dots, the
    7-day average a line; practice peaks are diamonds on the distress panel; roadmap
    changes and threshold moves are vertical markers across both panels, with their words
    when few are in view.

    Build once, then call `set_data` when the data changes and `set_range` when the range
    changes: both reuse the same artists, which keeps a redraw cheap. Call `draw` (or let
    the canvas do it) to show the result.
    """

    def __init__(
        self,
        theme: str | ChartPalette = "light",
        *,
        figsize: tuple[float, float] = (9.0, 5.4),
        dpi: float = 100,
        font_size: float = 10,
        window_days: int = trends.ROLLING_WINDOW_DAYS,
    ) -> None:
        self.palette = palette_for(theme)
        self.window_days = window_days
        self.figure = fig = _new_figure(figsize, dpi, self.palette)
        fig.subplots_adjust(left=0.1, right=0.98, top=0.97, bottom=0.2, hspace=0.1)
        self.distress_ax, self.comfort_ax = fig.subplots(2, 1, sharex=True)
        self.axes: dict[Scale, Axes] = {
            Scale.DISTRESS: self.distress_ax,
            Scale.COMFORT: self.comfort_ax,
        }
        self._font_size = font_size
        self.dot_lines: dict[Scale, Line2D] = {}
        self.avg_lines: dict[Scale, Line2D] = {}
        self.event_lines: dict[tuple[Scale, EventKind], Line2D] = {}
        for scale, ax in self.axes.items():
            _use_date_axis(ax)
            ax.set_ylim(-0.6, 10.6)
            ax.set_yticks(range(0, 11, 2))
            ax.set_ylabel(DISTRESS_LABEL if scale == Scale.DISTRESS else COMFORT_LABEL)
            ax.yaxis.label.set_fontsize(font_size)
            ax.tick_params(labelsize=font_size * 0.9)
            (self.dot_lines[scale],) = ax.plot(
                [], [], linestyle="none", marker="o", markersize=3.2, markeredgewidth=0
            )
            (self.avg_lines[scale],) = ax.plot([], [], solid_capstyle="round")
            for kind, style in ((EventKind.STEP, ":"), (EventKind.ZONE, "--")):
                (self.event_lines[(scale, kind)],) = ax.plot(
                    [], [], linestyle=style, linewidth=1.3, transform=ax.get_xaxis_transform()
                )
        (self.peak_line,) = self.distress_ax.plot(
            [], [], linestyle="none", marker="D", markersize=5.5, zorder=3
        )
        self.event_marks: dict[EventKind, Line2D] = {}
        for kind, marker in ((EventKind.STEP, "v"), (EventKind.ZONE, "s")):
            (self.event_marks[kind],) = self.distress_ax.plot(
                [],
                [],
                linestyle="none",
                marker=marker,
                markersize=6,
                transform=self.distress_ax.get_xaxis_transform(),
                zorder=4,
            )
        self.event_texts: list[tuple[Event, Text]] = []
        self.empty_text = fig.text(
            0.54, 0.58, NO_CHECKINS_TEXT, ha="center", va="center", fontsize=font_size * 1.1
        )
        self.legend: Any = None
        self._legend_labels: tuple[str, ...] = ()
        self._daily: list[DailyPoint] = []
        self._rolling: dict[Scale, list[tuple[date, float | None]]] = {}
        self._peaks: list[PracticePoint] = []
        self._events: list[Event] = []
        self._cache: dict[Bucket, _BucketArrays] = {}
        end = local_today()
        self.start, self.end = end - timedelta(days=29), end
        self.bucket = Bucket.DAY
        self.set_theme(self.palette)
        self.set_data([])

    # -- data ----------------------------------------------------------------------------------

    def set_records(
        self,
        checkins: Sequence[CheckIn],
        practices: Iterable[Practice] = (),
        changes: Iterable[tuple[str, StateChange]] = (),
        moves: Iterable[tuple[str, ZoneMove]] = (),
        tz: tzinfo | None = None,
    ) -> None:
        """Convenience: take what the repositories return and call `set_data`."""
        self.set_data(
            trends.daily_series(checkins, tz),
            trends.peak_points(practices, tz),
            [*trends.step_events(changes, tz), *trends.zone_events(moves, tz)],
        )

    def set_data(
        self,
        daily: Sequence[DailyPoint],
        peaks: Sequence[PracticePoint] = (),
        events: Sequence[Event] = (),
    ) -> None:
        """Replace the data. Rolling means are computed here once, over all days, so the
        average at the start of a range still includes the days just before it."""
        self._daily = sorted(daily, key=lambda p: p.day)
        self._rolling = {
            scale: trends.rolling_mean(self._daily, self.window_days, scale=scale)
            for scale in Scale
        }
        self._cache.clear()
        self._peaks = [p for p in peaks if p.peak is not None]
        self.peak_line.set_data(
            _date_nums([p.day for p in self._peaks]), [p.peak for p in self._peaks]
        )
        self._events = sorted(events, key=lambda e: e.day)
        self._set_events()
        self._apply_range()

    def _set_events(self) -> None:
        import numpy as np

        for _, text in self.event_texts:
            text.remove()
        self.event_texts = []
        for kind in EventKind:
            days = [e.day for e in self._events if e.kind == kind]
            x = _date_nums(days)
            # One artist per kind: vertical segments separated by NaN breaks.
            seg_x = np.repeat(x, 3)
            seg_y = np.tile([0.0, 1.0, np.nan], len(x))
            seg_x[2::3] = np.nan
            for scale in Scale:
                self.event_lines[(scale, kind)].set_data(seg_x, seg_y)
            self.event_marks[kind].set_data(x, np.full(len(x), 0.985))
        ax = self.distress_ax
        for event in self._events:
            text = ax.text(
                _date_num(event.day),
                0.94,
                " " + _shorten(event.label),
                transform=ax.get_xaxis_transform(),
                rotation=90,
                ha="right",
                va="top",
                fontsize=self._font_size * 0.75,
                clip_on=True,
                zorder=5,
            )
            self.event_texts.append((event, text))
        self._color_event_texts()

    # -- range ---------------------------------------------------------------------------------

    def set_range(self, start: date, end: date) -> None:
        """Show `start`–`end` (both included), reusing every artist."""
        if start > end:
            start, end = end, start
        self.start, self.end = start, end
        self._apply_range()

    def set_range_choice(
        self,
        choice: trends.RangeChoice | str,
        today: date | None = None,
        custom: tuple[date, date] | None = None,
    ) -> None:
        first = self._daily[0].day if self._daily else None
        chosen = trends.resolve_range(
            choice, today or local_today(), first_day=first, custom=custom
        )
        self.set_range(chosen.start, chosen.end)

    def _arrays(self, bucket: Bucket) -> _BucketArrays:
        """Drawable arrays for one bucket size, computed once per `set_data`."""
        cached = self._cache.get(bucket)
        if cached is not None:
            return cached
        import numpy as np

        if bucket == Bucket.DAY or not self._daily:
            days = [day for day, _ in self._rolling[Scale.DISTRESS]]
            arrays = _BucketArrays(
                dot_x=_date_nums([p.day for p in self._daily]),
                dots={s: _floats(p.value(s) for p in self._daily) for s in Scale},
                line_x=_date_nums(days),
                lines={s: _floats(v for _, v in self._rolling[s]) for s in Scale},
            )
        else:
            means = {p.day: p for p in trends.downsample(self._daily, bucket)}
            starts = []
            start = trends.bucket_start(self._daily[0].day, bucket)
            while start <= self._daily[-1].day:
                starts.append(start)
                start += timedelta(days=trends.bucket_days(start, bucket))
            # Each bucket is drawn at its middle; an empty bucket is a gap (NaN), not a line.
            middles = _date_nums(starts) + np.array(
                [(trends.bucket_days(s, bucket) - 1) / 2 for s in starts]
            )
            arrays = _BucketArrays(
                dot_x=np.empty(0),
                dots={s: np.empty(0) for s in Scale},
                line_x=middles,
                lines={
                    s: _floats(means[b].value(s) if b in means else None for b in starts)
                    for s in Scale
                },
            )
        self._cache[bucket] = arrays
        return arrays

    def _apply_range(self) -> None:
        import numpy as np

        bucket = trends.choose_bucket(self.start, self.end)
        self.bucket = bucket
        arrays = self._arrays(bucket)
        lo = _date_num(self.start)
        hi = _date_num(self.end)
        margin = 31.0 if bucket != Bucket.DAY else 1.0  # let lines run to the edges
        a, b = np.searchsorted(arrays.dot_x, [lo - 0.5, hi + 0.5])
        c, d = np.searchsorted(arrays.line_x, [lo - margin, hi + margin])
        for scale in Scale:
            self.dot_lines[scale].set_data(arrays.dot_x[a:b], arrays.dots[scale][a:b])
            self.avg_lines[scale].set_data(arrays.line_x[c:d], arrays.lines[scale][c:d])
            marker = "o" if bucket != Bucket.DAY else "None"
            self.avg_lines[scale].set_marker(marker)
            self.avg_lines[scale].set_markersize(3.5)
        self.distress_ax.set_xlim(lo - 0.5, hi + 0.5)

        in_view = [e for e in self._events if self.start <= e.day <= self.end]
        show_labels = len(in_view) <= MAX_EVENT_LABELS
        # Words of two markers closer than this (in days) would overlap: keep the newer.
        min_gap = LABEL_MIN_GAP * self._span_days()
        last_shown: date | None = None
        for event, text in reversed(self.event_texts):
            visible = show_labels and self.start <= event.day <= self.end
            if visible and last_shown is not None and (last_shown - event.day).days < min_gap:
                visible = False
            if visible:
                last_shown = event.day
            text.set_visible(visible)
        has_points = any(self.start <= p.day <= self.end for p in self._daily)
        self.empty_text.set_visible(not has_points)
        self._update_legend()

    def _span_days(self) -> int:
        return (self.end - self.start).days + 1

    def _legend_entries(self) -> list[tuple[Line2D, str]]:
        """Legend entries for the current bucket, ordered so that (with the legend filling
        column by column) distress reads along the first row and comfort along the second."""
        if self.bucket == Bucket.DAY:
            line = f"{self.window_days}-day average"
            entries = [
                (self.dot_lines[Scale.DISTRESS], "Distress, daily"),
                (self.dot_lines[Scale.COMFORT], "Comfort, daily"),
                (self.avg_lines[Scale.DISTRESS], f"Distress, {line}"),
                (self.avg_lines[Scale.COMFORT], f"Comfort, {line}"),
            ]
        else:
            entries = [
                (self.avg_lines[Scale.DISTRESS], f"Distress, {self.bucket.label}"),
                (self.avg_lines[Scale.COMFORT], f"Comfort, {self.bucket.label}"),
            ]
        return [
            *entries,
            (self.peak_line, "Practice peak (distress)"),
            (self.event_lines[(Scale.DISTRESS, EventKind.STEP)], EventKind.STEP.label),
            (self.event_lines[(Scale.DISTRESS, EventKind.ZONE)], EventKind.ZONE.label),
        ]

    def _update_legend(self) -> None:
        """Rebuild the legend only when its words change (the bucket changed): rare, and a
        legend is a handful of small artists."""
        entries = self._legend_entries()
        labels = tuple(label for _, label in entries)
        if self.legend is not None and labels == self._legend_labels:
            return
        if self.legend is not None:
            self.legend.remove()
        self._legend_labels = labels
        self.legend = self.figure.legend(
            handles=[artist for artist, _ in entries],
            labels=list(labels),
            loc="lower center",
            ncol=(len(entries) + 1) // 2,
            frameon=False,
            fontsize=self._font_size * 0.9,
            handlelength=2.2,
            columnspacing=1.6,
        )
        _style_legend(self.legend, self.palette)

    # -- theme, drawing, words -----------------------------------------------------------------

    def set_theme(self, theme: str | ChartPalette) -> None:
        """Recolour every artist for a theme (light, dark, high-contrast) in place."""
        p = self.palette = palette_for(theme)
        self.figure.set_facecolor(p.background)
        colours = {Scale.DISTRESS: p.distress, Scale.COMFORT: p.comfort}
        for scale, ax in self.axes.items():
            _style_axes(ax, p)
            self.dot_lines[scale].set_color(colours[scale])
            self.dot_lines[scale].set_alpha(p.raw_alpha)
            self.avg_lines[scale].set_color(colours[scale])
            self.avg_lines[scale].set_linewidth(p.line_width)
            for kind, colour in ((EventKind.STEP, p.step_marker), (EventKind.ZONE, p.zone_marker)):
                self.event_lines[(scale, kind)].set_color(colour)
        self.peak_line.set_color(p.practice)
        self.peak_line.set_markeredgecolor(p.surface)
        self.event_marks[EventKind.STEP].set_color(p.step_marker)
        self.event_marks[EventKind.ZONE].set_color(p.zone_marker)
        self.empty_text.set_color(p.muted)
        if self.legend is not None:  # its handles are copies: build it afresh
            self.legend.remove()
            self.legend = None
            self._update_legend()
        self._color_event_texts()

    def _color_event_texts(self) -> None:
        p = self.palette
        for event, text in self.event_texts:
            colour = p.step_marker if event.kind == EventKind.STEP else p.zone_marker
            text.set_color(colour)
            text.set_bbox({"facecolor": p.surface, "edgecolor": "none", "alpha": 0.8, "pad": 1.0})

    def draw(self) -> None:
        """Ask the canvas to redraw when it next can (coalesced by Qt; cheap to call)."""
        self.figure.canvas.draw_idle()

    def summary(self) -> str:
        """The words a screen reader reads beside the chart, for the current range."""
        return summary_text(
            self._daily,
            self.start,
            self.end,
            peaks=self._peaks,
            events=self._events,
            window_days=self.window_days,
        )

    @property
    def lines(self) -> list[Line2D]:
        """The data lines, in a fixed order (handy for tests and the Qt area)."""
        return [
            self.dot_lines[Scale.DISTRESS],
            self.avg_lines[Scale.DISTRESS],
            self.dot_lines[Scale.COMFORT],
            self.avg_lines[Scale.COMFORT],
            self.peak_line,
        ]


# -- summaries ------------------------------------------------------------------------------


def format_day(day: date) -> str:
    """'3 March 2026': unambiguous in every country, read well by screen readers."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


def latest_rolling(
    daily: Sequence[DailyPoint], end: date, window_days: int = trends.ROLLING_WINDOW_DAYS
) -> tuple[date, float, float] | None:
    """The most recent day on or before `end` with 7-day averages, and both averages."""
    upto = [p for p in daily if p.day <= end]
    if not upto:
        return None
    distress = trends.rolling_mean(upto, window_days, scale=Scale.DISTRESS)
    comfort = trends.rolling_mean(upto, window_days, scale=Scale.COMFORT)
    for (day, d), (_, c) in zip(reversed(distress), reversed(comfort), strict=True):
        if d is not None and c is not None:
            return day, d, c
    return None


def summary_text(
    daily: Sequence[DailyPoint],
    start: date,
    end: date,
    *,
    peaks: Sequence[PracticePoint] = (),
    events: Sequence[Event] = (),
    window_days: int = trends.ROLLING_WINDOW_DAYS,
) -> str:
    """Plain words describing the progress chart: range, averages, latest means, points."""
    shown = trends.in_range(daily, start, end)
    parts = [f"Distress and comfort from {format_day(start)} to {format_day(end)}."]
    if not shown:
        parts.append(NO_CHECKINS_TEXT)
    else:
        distress = sum(p.distress for p in shown) / len(shown)
        comfort = sum(p.comfort for p in shown) / len(shown)
        parts.append(
            f"{_count(len(shown), 'day')} with check-ins. Over this range distress averaged "
            f"{distress:.1f} and comfort averaged {comfort:.1f}, each on its own 0 to 10 scale."
        )
        latest = latest_rolling(shown, end, window_days)
        if latest is not None:
            day, d, c = latest
            parts.append(
                f"The latest {window_days}-day averages, up to {format_day(day)}, are "
                f"distress {d:.1f} and comfort {c:.1f}."
            )
        bucket = trends.choose_bucket(start, end)
        if bucket == Bucket.DAY:
            parts.append(f"The chart shows {_count(len(shown), 'daily point')} for each scale.")
        else:
            n = len(trends.downsample(shown, bucket))
            parts.append(f"The chart shows {_count(n, bucket.label)} for each scale.")
    peaks_in = [p for p in peaks if p.peak is not None and start <= p.day <= end]
    if peaks_in:
        mean_peak = sum(p.peak or 0 for p in peaks_in) / len(peaks_in)
        parts.append(
            f"{_count(len(peaks_in), 'practice peak')} marked on the distress panel, "
            f"averaging {mean_peak:.1f}."
        )
    events_in = [e for e in events if start <= e.day <= end]
    if events_in:
        steps = sum(e.kind == EventKind.STEP for e in events_in)
        zones = len(events_in) - steps
        parts.append(
            f"Marked: {_count(steps, 'roadmap step change')} and {_count(zones, 'threshold move')}."
        )
        if len(events_in) <= MAX_EVENT_LABELS:
            parts.append(" ".join(f"{format_day(e.day)}: {e.label}." for e in events_in))
    return " ".join(parts)


# -- the practice chart ---------------------------------------------------------------------

_PRACTICE_SERIES = (
    ("before", "Before", "o", ":"),
    ("peak", "At the peak", "D", "-"),
    ("after", "Afterwards", "s", "--"),
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
    points = trends.practice_points(practices, step.uid, tz)
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


# -- the thresholds timeline ----------------------------------------------------------------


def threshold_days(
    thresholds: Sequence[Threshold],
    start: date | None = None,
    end: date | None = None,
    tz: tzinfo | None = None,
) -> list[date]:
    """The days the timeline samples: every day up to about 13 months, else every week."""
    starts = [s for s in (trends.zone_timeline(t, tz)[0] for t in thresholds) if s]
    end = end or local_today()
    start = start or (min(starts) if starts else end)
    if start > end:
        start, end = end, start
    step = 1 if trends.choose_bucket(start, end) == Bucket.DAY else 7
    return trends.days_from(start, end, step)


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
    counts = trends.zone_counts_over_time(thresholds, days, tz)
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

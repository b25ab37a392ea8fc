"""The progress chart: distress and comfort (and stress) by day, week or month, with their
rolling means, practice peaks and roadmap and threshold events marked along the way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from haven.domain import events, trends
from haven.domain.clock import today as local_today
from haven.domain.events import Event, EventKind, PracticePoint
from haven.domain.models import CheckIn, Practice, StateChange, ZoneMove
from haven.domain.trends import Bucket, DailyPoint, Scale
from haven.report.palette import ChartPalette, palette_for

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.lines import Line2D
    from matplotlib.text import Text
from haven.report.charts import (
    COMFORT_LABEL,
    DISTRESS_LABEL,
    LABEL_MIN_GAP,
    MAX_EVENT_LABELS,
    NO_CHECKINS_TEXT,
    _date_num,
    _date_nums,
    _floats,
    _new_figure,
    _shorten,
    _style_axes,
    _style_legend,
    _use_date_axis,
    summary_text,
)


@dataclass(frozen=True, slots=True)
class _BucketArrays:
    """What one bucket size draws: dots (daily values only) and one line per scale."""

    dot_x: Any
    dots: dict[Scale, Any]
    line_x: Any
    lines: dict[Scale, Any]


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
        self._weekly_marks: bool | None = None  # None: not drawn yet for this data
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
            events.peak_points(practices, tz),
            [*events.step_events(changes, tz), *events.zone_events(moves, tz)],
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
        self._events = sorted(events, key=lambda e: e.day)
        self._weekly_marks = None
        self._apply_range()

    def _set_marks(self, weekly: bool) -> None:
        """Draw the practice peaks and the event markers one by one, or (over more than
        about six months) one per week: `haven.domain.events.weekly_peaks`."""
        if weekly == self._weekly_marks:
            return
        self._weekly_marks = weekly
        peaks = events.weekly_peaks(self._peaks) if weekly else self._peaks
        self.peak_line.set_data(_date_nums([p.day for p in peaks]), [p.peak for p in peaks])
        self._set_events(events.weekly_events(self._events) if weekly else self._events)

    @property
    def marks_by_week(self) -> bool:
        """Whether the current range draws one peak mark and one marker per week."""
        return bool(self._weekly_marks)

    def _set_events(self, shown: Sequence[Event]) -> None:
        import numpy as np

        for _, text in self.event_texts:
            text.remove()
        self.event_texts = []
        for kind in EventKind:
            days = [e.day for e in shown if e.kind == kind]
            x = _date_nums(days)
            # One artist per kind: vertical segments separated by NaN breaks.
            seg_x = np.repeat(x, 3)
            seg_y = np.tile([0.0, 1.0, np.nan], len(x))
            seg_x[2::3] = np.nan
            for scale in Scale:
                self.event_lines[(scale, kind)].set_data(seg_x, seg_y)
            self.event_marks[kind].set_data(x, np.full(len(x), 0.985))
        ax = self.distress_ax
        for event in shown:
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
        self._set_marks(events.markers_by_week(self.start, self.end))
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

        in_view = [e for e, _ in self.event_texts if self.start <= e.day <= self.end]
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
            (
                self.peak_line,
                "Practice peaks (distress), highest of each week"
                if self._weekly_marks
                else "Practice peak (distress)",
            ),
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

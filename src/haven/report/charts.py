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
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal

from haven import config
from haven.domain import trends
from haven.domain.events import Event, EventKind, PracticePoint
from haven.domain.trends import Bucket, DailyPoint, Scale
from haven.domain.wording import day_words as format_day
from haven.report.palette import ChartPalette

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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


# -- summaries ------------------------------------------------------------------------------


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


# -- the thresholds timeline ----------------------------------------------------------------


def _shorten(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

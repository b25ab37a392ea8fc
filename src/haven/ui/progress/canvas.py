"""The matplotlib side of the Progress area: Qt canvases, margins in pixels, hover words.

This module imports matplotlib's Qt canvas, so `haven.ui.progress.area` imports it only when
the area is first shown; opening Haven and building the main window never loads matplotlib.
`MPLCONFIGDIR` is pointed at Haven's cache before the import (see
`haven.report.charts.prepare_matplotlib`). Nothing here uses pyplot, and nothing is saved:
each canvas draws into its own memory buffer, which `wipe()` overwrites on lock.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from haven.report import charts, progress_chart

charts.prepare_matplotlib()

import numpy as np  # noqa: E402
from matplotlib import dates as mdates  # noqa: E402
from matplotlib import rc_context  # noqa: E402
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtGui import QCursor  # noqa: E402
from PySide6.QtWidgets import QSizePolicy, QToolTip  # noqa: E402

from haven.domain.events import Event, PracticePoint  # noqa: E402


def date_nums(days: Sequence[date]) -> Any:
    return mdates.date2num(np.array(days, dtype="datetime64[D]"))


@contextmanager
def font_size(points: float) -> Iterator[None]:
    """Charts made inside use the system's font size (the person may have made it larger)."""
    with rc_context({"font.size": points, "legend.fontsize": points * 0.9}):
        yield


def match_font(fig: Figure, points: float) -> None:
    """Tick labels follow the system font size too (they are made lazily, outside rc)."""
    for ax in fig.axes:
        ax.tick_params(labelsize=points * 0.9)


class ChartCanvas(FigureCanvasQTAgg):
    """A figure on screen: full width, a fixed height, margins kept in pixels.

    Keeping margins in pixels (not fractions of the figure) leaves room for the date labels
    and the legend at any window width and font size.
    """

    def __init__(
        self,
        figure: Figure,
        name: str,
        height: int,
        margins: tuple[int, int, int, int],
        *,
        hspace: float | None = None,
    ) -> None:
        super().__init__(figure)
        self.setAccessibleName(name)
        self.setFixedHeight(height)
        self.setMinimumWidth(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._margins = margins  # left, right, top, bottom in logical pixels
        self._hspace = hspace
        self.mpl_connect("resize_event", lambda _event: self.fit_margins())
        self.fit_margins()

    def fit_margins(self) -> None:
        fig = self.figure
        if fig is None:
            return
        w, h = self.get_width_height()  # logical pixels
        if w < 50 or h < 50:
            return
        left, right, top, bottom = self._margins
        kwargs: dict[str, float] = {
            "left": min(0.4, left / w),
            "right": max(0.6, 1 - right / w),
            "top": max(0.6, 1 - top / h),
            "bottom": min(0.45, bottom / h),
        }
        if self._hspace is not None:
            kwargs["hspace"] = self._hspace
        fig.subplots_adjust(**kwargs)

    def wipe(self) -> None:
        """Overwrite the drawn pixels (they showed personal data) and forget them."""
        renderer = getattr(self, "renderer", None)
        if renderer is not None:
            renderer.clear()
        self.update()


class MarkerHover:
    """Words for the markers and practice peaks under the mouse, as a tooltip.

    The same words are in the chart's summary and legend, so nothing depends on hovering.
    """

    RADIUS_PX = 6.0

    def __init__(self, canvas: ChartCanvas, chart: progress_chart.ProgressChart) -> None:
        self.canvas = canvas
        self.chart = chart
        self._events: list[Event] = []
        self._peaks: list[PracticePoint] = []
        self._event_x: Any = np.empty(0)
        self._peak_xy: Any = np.empty((0, 2))
        canvas.mpl_connect("motion_notify_event", self._moved)
        canvas.mpl_connect("figure_leave_event", lambda _event: QToolTip.hideText())

    def set_items(self, events: Sequence[Event], peaks: Sequence[PracticePoint]) -> None:
        self._events = list(events)
        self._peaks = [p for p in peaks if p.peak is not None]
        self._event_x = date_nums([e.day for e in self._events])
        self._peak_xy = np.column_stack(
            [date_nums([p.day for p in self._peaks]), [p.peak for p in self._peaks]]
        ).reshape(-1, 2)

    def clear(self) -> None:
        QToolTip.hideText()
        self.set_items([], [])

    def texts_at(self, ax: Any, x_px: float, y_px: float) -> list[str]:
        found: list[str] = []
        if ax not in (self.chart.distress_ax, self.chart.comfort_ax):
            return found
        lo, hi = ax.get_xlim()
        if len(self._event_x):
            px = ax.transData.transform(
                np.column_stack([self._event_x, np.zeros(len(self._event_x))])
            )
            for event, (ex, _), x in zip(self._events, px, self._event_x, strict=True):
                if lo <= x <= hi and abs(ex - x_px) <= self.RADIUS_PX:
                    found.append(f"{charts.format_day(event.day)}: {event.label}")
        if ax is self.chart.distress_ax and len(self._peak_xy):
            px = ax.transData.transform(self._peak_xy)
            close = (np.abs(px[:, 0] - x_px) <= self.RADIUS_PX) & (
                np.abs(px[:, 1] - y_px) <= self.RADIUS_PX
            )
            for index in np.flatnonzero(close):
                peak = self._peaks[int(index)]
                if lo <= self._peak_xy[index, 0] <= hi:
                    found.append(
                        f"{charts.format_day(peak.day)}: a practice, distress {peak.peak} "
                        "at its peak"
                    )
        return found

    def _moved(self, event: Any) -> None:
        if event.inaxes is None or event.x is None:
            QToolTip.hideText()
            return
        found = self.texts_at(event.inaxes, event.x, event.y)
        if found:
            shown = found[:6] + ([f"and {len(found) - 6} more"] if len(found) > 6 else [])
            QToolTip.showText(QCursor.pos(), "\n".join(shown), self.canvas)
        else:
            QToolTip.hideText()

"""Progress: distress and comfort over time, practices of a step, thresholds, patterns.

Four sections, each a chart (or words) with its plain-text summary right below it (and the
same words as the canvas's accessible description, for screen readers):

* Distress and comfort from check-ins, two panels with their own 0–10 scales: daily values as
  dots, the 7-day average as a line, practice peaks as diamonds, and markers for roadmap step
  changes and threshold moves (named in the legend, beside the markers when few, and in a
  tooltip on hover). The legend is Qt text below the canvas (see progress_legend). A range
  selector (30 days, 90 days, a year, everything, custom dates)
  reuses the same figure: `ProgressChart.set_range` swaps line data, then `draw_idle`.
* Distress before, at the peak and afterwards for each finished practice of a chosen step.
* How many situations sat in each threshold zone over time.
* Patterns in the person's own entries, with the days behind them, or "not enough yet".

matplotlib is loaded only when the area is first shown (`_ensure_views`): importing this
module, creating the area and refreshing it while hidden never import it, so Haven opens as
fast as before. Charts are drawn in memory and never written to disk. On lock the figures
are emptied, their pixel buffers overwritten, and every summary and pattern text cleared.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QToolTip,
    QWidget,
)

from haven.domain import clock, events
from haven.domain.models import RoadmapStep
from haven.domain.trends import RangeChoice
from haven.report import pacing_charts, progress_chart
from haven.ui.core.session import Session
from haven.ui.kit.widgets import paragraph
from haven.ui.progress.data import UNTIED, ProgressData, load, pattern_texts
from haven.ui.progress.legend import LegendRow
from haven.ui.progress.pages import RANGE_ORDER, ProgressPages

if TYPE_CHECKING:
    from haven.ui.progress.canvas import ChartCanvas, MarkerHover

DEFAULT_RANGE = RangeChoice.LAST_90_DAYS

# Heights in logical pixels; margins (left, right, top, bottom) leave room for the axis words,
# the date labels and (practice and thresholds charts) the figure's legend at the bottom.
PROGRESS_HEIGHT = 360
PROGRESS_MARGINS = (64, 18, 14, 40)
PRACTICE_HEIGHT = 320
PRACTICE_MARGINS = (64, 18, 36, 104)
THRESHOLDS_HEIGHT = 280
THRESHOLDS_MARGINS = (64, 18, 14, 82)

NO_STEPS_TEXT = (
    "There are no roadmap steps yet. When you finish practices for a step, they will show here."
)
NO_THRESHOLDS_TEXT = (
    "There are no situations on the thresholds map yet. When you add some, how many sat in "
    "each zone will show here over time."
)


def _set_words(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


class _Views:
    """The matplotlib side, made on first show: the progress chart and three canvases."""

    def __init__(self, area: ProgressArea) -> None:
        from haven.ui.progress import canvas as pc

        self.pc = pc
        self.font_points = area.chart_font_points()
        self.dpi = area.logicalDpiY() or 96
        theme = area.theme()
        with pc.font_size(self.font_points):
            self.chart = progress_chart.ProgressChart(
                theme, font_size=self.font_points, dpi=self.dpi, figsize=(8.0, 4.2)
            )
        self.progress_canvas: ChartCanvas = pc.ChartCanvas(
            self.chart.figure,
            area.tr("Chart of distress and comfort over time"),
            PROGRESS_HEIGHT,
            PROGRESS_MARGINS,
            hspace=0.12,
        )
        self.hover: MarkerHover = pc.MarkerHover(self.progress_canvas, self.chart)
        self.practice_canvas: ChartCanvas | None = None
        self.thresholds_canvas: ChartCanvas | None = None

    def new_canvas(self, fig: Any, name: str, height: int, margins: tuple[int, ...]) -> Any:
        self.pc.match_font(fig, self.font_points)
        return self.pc.ChartCanvas(fig, name, height, margins)  # type: ignore[arg-type]


class ProgressArea(ProgressPages, QWidget):
    # Ranges end on `today()`; the range shown first is `default_range`. (The benchmark sets
    # both for its data set, which ends on a fixed day.)
    today: Callable[[], date] = staticmethod(clock.today)
    default_range: RangeChoice = DEFAULT_RANGE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._data: ProgressData | None = None
        self._views: _Views | None = None
        self._stale = True
        self._step_uid: str | None = None
        self._pattern_labels: list[QLabel] = []
        self._patterns_shown_for: tuple[date, date] | None = None
        self._generation = 0
        self._legend_shown: Any = None
        # Summary words by range: the same data and range always give the same words.
        self._summaries: dict[tuple[date, date], str] = {}
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._update_summary)
        self.setAccessibleName(self.tr("Progress"))
        self._build()
        session.locked.connect(self.clear_sensitive)
        session.settings_changed.connect(self.apply_theme)

    # -- settings that shape the charts -------------------------------------------------------
    def theme(self) -> str:
        return self._session.settings.theme

    def chart_font_points(self) -> float:
        """The system font size in points (charts follow it; 10 when Qt cannot say)."""
        size = QApplication.font().pointSizeF()
        return float(size) if size > 0 else 10.0

    # -- the area protocol --------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read again: now when shown, else when next shown (matplotlib loads only then)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot()
    def clear_sensitive(self) -> None:
        """On lock: empty every figure and its pixels, every summary and pattern text."""
        QToolTip.hideText()
        self._summary_timer.stop()
        self._data = None
        self._summaries.clear()
        self._generation += 1
        self._stale = True
        for label in (self.progress_summary, self.practice_summary, self.thresholds_summary):
            _set_words(label, "")
        self._clear_patterns()
        self._patterns_shown_for = None
        self.step_box.blockSignals(True)
        self.step_box.clear()
        self.step_box.blockSignals(False)
        views = self._views
        if views is None:
            return
        views.hover.clear()
        views.chart.set_data([])
        views.progress_canvas.setAccessibleDescription("")
        views.progress_canvas.wipe()
        for canvas in (views.practice_canvas, views.thresholds_canvas):
            if canvas is not None:
                canvas.figure.clear()
                canvas.setAccessibleDescription("")
                canvas.wipe()

    # -- loading and drawing ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the vault and draw the progress chart now; the rest right after it.

        The practice and thresholds charts and the patterns sit below the first chart, so
        they are made in the next turn of the event loop, once the first chart is drawn:
        the person sees it sooner. A lock in between cancels them (`_generation`).
        """
        if not self._session.is_unlocked:
            return
        self._stale = False
        self._generation += 1
        # Reading ten years makes tens of thousands of small objects, enough to set off a
        # full garbage collection of the whole app (matplotlib included, ~30 ms here). None
        # of them is garbage yet, so the collector waits until just after the first draw.
        pause_gc = gc.isenabled()
        gc.disable()
        try:
            views = self._ensure_views()
            data = self._data = load(self._session.vault)
            self._summaries.clear()
            views.chart.set_data(data.daily, data.peaks, data.events)
            views.hover.set_items(data.events, data.peaks)
            self._apply_range()
            self._fill_steps(data)
        finally:
            if pause_gc:
                QTimer.singleShot(0, gc.enable)  # queued after the chart's draw
        QTimer.singleShot(0, partial(self._finish_reload, self._generation))

    def _finish_reload(self, generation: int) -> None:
        if generation != self._generation or self._data is None:
            return  # locked, or read again since
        self._draw_practices()
        self._draw_thresholds()
        self._patterns_shown_for = None
        self._show_patterns(self._data)

    def _ensure_views(self) -> _Views:
        if self._views is None:
            self._views = _Views(self)
            self.progress_holder.addWidget(self._views.progress_canvas)
        return self._views

    @property
    def views(self) -> _Views | None:
        return self._views

    # -- the range ------------------------------------------------------------------------------
    def range_choice(self) -> RangeChoice:
        return RangeChoice(self.range_box.currentData())

    def set_range_choice(self, choice: RangeChoice | str) -> None:
        """Choose a range as the selector would (used by tests and the benchmark)."""
        self.range_box.setCurrentIndex(RANGE_ORDER.index(RangeChoice(choice)))

    def set_custom_range(self, start: date, end: date) -> None:
        """Show custom dates, as typing them into the two date fields would."""
        self.set_range_choice(RangeChoice.CUSTOM)
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._apply_range()

    @Slot(int)
    def _range_changed(self, _index: int) -> None:
        custom = self.range_choice() == RangeChoice.CUSTOM
        if custom and self._views is not None:
            chart = self._views.chart
            for edit, day in ((self.from_date, chart.start), (self.to_date, chart.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.custom_row.setVisible(custom)
        self._apply_range()

    @Slot()
    def _custom_dates_changed(self) -> None:
        if self.range_choice() == RangeChoice.CUSTOM:
            self._apply_range()

    def _custom_dates(self) -> tuple[date, date]:
        return (self.from_date.date().toPython(), self.to_date.date().toPython())  # type: ignore[return-value]

    def _apply_range(self) -> None:
        views = self._views
        if views is None or self._data is None:
            return
        choice = self.range_choice()
        custom = self._custom_dates() if choice == RangeChoice.CUSTOM else None
        views.chart.set_range_choice(choice, today=self.today(), custom=custom)
        self._sync_legend()
        views.progress_canvas.draw_idle()
        # The words follow in the same turn of the event loop, just after the draw.
        self._summary_timer.start()

    def _sync_legend(self) -> None:
        """Show the chart's legend as Qt words below it, and hide the drawn one (see
        progress_legend). The chart makes a new legend only when its words change."""
        assert self._views is not None
        legend = self._views.chart.legend
        if legend is not None and legend is not self._legend_shown:
            self.legend_row.set_entries(LegendRow.entries_of(legend))
            legend.set_visible(False)
            self._legend_shown = legend

    @property
    def summary_pending(self) -> bool:
        """Whether the chart's words are still to be updated for the range just chosen."""
        return self._summary_timer.isActive()

    @Slot()
    def _update_summary(self) -> None:
        views = self._views
        if views is None or self._data is None:
            return
        chart = views.chart
        key = (chart.start, chart.end)
        summary = self._summaries.get(key)
        if summary is None:
            summary = self._summaries[key] = chart.summary()
        _set_words(self.progress_summary, summary)
        views.progress_canvas.setAccessibleDescription(summary)
        if self._patterns_shown_for is not None and self._patterns_shown_for != key:
            self._show_patterns(self._data)  # the patterns follow the range too

    # -- practices of a step --------------------------------------------------------------------
    def _fill_steps(self, data: ProgressData) -> None:
        choices = data.step_choices()
        wanted = self._step_uid if any(uid == self._step_uid for uid, _ in choices) else None
        if wanted is None:
            wanted = data.default_step()
        self.step_box.blockSignals(True)
        self.step_box.clear()
        for uid, title in choices:
            self.step_box.addItem(self.tr(title) if uid is None else title, uid)
        index = next((i for i, (uid, _) in enumerate(choices) if uid == wanted), 0)
        self.step_box.setCurrentIndex(index)
        self.step_box.blockSignals(False)
        self.step_box.setEnabled(bool(choices))
        self._step_uid = self.step_box.currentData() if choices else None

    def choose_step(self, uid: str | None) -> None:
        index = self.step_box.findData(uid)
        if index >= 0:
            self.step_box.setCurrentIndex(index)

    @Slot(int)
    def _step_changed(self, index: int) -> None:
        if index < 0:
            return
        self._step_uid = self.step_box.currentData()
        self._draw_practices()

    def _chosen_step(self) -> RoadmapStep | None:
        data = self._data
        if data is None or self.step_box.count() == 0:
            return None
        uid = self.step_box.currentData()
        for step in data.steps:
            if step.uid == uid:
                return step
        step = RoadmapStep(title=UNTIED)
        step.uid = None  # type: ignore[assignment]  # practice_points(…, None): untied ones
        return step

    def _draw_practices(self) -> None:
        views, data = self._views, self._data
        if views is None or data is None:
            return
        step = self._chosen_step()
        if step is None:
            self._replace_canvas("practice", None)
            _set_words(self.practice_summary, self.tr(NO_STEPS_TEXT))
            return
        with views.pc.font_size(views.font_points):
            fig = pacing_charts.practice_chart(
                data.practices, step, self.theme(), figsize=(8.0, 3.2), dpi=views.dpi
            )
        canvas = views.new_canvas(
            fig,
            self.tr("Chart of practices for the chosen step"),
            PRACTICE_HEIGHT,
            PRACTICE_MARGINS,
        )
        points = events.practice_points(data.practices, step.uid)
        summary = pacing_charts.practice_summary_text(points, step.title)
        canvas.setAccessibleDescription(summary)
        _set_words(self.practice_summary, summary)
        self._replace_canvas("practice", canvas)

    # -- thresholds -----------------------------------------------------------------------------
    def _draw_thresholds(self) -> None:
        views, data = self._views, self._data
        if views is None or data is None:
            return
        if not data.thresholds:
            self._replace_canvas("thresholds", None)
            _set_words(self.thresholds_summary, self.tr(NO_THRESHOLDS_TEXT))
            return
        end = self.today()
        days = pacing_charts.threshold_days(data.thresholds, None, end)
        with views.pc.font_size(views.font_points):
            fig = pacing_charts.thresholds_chart(
                data.thresholds, days[0], end, self.theme(), figsize=(8.0, 2.8), dpi=views.dpi
            )
        canvas = views.new_canvas(
            fig,
            self.tr("Chart of situations in each zone over time"),
            THRESHOLDS_HEIGHT,
            THRESHOLDS_MARGINS,
        )
        counts = events.zone_counts_over_time(data.thresholds, days)
        summary = pacing_charts.thresholds_summary_text(counts)
        canvas.setAccessibleDescription(summary)
        _set_words(self.thresholds_summary, summary)
        self._replace_canvas("thresholds", canvas)

    def _replace_canvas(self, which: str, canvas: ChartCanvas | None) -> None:
        views = self._views
        assert views is not None
        holder = self.practice_holder if which == "practice" else self.thresholds_holder
        old: ChartCanvas | None = getattr(views, f"{which}_canvas")
        if old is not None:
            holder.removeWidget(old)
            old.figure.clear()
            old.wipe()
            old.hide()
            old.setParent(None)
            old.deleteLater()
        setattr(views, f"{which}_canvas", canvas)
        if canvas is not None:
            holder.addWidget(canvas)
            canvas.draw_idle()

    # -- patterns -------------------------------------------------------------------------------
    def _show_patterns(self, data: ProgressData) -> None:
        """The patterns of the range the chart shows, and of no other day."""
        self._clear_patterns()
        if self._views is None:
            return
        key = (self._views.chart.start, self._views.chart.end)
        self._patterns_shown_for = key
        for text in pattern_texts(data.find_patterns(*key)):
            label = paragraph(text)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self.patterns_box.addWidget(label)
            self._pattern_labels.append(label)

    def _clear_patterns(self) -> None:
        for label in self._pattern_labels:
            _set_words(label, "")
            self.patterns_box.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self._pattern_labels = []

    def pattern_texts(self) -> list[str]:
        return [label.text() for label in self._pattern_labels]

    # -- theme ----------------------------------------------------------------------------------
    @Slot()
    def apply_theme(self) -> None:
        views = self._views
        if views is None:
            return
        views.chart.set_theme(self.theme())
        self._sync_legend()
        views.progress_canvas.draw_idle()
        if self._data is not None:
            self._draw_practices()
            self._draw_thresholds()

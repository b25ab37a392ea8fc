"""Building the progress area (no matplotlib here): the range, the check-in charts and their
legend, practices of a step, the thresholds map over time, and patterns in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven.domain import trends
from haven.domain.trends import RANGE_LABELS, RangeChoice
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.progress.legend import LegendRow

if TYPE_CHECKING:
    pass


RANGE_ORDER = (
    RangeChoice.LAST_30_DAYS,
    RangeChoice.LAST_90_DAYS,
    RangeChoice.LAST_YEAR,
    RangeChoice.EVERYTHING,
    RangeChoice.CUSTOM,
)


def _summary_label(name: str) -> QLabel:
    """A chart's words: read by screen readers, selectable with the keyboard."""
    label = paragraph("", hint=True)
    label.setObjectName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class ProgressPages:
    """Part of `ProgressArea` (see area.py); mixed in, so `self` is the ProgressArea."""

    # -- building (no matplotlib here) --------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 20, 24)
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Progress"), scale=1.6))
        column.addWidget(
            paragraph(
                self.tr(
                    "How things have moved over time, from your own check-ins and practices. "
                    "None of this is a score: ups and downs are a normal part of pacing."
                ),
                hint=True,
            )
        )
        column.addSpacing(8)
        self._build_progress(column)
        column.addSpacing(20)
        self._build_practice(column)
        column.addSpacing(20)
        self._build_thresholds(column)
        column.addSpacing(20)
        self._build_patterns(column)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _build_progress(self, column: QVBoxLayout) -> None:
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(self.tr("Range of dates to show"))
        for choice in RANGE_ORDER:
            self.range_box.addItem(self.tr(RANGE_LABELS[choice]), choice.value)
        self.range_box.setCurrentIndex(RANGE_ORDER.index(self.default_range))
        self.range_box.currentIndexChanged.connect(self._range_changed)
        show = QLabel(self.tr("&Show"))
        show.setBuddy(self.range_box)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(heading(self.tr("Distress and comfort over time"), scale=1.2), 1)
        top.addWidget(show)
        top.addWidget(self.range_box)
        column.addLayout(top)
        column.addWidget(
            paragraph(
                self.tr(
                    "Each has its own scale from 0 to 10. Distress: 0 is calm, 5 upset but "
                    "manageable, 10 the most distress you can imagine. Comfort: 0 is no "
                    "comfort at all, 10 completely at ease and safe. Dots are single days; "
                    "the line is the average of the last 7 days."
                ),
                hint=True,
            )
        )

        end = self.today()
        self.from_date = self._date_edit(self.tr("First day to show"))
        self.to_date = self._date_edit(self.tr("Last day to show"))
        last = QDate(end.year, end.month, end.day)
        for edit in (self.from_date, self.to_date):
            edit.setMaximumDate(last)  # nothing to show after today
        self.from_date.setDate(last.addDays(-29))
        self.to_date.setDate(last)
        self.from_label = QLabel(self.tr("&From"))
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self.tr("&To"))
        self.to_label.setBuddy(self.to_date)
        self.custom_widgets = (self.from_label, self.from_date, self.to_label, self.to_date)
        self.custom_row = QWidget()
        row = QHBoxLayout(self.custom_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addStretch(1)
        for widget in self.custom_widgets:
            row.addWidget(widget)
        self.custom_row.setVisible(False)  # only with "Custom dates"
        column.addWidget(self.custom_row)

        self.progress_holder = QVBoxLayout()
        column.addLayout(self.progress_holder)
        self.legend_row = LegendRow()
        column.addWidget(self.legend_row)
        column.addSpacing(4)
        self.progress_summary = _summary_label("ProgressSummary")
        column.addWidget(self.progress_summary)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._custom_dates_changed)
        return edit

    def _build_practice(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Practices, step by step"), scale=1.2))
        column.addWidget(
            paragraph(
                self.tr(
                    "Distress before, at its peak and afterwards, for each finished practice "
                    "of the step you choose."
                ),
                hint=True,
            )
        )
        self.step_box = QComboBox()
        self.step_box.setAccessibleName(self.tr("Roadmap step to show practices for"))
        self.step_box.setMinimumContentsLength(24)
        self.step_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.step_box.currentIndexChanged.connect(self._step_changed)
        label = QLabel(self.tr("St&ep"))
        label.setBuddy(self.step_box)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self.step_box)
        row.addStretch(1)
        column.addLayout(row)
        self.practice_holder = QVBoxLayout()
        column.addLayout(self.practice_holder)
        self.practice_summary = _summary_label("PracticeSummary")
        column.addWidget(self.practice_summary)

    def _build_thresholds(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Thresholds over time"), scale=1.2))
        column.addWidget(
            paragraph(
                self.tr(
                    "How many situations sat in each zone of your thresholds map, from the "
                    "first one you added until today."
                ),
                hint=True,
            )
        )
        self.thresholds_holder = QVBoxLayout()
        column.addLayout(self.thresholds_holder)
        self.thresholds_summary = _summary_label("ThresholdsSummary")
        column.addWidget(self.thresholds_summary)

    def _build_patterns(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Patterns in your entries"), scale=1.2))
        column.addWidget(paragraph(self.tr(trends.PATTERN_NOTE), hint=True))
        self.patterns_box = QVBoxLayout()
        self.patterns_box.setSpacing(12)
        column.addLayout(self.patterns_box)

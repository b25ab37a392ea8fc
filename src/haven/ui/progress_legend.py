"""The progress chart's legend as Qt widgets: real text, in the system font, read aloud.

The chart module draws its legend into the figure (the PDF keeps it there). On screen the
Progress area hides that one and shows this instead: screen readers can read each entry,
the words follow the person's font size, and every range change draws one artist group
less (the figure legend was about a third of each redraw).

Each entry's small picture is painted from the legend handle's own colour, line style and
marker, so it always matches the chart, in every theme. No matplotlib import is needed here:
the handles are read through their methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

_DASHES = {"-": Qt.PenStyle.SolidLine, ":": Qt.PenStyle.DotLine, "--": Qt.PenStyle.DashLine}


@dataclass(frozen=True, slots=True)
class Swatch:
    """What one legend entry looks like, copied from a matplotlib Line2D handle."""

    colour: str
    alpha: float
    line: str | None  # "-", ":", "--" or None
    line_width: float
    marker: str | None  # "o", "D", "s", "v" or None
    marker_size: float

    @classmethod
    def of(cls, handle: Any) -> Swatch:
        from matplotlib.colors import to_hex  # loaded already whenever there are handles

        style = handle.get_linestyle()
        marker = handle.get_marker()
        return cls(
            colour=to_hex(handle.get_color()),
            alpha=1.0 if handle.get_alpha() is None else float(handle.get_alpha()),
            line=style if style in _DASHES else None,
            line_width=float(handle.get_linewidth()),
            marker=marker if marker in ("o", "D", "s", "v") else None,
            marker_size=float(handle.get_markersize()),
        )


class SwatchIcon(QWidget):
    def __init__(self, swatch: Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = swatch
        self.setFixedSize(QSize(30, 16))

    def paintEvent(self, _event: QPaintEvent) -> None:
        s = self.swatch
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(s.colour)
        colour.setAlphaF(max(0.0, min(1.0, s.alpha)))
        mid = self.height() / 2
        if s.line is not None:
            pen = QPen(colour, max(1.0, s.line_width * 96 / 72))
            pen.setStyle(_DASHES[s.line])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(1, mid), QPointF(self.width() - 1, mid))
        if s.marker is not None:
            r = max(2.5, s.marker_size * 96 / 72 / 2)
            c = QPointF(self.width() / 2, mid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if s.marker == "o":
                painter.drawEllipse(c, r, r)
            elif s.marker == "s":
                painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            elif s.marker == "D":
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(c.x(), c.y() - r * 1.2),
                            QPointF(c.x() + r, c.y()),
                            QPointF(c.x(), c.y() + r * 1.2),
                            QPointF(c.x() - r, c.y()),
                        ]
                    )
                )
            else:  # "v"
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(c.x() - r, c.y() - r),
                            QPointF(c.x() + r, c.y() - r),
                            QPointF(c.x(), c.y() + r),
                        ]
                    )
                )
        painter.end()


class LegendRow(QWidget):
    """Legend entries in two rows, filled column by column as the chart's own legend is
    (so distress reads along the first row and comfort along the second)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(56, 0, 8, 0)
        self._grid.setHorizontalSpacing(22)
        self._grid.setVerticalSpacing(4)
        self._entries: tuple[tuple[str, Swatch], ...] = ()
        self.labels: list[QLabel] = []

    def entries(self) -> tuple[tuple[str, Swatch], ...]:
        return self._entries

    def set_entries(self, entries: Sequence[tuple[str, Swatch]]) -> None:
        entries = tuple(entries)
        if entries == self._entries:
            return
        self._entries = entries
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.labels = []
        for index, (text, swatch) in enumerate(entries):
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(SwatchIcon(swatch))
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # never wider than the window: long words wrap
            row.addWidget(label, 1)
            self.labels.append(label)
            self._grid.addWidget(cell, index % 2, index // 2)
        columns = (len(entries) + 1) // 2
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(columns, 1)

    @staticmethod
    def entries_of(legend: Any) -> list[tuple[str, Swatch]]:
        """(words, swatch) for each entry of a matplotlib legend."""
        if legend is None:
            return []
        return [
            (text.get_text(), Swatch.of(handle))
            for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True)
        ]

"""The progress chart's legend as Qt widgets: real text, in the system font, read aloud.

The chart module draws its legend into the figure (the PDF keeps it there). On screen the
Progress area hides that one and shows this instead: screen readers can read each entry,
the words follow the person's font size, and every range change draws one artist group
less (the figure legend was about a third of each redraw).

Each entry's small picture is painted from the legend handle's own colour, line style and
marker, so it always matches the chart, in every theme. Importing this module does not load
matplotlib; reading a handle's colour does, and there are handles only once it is loaded.
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


def _cells(entries: Sequence[tuple[str, Swatch]]) -> list[tuple[int, int]]:
    """(row, column) for each entry: "Distress, …" on row 0, "Comfort, …" on row 1, each in
    the chart's order; everything else (the markers) on the row below them."""
    cells, columns = [], {0: 0, 1: 0, 2: 0}
    for text, _ in entries:
        row = 0 if text.startswith("Distress,") else 1 if text.startswith("Comfort,") else 2
        cells.append((row, columns[row]))
        columns[row] += 1
    return cells


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
    """Legend entries in a small grid: distress entries on the first row, comfort on the
    second (daily values, then averages), and the markers on the third."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(56, 0, 8, 0)
        self._grid.setHorizontalSpacing(28)
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
        for (row, column), (text, swatch) in zip(_cells(entries), entries, strict=True):
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            line.addWidget(SwatchIcon(swatch))
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(label, 1)
            self.labels.append(label)
            self._grid.addWidget(cell, row, column)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(self._grid.columnCount(), 1)

    @staticmethod
    def entries_of(legend: Any) -> list[tuple[str, Swatch]]:
        """(words, swatch) for each entry of a matplotlib legend."""
        if legend is None:
            return []
        return [
            (text.get_text(), Swatch.of(handle))
            for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True)
        ]

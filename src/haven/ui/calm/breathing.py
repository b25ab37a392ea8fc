"""A paced-breathing guide: a calm circle that grows and shrinks, with words to follow.

The pattern (in, hold, out, rest, in seconds) comes from resources/templates/grounding.json.
With reduced motion there is no moving circle, only the words and a count once a second.
It never starts by itself: the person presses Start, and can stop at any time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QPointF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from haven.ui.kit.widgets import paragraph

PHASES = ("in", "hold", "out", "rest")
FRAME_MS = 33


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    seconds: tuple[float, float, float, float]  # in, hold, out, rest

    @classmethod
    def from_json(cls, raw: dict[str, object], name: str = "") -> Pattern:
        return cls(
            str(raw.get("name", name)),
            tuple(float(raw.get(p, 0) or 0) for p in PHASES),  # type: ignore[arg-type]
        )

    @property
    def cycle(self) -> float:
        return sum(self.seconds) or 1.0

    def at(self, elapsed: float) -> tuple[str, float, float]:
        """(phase, seconds left in it, circle size 0..1) at `elapsed` seconds."""
        t = elapsed % self.cycle
        for phase, length in zip(PHASES, self.seconds, strict=True):
            if length <= 0:
                continue
            if t < length:
                progress = t / length
                return phase, length - t, _size(phase, progress)
            t -= length
        return "rest", 0.0, 0.0


def _size(phase: str, progress: float) -> float:
    eased = (1 - math.cos(math.pi * progress)) / 2  # gentle start and end
    return {"in": eased, "hold": 1.0, "out": 1 - eased}.get(phase, 0.0)


class BreathingCircle(QWidget):
    """Paints one soft circle of the given size (0 = smallest, 1 = largest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = 0.0
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(
            self.tr("A circle that grows as you breathe in and shrinks as you breathe out.")
        )

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def set_size(self, size: float) -> None:
        self._size = max(0.0, min(1.0, size))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        radius = side / 2 * (0.35 + 0.65 * self._size)
        centre = QPointF(self.width() / 2, self.height() / 2)
        fill = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        outline = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        outline.setAlpha(90)
        painter.setPen(QPen(outline, 2))
        painter.drawEllipse(centre, side / 2, side / 2)
        outline.setAlpha(140)  # the breathing circle's edge stays visible on every theme
        painter.setPen(QPen(outline, 2))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)


class BreathingGuide(QWidget):
    running_changed = Signal(bool)

    def __init__(
        self,
        patterns: list[Pattern],
        intro: str,
        *,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._patterns = patterns
        self._reduced = reduced_motion
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName(self.tr("Breathing pace"))
        for pattern in patterns:
            self.pattern_box.addItem(pattern.name)
        self.circle = BreathingCircle()
        self.circle.setVisible(not reduced_motion)
        self.cue = QLabel(self.tr("Press Start when you like."))
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue.setProperty("role", "heading")
        self.cue.setAccessibleName(self.tr("Breathing cue"))
        font = self.cue.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.5)
        self.cue.setFont(font)
        self.count = QLabel("")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setAccessibleName(self.tr("Seconds left in this part of the breath"))
        self.toggle = QPushButton(self.tr("Start"))
        self.toggle.setAccessibleName(self.tr("Start or stop the breathing guide"))
        self.toggle.clicked.connect(self._toggle)

        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(intro, hint=True))
        row = QHBoxLayout()
        pace = QLabel(self.tr("Pace"))
        pace.setBuddy(self.pattern_box)
        row.addWidget(pace)
        row.addWidget(self.pattern_box, 1)
        layout.addLayout(row)
        layout.addWidget(self.circle, 1)
        layout.addWidget(self.cue)
        layout.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.toggle)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if reduced_motion:
            layout.addStretch(1)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced = reduced
        self.circle.setVisible(not reduced)
        if self.running:
            self._timer.start(250 if reduced else FRAME_MS)

    def start(self) -> None:
        self._clock.start()
        self._timer.start(250 if self._reduced else FRAME_MS)
        self.toggle.setText(self.tr("Stop"))
        self.pattern_box.setEnabled(False)
        self._tick()
        self.running_changed.emit(True)

    def stop(self) -> None:
        self._timer.stop()
        self.toggle.setText(self.tr("Start"))
        self.pattern_box.setEnabled(True)
        self.cue.setText(self.tr("You can start again whenever you like."))
        self.count.setText("")
        self.circle.set_size(0.0)
        self.running_changed.emit(False)

    @Slot()
    def _toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def _pattern(self) -> Pattern:
        return self._patterns[max(0, self.pattern_box.currentIndex())]

    @Slot()
    def _tick(self) -> None:
        phase, left, size = self._pattern().at(self._clock.elapsed() / 1000)
        cues = {
            "in": self.tr("Breathe in…"),
            "hold": self.tr("Hold…"),
            "out": self.tr("Breathe out…"),
            "rest": self.tr("Rest…"),
        }
        if self.cue.text() != cues[phase]:
            self.cue.setText(cues[phase])
        self.count.setText(str(max(1, math.ceil(left))))
        if not self._reduced:
            self.circle.set_size(size)

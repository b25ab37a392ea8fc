"""A 0–10 rating with its verbal anchors, used wherever distress or comfort is rated.

One control everywhere, so the scales always read the same: the number, the words for it
(0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine), calm colours
from the theme, full keyboard use. A rating can be left out: every prompt is optional.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from haven.domain.ratings import COMFORT_ANCHORS, DISTRESS_ANCHORS, STRESS_ANCHORS, anchor_for

SCALES = {"distress": DISTRESS_ANCHORS, "comfort": COMFORT_ANCHORS, "stress": STRESS_ANCHORS}


def _t(text: str) -> str:
    return QCoreApplication.translate("Rating", text)


class RatingInput(QWidget):
    """A labelled 0–10 slider. `value()` is None while "not rated" is chosen."""

    changed = Signal(object)  # int | None

    def __init__(
        self,
        label: str,
        scale: str = "distress",
        *,
        optional: bool = True,
        initial: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._anchors = SCALES[scale]
        self._optional = optional
        self.setProperty("role", f"rating-{scale}")
        self._label = QLabel(label)
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(0, 10)
        self._slider.setPageStep(1)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(1)
        self._slider.setAccessibleName(label)
        self._slider.setProperty("role", f"rating-{scale}")
        self._label.setBuddy(self._slider)
        self._number = QLabel()
        self._number.setMinimumWidth(self._number.fontMetrics().horizontalAdvance("10") + 8)
        self._words = QLabel()
        self._words.setProperty("role", "hint")
        ends = QLabel(
            _t("0 = {low} · 10 = {high}").format(low=self._anchors[0], high=self._anchors[10])
        )
        ends.setProperty("role", "hint")
        ends.setWordWrap(True)
        self._skip = QCheckBox(_t("Leave this out"))
        self._skip.setAccessibleName(_t("Leave {label} out").format(label=label))
        self._skip.setVisible(optional)

        row = QHBoxLayout()
        row.addWidget(self._slider, 1)
        row.addWidget(self._number)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addLayout(row)
        layout.addWidget(self._words)
        layout.addWidget(ends)
        layout.addWidget(self._skip)

        self._slider.valueChanged.connect(self._update)
        self._skip.toggled.connect(self._update)
        self.setValue(initial if initial is not None or not optional else None)

    def value(self) -> int | None:
        return None if self._skip.isChecked() else self._slider.value()

    def setValue(self, value: int | None) -> None:
        self._skip.setChecked(value is None and self._optional)
        self._slider.setValue(5 if value is None else max(0, min(10, int(value))))
        self._update()

    def slider(self) -> QSlider:
        return self._slider

    def anchor_text(self) -> str:
        return self._words.text()

    def _update(self, *_: object) -> None:
        skipped = self._skip.isChecked()
        self._slider.setEnabled(not skipped)
        value = self._slider.value()
        self._number.setText("–" if skipped else str(value))
        self._words.setText(_t("Not rated") if skipped else anchor_for(value, self._anchors))
        self._slider.setAccessibleDescription(self._words.text())
        self.changed.emit(self.value())

"""A 0–10 rating with the words for each value, used wherever a rating is asked for.

One control everywhere, so the scales always read the same: the number, the words for it
(every value has its own, from domain/ratings.py), calm colours from the theme, full
keyboard use. An optional rating can be left out. A required one starts *unset*: nothing is
recorded that the person did not choose, so `value()` stays None until they move the
slider, click it or press a key on it (arrows, Home, End, Page Up/Down, or a digit).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from haven.domain.ratings import SCALES, words_for

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


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
        self._scale = scale
        self._optional = optional
        self._chosen = True
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
        self._words.setWordWrap(True)
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
        self._slider.actionTriggered.connect(self._choose)
        self._slider.sliderPressed.connect(self._choose)
        self._slider.installEventFilter(self)
        self._skip.toggled.connect(self._update)
        self.setValue(initial)

    def value(self) -> int | None:
        """The chosen value; None when left out, or (a required rating) not chosen yet."""
        if self._skip.isChecked() or not self._chosen:
            return None
        return self._slider.value()

    def is_unset(self) -> bool:
        """A required rating the person has not chosen yet."""
        return not self._optional and not self._chosen

    def setValue(self, value: int | None) -> None:
        """Show a value; None leaves an optional rating out and a required one unset."""
        self._skip.setChecked(value is None and self._optional)
        self._chosen = value is not None or self._optional
        self._slider.setValue(5 if value is None else max(0, min(10, int(value))))
        self._update()

    def _choose(self, *_: object) -> None:
        if not self._chosen:
            self._chosen = True
            self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit on the slider chooses that value directly (End gives 10)."""
        if (
            watched is self._slider
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _DIGITS
            and self._slider.isEnabled()
        ):
            self._chosen = True
            self._slider.setValue(_DIGITS[event.key()])
            self._update()
            return True
        return super().eventFilter(watched, event)

    def slider(self) -> QSlider:
        return self._slider

    def anchor_text(self) -> str:
        return self._words.text()

    def _update(self, *_: object) -> None:
        skipped = self._skip.isChecked()
        self._slider.setEnabled(not skipped)
        value = self._slider.value()
        unset = self.is_unset()
        if skipped:
            number, words = "–", _t("Not rated")
        elif unset:
            number = "–"
            words = _t("Not chosen yet: move the slider, or press a number from 0 to 9.")
        else:
            number, words = str(value), words_for(value, self._scale)
        self._number.setText(number)
        self._words.setText(words)
        self._slider.setAccessibleDescription(words)
        if bool(self._slider.property("unset")) != unset:
            self._slider.setProperty("unset", unset)
            self._slider.style().unpolish(self._slider)
            self._slider.style().polish(self._slider)
        self.changed.emit(self.value())

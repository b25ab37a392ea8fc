"""The sleep-hours box of the check-in: a number of hours, or "Not recorded".

Its own module because the check-in form (today/area.py) and the edit dialog
(today/edit_checkin.py) both use it. Sleep is optional, so the box's lowest value stands for
"not recorded" rather than for zero hours slept.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

NOT_RECORDED = -0.5  # the sleep box's lowest value, shown as "Not recorded"


class SleepHoursBox(QDoubleSpinBox):
    """Hours of sleep, or "Not recorded". Numbers outside 0–24 can be typed, then kindly refused.

    A plain spin box silently swallows a key that would make "30"; here the number stays
    visible, and the form says why it can't be saved, so nothing happens behind the
    person's back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_RECORDED, 24.0)
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setSpecialValueText(self.tr("Not recorded"))
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setValue(NOT_RECORDED)

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and self._number(text) is not None:
            return (QValidator.State.Intermediate, text, pos)
        return result

    @staticmethod
    def _number(text: str) -> float | None:
        value, ok = QLocale().toDouble(text.strip())
        if not ok:
            try:
                value, ok = float(text.strip()), True
            except ValueError:
                return None
        return value if ok else None

    def _not_recorded(self) -> bool:
        text = self.cleanText().strip()
        return not text or self.text() == self.specialValueText()

    def problem(self) -> str | None:
        """Why the typed hours can't be saved, in kind words; None when they can."""
        if self._not_recorded() or self.hasAcceptableInput():
            return None
        return self.tr(
            "Sleep is counted in hours, from 0 to 24. You could change the number, "
            "or leave it as “Not recorded”."
        )

    def hours(self) -> float | None:
        if self._not_recorded() or self.value() <= NOT_RECORDED:
            return None
        return round(self.value(), 1)

    def reset(self) -> None:
        self.setValue(NOT_RECORDED)
        self.lineEdit().setText(self.specialValueText())

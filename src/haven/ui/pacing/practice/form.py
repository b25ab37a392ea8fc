"""Between the practice's fields and its `Practice`: collecting, filling, resetting, the
consent answer, the hard-practice prompt and the optional calm timer."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QRadioButton,
)

from haven.domain.models import (
    Debrief,
    Practice,
    PreBrief,
)
from haven.domain.rules import felt_harder
from haven.ui.pacing import common

HARD_PROMPT = "This practice was harder than expected. What helped, even a little?"


CONSENT_VALUES = {"yes": True, "no": False, "not_sure": None}


def elapsed_text(seconds: int) -> str:
    """Time in whole minutes: calm, no ticking seconds."""
    tr = common.tr
    if seconds < 60:
        return tr("Less than a minute")
    minutes = seconds // 60
    return tr("1 minute") if minutes == 1 else tr("{n} minutes").format(n=minutes)


class PracticeForm:
    """Part of `PracticeArea` (see area.py); mixed in, so `self` is the PracticeArea."""

    def _collect(self) -> None:
        p = self._practice
        if p is None:
            return
        p.step_uid = self.current_step_uid()
        p.pre = PreBrief(
            intention=self.intention.toPlainText(),
            boundaries=self.boundaries.toPlainText(),
            stop_signal_agreed=self.signal_agreed.isChecked(),
            stop_signal=self.signal_field.text().strip(),
            distress_now=self.distress_now.value(),
            comfort_now=self.comfort_now.value(),
            predicted_distress=self.predicted.value(),
        )
        p.debrief = Debrief(
            distress_peak=self.peak.value(),
            distress_after=self.after.value(),
            comfort=self.comfort.value(),
            what_helped=self.helped.toPlainText(),
            what_was_hard=self.hard_text.toPlainText(),
            consent_checked=CONSENT_VALUES.get(self._consent),
            for_therapist=self.therapist.toPlainText(),
        )
        if self._timer_used:
            p.duration_seconds = self.timer_seconds()

    def _fill(self, p: Practice, consent: str) -> None:
        with self._quiet():
            self._fill_step_combo(p.step_uid)
            self.intention.setPlainText(p.pre.intention)
            self.boundaries.setPlainText(p.pre.boundaries)
            self.signal_agreed.setChecked(p.pre.stop_signal_agreed)
            self.signal_field.setText(p.pre.stop_signal)
            self.distress_now.setValue(p.pre.distress_now)
            self.comfort_now.setValue(p.pre.comfort_now)
            self.predicted.setValue(p.pre.predicted_distress)
            self.peak.setValue(p.debrief.distress_peak)
            self.after.setValue(p.debrief.distress_after)
            self.comfort.setValue(p.debrief.comfort)
            self.helped.setPlainText(p.debrief.what_helped)
            self.hard_text.setPlainText(p.debrief.what_was_hard)
            self.therapist.setPlainText(p.debrief.for_therapist)
            if consent not in CONSENT_VALUES:
                answer = p.debrief.consent_checked
                consent = "" if answer is None else ("yes" if answer else "no")
            self._set_consent(consent)
            self._timer_base = p.duration_seconds or 0
            self._timer_used = p.duration_seconds is not None

    def _set_consent(self, key: str) -> None:
        self.consent_group.setExclusive(False)
        for button in self.consent_group.buttons():
            button.setChecked(button.property("consent") == key)
        self.consent_group.setExclusive(True)
        self._consent = key if key in CONSENT_VALUES else ""

    def _consent_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._consent = str(button.property("consent"))
            self._touched()

    def _update_hard_prompt(self, *_: object) -> None:
        hard = felt_harder(self.predicted.value(), self.peak.value())
        self.helped_label.setText(common.tr(HARD_PROMPT) if hard else self.tr("What helped?"))

    @Slot()
    def toggle_timer(self) -> None:
        if self._timing:
            self._timer_base += self._clock.elapsed() // 1000
            self._timing = False
            self._tick.stop()
            self.timer_button.setText(self.tr("Start timer"))
            self.timer_button.setAccessibleName(self.tr("Start the timer"))
        else:
            self._clock.start()
            self._timing = True
            self._timer_used = True
            self._tick.start()
            self.timer_button.setText(self.tr("Stop timer"))
            self.timer_button.setAccessibleName(self.tr("Stop the timer"))
            self._touched()
        self._update_timer_label()

    def timer_seconds(self) -> int:
        running = self._clock.elapsed() // 1000 if self._timing else 0
        return int(self._timer_base + running)

    def _update_timer_label(self) -> None:
        if not self._timer_used:
            self.timer_label.setText(self.tr("A timer, if you would like one:"))
            return
        words = elapsed_text(self.timer_seconds())
        if self._timing:
            self.timer_label.setText(self.tr("Time so far: {time}").format(time=words))
        else:
            self.timer_label.setText(self.tr("Timer stopped at: {time}").format(time=words))

    def _reset_form(self) -> None:
        with self._quiet():
            self._autosave.stop()
            self._tick.stop()
            self._timing = False
            self._timer_used = False
            self._timer_base = 0
            self.timer_button.setText(self.tr("Start timer"))
            self.timer_button.setAccessibleName(self.tr("Start the timer"))
            for box in (
                self.intention,
                self.boundaries,
                self.helped,
                self.hard_text,
                self.therapist,
            ):
                box.clear()
            self.signal_field.setText("")
            self.signal_agreed.setChecked(False)
            for rating in self._ratings():
                rating.setValue(None)
            self._set_consent("")
            for label in (
                self.signal_source,
                self.during_title,
                self.during_signal,
                self.pre_status,
            ):
                label.clear()
            self.helped_label.setText(self.tr("What helped?"))

"""The panels a grounding exercise is made of: a breathing rhythm, numbered steps (5-4-3-2-1,
a body scan), and the short rating afterwards. The dialog that hosts them is in
grounding_tools.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.wording import legend
from haven.ui.calm.breathing import FRAME_MS, PHASES, BreathingGuide, Pattern
from haven.ui.calm.pause import breathing_patterns
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import action_button, heading, paragraph, status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Grounding", text)


# == paced breathing =========================================================================
class RhythmGuide(BreathingGuide):
    """The Pause dialog's breathing guide, following the rhythm the person set."""

    def __init__(
        self,
        patterns: list[Pattern],
        intro: str,
        *,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(patterns, intro, reduced_motion=reduced_motion, parent=parent)
        self._rhythm = patterns[0]
        self.running_changed.connect(self._stopped)

    started = Signal()
    stopped = Signal()

    @Slot()
    def _stopped(self, *_: object) -> None:
        self.stopped.emit()  # only stop() emits running_changed here, always with False

    def rhythm(self) -> Pattern:
        return self._rhythm

    def set_rhythm(self, pattern: Pattern) -> None:
        self._rhythm = pattern

    def _pattern(self) -> Pattern:  # the guide asks this on every tick
        return self._rhythm

    def start(self) -> None:
        """As BreathingGuide.start, announced by `started` instead of running_changed(True).

        PySide6 6.12 drops a reference to Python's True on every `emit(True)` of a Python
        signal; enough of them and the interpreter aborts (at the latest when Haven quits).
        """
        self._clock.start()
        self._timer.start(250 if self._reduced else FRAME_MS)
        self.toggle.setText(self.tr("Stop"))
        self.pattern_box.setEnabled(False)
        self._tick()
        self.started.emit()


class BreathingPanel(QWidget):
    finished = Signal()

    def __init__(self, *, reduced_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        patterns, intro = breathing_patterns()
        self.presets = patterns
        self.guide = RhythmGuide(patterns, intro, reduced_motion=reduced_motion)
        self.guide.pattern_box.addItem(self.tr("Your own rhythm"))
        self.own_index = len(patterns)

        names = {
            "in": self.tr("Breathe in"),
            "hold": self.tr("Hold"),
            "out": self.tr("Breathe out"),
            "rest": self.tr("Rest"),
        }
        self.spins: dict[str, QSpinBox] = {}
        rhythm = QGroupBox(self.tr("Rhythm, in seconds"))
        row = QHBoxLayout(rhythm)
        row.setSpacing(10)
        for phase in PHASES:
            spin = QSpinBox()
            spin.setRange(1 if phase in ("in", "out") else 0, 12)
            spin.setSuffix(self.tr(" s"))
            spin.setAccessibleName(self.tr("{phase}, seconds").format(phase=names[phase]))
            label = QLabel(names[phase])
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
            row.addSpacing(6)
            self.spins[phase] = spin
            spin.valueChanged.connect(self._rhythm_edited)
        row.addStretch(1)

        self.reduced = QCheckBox(self.tr("Reduce motion: words and a count, no moving circle"))
        self.reduced.setAccessibleName(self.tr("Reduce motion"))
        self.reduced.setChecked(reduced_motion)
        self.reduced.toggled.connect(self.guide.set_reduced_motion)
        self.done_button = action_button(
            self.tr("I'm done"), self.tr("I'm done with breathing"), enter_presses=True
        )
        self.done_button.clicked.connect(self._done)

        end = QHBoxLayout()
        end.addWidget(self.reduced, 1)
        end.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.guide, 1)
        layout.addWidget(rhythm)
        layout.addLayout(end)

        self.guide.pattern_box.currentIndexChanged.connect(self._preset_chosen)
        self.guide.started.connect(lambda: self._running_changed(True))
        self.guide.stopped.connect(lambda: self._running_changed(False))
        self._preset_chosen(0)

    @property
    def running(self) -> bool:
        return self.guide.running

    def _seconds(self) -> tuple[float, float, float, float]:
        return tuple(float(self.spins[p].value()) for p in PHASES)  # type: ignore[return-value]

    @Slot(int)
    def _preset_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.presets):
            self.guide.set_rhythm(Pattern(self.tr("Your own rhythm"), self._seconds()))
            return
        preset = self.presets[index]
        for phase, seconds in zip(PHASES, preset.seconds, strict=True):
            spin = self.spins[phase]
            spin.blockSignals(True)
            spin.setValue(round(seconds))
            spin.blockSignals(False)
        self.guide.set_rhythm(Pattern(preset.name, self._seconds()))

    @Slot()
    def _rhythm_edited(self, *_: object) -> None:
        seconds = self._seconds()
        box = self.guide.pattern_box
        index = box.currentIndex()
        if 0 <= index < len(self.presets) and self.presets[index].seconds != seconds:
            box.blockSignals(True)
            box.setCurrentIndex(self.own_index)
            box.blockSignals(False)
        self.guide.set_rhythm(Pattern(self.tr("Your own rhythm"), seconds))

    def _running_changed(self, running: bool) -> None:
        for spin in self.spins.values():
            spin.setEnabled(not running)

    @Slot()
    def _done(self) -> None:
        if self.guide.running:
            self.guide.stop()
        self.finished.emit()

    def stop(self) -> None:
        if self.guide.running:
            self.guide.stop()

    def primary_button(self) -> QPushButton:
        """Where the keyboard starts: Start (Space or Enter begins the guide)."""
        return self.guide.toggle


# == steps to follow: 5-4-3-2-1 and the body scan ==============================================
class StepsPanel(QWidget):
    """An introduction (and content note), then steps one at a time: Back, Next, Go to end."""

    finished = Signal()

    def __init__(
        self,
        intro: str,
        steps: list[tuple[str, str]],  # (heading, text)
        *,
        content_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._intro = intro
        self._note = content_note
        self.steps = steps
        self.index = -1  # -1 is the introduction

        self.note_box = QFrame()
        self.note_box.setFrameShape(QFrame.Shape.StyledPanel)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(heading(self.tr("Content note"), scale=1.05))
        self.note_label = paragraph(content_note)
        self.note_label.setAccessibleName(self.tr("Content note"))
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(
            paragraph(
                self.tr("If this isn't for today, you can close this window. Nothing is lost."),
                hint=True,
            )
        )
        self.position = QLabel()
        self.position.setProperty("role", "hint")
        self.position.setAccessibleName(self.tr("Where you are"))
        self.step_heading = heading("", scale=1.3)
        self.step_heading.setAccessibleName(self.tr("This step"))
        self.text = paragraph("")
        self.text.setAccessibleName(self.tr("What this step invites"))
        font = self.text.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.back_button = action_button(
            self.tr("&Back"), self.tr("Back one step"), enter_presses=True
        )
        self.end_button = action_button(
            self.tr("Go to the &end"), self.tr("Skip to the end"), enter_presses=True
        )
        self.next_button = action_button(self.tr("&Next"), self.tr("Next step"), enter_presses=True)
        self.back_button.clicked.connect(self.back)
        self.end_button.clicked.connect(self.finished)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.note_box)
        layout.addWidget(self.position)
        layout.addWidget(self.step_heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show()

    @Slot()
    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.finished.emit()
            return
        self.index += 1
        self._show()

    @Slot()
    def back(self) -> None:
        if self.index < 0:
            return
        self.index -= 1
        self._show()

    def restart(self) -> None:
        self.index = -1
        self._show()

    def _show(self) -> None:
        at_intro = self.index < 0
        self.note_box.setVisible(at_intro and bool(self._note))
        if at_intro:
            self.position.setText(self.tr("Before you begin"))
            self.step_heading.setText(self.tr("When you feel ready"))
            self.text.setText(self._intro)
            self.next_button.setText(self.tr("&Begin"))
            self.next_button.setAccessibleName(self.tr("Begin"))
        else:
            title, text = self.steps[self.index]
            self.position.setText(
                self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(self.steps))
            )
            self.step_heading.setText(title)
            self.text.setText(text)
            last = self.index == len(self.steps) - 1
            self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Finish") if last else self.tr("Next step"))
        self.step_heading.setAccessibleName(self.step_heading.text())
        self.text.setAccessibleDescription(self.text.text())
        self.back_button.setEnabled(not at_intro)
        self.next_button.setDefault(True)
        self.next_button.setFocus()

    def primary_button(self) -> QPushButton:
        return self.next_button

    def stop(self) -> None:
        """Nothing runs by itself here."""


def senses_steps() -> tuple[str, list[tuple[str, str]]]:
    data = resources.grounding()["senses_54321"]
    senses = {
        "see": _t("see"),
        "touch": _t("feel"),
        "hear": _t("hear"),
        "smell": _t("smell"),
        "taste": _t("taste"),
    }
    steps = [
        (
            _t("{count} · What you can {sense}").format(
                count=raw["count"], sense=senses.get(raw["sense"], raw["sense"])
            ),
            raw["prompt"],
        )
        for raw in data["steps"]
    ]
    return data.get("intro", ""), steps


def body_scan_steps() -> tuple[str, str, list[tuple[str, str]]]:
    data = resources.grounding()["body_scan"]
    steps = [(_t("Noticing"), text) for text in data["steps"]]
    return data.get("intro", ""), data.get("content_note", ""), steps


# == before and after ========================================================================
class RatingPanel(QWidget):
    """An optional before/after distress rating, saved only when the person chooses."""

    save_requested = Signal()
    close_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before = RatingInput(self.tr("Distress before you started"), "distress")
        self.after = RatingInput(self.tr("Distress now"), "distress")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("A note for yourself"))
        self.note.setPlaceholderText(self.tr("Optional: anything you noticed"))
        self.message = status_label()
        self.save_button = action_button(
            self.tr("Save to my history"), self.tr("Save to my history"), enter_presses=True
        )
        self.close_button = action_button(
            self.tr("Close without saving"), self.tr("Close without saving"), enter_presses=True
        )
        self.back_button = action_button(
            self.tr("&Back to the exercise"), self.tr("Back to the exercise"), enter_presses=True
        )
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.back_button.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("You came to the end"), scale=1.3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you like, you can note your distress from before and now ({legend}). "
                    "Both are optional. Nothing is saved unless you choose “Save to my history”."
                ).format(legend=legend("distress")),
                hint=True,
            )
        )
        layout.addWidget(self.before)
        layout.addWidget(self.after)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("Note"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def reset(self) -> None:
        self.before.setValue(None)
        self.after.setValue(None)
        self.note.setText("")
        self.message.clear()

    def primary_button(self) -> QPushButton:
        return self.save_button

    @staticmethod
    def leave_out_box(rating: RatingInput) -> QCheckBox:
        """The rating's "Leave this out" box: where the keyboard starts (the slider waits)."""
        box = rating.findChild(QCheckBox)
        assert box is not None
        return box

    def first_field(self) -> QWidget:
        before = self.before.slider()
        return before if before.isEnabled() else self.leave_out_box(self.before)

"""Grounding tools: paced breathing, 5-4-3-2-1 with the senses, and a gentle body scan.

Each tool is a window of its own, opened with `open_grounding_tool(session, tool, parent)`
(from the Safety plan, the Today area, anywhere). Steps never advance by themselves: the
person moves on with Next (Enter) and back with Back, and can go to the end at any time.
At the end, a before/after distress rating is offered; both are optional, and nothing is
written to the journal unless the person chooses "Save to my history". Closing the window at
any point saves nothing.

Keys: Enter moves on (Next, Begin, Save), Alt+B goes back, Alt+E goes to the end. In
breathing, Space on Start begins and stops the guide.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.domain.models import GroundingTool, GroundingUse
<<<<<<< HEAD
from haven.domain.ratings import legend
from haven.ui.calm.breathing import FRAME_MS, PHASES, BreathingGuide, Pattern
from haven.ui.calm.pause import breathing_patterns
from haven.ui.core.session import IDLE, Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import action_button, heading, paragraph, scrolling, status_label
=======
from haven.ui.calm.grounding_panels import (
    BreathingPanel,
    RatingPanel,
    StepsPanel,
    _t,
    body_scan_steps,
    senses_steps,
)
from haven.ui.core.session import IDLE, Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import action_button, heading, paragraph
>>>>>>> main

RECENT_USES = 8


def tool_title(tool: GroundingTool) -> str:
    return {
        GroundingTool.PACED_BREATHING: _t("Paced breathing"),
        GroundingTool.SENSES_54321: _t("5-4-3-2-1 with your senses"),
        GroundingTool.BODY_SCAN: _t("A gentle body scan"),
    }[GroundingTool(tool)]


def tool_description(tool: GroundingTool) -> str:
    return {
        GroundingTool.PACED_BREATHING: _t(
            "A calm circle to breathe along with, at a rhythm you choose."
        ),
        GroundingTool.SENSES_54321: _t(
            "Coming back to the room through what you can see, feel, hear, smell and taste."
        ),
        GroundingTool.BODY_SCAN: _t(
            "A slow tour of the body, from the feet upwards, with a content note first."
        ),
    }[GroundingTool(tool)]


<<<<<<< HEAD
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


=======
>>>>>>> main
# == the window ==============================================================================
class GroundingDialog(HavenDialog):
    """One grounding tool, then the optional rating. `saved` is the use once saved."""

    used = Signal(object)  # the GroundingUse, once saved

    def __init__(
        self, session: Session, tool: GroundingTool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.tool = GroundingTool(tool)
        self.saved: GroundingUse | None = None
        title = tool_title(self.tool)
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.exercise: BreathingPanel | StepsPanel
        if self.tool == GroundingTool.PACED_BREATHING:
            self.exercise = BreathingPanel(reduced_motion=session.settings.reduced_motion)
            self.resize(620, 680)
        elif self.tool == GroundingTool.SENSES_54321:
            intro, steps = senses_steps()
            self.exercise = StepsPanel(intro, steps)
            self.resize(600, 520)
        else:
            intro, note, steps = body_scan_steps()
            self.exercise = StepsPanel(intro, steps, content_note=note)
            self.resize(600, 560)
        self.rating = RatingPanel()
        self.stack = QStackedWidget()
        # Each page scrolls when the font is large or the screen small, never squeezed.
        self._pages = {self.exercise: scrolling(self.exercise), self.rating: scrolling(self.rating)}
        for page in self._pages.values():
            self.stack.addWidget(page)

        self.exercise.finished.connect(self.show_rating)
        self.rating.back_requested.connect(self.show_exercise)
        self.rating.close_requested.connect(self.reject)
        self.rating.save_requested.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, scale=1.5))
        layout.addWidget(self.stack, 1)
        self.show_exercise()

    # -- moving between the exercise and the rating --------------------------------------
    @property
    def at_rating(self) -> bool:
        return self.stack.currentWidget() is self._pages[self.rating]

    @Slot()
    def show_exercise(self) -> None:
        self.stack.setCurrentWidget(self._pages[self.exercise])
        if isinstance(self.exercise, StepsPanel):
            self.exercise.next_button.setDefault(True)
        self.exercise.primary_button().setFocus()

    @Slot()
    def show_rating(self) -> None:
        self.exercise.stop()
        self.stack.setCurrentWidget(self._pages[self.rating])
        self.rating.save_button.setDefault(True)
        self.rating.first_field().setFocus()

    # -- saving -------------------------------------------------------------------------
    @Slot()
    def save(self) -> GroundingUse | None:
        if not self._session.is_unlocked:
            self.rating.message.setText(
                self.tr("Haven is locked, so this was not saved. Nothing else changed.")
            )
            return None
        use = GroundingUse(
            tool=self.tool,
            distress_before=self.rating.before.value(),
            distress_after=self.rating.after.value(),
            note=self.rating.note.text().strip(),
        )
        self._session.vault.grounding.add(use)
        self.saved = use
        self._session.data_changed.emit()
        self.used.emit(use)
        self.accept()
        return use

    # -- Haven's dialog protocol ---------------------------------------------------------
    def clear_sensitive(self) -> None:
        """The exercise is Haven's own words; only what the person entered is forgotten."""
        self.rating.reset()

    def stays_open_on_lock(self, reason: str) -> bool:
        """An exercise in progress keeps going through an idle lock, like Pause does."""
        return reason == IDLE and not self.at_rating

    def done(self, result: int) -> None:
        self.exercise.stop()
        super().done(result)


def open_grounding_tool(
    session: Session, tool: GroundingTool, parent: QWidget | None = None
) -> GroundingDialog:
    """Open a grounding tool in its own window (non-modal, so Pause and Help now still work).

    The window deletes itself when closed. Connect to `used` to hear about a saved use;
    `session.data_changed` is emitted as well.
    """
    dialog = GroundingDialog(session, tool, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


# == the Safety plan's page of tools =========================================================
class GroundingToolsPanel(QWidget):
    """The three tools as buttons, and the person's recent uses."""

    opened = Signal(object)  # the GroundingDialog just opened

    def __init__(
        self,
        session: Session,
        keep_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
        *,
        show_recent: bool = True,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._keep_dialog = keep_dialog
        self._show_recent = show_recent
        title = self.tr("Grounding tools")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(title, scale=1.45))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Short exercises to help you come back to the present. Each opens in its "
                    "own window; you can stop at any time."
                ),
                hint=True,
            )
        )
        self.buttons: dict[GroundingTool, QPushButton] = {}
        for tool in GroundingTool:
            button = action_button(tool_title(tool) + "…", tool_title(tool), enter_presses=True)
            button.setAccessibleDescription(tool_description(tool))
            button.clicked.connect(lambda _checked=False, t=tool: self.open(t))
            row = QHBoxLayout()
            row.setSpacing(16)
            button.setMinimumWidth(220)
            row.addWidget(button)
            row.addWidget(paragraph(tool_description(tool), hint=True), 1)
            layout.addLayout(row)
            self.buttons[tool] = button
        layout.addSpacing(8)
        recent_title = heading(self.tr("What you saved recently"), scale=1.1)
        layout.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Grounding you saved recently"))
        self.recent_empty = paragraph(
            self.tr(
                "Nothing saved yet. After a tool you can, if you like, note how you felt "
                "before and after."
            ),
            hint=True,
        )
        layout.addWidget(self.recent_empty)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        if not show_recent:  # the Grounding area lists every use itself, to change or delete
            for widget in (recent_title, self.recent_empty, self.recent):
                widget.hide()
                layout.removeWidget(widget)

    def open(self, tool: GroundingTool) -> GroundingDialog:
        dialog = open_grounding_tool(self._session, tool, self.window())
        if self._keep_dialog is not None:
            self._keep_dialog(dialog)
        self.opened.emit(dialog)
        return dialog

    def refresh(self) -> None:
        self.recent.clear()
        if not self._session.is_unlocked or not self._show_recent:
            return
        uses = self._session.vault.grounding.list()[-RECENT_USES:]
        for use in reversed(uses):
            self.recent.addItem(self._describe(use))
        self.recent_empty.setVisible(not uses)
        self.recent.setVisible(bool(uses))
        rows = sum(self.recent.sizeHintForRow(i) for i in range(self.recent.count()))
        self.recent.setFixedHeight(rows + 2 * self.recent.frameWidth() + 16)

    def _describe(self, use: GroundingUse) -> str:
        local = use.at.astimezone().replace(tzinfo=None)
        when = QLocale().toString(local, "d MMMM yyyy, HH:mm")
        parts = [when, tool_title(use.tool)]
        if use.distress_before is not None or use.distress_after is not None:
            before = "–" if use.distress_before is None else str(use.distress_before)
            after = "–" if use.distress_after is None else str(use.distress_after)
            parts.append(self.tr("distress {before} → {after}").format(before=before, after=after))
        return " · ".join(parts)

    def clear_sensitive(self) -> None:
        self.recent.clear()

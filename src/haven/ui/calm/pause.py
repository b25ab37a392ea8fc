"""Pause: the person's own pause plan beside a paced-breathing guide.

Reachable from every screen (button and Ctrl+Shift+P), also before unlocking: the
breathing guide needs no journal, and the plan appears once Haven is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.models import PausePlanStep
from haven.ui.calm.breathing import BreathingGuide, Pattern
from haven.ui.core.session import IDLE, Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import close_button, heading, paragraph, scrolling
from haven.ui.learn.links import WhatIsThis


def breathing_patterns() -> tuple[list[Pattern], str]:
    data = resources.grounding()["breathing"]
    patterns = [Pattern.from_json(p) for p in data.get("presets", [])]
    if not patterns:
        patterns = [Pattern.from_json(data["default"], "Gentle")]
    return patterns, str(data.get("intro", ""))


def _steps_text(steps: list[PausePlanStep]) -> str:
    return "\n".join(f"•  {step.text}" for step in steps)


class PauseDialog(HavenDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Pause"))
        self.setAccessibleName(self.tr("Pause"))
        self.setMinimumSize(560, 400)
        self.resize(760, 560)

        self.plan_note = paragraph("")
        self.plan_note.setAccessibleName(self.tr("About your pause plan"))
        self.my_heading = heading(self.tr("What I can do"), scale=1.1)
        self.my_steps = self._steps_label(self.tr("My steps"))
        self.partner_heading = heading(self.tr("What my partner can do"), scale=1.1)
        self.partner_steps = self._steps_label(self.tr("My partner's steps"))

        plan = QVBoxLayout()
        plan.addWidget(heading(self.tr("Your pause plan")))
        plan.addWidget(self.plan_note)
        plan.addWidget(self.my_heading)
        plan.addWidget(self.my_steps)
        plan.addWidget(self.partner_heading)
        plan.addWidget(self.partner_steps)
        plan.addStretch(1)
        plan.addWidget(WhatIsThis("pause"), 0, Qt.AlignmentFlag.AlignLeft)

        patterns, intro = breathing_patterns()
        self.breathing = BreathingGuide(
            patterns, intro, reduced_motion=session.settings.reduced_motion
        )
        guide = QVBoxLayout()
        guide.addWidget(heading(self.tr("Breathing")))
        guide.addWidget(self.breathing, 1)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(24)
        columns.addLayout(plan, 1)
        columns.addWidget(divider)
        columns.addLayout(guide, 1)
        # At a large font the plan and the circle keep their room and the dialog scrolls,
        # so no step is cut and the circle never lies over the words.
        self.scroll = scrolling(content)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = close_button(self.tr("Close"), self.reject)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.breathing.pattern_box, self.breathing.toggle)
        self.breathing.toggle.setFocus()
        self.refresh()

    @staticmethod
    def _steps_label(name: str) -> QLabel:
        label = paragraph("")
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            self._show_plan([], [], self.tr("Your pause plan shows here once Haven is open."))
            return
        mine, partners = self._session.vault.safety.pause_plan()
        if not mine and not partners:
            self._show_plan(
                [],
                [],
                self.tr(
                    "There is no pause plan here yet. When you feel ready, you might write one "
                    "in the Safety plan: what you can do, and what your partner can do, when "
                    "one of you needs a pause. Until then, the breathing guide is here."
                ),
            )
            return
        self._show_plan(mine, partners, self.tr("You can stop or pause at any time."))

    def _show_plan(self, mine: list[PausePlanStep], partners: list[PausePlanStep], note: str):
        self.plan_note.setText(note)
        self.my_steps.setText(_steps_text(mine))
        self.partner_steps.setText(_steps_text(partners))
        self.my_heading.setVisible(bool(mine))
        self.my_steps.setVisible(bool(mine))
        self.partner_heading.setVisible(bool(partners))
        self.partner_steps.setVisible(bool(partners))

    def clear_sensitive(self) -> None:
        self._show_plan([], [], self.tr("Your pause plan shows here once Haven is open."))

    def stays_open_on_lock(self, reason: str) -> bool:
        """A breathing guide in progress keeps going through an idle lock (plan cleared)."""
        return reason == IDLE and self.breathing.running

    def done(self, result: int) -> None:
        if self.breathing.running:
            self.breathing.stop()
        super().done(result)

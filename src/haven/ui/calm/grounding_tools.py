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
        self.stack.addWidget(self.exercise)
        self.stack.addWidget(self.rating)

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
        return self.stack.currentWidget() is self.rating

    @Slot()
    def show_exercise(self) -> None:
        self.stack.setCurrentWidget(self.exercise)
        if isinstance(self.exercise, StepsPanel):
            self.exercise.next_button.setDefault(True)
        self.exercise.primary_button().setFocus()

    @Slot()
    def show_rating(self) -> None:
        self.exercise.stop()
        self.stack.setCurrentWidget(self.rating)
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

    def __init__(
        self,
        session: Session,
        keep_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._keep_dialog = keep_dialog
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
        layout.addWidget(heading(self.tr("What you saved recently"), scale=1.1))
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

    def open(self, tool: GroundingTool) -> GroundingDialog:
        dialog = open_grounding_tool(self._session, tool, self.window())
        if self._keep_dialog is not None:
            self._keep_dialog(dialog)
        return dialog

    def refresh(self) -> None:
        self.recent.clear()
        if not self._session.is_unlocked:
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

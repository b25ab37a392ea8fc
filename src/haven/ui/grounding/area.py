"""Grounding: the three tools, the calm answer when a tool did not help, and every use.

Each tool opens in its own non-modal window. When a use is saved with distress higher
afterwards than before, the care panel offers something else (once for that use). Below,
every saved use, newest first, can be opened to change its ratings or note, or deleted
with Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

from haven.domain.models import GroundingUse
from haven.domain.ratings import words_for
from haven.ui.calm.care_panel import CarePanel
from haven.ui.calm.grounding_tools import GroundingDialog, GroundingToolsPanel, tool_title
from haven.ui.core.session import Session
from haven.ui.kit.record_list import RecordList
from haven.ui.kit.widgets import heading, paragraph
from haven.usecases import hard_moments
from haven.usecases.records import RecordKind


class GroundingArea(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogs: list[QDialog] = []
        self.setAccessibleName(self.tr("Grounding"))
        self.tools = GroundingToolsPanel(session, self._keep, show_recent=False)
        self.tools.opened.connect(self._watch)
        self.care = CarePanel(session)
        self.care.grounding_requested.connect(self._back_to_tools)
        self.uses = RecordList(
            session,
            RecordKind.GROUNDING,
            name=self.tr("Times you used grounding"),
            describe=self.describe,
            editor=_edit_use,
            empty_text=self.tr(
                "Nothing saved yet. After a tool you can, if you like, note how you felt "
                "before and after."
            ),
            deleted_text=self.tr("The grounding use was deleted."),
            delete_question=self.tr("Delete this grounding use and its note?"),
        )

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(12)
        column.addWidget(self.tools)
        column.addWidget(self.care)
        column.addWidget(heading(self.tr("Times you used grounding"), scale=1.2))
        column.addWidget(
            paragraph(
                self.tr("Newest first. You can change the ratings or the note, or delete one."),
                hint=True,
            )
        )
        column.addWidget(self.uses)
        column.addStretch(1)
        content.setMaximumWidth(820)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _keep(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d is not dialog]
        self._dialogs.append(dialog)

    def _watch(self, dialog: GroundingDialog) -> None:
        dialog.used.connect(self.after_use)

    @Slot(object)
    def after_use(self, use: GroundingUse) -> None:
        if self._session.is_unlocked:
            self.care.offer(hard_moments.after_grounding(self._session.vault, use))

    @Slot()
    def _back_to_tools(self) -> None:
        self.tools.buttons[next(iter(self.tools.buttons))].setFocus()

    def describe(self, use: GroundingUse) -> str:
        local = use.at.astimezone().replace(tzinfo=None)
        parts = [QLocale().toString(local, "d MMMM yyyy, HH:mm"), tool_title(use.tool)]
        if use.distress_before is not None or use.distress_after is not None:
            parts.append(
                self.tr("distress before: {before} · afterwards: {after}").format(
                    before=_rated(use.distress_before), after=_rated(use.distress_after)
                )
            )
        text = " · ".join(parts)
        return text + ("\n" + use.note if use.note else "")

    def open_detail(self, detail: str) -> None:
        """Nothing to open inside: the tools are all on one page."""

    def refresh(self) -> None:
        self.tools.refresh()
        self.uses.reload()

    def clear_sensitive(self) -> None:
        self.tools.clear_sensitive()
        self.care.clear_sensitive()
        self.uses.clear_sensitive()


def _rated(value: int | None) -> str:
    return "–" if value is None else f"{value} ({words_for(value, 'distress')})"


def _edit_use(use: GroundingUse, parent: QWidget) -> GroundingUse | None:
    from haven.ui.grounding.edit_use import edit_use

    return edit_use(use, parent)

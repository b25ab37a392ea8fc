"""The Safety plan: the person's own words for boundaries, signals, people and steps.

Sections on the left, the chosen one on the right. Every section is optional and starts
with a one-line explanation and an invitation, never an instruction. Each item can be added,
changed, deleted (asked once, then "Undo" for the last delete, also Ctrl+Z) and reordered
(Alt+Up/Down, the Move buttons, or a drag). The Pause dialog reads the pause plan kept here;
Help now shows the support contacts first. The grounding tools are here as well.

On lock, `clear_sensitive()` empties every list, detail, field and the pending undo, and
closes (after scrubbing) every window opened from here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from haven.ui.calm.grounding_tools import GroundingToolsPanel
from haven.ui.core.scrub import scrub_tree
from haven.ui.core.session import IDLE, Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import ask_calmly_later
from haven.ui.safety.models import section_specs
from haven.ui.safety.pages import BoundariesPage, ChecklistPage, PausePlanPage, ScriptsPage
from haven.ui.safety.sections import ItemList, SectionPage


class SafetyPlanArea(QWidget):
    """Sections of the safety plan, each a page; grounding tools last."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs: list[QDialog] = []
        self._announcing = False
        self.confirm_box: QMessageBox | None = None
        self.setAccessibleName(self.tr("Safety plan"))

        # Created first, so Tab reaches the sections before what is in them.
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Safety plan sections"))
        self.sections.setFrameShape(QFrame.Shape.NoFrame)

        specs = section_specs()
        self.specs = specs
        self.boundaries = BoundariesPage(self, specs["boundaries"])
        self.triggers = SectionPage(self, specs["triggers"])
        self.contacts = SectionPage(self, specs["contacts"])
        self.signals = SectionPage(self, specs["signals"])
        self.pause_plan = PausePlanPage(self, specs["pause_me"], specs["pause_partner"])
        self.routines = SectionPage(self, specs["routines"])
        self.scripts = ScriptsPage(self, specs["scripts"])
        self.checklist = ChecklistPage(self, specs["checklist"])
        self.grounding = GroundingToolsPanel(session, self.keep_dialog)
        self.pages: dict[str, QWidget] = {
            "boundaries": self.boundaries,
            "triggers": self.triggers,
            "contacts": self.contacts,
            "signals": self.signals,
            "pause_plan": self.pause_plan,
            "routines": self.routines,
            "scripts": self.scripts,
            "checklist": self.checklist,
            "grounding": self.grounding,
        }
        nav_titles = {
            "boundaries": self.tr("Boundaries"),
            "triggers": self.tr("Triggers and reminders"),
            "contacts": self.tr("Support contacts"),
            "signals": self.tr("Stop and pause signals"),
            "pause_plan": self.tr("Pause plan"),
            "routines": self.tr("Routines"),
            "scripts": self.tr("Communication scripts"),
            "checklist": self.tr("Boundary checklist"),
            "grounding": self.tr("Grounding tools"),
        }

        self.stack = QStackedWidget()
        row_height = self.sections.fontMetrics().height() + 18
        for key, page in self.pages.items():
            item = QListWidgetItem(nav_titles[key])
            item.setSizeHint(QSize(0, row_height))
            self.sections.addItem(item)
            self.stack.addWidget(page)
        width = max(self.sections.fontMetrics().horizontalAdvance(t) for t in nav_titles.values())
        self.sections.setFixedWidth(width + 44)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)

        self.undo_bar = UndoBar()
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_bar.undo)
        for item_list in self.item_lists():
            item_list.undo_requested.connect(self.undo_bar.undo)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.undo_bar)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)

    # -- finding things -----------------------------------------------------------------
    def open_detail(self, detail: str) -> None:
        """Opened from elsewhere at one section (e.g. "grounding" from Today)."""
        if detail in self.pages:
            self.show_section(detail)

    def show_section(self, key: str) -> QWidget:
        self.sections.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def list_for(self, spec_key: str) -> ItemList:
        """The list holding one kind of item: a section key, or pause_me / pause_partner."""
        if spec_key == "pause_me":
            return self.pause_plan.mine
        if spec_key == "pause_partner":
            return self.pause_plan.partners
        page = self.pages[spec_key]
        assert isinstance(page, SectionPage)
        return page.list

    def list_pages(self) -> list[SectionPage]:
        return [p for p in self.pages.values() if isinstance(p, SectionPage)]

    def item_lists(self) -> list[ItemList]:
        return [p.list for p in self.list_pages()] + list(self.pause_plan.lists)

    # -- what pages ask of the area -------------------------------------------------------
    def changed(self) -> None:
        """Tell the other areas (and Pause, Help now) that the plan changed."""
        self._announcing = True
        try:
            self.session.data_changed.emit()
        finally:
            self._announcing = False

    def offer_undo(self, message: str, undo: Callable[[], None]) -> None:
        self.undo_bar.offer(message, undo)

    def confirm(self, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        """Ask once, in a small window; "Keep it" is the default and Escape keeps it too."""

        def go() -> None:
            self.confirm_box = None
            on_yes()

        box = ask_calmly_later(
            self.window(),
            self.tr("Delete?"),
            text,
            go,
            go=yes,
            keep=self.tr("Keep it"),
            destructive=True,
        )
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        self.keep_dialog(box)

    def keep_dialog(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if isValid(d)]
        self._dialogs.append(dialog)

    # -- the area protocol --------------------------------------------------------------
    def refresh(self) -> None:
        if self._announcing or not self.session.is_unlocked:
            return
        for page in self.list_pages():
            page.reload()
        self.pause_plan.reload()
        self.grounding.refresh()

    def clear_sensitive(self) -> None:
        kept = []
        for dialog in self._dialogs:
            if not isValid(dialog):
                continue
            if (
                isinstance(dialog, HavenDialog)
                and dialog.isVisible()
                and dialog.stays_open_on_lock(IDLE)
            ):
                # The main window kept it open (a breathing guide in use): it only forgets.
                dialog.clear_sensitive()
                kept.append(dialog)
                continue
            scrub_tree(dialog)
            dialog.reject()
            dialog.deleteLater()
        self._dialogs = kept
        self.confirm_box = None
        self.undo_bar.dismiss()
        for page in self.list_pages():
            page.clear_sensitive()
        self.pause_plan.clear_sensitive()
        self.grounding.clear_sensitive()

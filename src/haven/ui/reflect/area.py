"""The Reflect area: the three reflection tools as tabs. Each keeps its own list of what was
saved; all of it is in the vault and is cleared from the screen on lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.widgets import heading
from haven.ui.reflect.common import tr
from haven.ui.reflect.fear import FearPage
from haven.ui.reflect.kind import KindWordPage
from haven.ui.reflect.values import ValuesPage

TABS = ("fear", "values", "kind")


class ReflectArea(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.fear = FearPage(session)
        self.values = ValuesPage(session)
        self.kind = KindWordPage(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Reflection tools"))
        self.tabs.addTab(self.fear, tr("Fear or danger?"))
        self.tabs.addTab(self.values, tr("What closeness means to me"))
        self.tabs.addTab(self.kind, tr("A kind word to myself"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(tr("Reflect"), scale=1.6))
        layout.addWidget(self.tabs, 1)

    def pages(self) -> list[FearPage | ValuesPage | KindWordPage]:
        return [self.fear, self.values, self.kind]

    def refresh(self) -> None:
        for page in self.pages():
            page.refresh()

    def clear_sensitive(self) -> None:
        for page in self.pages():
            page.clear_sensitive()

    def open_detail(self, tab: str) -> None:
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))

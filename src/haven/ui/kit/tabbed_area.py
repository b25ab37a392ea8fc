"""An area made of a few pages as tabs, under a heading and one line of hint.

"With my therapist" and "With my partner" are built this way: each page keeps its own list
and its own state; the area refreshes them together (only while the journal is open),
clears them together on lock, and opens one by its key (`open_detail`, used by links from
other screens).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.widgets import heading, paragraph


class TabbedArea(QWidget):
    navigate = Signal(str, str)

    def __init__(
        self, session: Session, *, title: str, hint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.pages: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(title, scale=1.6))
        layout.addWidget(paragraph(hint, hint=True))
        layout.addWidget(self.tabs, 1)
        self.setAccessibleName(title)

    def add_page(self, key: str, label: str, page: QWidget) -> None:
        """A tab, after the others; `page` has `refresh` and `clear_sensitive`."""
        self.pages[key] = page
        self.tabs.addTab(page, label)

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        for page in self.pages.values():
            page.refresh()  # type: ignore[attr-defined]

    def clear_sensitive(self) -> None:
        for page in self.pages.values():
            page.clear_sensitive()  # type: ignore[attr-defined]

    def show_section(self, key: str) -> None:
        if key in self.pages:
            self.tabs.setCurrentWidget(self.pages[key])

    def open_detail(self, key: str) -> None:
        self.show_section(key)

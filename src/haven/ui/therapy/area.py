"""With my therapist: the sessions log, the list to bring, and since my last session, as
tabs. The survivor leads; the app keeps their notes, it never decides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.therapy.common import tr
from haven.ui.therapy.sessions import SessionsPage
from haven.ui.therapy.since import SincePage
from haven.ui.therapy.to_bring import ToBringPage


class TherapyArea(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.sessions = SessionsPage(session)
        self.to_bring = ToBringPage(session)
        self.since = SincePage(session)
        self.since.make_summary.connect(lambda detail: self.navigate.emit("share", detail))
        self.pages: dict[str, QWidget] = {
            "sessions": self.sessions,
            "to_bring": self.to_bring,
            "since": self.since,
        }
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("With my therapist"))
        self.tabs.addTab(self.sessions, tr("Sessions"))
        self.tabs.addTab(self.to_bring, tr("To bring to therapy"))
        self.tabs.addTab(self.since, tr("Since my last session"))
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(tr("With my therapist"), scale=1.6))
        layout.addWidget(
            paragraph(
                tr(
                    "Your own notes for working with a therapist. They stay in your "
                    "encrypted journal; nothing is sent anywhere."
                ),
                hint=True,
            )
        )
        layout.addWidget(self.tabs, 1)
        self.setAccessibleName(tr("With my therapist"))

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

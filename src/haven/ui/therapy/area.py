"""With my therapist: the sessions log, the list to bring, and since my last session, as
tabs. The survivor leads; the app keeps their notes, it never decides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from haven.ui.core.session import Session
from haven.ui.kit.tabbed_area import TabbedArea
from haven.ui.therapy.common import tr
from haven.ui.therapy.sessions import SessionsPage
from haven.ui.therapy.since import SincePage
from haven.ui.therapy.to_bring import ToBringPage


class TherapyArea(TabbedArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=tr("With my therapist"),
            hint=tr(
                "Your own notes for working with a therapist. They stay in your "
                "encrypted journal; nothing is sent anywhere."
            ),
            parent=parent,
        )
        self.sessions = SessionsPage(session)
        self.to_bring = ToBringPage(session)
        self.since = SincePage(session)
        self.since.make_summary.connect(lambda detail: self.navigate.emit("share", detail))
        self.add_page("sessions", tr("Sessions"), self.sessions)
        self.add_page("to_bring", tr("To bring to therapy"), self.to_bring)
        self.add_page("since", tr("Since my last session"), self.since)
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())

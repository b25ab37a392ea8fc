"""With my partner: a guided check-in conversation, past conversations, and agreements, as
tabs. The two people lead; Haven keeps their words and never moves a roadmap step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.partner.agreements import AgreementsPage
from haven.ui.partner.common import tr
from haven.ui.partner.conversation import ConversationPage
from haven.ui.partner.past import PastPage


class PartnerArea(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.conversation = ConversationPage(session)
        self.agreements = AgreementsPage(session)
        self.past = PastPage(session)
        self.pages: dict[str, QWidget] = {
            "conversation": self.conversation,
            "agreements": self.agreements,
            "past": self.past,
        }
        for page in self.pages.values():
            page.changed.connect(self.refresh)  # type: ignore[attr-defined]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("With my partner"))
        self.tabs.addTab(self.conversation, tr("A check-in together"))
        self.tabs.addTab(self.agreements, tr("Agreements"))
        self.tabs.addTab(self.past, tr("Past conversations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(tr("With my partner"), scale=1.6))
        layout.addWidget(
            paragraph(
                tr(
                    "Regular check-ins keep you both in the loop. Your words stay in your "
                    "encrypted journal; the page for your partner holds only what you choose."
                ),
                hint=True,
            )
        )
        layout.addWidget(self.tabs, 1)
        self.setAccessibleName(tr("With my partner"))

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

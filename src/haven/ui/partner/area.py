"""With my partner: a guided check-in conversation, past conversations, and agreements, as
tabs. The two people lead; Haven keeps their words and never moves a roadmap step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from haven.ui.core.session import Session
from haven.ui.kit.tabbed_area import TabbedArea
from haven.ui.partner.agreements import AgreementsPage
from haven.ui.partner.common import tr
from haven.ui.partner.conversation import ConversationPage
from haven.ui.partner.past import PastPage


class PartnerArea(TabbedArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=tr("With my partner"),
            hint=tr(
                "Regular check-ins keep you both in the loop. Your words stay in your "
                "encrypted journal; the page for your partner holds only what you choose."
            ),
            parent=parent,
        )
        self.conversation = ConversationPage(session)
        self.agreements = AgreementsPage(session)
        self.past = PastPage(session)
        self.add_page("conversation", tr("A check-in together"), self.conversation)
        self.add_page("agreements", tr("Agreements"), self.agreements)
        self.add_page("past", tr("Past conversations"), self.past)
        for page in self.pages.values():
            page.changed.connect(self.refresh)  # type: ignore[attr-defined]

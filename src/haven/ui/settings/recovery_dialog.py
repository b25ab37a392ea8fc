"""The dialog that shows a new recovery code once, from Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from haven.ui.access.recovery_code import RecoveryCodePanel
from haven.ui.core.session import Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import (
    heading,
    paragraph,
)


class RecoveryCodeDialog(HavenDialog):
    """Shows a new recovery code once; closes (and forgets it) on lock."""

    def __init__(self, session: Session, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.setAccessibleName(self.tr("Your new recovery code"))
        self.setModal(True)
        self._session = session
        self.panel = RecoveryCodePanel(session.clipboard)
        self.panel.set_code(code)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.panel.confirmed_changed.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Your new recovery code")))
        layout.addWidget(
            paragraph(self.tr("Your old recovery code no longer opens the journal."), hint=True)
        )
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def reject(self) -> None:
        """Closing before confirming is allowed; the person gets a gentle note."""
        if not self.panel.confirmed:
            self._session.notices.append(
                self.tr("If you did not keep the new recovery code, you can make another one.")
            )
        self.panel.wipe()
        super().reject()

    def accept(self) -> None:
        self.panel.wipe()
        super().accept()

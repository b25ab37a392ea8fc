"""The base for Haven's own dialogs: they know how to forget what they show.

Pause and Help now are non-modal so the always-on shortcuts keep working while they are
open. On lock, a dialog clears its data; it stays open only when that is what a person
would expect (a breathing guide in progress during an idle lock), and otherwise closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from haven.ui.core.scrub import scrub_tree


class HavenDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def clear_sensitive(self) -> None:
        """Forget every piece of journal data shown. The default empties everything."""
        scrub_tree(self)

    def refresh(self) -> None:
        """Read again from the vault (after unlock or a change)."""

    def stays_open_on_lock(self, reason: str) -> bool:
        return False

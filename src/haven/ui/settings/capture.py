"""The Settings row for "hide Haven from screenshots and screen sharing".

Offered where the system can do it (Windows, macOS) and off by default; on Linux the box is
shown switched off and unavailable, with one plain paragraph saying why it cannot be done
(haven.system.capture words it for each system).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from haven.system.capture import CaptureSupport, capture_support
from haven.ui.kit.widgets import paragraph


class CaptureSetting(QWidget):
    def __init__(self, session, support: CaptureSupport | None = None) -> None:
        super().__init__()
        self._session = session
        self.support = support or capture_support()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Hide Haven from screenshots and screen sharing"))
        self.check.setAccessibleName(self.tr("Hide Haven from screenshots and screen sharing"))
        self.check.setEnabled(self.support.available)
        self.explanation = paragraph(self.support.explanation, hint=True)
        layout.addWidget(self.check)
        layout.addWidget(self.explanation)
        self.load()
        self.check.toggled.connect(self._save)

    def load(self) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(self.support.available and self._session.settings.hide_from_capture)
        self.check.blockSignals(False)

    @Slot(bool)
    def _save(self, on: bool) -> None:
        self._session.settings.hide_from_capture = on and self.support.available
        self._session.save_settings()

"""Text Haven put on the clipboard, and clearing it again.

Haven remembers what it copied (through `copy`, and whatever the person copies from a Haven
window while it is the active application). On lock, on quit, and after a short time for
`copy(…, clear_after_s=…)`, the clipboard is cleared, but only if it still holds that text:
something the person copied from another program afterwards is never touched.

Clipboard managers can keep their own history, which Haven cannot reach; the recovery-code
copy button says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self._copying = False
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._on_changed)
        clipboard.selectionChanged.connect(self._on_selection_changed)

    def copy(self, text: str, *, clear_after_s: int | None = None) -> None:
        """Put text on the clipboard and remember it as Haven's."""
        self._copying = True
        try:
            QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        finally:
            self._copying = False
        self._ours.add(text)
        if clear_after_s:
            self._timer.start(clear_after_s * 1000)

    @Slot()
    def _on_changed(self) -> None:
        """Text copied while a Haven window is active came from Haven (e.g. Ctrl+C)."""
        if not self._copying:
            self._remember_if_active(QClipboard.Mode.Clipboard)

    @Slot()
    def _on_selection_changed(self) -> None:
        self._remember_if_active(QClipboard.Mode.Selection)

    def _remember_if_active(self, mode: QClipboard.Mode) -> None:
        if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return
        text = QGuiApplication.clipboard().text(mode)
        if text:
            self._ours.add(text)

    def holds_ours(self) -> bool:
        return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) in self._ours

    @Slot()
    def clear_if_ours(self) -> None:
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            current = clipboard.text(mode)
            if current and current in self._ours:
                clipboard.clear(mode)
        self._ours.clear()

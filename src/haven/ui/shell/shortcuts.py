"""The safety shortcuts, working from every Haven window and dialog.

Each is a QShortcut with Qt.ApplicationShortcut on the main window. Qt does not fire those
while a modal dialog blocks the main window, so one application event filter catches the same
key presses then (they reach the dialog as ordinary key presses, because no shortcut took
them). Either way each press acts once.

At start the main window asks for that filter only after its first paint (`watch_dialogs`):
while an application filter written in Python is installed, every event of every Qt object
passes through Python, and the first time an object of a new C++ class does, PySide6 sets up
Python types (and their enums) for whole families of classes — about 20 ms before the unlock
window could paint. No dialog can be open before then; the QShortcuts work from the start.

    Ctrl+Shift+H   quick-hide: close every dialog, lock, minimise
    Ctrl+Shift+P   Pause: the pause plan and a breathing guide
    Ctrl+Shift+N   Help now: your contacts, then helplines
    Ctrl+L         lock now

Why these: Ctrl+Shift+letter is never typed by accident, works on every keyboard layout that
has Latin letters, and does not clash with text editing keys. Escape is deliberately not
used: it is pressed too often by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

QUICK_HIDE_KEYS = "Ctrl+Shift+H"
PAUSE_KEYS = "Ctrl+Shift+P"
HELP_NOW_KEYS = "Ctrl+Shift+N"
LOCK_KEYS = "Ctrl+L"


@dataclass(frozen=True, slots=True)
class SafetyAction:
    keys: str
    run: Callable[[], None]


class SafetyShortcuts(QObject):
    def __init__(
        self, window: QWidget, actions: list[SafetyAction], *, watch_dialogs: bool = True
    ) -> None:
        super().__init__(window)
        self._actions = actions
        self._sequences = [(QKeySequence(a.keys), a) for a in actions]
        self.shortcuts: list[QShortcut] = []
        self.watching_dialogs = False
        for action in actions:
            # Until watch_dialogs, the context is Qt's default, the window: the only one.
            shortcut = QShortcut(QKeySequence(action.keys), window)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(action.run)
            self.shortcuts.append(shortcut)
        if watch_dialogs:
            self.watch_dialogs()

    def watch_dialogs(self) -> None:
        """Make the keys work from every Haven window, and over modal dialogs too.

        Safe to call again. (Kept out of the first paint: `Qt.ShortcutContext` is in the
        `Qt` namespace, whose enums PySide6 would set up first, and see the module notes.)
        """
        if self.watching_dialogs:
            return
        from PySide6.QtCore import Qt

        for shortcut in self.shortcuts:
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self.watching_dialogs = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        pressed = QKeySequence(event.keyCombination())
        for sequence, action in self._sequences:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                event.accept()
                action.run()
                return True
        return False

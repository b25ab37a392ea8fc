"""The one main window: first run, unlock, or the open journal, under a calm header bar.

The header holds the controls that are always there: Lock, Hide (quick-hide), Pause and
Help now. Locking, for any reason, closes every dialog (scrubbing its fields first), clears
every area, empties Haven's clipboard text, and shows the unlock screen under the neutral
title. Quick-hide does the same and minimises the window.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.store import HavenStoreError
from haven.ui.access.unlock import UnlockView
from haven.ui.core.session import IDLE, ON_DEMAND, QUICK_HIDE, Session
from haven.ui.shell.desktop import DesktopPresence
from haven.ui.shell.idle import IdleLock
from haven.ui.shell.shortcuts import (
    HELP_NOW_KEYS,
    LOCK_KEYS,
    PAUSE_KEYS,
    QUICK_HIDE_KEYS,
    SafetyAction,
    SafetyShortcuts,
)
from haven.ui.shell.theme import apply_theme, apply_title

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from haven.store.keyfile import KdfParams
    from haven.ui.access.first_run import FirstRunView
    from haven.ui.kit.dialogs import HavenDialog
    from haven.ui.shell.workspace import Workspace

# Screens and dialogs are imported when first needed: fewer Qt classes to set up before the
# unlock window paints is most of what keeps start-up close to a bare window's.


class MainWindow(QMainWindow):
    """The window; `quick_start` (run_gui) leaves what the first paint does not need to
    `start_background_services`, which run_gui calls right after the first paint."""

    def __init__(
        self,
        session: Session,
        *,
        first_run_kdf: KdfParams | None = None,
        quick_start: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self._first_run_kdf = first_run_kdf
        self.first_run: FirstRunView | None = None
        self.workspace: Workspace | None = None
        self.system_lock = None
        self.setObjectName("HavenMainWindow")
        self.resize(1040, 720)
        self.setMinimumSize(640, 480)

        self.stack = QStackedWidget()
        self.unlock_view = UnlockView(session, quick_start=quick_start)
        self.unlock_view.opened.connect(self._show_workspace)
        self.stack.addWidget(self.unlock_view)
        header = self._header()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Content first, header last in the Tab order: a person starts where they type.
        self.setTabOrder(self.unlock_view, self.lock_button)

        self.idle = IdleLock(self)
        self.idle.set_minutes(session.settings.idle_lock_minutes)
        self.idle.idle.connect(lambda: self.session.lock(IDLE))
        self.shortcuts = SafetyShortcuts(
            self,
            [
                SafetyAction(QUICK_HIDE_KEYS, self.quick_hide),
                SafetyAction(PAUSE_KEYS, self.open_pause),
                SafetyAction(HELP_NOW_KEYS, self.open_help_now),
                SafetyAction(LOCK_KEYS, self.lock_now),
            ],
            watch_dialogs=not quick_start,  # no dialog can be open before the first paint
        )
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        session.pause_requested.connect(self.open_pause)
        session.help_requested.connect(self.open_help_now)
        session.unlock_note.connect(self.unlock_view.show_note)
        session.settings_changed.connect(self.apply_settings)
        self.desktop = DesktopPresence(self)
        self.apply_settings()
        self.lock_button.hide()
        self._show_locked_screen()

    # -- header -------------------------------------------------------------------------
    def _header(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("HeaderBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 6)
        row.setSpacing(8)
        row.addStretch(1)
        self.lock_button = self._header_button(
            self.tr("Lock"), LOCK_KEYS, self.tr("Lock now"), self.lock_now
        )
        self.hide_button = self._header_button(
            self.tr("Hide"),
            QUICK_HIDE_KEYS,
            self.tr("Hide everything, lock and minimise"),
            self.quick_hide,
        )
        self.pause_button = self._header_button(
            self.tr("Pause"),
            PAUSE_KEYS,
            self.tr("Your pause plan and a breathing guide"),
            self.open_pause,
            role="pause",
        )
        self.help_button = self._header_button(
            self.tr("Help now"),
            HELP_NOW_KEYS,
            self.tr("Your contacts and helplines"),
            self.open_help_now,
            role="help",
        )
        for button in (self.lock_button, self.hide_button, self.pause_button, self.help_button):
            row.addWidget(button)
        return bar

    def _header_button(self, text, keys, what, slot, *, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(f"{what} ({keys})")
        button.setToolTip(f"{what} ({keys})")
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    # -- settings that show ---------------------------------------------------------------
    @Slot()
    def apply_settings(self) -> None:
        settings = self.session.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
            apply_title(app, settings.window_title)
        self.setWindowTitle(settings.window_title)
        self.desktop.apply(settings)  # icon, screen capture, the menu entry (shell/desktop.py)
        self.idle.set_minutes(settings.idle_lock_minutes)
        if "haven.ui.kit.dialogs" in sys.modules:  # else no dialog was ever made
            for dialog in self._open_dialogs(haven_only=True):
                dialog.setWindowTitle(self.session_dialog_title(dialog))

    def session_dialog_title(self, dialog: QDialog) -> str:
        """In discreet mode dialogs carry the neutral name too, never 'Help now'."""
        plain = dialog.property("plainTitle") or dialog.windowTitle()
        dialog.setProperty("plainTitle", plain)
        settings = self.session.settings
        return settings.discreet_name if settings.discreet_mode else str(plain)

    # -- screens ------------------------------------------------------------------------
    def _show_locked_screen(self) -> None:
        if self.session.vault_exists:
            self._drop_first_run()
            offered = self._keychain_slot()
            self.unlock_view.set_keychain_offered(offered)
            self.stack.setCurrentWidget(self.unlock_view)
            self.unlock_view.show_passphrase_page()
        else:
            from haven.ui.access.first_run import FirstRunView

            self._drop_first_run()
            self.first_run = FirstRunView(self.session, kdf=self._first_run_kdf)
            self.first_run.finished.connect(self._show_workspace)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.begin_button.setFocus()

    def _keychain_slot(self) -> bool:
        with contextlib.suppress(HavenStoreError, OSError):
            return self.session.keychain_enabled
        return False

    def _drop_first_run(self) -> None:
        if self.first_run is not None:
            from haven.ui.core.scrub import scrub_tree

            self.first_run.wipe()
            scrub_tree(self.first_run)
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None

    @Slot()
    def _show_workspace(self) -> None:
        if not self.session.is_unlocked:
            return
        self._drop_first_run()
        workspace = self._ensure_workspace()
        workspace.refresh()
        workspace.show_notices()
        self.stack.setCurrentWidget(workspace)
        workspace.nav.setFocus()

    def _ensure_workspace(self) -> Workspace:
        if self.workspace is None:
            from haven.ui.shell.workspace import Workspace

            self.workspace = Workspace(self.session)
            self.stack.addWidget(self.workspace)
        return self.workspace

    def try_keychain_at_start(self) -> None:
        """At start only: if the person chose it, open quietly with this device's keychain."""
        if self.session.vault_exists and self._keychain_slot():
            self.unlock_view.try_keychain()

    # -- lock, unlock, hide -------------------------------------------------------------
    @Slot()
    def lock_now(self) -> None:
        self.session.lock(ON_DEMAND)

    @Slot()
    def quick_hide(self) -> None:
        self.session.lock(QUICK_HIDE)

    @Slot(str)
    def _on_locked(self, reason: str) -> None:
        self.idle.disarm()
        self._close_dialogs(reason)
        if self.workspace is not None:
            self.workspace.clear_sensitive()
        self.unlock_view.wipe()
        self.lock_button.hide()
        self._show_locked_screen()
        if reason == QUICK_HIDE:
            self.showMinimized()

    @Slot()
    def _on_unlocked(self) -> None:
        self.lock_button.show()
        self.idle.arm()
        for dialog in self._open_dialogs(haven_only=True):
            dialog.refresh()

    def _open_dialogs(
        self, kind: type[QDialog] | None = None, *, haven_only: bool = False
    ) -> list[QDialog]:
        from PySide6.QtWidgets import QDialog

        from haven.ui.kit.dialogs import HavenDialog

        wanted = kind or (HavenDialog if haven_only else QDialog)
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, wanted) and w.isVisible()
        ]

    def _close_dialogs(self, reason: str) -> None:
        """Every dialog forgets what it showed; all close, except a breathing guide in use."""
        from PySide6.QtWidgets import QDialog, QMenu

        # No Haven dialog exists unless their module was imported (not so when quitting
        # from the unlock screen, which then needs neither module).
        dialogs = sys.modules.get("haven.ui.kit.dialogs")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                widget.close()
            if not isinstance(widget, QDialog):
                continue
            if (
                dialogs is not None
                and isinstance(widget, dialogs.HavenDialog)
                and widget.isVisible()
                and widget.stays_open_on_lock(reason)
            ):
                widget.clear_sensitive()
                continue
            if widget.isVisible():
                widget.reject()
            from haven.ui.core.scrub import scrub_tree

            scrub_tree(widget)
            widget.deleteLater()

    # -- Pause and Help now -------------------------------------------------------------
    @Slot()
    def open_pause(self) -> None:
        from haven.ui.calm.pause import PauseDialog

        self._open_single(PauseDialog)

    @Slot()
    def open_help_now(self) -> None:
        from haven.ui.calm.help_now import HelpNowDialog

        self._open_single(HelpNowDialog)

    def _open_single(self, kind: type[HavenDialog]) -> HavenDialog:
        for dialog in self._open_dialogs(kind):
            dialog.raise_()
            dialog.activateWindow()
            return dialog  # type: ignore[return-value]
        if self.isMinimized():
            self.showNormal()
        from PySide6.QtCore import Qt

        dialog = kind(self.session, self)  # type: ignore[call-arg]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.session_dialog_title(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- start and quit -----------------------------------------------------------------
    def start_background_services(self) -> None:
        """After the first paint: the safety keys over modal dialogs too, and listening for
        screen lock and sleep (loads QtDBus). With `quick_start`, also the rest of the unlock
        screen and the clipboard guard."""
        self.unlock_view.finish_building()
        self.session.finish_start()
        self.shortcuts.watch_dialogs()
        from haven.ui.shell.system_lock import SystemLockListener

        self.system_lock = SystemLockListener(self)
        self.system_lock.should_lock.connect(self.session.lock)
        self.system_lock.attach_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_dialogs(QUICK_HIDE)
        if self.system_lock is not None:
            self.system_lock.detach_window()
        if self.workspace is not None:
            self.workspace.clear_sensitive()
        self.session.shutdown()
        event.accept()
        QTimer.singleShot(0, QApplication.quit)

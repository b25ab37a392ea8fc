"""The app-level state the windows share: the vault, the plain settings, and lock/unlock.

Widgets listen to `locked`, `unlocked`, `data_changed` and `settings_changed` instead of
talking to each other, and ask for the pause plan with `pause_requested` instead of reaching
for the window. After changes the session makes the same hourly automatic encrypted backup
the command line makes (haven.usecases.backups), a moment later so a burst of changes costs
one look, and before a lock so the last change is not missed.

Locking is immediate for everything a person can see; if a change of passphrase or recovery
code is half-way through on a worker thread, the vault itself is closed the moment that
change finishes, so the key file is never written with a key that was being wiped at the
same time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SIGNAL, QObject, QTimer, Signal, Slot

from haven.config import PlainSettings, save_settings
from haven.ui.core.tasks import TaskRunner

if TYPE_CHECKING:
    from haven.store.keyfile import KdfParams
    from haven.store.vault import Vault
    from haven.ui.core.clipboard import ClipboardGuard
    from haven.usecases.backups import AfterChange, BackupOutcome

# The vault's file names (haven.store.vault.DB_NAME and KEY_NAME; a test keeps them equal).
# The unlock screen only needs to know whether they exist, and the vault module (with the key
# file, migrations, uuid and secrets) is imported on first use, after the first paint.
DB_NAME = "haven.db"
KEY_NAME = "haven.key"

# Reasons passed with `locked`; "quick-hide" also closes every window and minimises.
ON_DEMAND = "on-demand"
QUICK_HIDE = "quick-hide"
IDLE = "idle"

# How long after a change the automatic backup looks whether one is due (at most hourly).
BACKUP_AFTER_CHANGE_MS = 1500


class Session(QObject):
    # Emitted while the vault is still open, just before a lock: views with unsaved typing
    # save their draft now, so a lock never costs the last seconds of what was typed.
    about_to_lock = Signal()
    locked = Signal(str)
    unlocked = Signal()
    data_changed = Signal()
    settings_changed = Signal()
    # Any widget may ask for the pause plan and breathing guide; the main window answers.
    pause_requested = Signal()
    # Likewise Help now (the care panel after a hard moment offers it).
    help_requested = Signal()
    # A calm note for the unlock screen (after a restore, say); the main window shows it.
    unlock_note = Signal(str)
    # The hourly automatic backup could not be made (the reason); what was saved is safe.
    auto_backup_failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        settings: PlainSettings,
        *,
        kdf: KdfParams | None = None,
        settings_path: Path | None = None,
        parent: QObject | None = None,
        quick_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        # First run may offer another folder (set by run_gui when no folder was named).
        self.folder_can_be_chosen = False
        self._vault: Vault | None = None  # made on first use (see `vault`)
        self.settings = settings
        self.settings_path = settings_path
        self._kdf = kdf  # for new secrets; tests pass CHEAP_KDF; None means DEFAULT_KDF
        self.tasks = TaskRunner(self)
        # With quick_start (run_gui) the clipboard guard starts right after the first paint
        # (`finish_start`): its module touches Qt's `Qt` enums, and nothing can be copied
        # from a window that has not painted yet.
        self._clipboard: ClipboardGuard | None = None
        if not quick_start:
            self.finish_start()
        self.notices: list[str] = []  # calm notes to show after the next unlock
        self._locked = True
        self._close_when_idle = False
        self.tasks.busy_changed.connect(self._on_tasks_busy)
        self._after_change: AfterChange | None = None  # made on first change
        self.backup_clock: Callable[[], datetime] | None = None  # tests inject a clock
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(BACKUP_AFTER_CHANGE_MS)
        self._backup_timer.timeout.connect(self.run_auto_backup)
        self.data_changed.connect(self._backup_timer.start)

    def finish_start(self) -> None:
        """Start watching the clipboard (safe to call again)."""
        self.clipboard  # noqa: B018 - made on first use

    @property
    def clipboard(self) -> ClipboardGuard:
        """Remembers the text Haven put on the clipboard, to clear it on lock and quit."""
        if self._clipboard is None:
            from haven.ui.core.clipboard import ClipboardGuard

            self._clipboard = ClipboardGuard(self)
        return self._clipboard

    # -- state ------------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        """The vault in `data_dir` (created, not opened, on first use)."""
        if self._vault is None:
            from haven.store.vault import Vault

            self._vault = Vault(self.data_dir)
        return self._vault

    @vault.setter
    def vault(self, vault: Vault) -> None:
        self._vault = vault

    def use_data_dir(self, folder: Path) -> None:
        """At first run, before any journal exists: keep the journal in `folder` instead."""
        if self.is_unlocked or self.vault_exists:
            raise RuntimeError("The journal's folder changes only before it is made.")
        self.data_dir = Path(folder)
        self._vault = None

    @property
    def kdf(self) -> KdfParams:
        """Key derivation cost for new secrets."""
        if self._kdf is None:
            from haven.store.keyfile import DEFAULT_KDF

            self._kdf = DEFAULT_KDF
        return self._kdf

    @kdf.setter
    def kdf(self, kdf: KdfParams) -> None:
        self._kdf = kdf

    @property
    def is_unlocked(self) -> bool:
        return not self._locked and self._vault is not None and self._vault.is_unlocked

    @property
    def vault_exists(self) -> bool:
        if self._vault is not None:
            return self._vault.exists
        return (self.data_dir / DB_NAME).exists() or (self.data_dir / KEY_NAME).exists()

    @property
    def keychain_enabled(self) -> bool:
        """Whether the key file has a slot for this device's keychain.

        Before the vault is first used (the unlock screen at start), a key file that does
        not even contain the word "keychain" (it is plain ASCII JSON) has no such slot, so
        the vault need not be imported to know that; any other case asks the vault.
        """
        if self._vault is None:
            try:
                if b"keychain" not in (self.data_dir / KEY_NAME).read_bytes():
                    return False
            except OSError:
                pass  # the vault gives the same answer as always
        return self.vault.keychain_enabled

    @property
    def window_title(self) -> str:
        return self.settings.window_title

    # -- unlocking --------------------------------------------------------------------
    def open_with_key(self, key: bytes) -> None:
        """Open the vault on the UI thread with a key derived on a worker thread."""
        self.vault.open_with_key(key)
        self._became_unlocked()

    def adopt(self, vault: Vault) -> None:
        """Take over a vault first-run just created (already open)."""
        self.vault = vault
        self._became_unlocked()

    def _became_unlocked(self) -> None:
        self._locked = False
        self._close_when_idle = False
        self.unlocked.emit()

    # -- locking ----------------------------------------------------------------------
    def lock(self, reason: str = ON_DEMAND) -> None:
        """Close the vault, forget the key, clear Haven's clipboard text, tell every view.

        Safe to call when already locked: views still clear themselves (quick-hide on the
        unlock screen clears the passphrase field).
        """
        if self.is_unlocked:
            self.about_to_lock.emit()
            if self._backup_timer.isActive():
                self.run_auto_backup()
        self._backup_timer.stop()
        self._locked = True
        self.tasks.cancel_for_lock()
        if self.tasks.has_uncancellable():
            self._close_when_idle = True
        elif self._vault is not None:  # else nothing was ever opened
            self._vault.lock()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()
        self.locked.emit(reason)

    @Slot(bool)
    def _on_tasks_busy(self, busy: bool) -> None:
        if self._close_when_idle and not self.tasks.has_uncancellable():
            self._close_when_idle = False
            self.vault.lock()

    def run_secret_change(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run a change to the key file off the UI thread; it is seen through even on lock."""
        self.tasks.run(work, on_done, on_error, cancel_on_lock=False)

    # -- asking for the pause plan -----------------------------------------------------
    def request_pause(self) -> bool:
        """Ask whoever shows the pause plan (the main window) to show it now.

        Returns False when nobody is listening (an area shown on its own, in a test), so
        the caller can open the plan itself.
        """
        if self.receivers(SIGNAL("pause_requested()")) == 0:
            return False
        self.pause_requested.emit()
        return True

    def request_help(self) -> bool:
        """Ask the main window to show Help now; False when nobody is listening."""
        if self.receivers(SIGNAL("help_requested()")) == 0:
            return False
        self.help_requested.emit()
        return True

    def note_for_unlock_screen(self, note: str) -> None:
        """Show `note` on the unlock screen; kept for after the next unlock if none shows."""
        if self.receivers(SIGNAL("unlock_note(QString)")) == 0:
            self.notices.append(note)
            return
        self.unlock_note.emit(note)

    # -- the automatic backup -----------------------------------------------------------
    @Slot()
    def run_auto_backup(self) -> BackupOutcome | None:
        """Make the hourly automatic backup if one is due; say so if it could not be made."""
        self._backup_timer.stop()
        if not self.is_unlocked:
            return None
        if self._after_change is None:
            from haven.usecases.backups import AfterChange

            self._after_change = AfterChange()
        moment = self.backup_clock() if self.backup_clock is not None else None
        outcome = self._after_change.run(self.vault, moment)
        if outcome.problem is not None:
            self.auto_backup_failed.emit(outcome.problem)
        return outcome

    # -- settings ---------------------------------------------------------------------
    def save_settings(self) -> None:
        save_settings(self.settings, self.settings_path)
        self.settings_changed.emit()

    def shutdown(self) -> None:
        """On quit: lock, clear the clipboard, and let running key work finish cleanly."""
        self.tasks.wait(10_000)
        if self._backup_timer.isActive() and self.is_unlocked:
            self.run_auto_backup()
        self._backup_timer.stop()
        self._close_when_idle = False
        self._locked = True
        if self._vault is not None:
            self._vault.lock()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()

"""The app-level state the windows share: the vault, the plain settings, and lock/unlock.

Widgets listen to `locked`, `unlocked`, `data_changed` and `settings_changed` instead of
talking to each other. Locking is immediate for everything a person can see; if a change of
passphrase or recovery code is half-way through on a worker thread, the vault itself is
closed the moment that change finishes, so the key file is never written with a key that was
being wiped at the same time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from haven.config import PlainSettings, save_settings
from haven.store.keyfile import DEFAULT_KDF, KdfParams
from haven.store.vault import Vault
from haven.ui.clipboard import ClipboardGuard
from haven.ui.tasks import TaskRunner

# Reasons passed with `locked`; "quick-hide" also closes every window and minimises.
ON_DEMAND = "on-demand"
QUICK_HIDE = "quick-hide"
IDLE = "idle"


class Session(QObject):
    # Emitted while the vault is still open, just before a lock: views with unsaved typing
    # save their draft now, so a lock never costs the last seconds of what was typed.
    about_to_lock = Signal()
    locked = Signal(str)
    unlocked = Signal()
    data_changed = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: PlainSettings,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        settings_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.vault = Vault(self.data_dir)
        self.settings = settings
        self.settings_path = settings_path
        self.kdf = kdf  # for new secrets; tests pass CHEAP_KDF
        self.tasks = TaskRunner(self)
        self.clipboard = ClipboardGuard(self)
        self.notices: list[str] = []  # calm notes to show after the next unlock
        self._locked = True
        self._close_when_idle = False
        self.tasks.busy_changed.connect(self._on_tasks_busy)

    # -- state ------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return not self._locked and self.vault.is_unlocked

    @property
    def vault_exists(self) -> bool:
        return self.vault.exists

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
        self._locked = True
        self.tasks.cancel_for_lock()
        if self.tasks.has_uncancellable():
            self._close_when_idle = True
        else:
            self.vault.lock()
        self.clipboard.clear_if_ours()
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

    # -- settings ---------------------------------------------------------------------
    def save_settings(self) -> None:
        save_settings(self.settings, self.settings_path)
        self.settings_changed.emit()

    def shutdown(self) -> None:
        """On quit: lock, clear the clipboard, and let running key work finish cleanly."""
        self.tasks.wait(10_000)
        self._close_when_idle = False
        self._locked = True
        self.vault.lock()
        self.clipboard.clear_if_ours()

"""Settings: the passphrase, the recovery code and "remember on this device".

Split from the Settings area to keep each module small. Anything that changes what opens the
journal first asks for the current passphrase, checked off the interface thread, so someone
who finds the journal open cannot take it over. Turning the keychain off needs nothing,
since it only takes a way in away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from haven.store import HavenStoreError, keychain
from haven.ui.core.session import Session
from haven.ui.kit.widgets import (
    BusyNote,
    NewPassphraseFields,
    card_inside,
    heading,
    paragraph,
    secret_field,
    stacked_form,
    status_label,
    wipe_field,
)
from haven.ui.settings import rotation
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog
from haven.ui.settings.rotation import RotationChoice
from haven.ui.settings.rotation import describe as describe_rotation


def settings_button(text: str, slot: Callable[[], None]) -> QPushButton:
    """A Settings button: its text is its accessible name."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


def right_aligned(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


class SecretsBox(QWidget):
    """Current passphrase, change passphrase (with a new key), new recovery code, keychain."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self._keychain_available = False
        layout = card_inside(self, self.tr("Passphrase and recovery code"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "To change what opens your journal, Haven first asks for your current "
                    "passphrase, so nobody who finds it open can take it over."
                ),
                hint=True,
            )
        )
        self.current = secret_field(self.tr("Current passphrase"))
        form = stacked_form()
        form.addRow(self.tr("Current passphrase"), self.current)
        layout.addLayout(form)

        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Change passphrase"), scale=1.05))
        self.new_passphrase = NewPassphraseFields(user_inputs=["notes", "journal"])
        layout.addWidget(self.new_passphrase)
        self.rotation = RotationChoice()
        layout.addWidget(self.rotation)
        self.change_button = settings_button(self.tr("Change passphrase"), self._change_passphrase)
        layout.addLayout(right_aligned(self.change_button))

        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Recovery code"), scale=1.05))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A new code replaces the old one, which then stops working. It is shown "
                    "only once."
                ),
                hint=True,
            )
        )
        self.recovery_button = settings_button(
            self.tr("Make a new recovery code"), self._new_recovery_code
        )
        layout.addLayout(right_aligned(self.recovery_button))

        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Remember on this device"), scale=1.05))
        self.remember = QCheckBox(self.tr("Open Haven on this computer without the passphrase"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.clicked.connect(self._remember_clicked)
        layout.addWidget(self.remember)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Anyone who can log in to this computer account could then open Haven. "
                    "Haven still locks as usual, and asks for the passphrase after a lock."
                ),
                hint=True,
            )
        )
        self.remember_reason = paragraph("", hint=True)
        self.remember_reason.setAccessibleName(self.tr("Why this is not available"))
        self.remember_reason.hide()
        layout.addWidget(self.remember_reason)

        self.secrets_busy = BusyNote(self.tr("Working…"))
        self.secrets_message = status_label()
        layout.addWidget(self.secrets_busy)
        layout.addWidget(self.secrets_message)

    def _take_current(self) -> str | None:
        current = self.current.text()
        if not current:
            self.secrets_message.setText(self.tr("Type your current passphrase first."))
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        wipe_field(self.current)
        return current

    def _run_checked(
        self,
        current: str,
        action: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Check the current passphrase, then act, both off the UI thread."""
        vault = self._session.vault

        def work() -> Any:
            vault.derive_key(current)  # raises WrongSecret, nothing changed
            return action()

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if on_error is not None:
                on_error(exc)
            if not self._session.is_unlocked:
                return
            if isinstance(exc, HavenStoreError | ValueError):
                self.secrets_message.setText(str(exc))
            else:
                self.secrets_message.setText(
                    self.tr("That didn't work, and nothing was changed. ({reason})").format(
                        reason=type(exc).__name__
                    )
                )

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self._set_busy(True)
        self._session.run_secret_change(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.change_button, self.recovery_button, self.current):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and self._keychain_available)
        if busy:
            self.secrets_message.setText("")
            self.secrets_busy.start(reduced_motion=self._session.settings.reduced_motion)
        else:
            self.secrets_busy.stop()

    @Slot()
    def _change_passphrase(self) -> None:
        if self._busy:
            return
        problem = self.new_passphrase.problem()
        if problem:
            self.secrets_message.setText(problem)
            return
        rotate, remove = self.rotation.rotate, self.rotation.remove
        if remove and not rotation.ask_to_remove_backups(self.window()):
            self.secrets_message.setText(self.tr("Nothing was changed."))
            return
        current = self._take_current()
        if current is None:
            return
        new = self.new_passphrase.value()
        self.new_passphrase.wipe()
        vault, kdf = self._session.vault, self._session.kdf

        def saved(_: object) -> None:
            text = self.tr("Your new passphrase is saved. Your recovery code still works.")
            if self._session.is_unlocked:
                self.secrets_message.setText(text)
            else:
                self._session.notices.append(text)

        def rotated(result: Any) -> None:
            self.rotation.reset()
            if not self._session.is_unlocked:
                self._session.notices.append(
                    self.tr(
                        "Your new passphrase is saved and the journal has a new key, but "
                        "Haven locked before it could show the new recovery code. You might "
                        "make a new recovery code in Settings now."
                    )
                )
                return
            self.secrets_message.setText(describe_rotation(result))
            dialog = RecoveryCodeDialog(self._session, result.recovery_code, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        if rotate:
            self._run_checked(
                current,
                lambda: vault.rotate_key(new, remove_backups=remove, kdf=kdf),
                rotated,
            )
        else:
            self._run_checked(current, lambda: vault.change_passphrase(new, kdf=kdf), saved)

    @Slot()
    def _new_recovery_code(self) -> None:
        if self._busy:
            return
        current = self._take_current()
        if current is None:
            return
        vault, kdf = self._session.vault, self._session.kdf

        def made(code: str) -> None:
            if not self._session.is_unlocked:
                self._session.notices.append(
                    self.tr(
                        "A new recovery code was made just as Haven locked, so it was not "
                        "shown. You might make another one now."
                    )
                )
                return
            self.secrets_message.setText("")
            dialog = RecoveryCodeDialog(self._session, code, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self._run_checked(current, lambda: vault.new_recovery_code(kdf=kdf), made)

    @Slot(bool)
    def _remember_clicked(self, checked: bool) -> None:
        vault = self._session.vault
        if not checked:
            try:
                vault.disable_keychain()
            except HavenStoreError as exc:  # the key file changed elsewhere, say
                self.remember.setChecked(True)
                self.secrets_message.setText(str(exc))
                return
            self.secrets_message.setText(
                self.tr("This device no longer remembers the journal. The passphrase is needed.")
            )
            return
        self.remember.setChecked(False)  # until the passphrase is checked
        current = self._take_current()
        if current is None:
            self.secrets_message.setText(
                self.tr("Type your current passphrase first, then turn this on.")
            )
            return

        def enabled(_: object) -> None:
            if self._session.is_unlocked:
                self.remember.setChecked(True)
                self.secrets_message.setText(self.tr("This device now remembers the journal."))

        self._run_checked(current, vault.enable_keychain, enabled)

    def _check_keychain(self) -> None:
        self._session.tasks.run(keychain.status, self._keychain_checked, self._keychain_failed)

    def _keychain_checked(self, result: tuple[bool, str]) -> None:
        available, reason = result
        enabled = self._session.vault.keychain_enabled
        self._keychain_available = available or enabled  # always allow turning it off
        self.remember.setChecked(enabled)
        self.remember.setEnabled(self._keychain_available and not self._busy)
        self.remember_reason.setText("" if available else reason)
        self.remember_reason.setVisible(not available)

    def _keychain_failed(self, exc: Exception) -> None:
        self._keychain_checked((False, str(exc)))

    # -- the area protocol ----------------------------------------------------------------
    def clear_sensitive(self) -> None:
        wipe_field(self.current)
        self.new_passphrase.wipe()
        self.secrets_message.setText("")
        self.secrets_busy.stop()
        self._busy = False

    def refresh(self) -> None:
        self._set_busy(False)
        self._check_keychain()

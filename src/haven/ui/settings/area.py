"""Settings: passphrase, recovery code, this device's keychain, locking and appearance.

Anything that changes what opens the journal (a new passphrase, a new recovery code, turning
on "remember on this device") first asks for the current passphrase: someone who finds the
journal open must not be able to take it over. Turning the keychain off needs nothing, since
it only takes a way in away. Plain settings are saved at once, with `config.save_settings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from haven.config import IDLE_LOCK_DEFAULT, IDLE_LOCK_MAX, IDLE_LOCK_MIN, THEMES
from haven.store import HavenStoreError, keychain
from haven.ui.core.session import Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import (
    BusyNote,
    NewPassphraseFields,
    card,
    heading,
    paragraph,
    secret_field,
    stacked_form,
    status_label,
    wipe_field,
)
from haven.ui.settings.recovery_dialog import RecoveryCodeDialog


class SettingsArea(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self._keychain_available = False
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Settings"), scale=1.6))
        column.addWidget(self._secrets_box())
        column.addWidget(self._locking_box())
        column.addWidget(self._appearance_box())
        column.addWidget(self._moving_box())
        column.addStretch(1)
        content.setMaximumWidth(760)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addWidget(content, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setAccessibleName(self.tr("Settings"))
        self._load_plain_settings()

    # -- passphrase, recovery code, keychain ------------------------------------------------
    def _secrets_box(self) -> QFrame:
        box, layout = card(self.tr("Passphrase and recovery code"))
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
        self.change_button = self._button(self.tr("Change passphrase"), self._change_passphrase)
        layout.addLayout(self._right(self.change_button))

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
        self.recovery_button = self._button(
            self.tr("Make a new recovery code"), self._new_recovery_code
        )
        layout.addLayout(self._right(self.recovery_button))

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
        return box

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _right(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(widget)
        return row

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
            vault.disable_keychain()
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

    # -- locking ------------------------------------------------------------------------
    def _locking_box(self) -> QFrame:
        box, layout = card(self.tr("Locking"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.idle_off = QCheckBox(self.tr("Don't lock by itself"))
        self.idle_off.setAccessibleName(self.tr("Don't lock by itself"))
        self.idle_warning = paragraph(
            self.tr(
                "Haven will then stay open until you lock or hide it, or the screen locks. "
                "Anyone who reaches this computer while it is open could read your journal."
            ),
            hint=True,
        )
        row = QHBoxLayout()
        lock_after = QLabel(self.tr("Lock after"))
        lock_after.setBuddy(self.idle_minutes)
        row.addWidget(lock_after)
        row.addWidget(self.idle_minutes)
        row.addSpacing(16)
        row.addWidget(self.idle_off)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.idle_warning)
        layout.addWidget(
            paragraph(
                self.tr("Haven also locks when the screen locks or the computer sleeps."),
                hint=True,
            )
        )
        self.idle_minutes.valueChanged.connect(self._save_plain_settings)
        self.idle_off.toggled.connect(self._save_plain_settings)
        return box

    # -- appearance and discretion --------------------------------------------------------
    def _appearance_box(self) -> QFrame:
        box, layout = card(self.tr("Appearance and discretion"))
        form = stacked_form()
        layout.addLayout(form)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        names = {
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high-contrast": self.tr("High contrast"),
        }
        for key in THEMES:
            self.theme.addItem(names.get(key, key), key)
        self.reduced_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.discreet = QCheckBox(self.tr("Show a neutral name instead of “Haven”"))
        self.discreet.setAccessibleName(self.tr("Use a neutral window name"))
        self.discreet_name = QLineEdit()
        self.discreet_name.setMaxLength(60)
        self.discreet_name.setAccessibleName(self.tr("Neutral window name"))
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.reduced_motion)
        form.addRow(self.discreet)
        form.addRow(self.tr("Neutral name"), self.discreet_name)
        hint = paragraph(
            self.tr(
                "The neutral name shows in the title bar, the task switcher and any "
                "notification, also while Haven is locked. Notifications never show what you "
                "wrote."
            ),
            hint=True,
        )
        form.addRow(hint)
        self.theme.currentIndexChanged.connect(self._save_plain_settings)
        self.reduced_motion.toggled.connect(self._save_plain_settings)
        self.discreet.toggled.connect(self._save_plain_settings)
        self.discreet_name.editingFinished.connect(self._save_plain_settings)
        return box

    # -- backups and moving the journal (the dialogs live in backup_dialogs, import_dialog) ----
    def _moving_box(self) -> QFrame:
        box, layout = card(self.tr("Backups and moving your journal"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Backups are encrypted copies of your whole journal. Importing adds entries "
                    "from Haven, jrnl or Daylio, after showing you what a file holds."
                ),
                hint=True,
            )
        )
        row = QHBoxLayout()
        self.backup_button = self._button(self.tr("Make a backup…"), self._open_backup)
        self.restore_button = self._button(self.tr("Restore from a backup…"), self._open_restore)
        self.import_button = self._button(self.tr("Import from a file…"), self._open_import)
        for button in (self.backup_button, self.restore_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _open_dialog(self, dialog: HavenDialog) -> HavenDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _open_backup(self) -> None:
        from haven.ui.settings.backup_dialogs import BackupDialog

        self._open_dialog(BackupDialog(self._session, self.window()))

    @Slot()
    def _open_restore(self) -> None:
        from haven.ui.settings.backup_dialogs import RestoreDialog

        self._open_dialog(RestoreDialog(self._session, self.window()))

    @Slot()
    def _open_import(self) -> None:
        from haven.ui.settings.import_dialog import ImportDialog

        self._open_dialog(ImportDialog(self._session, self.window()))

    def _load_plain_settings(self) -> None:
        settings = self._session.settings
        widgets = (
            self.idle_minutes,
            self.idle_off,
            self.theme,
            self.reduced_motion,
            self.discreet,
            self.discreet_name,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.idle_off.setChecked(settings.idle_lock_minutes == 0)
        self.idle_minutes.setValue(settings.idle_lock_minutes or IDLE_LOCK_DEFAULT)
        self.idle_minutes.setEnabled(settings.idle_lock_minutes != 0)
        self.idle_warning.setVisible(settings.idle_lock_minutes == 0)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.discreet.setChecked(settings.discreet_mode)
        self.discreet_name.setText(settings.discreet_name)
        self.discreet_name.setEnabled(settings.discreet_mode)
        for widget in widgets:
            widget.blockSignals(False)

    @Slot()
    def _save_plain_settings(self) -> None:
        settings = self._session.settings
        settings.idle_lock_minutes = 0 if self.idle_off.isChecked() else self.idle_minutes.value()
        settings.theme = str(self.theme.currentData() or "light")
        settings.reduced_motion = self.reduced_motion.isChecked()
        settings.discreet_mode = self.discreet.isChecked()
        settings.discreet_name = self.discreet_name.text()
        self._session.save_settings()
        self._load_plain_settings()

    # -- the area protocol ----------------------------------------------------------------
    def clear_sensitive(self) -> None:
        wipe_field(self.current)
        self.new_passphrase.wipe()
        self.secrets_message.setText("")
        self.secrets_busy.stop()
        self._busy = False

    def refresh(self) -> None:
        self._set_busy(False)
        self._load_plain_settings()
        self._check_keychain()

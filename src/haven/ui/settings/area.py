"""Settings: passphrase, recovery code, this device's keychain, locking and appearance.

The passphrase, recovery code and keychain live in `secrets_box.py`.

Anything that changes what opens the journal (a new passphrase, a new recovery code, turning
on "remember on this device") first asks for the current passphrase: someone who finds the
journal open must not be able to take it over. Turning the keychain off needs nothing, since
it only takes a way in away. Plain settings are saved at once, with `config.save_settings`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from haven.config import IDLE_LOCK_DEFAULT, IDLE_LOCK_MAX, IDLE_LOCK_MIN, THEMES
from haven.ui.core.session import Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import (
    card,
    heading,
    paragraph,
    stacked_form,
)
from haven.ui.settings.capture import CaptureSetting
from haven.ui.settings.care import CareSettings, HelpCard
from haven.ui.settings.secrets_box import SecretsBox, settings_button


class SettingsArea(QWidget):
    navigate = Signal(str, str)  # Help: "Where you might start" opens Today at its card

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Settings"), scale=1.6))
        self.secrets = SecretsBox(session)
        column.addWidget(self.secrets)
        column.addWidget(self._locking_box())
        column.addWidget(self._appearance_box())
        self.care = CareSettings(session)
        column.addWidget(self.care)
        column.addWidget(self._moving_box())
        self.help_card = HelpCard()
        self.help_card.navigate.connect(self.navigate)
        column.addWidget(self.help_card)
        column.addStretch(1)
        content.setMaximumWidth(760)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addWidget(content, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setAccessibleName(self.tr("Settings"))
        self._load_plain_settings()

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
        self.capture = CaptureSetting(self._session)  # Windows, macOS; Linux says why not
        form.addRow(self.capture)
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
        self.backup_button = settings_button(self.tr("Make a backup…"), self._open_backup)
        self.restore_button = settings_button(self.tr("Restore from a backup…"), self._open_restore)
        self.import_button = settings_button(self.tr("Import from a file…"), self._open_import)
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
        self.capture.load()

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
        self.secrets.clear_sensitive()

    def refresh(self) -> None:
        self.secrets.refresh()
        self._load_plain_settings()
        self.care.refresh()

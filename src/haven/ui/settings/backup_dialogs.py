"""Make a backup, and restore one: the same steps as `haven backup` and `haven restore`.

A backup is encrypted (`Vault.backup_to`): it opens with the passphrase or recovery code
the journal has now, and needs its key file beside it. Restoring first opens the backup
with its own passphrase and shows what it holds (`inspect_backup`), asks once, then locks
Haven, keeps a copy of the current journal and puts the backup in its place (`restore`).
Haven then shows the unlock screen with a calm note. A damaged backup changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven.store.backups import BackupDamaged, VaultSummary, inspect_backup, restore, summarise
from haven.store.errors import HavenStoreError, WrongSecret
from haven.store.vault import key_path_for_backup
from haven.ui.core.session import ON_DEMAND, Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.file_dialogs import ask_open_path, ask_save_path, suggest
from haven.ui.kit.widgets import (
    BusyNote,
    ask_calmly,
    close_button,
    heading,
    paragraph,
    secret_field,
    stacked_form,
    status_label,
    wipe_field,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


# -- make a backup ---------------------------------------------------------------------------
class BackupDialog(HavenDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(_t("Make a backup"))
        self.setAccessibleName(_t("Make a backup"))
        self.save_button = _button(
            _t("Choose where and save…"), _t("Choose where to save the backup…"), self.save
        )
        self.message = status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button(_t("Close"), self.reject))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(_t("Make a backup")))
        layout.addWidget(
            paragraph(
                _t(
                    "A backup is a copy of your whole journal. It is encrypted: it opens with "
                    "the passphrase or recovery code your journal has now. Haven saves a key "
                    "file beside it (the same name with .key added); the two must stay together."
                ),
                hint=True,
            )
        )
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 280)

    @Slot()
    def save(self) -> None:
        if not self._session.is_unlocked:
            return
        path = ask_save_path(
            self,
            self._session,
            _t("Save the backup"),
            suggest(self._session, "backup"),
            _t("Backup (*.db)"),
        )
        if path is None:
            self.message.setText(_t("Nothing was saved."))
            return
        if path.suffix.lower() != ".db":
            path = path.with_name(path.name + ".db")
        key = key_path_for_backup(path)
        for existing in (path, key):
            if existing.exists() or existing.is_symlink():
                self.message.setText(
                    _t(
                        "{path} already exists, and Haven does not replace a backup. Nothing "
                        "was saved. You might choose another name."
                    ).format(path=existing)
                )
                return
        vault = self._session.vault
        try:
            key_copy = vault.backup_to(path)
            held = summarise(vault).describe()
        except (OSError, HavenStoreError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            self.message.setText(
                _t("Haven could not save the backup ({reason}). Nothing was saved.").format(
                    reason=reason
                )
            )
            return
        self.message.setText(
            _t(
                "Your backup is saved at {path}, and its key file at {key}. It is encrypted: it "
                "opens with the passphrase or the recovery code your journal has now. Keep the "
                "two files together: without its key file, the backup cannot be opened. It "
                "holds {held}"
            ).format(path=path, key=key_copy, held=held)
        )


# -- restore a backup ------------------------------------------------------------------------
def ask_to_restore(parent: QWidget | None, text: str) -> bool:
    """Asked once, before the current journal is replaced."""
    return ask_calmly(
        parent,
        _t("Restore this backup?"),
        text,
        go=_t("Restore"),
        go_name=_t("Restore this backup"),
        keep=_t("Keep my current journal"),
    )


class RestoreDialog(HavenDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._held: VaultSummary | None = None
        self.setWindowTitle(_t("Restore from a backup"))
        self.setAccessibleName(_t("Restore from a backup"))
        self.path = QLineEdit()
        self.path.setAccessibleName(_t("The backup file"))
        self.path.setPlaceholderText(_t("Choose the backup (.db)…"))
        self.choose_button = _button(_t("Choose…"), _t("Choose the backup file…"), self.choose)
        self.passphrase = secret_field(_t("Passphrase of the backup"))
        # A backup opens with the passphrase or the recovery code the journal had then.
        self.use_code = QCheckBox(_t("Use the backup's recovery code instead"))
        self.use_code.setAccessibleName(_t("Use the backup's recovery code instead"))
        self.look_button = _button(_t("Look inside"), _t("Show what the backup holds"), self.look)
        self.restore_button = _button(_t("Restore…"), _t("Restore this backup…"), self.restore_now)
        self.restore_button.setEnabled(False)
        self.held = paragraph("")
        self.held.setAccessibleName(_t("What the backup holds"))
        self.busy = BusyNote(_t("Opening the backup…"))
        self.message = status_label()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        holder = QWidget()
        holder.setLayout(row)
        form = stacked_form()
        form.addRow(_t("Backup file"), holder)
        form.addRow(_t("Its passphrase"), self.passphrase)
        form.addRow("", self.use_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.look_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button(_t("Close"), self.reject))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(_t("Restore from a backup")))
        layout.addWidget(
            paragraph(
                _t(
                    "Restoring puts a backup in place of your current journal. Your current "
                    "journal is kept as a copy first, so nothing is lost. The backup's key file "
                    "must be beside it. Type the passphrase (or the recovery code) the journal had "
                    "when the backup was made."
                ),
                hint=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.held)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.path.textChanged.connect(self._forget)
        self.passphrase.textChanged.connect(self._forget_unless_busy)
        self.passphrase.returnPressed.connect(self.look)
        self.use_code.toggled.connect(self._secret_kind_changed)
        self.resize(600, 380)

    @Slot()
    def choose(self) -> None:
        chosen = ask_open_path(
            self, self._session, _t("Choose the backup"), _t("Backup (*.db);;All files (*)")
        )
        if chosen:
            self.path.setText(str(chosen))
            self.passphrase.setFocus()

    @Slot(bool)
    def _secret_kind_changed(self, use_code: bool) -> None:
        name = _t("Recovery code of the backup") if use_code else _t("Passphrase of the backup")
        self.passphrase.setAccessibleName(name)
        self.passphrase.setPlaceholderText(name)
        self._forget()

    def _secret(self) -> dict[str, str]:
        """The typed secret, as `inspect_backup` and `restore` take it."""
        key = "recovery_code" if self.use_code.isChecked() else "passphrase"
        return {key: self.passphrase.text()}

    @Slot()
    def _forget(self) -> None:
        self._held = None
        self.restore_button.setEnabled(False)
        self.held.setText("")
        self.message.setText("")

    @Slot()
    def _forget_unless_busy(self) -> None:
        if not self.busy.isVisible():
            self._forget()

    def _backup(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser().absolute() if text else None

    @Slot()
    def look(self) -> None:
        backup = self._backup()
        if backup is None:
            self.message.setText(_t("Choose the backup file first."))
            return
        secret = self._secret()
        if not self.passphrase.text():
            self.message.setText(_t("Type the backup's passphrase or recovery code first."))
            return
        self._forget()
        self.look_button.setEnabled(False)
        self.busy.start(reduced_motion=self._session.settings.reduced_motion)

        def done(held: VaultSummary) -> None:
            self.busy.stop()
            self.look_button.setEnabled(True)
            self._held = held
            self.held.setText(_t("This backup holds {held}").format(held=held.describe()))
            self.restore_button.setEnabled(True)

        def failed(exc: Exception) -> None:
            self.busy.stop()
            self.look_button.setEnabled(True)
            self.message.setText(restore_problem(exc))

        self._session.tasks.run(lambda: inspect_backup(backup, **secret), done, failed)

    @Slot()
    def restore_now(self) -> None:
        backup, secret, held = self._backup(), self._secret(), self._held
        if backup is None or held is None:
            return
        if not ask_to_restore(
            self,
            _t(
                "Your current journal will be replaced by this backup, which holds {held} "
                "Your current journal is kept as a copy first. Haven locks now and then opens "
                "with the backup's passphrase."
            ).format(held=held.describe()),
        ):
            self.message.setText(_t("Nothing was changed."))
            return
        wipe_field(self.passphrase)
        restore_and_lock(self._session, backup, secret)


def restore_problem(exc: BaseException) -> str:
    if isinstance(exc, WrongSecret):
        return _t("That {what} didn't open this backup. Nothing was changed.").format(
            what=_t("recovery code") if exc.what == "recovery code" else _t("passphrase")
        )
    if isinstance(exc, BackupDamaged | HavenStoreError):
        return str(exc)
    reason = getattr(exc, "strerror", None) or exc
    return _t("Haven could not open this backup ({reason}). Nothing was changed.").format(
        reason=reason
    )


def restore_and_lock(session: Session, backup: Path, secret: dict[str, str]) -> None:
    """Lock Haven, restore, and leave a calm note on the unlock screen."""
    session.lock(ON_DEMAND)
    session.tasks.wait(10_000)  # a change to the key file finishes before the files move
    try:
        kept = restore(session.data_dir, backup, **secret)
    except Exception as exc:  # the current journal is unchanged: say so, calmly
        note = restore_problem(exc)
    else:
        note = _t(
            "Your journal is now the one from the backup {backup}. It opens with that "
            "backup's passphrase and recovery code."
        ).format(backup=backup)
        if kept is not None:
            note += " " + _t(
                "The journal you had before is kept at {kept}, with its key file beside it, "
                "in case you want it back."
            ).format(kept=kept.absolute())
    session.note_for_unlock_screen(note)

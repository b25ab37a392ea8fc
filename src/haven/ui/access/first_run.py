"""First run: a calm welcome, a passphrase, the recovery code once, then a few choices.

The vault is created (on a worker thread: Argon2 is slow on purpose) as soon as the
passphrase is chosen, and from then on it is protected like any open journal: idle lock,
quick-hide and screen lock all apply. `kdf` is injectable so tests stay fast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.store import HavenStoreError, Vault, keychain
from haven.store.keyfile import KdfParams
from haven.ui.access.folder_choice import FolderChoice
from haven.ui.access.recovery_code import RecoveryCodePanel
from haven.ui.core.session import Session
from haven.ui.kit.widgets import (
    BusyNote,
    NewPassphraseFields,
    heading,
    paragraph,
    readable_column,
    status_label,
)
from haven.usecases.setup import create_journal, seed_example_roadmap_if_empty

WELCOME, PASSPHRASE, RECOVERY, CHOICES = range(4)


class FirstRunView(QWidget):
    """Emits `finished` when the journal is made and the person's choices are applied."""

    finished = Signal()

    def __init__(
        self, session: Session, *, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._kdf = kdf or session.kdf
        self._abandoned = False  # set on lock: a journal made after that stays closed
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._choices_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setAccessibleName(self.tr("Setting up"))

    # -- pages --------------------------------------------------------------------------
    def _page(self, title: str, body: QWidget, buttons: list[QPushButton]) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        layout.addWidget(heading(title, scale=1.6))
        layout.addWidget(body)
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        layout.addStretch(1)
        return readable_column(column)

    def _button(self, text: str, slot, *, default: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAutoDefault(default)
        button.setDefault(default)
        button.clicked.connect(slot)
        return button

    def _welcome_page(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for text in (
            self.tr(
                "Haven is a private place for your journal, your pacing roadmap, your "
                "comfort thresholds and your safety plan."
            ),
            self.tr(
                "Everything stays on this computer, encrypted, and Haven never goes online. "
                "Nobody can open your journal without your passphrase or your recovery code, "
                "not even the people who made Haven. That also means nobody can reset your "
                "passphrase for you."
            ),
            self.tr(
                "What Haven cannot protect against: someone who can see the screen while "
                "Haven is open, or a program that records typing or watches the computer "
                "(a keylogger or stalkerware). If you think someone may have put such a "
                "program here, a support service can help you check, from a device they "
                "cannot reach."
            ),
            self.tr(
                "At any time, Ctrl+Shift+H hides and locks Haven at once. Pause "
                "(Ctrl+Shift+P) and Help now (Ctrl+Shift+N) are always at the top."
            ),
        ):
            layout.addWidget(paragraph(text))
        self.begin_button = self._button(self.tr("Begin"), self._go_passphrase, default=True)
        return self._page(self.tr("Welcome"), body, [self.begin_button])

    def _passphrase_page(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your passphrase is the key to your journal. A few words that don't "
                    "usually go together are easier to remember and harder to guess than a "
                    "short word with symbols."
                )
            )
        )
        self.new_passphrase = NewPassphraseFields(user_inputs=["notes", "journal"])
        layout.addWidget(self.new_passphrase)
        self.folder_choice = FolderChoice(self._session.settings.discreet_name)
        self.folder_choice.setVisible(self._session.folder_can_be_chosen)
        layout.addWidget(self.folder_choice)
        self.passphrase_message = status_label()
        layout.addWidget(self.passphrase_message)
        self.create_busy = BusyNote(self.tr("Setting up your encrypted journal…"))
        layout.addWidget(self.create_busy)
        self.back_button = self._button(self.tr("Back"), self._go_welcome)
        self.create_button = self._button(self.tr("Continue"), self._create, default=True)
        self.new_passphrase.second.returnPressed.connect(self._create)
        return self._page(
            self.tr("Choose a passphrase"), body, [self.back_button, self.create_button]
        )

    def _recovery_page(self) -> QWidget:
        self.recovery = RecoveryCodePanel(self._session.clipboard)
        self.recovery_continue = self._button(self.tr("Continue"), self._go_choices, default=True)
        self.recovery_continue.setEnabled(False)
        self.recovery.confirmed_changed.connect(self.recovery_continue.setEnabled)
        return self._page(self.tr("Your recovery code"), self.recovery, [self.recovery_continue])

    def _choices_page(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(paragraph(self.tr("You can change all of these later."), hint=True))

        layout.addWidget(heading(self.tr("Remember on this device"), scale=1.1))
        self.remember = QCheckBox(self.tr("Open Haven on this computer without the passphrase"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.setEnabled(False)
        layout.addWidget(self.remember)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This keeps a key in this computer's keychain. Anyone who can log in to "
                    "this computer account could then open Haven. It stays off unless you "
                    "turn it on."
                ),
                hint=True,
            )
        )
        self.remember_reason = paragraph(self.tr("Checking this computer's keychain…"), hint=True)
        layout.addWidget(self.remember_reason)

        layout.addWidget(heading(self.tr("Your roadmap"), scale=1.1))
        self.empty_roadmap = QRadioButton(self.tr("Start with an empty roadmap"))
        self.example_roadmap = QRadioButton(
            self.tr("Start with the gentle example roadmap (every step can be changed or removed)")
        )
        self.roadmap_choice = QButtonGroup(self)
        for button in (self.empty_roadmap, self.example_roadmap):
            button.setAccessibleName(button.text())
            self.roadmap_choice.addButton(button)
            layout.addWidget(button)
        self.empty_roadmap.setChecked(True)

        layout.addWidget(heading(self.tr("Window name"), scale=1.1))
        self.discreet = QCheckBox(self.tr("Show a neutral name instead of “Haven”"))
        self.discreet.setAccessibleName(self.tr("Use a neutral window name"))
        self.discreet.setChecked(self._session.settings.discreet_mode)
        self.discreet_name = QLineEdit(self._session.settings.discreet_name)
        self.discreet_name.setAccessibleName(self.tr("Neutral window name"))
        self.discreet_name.setMaxLength(60)
        form = QFormLayout()
        form.addRow(self.discreet)
        form.addRow(self.tr("Name"), self.discreet_name)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The name shows in the title bar, the task switcher and any notification. "
                    "Notifications never show what you wrote."
                ),
                hint=True,
            )
        )
        self.finish_message = status_label()
        layout.addWidget(self.finish_message)
        self.choices_back = self._button(self.tr("Back"), self._go_recovery)
        self.finish_button = self._button(self.tr("Open my journal"), self._finish, default=True)
        return self._page(self.tr("A few choices"), body, [self.choices_back, self.finish_button])

    # -- moving between pages -------------------------------------------------------------
    def _show(self, index: int, focus: QWidget) -> None:
        self.pages.setCurrentIndex(index)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _go_welcome(self) -> None:
        self._show(WELCOME, self.begin_button)

    @Slot()
    def _go_passphrase(self) -> None:
        self._show(PASSPHRASE, self.new_passphrase.first)

    @Slot()
    def _go_recovery(self) -> None:
        self._show(RECOVERY, self.recovery.kept)

    @Slot()
    def _go_choices(self) -> None:
        self._show(CHOICES, self.finish_button)
        self._check_keychain()

    # -- creating the vault ---------------------------------------------------------------
    @Slot()
    def _create(self) -> None:
        if self.create_button.isHidden() or not self.create_button.isEnabled():
            return
        problem = self.new_passphrase.problem()
        if not problem and self._session.folder_can_be_chosen:
            problem = self.folder_choice.problem()
        if problem:
            self.passphrase_message.setText(problem)
            return
        if self._session.folder_can_be_chosen:
            self._session.use_data_dir(self.folder_choice.value())
        passphrase = self.new_passphrase.value()
        self.new_passphrase.wipe()
        self.passphrase_message.setText("")
        self._set_creating(True)
        data_dir, kdf = self._session.data_dir, self._kdf
        self._session.run_secret_change(
            lambda: create_journal(data_dir, passphrase, kdf), self._created, self._not_created
        )

    def _set_creating(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.new_passphrase.setEnabled(not busy)
        if busy:
            self.create_busy.start(reduced_motion=self._session.settings.reduced_motion)
        else:
            self.create_busy.stop()

    def _created(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self._set_creating(False)
        if self._abandoned:
            # Haven locked while the journal was being made: keep it closed, code unseen.
            vault.lock()
            self._session.notices.append(self._code_unseen_notice())
            return
        self.recovery.set_code(code)
        self._session.adopt(vault)
        if self._session.folder_can_be_chosen:  # next time, Haven opens this folder
            self._session.folder_can_be_chosen = False
            self._session.settings.data_folder = str(self._session.data_dir)
            self._session.save_settings()
        self._go_recovery()

    def _not_created(self, exc: Exception) -> None:
        self._set_creating(False)
        message = str(exc) if isinstance(exc, HavenStoreError | ValueError | OSError) else ""
        self.passphrase_message.setText(
            message or self.tr("Haven could not set up the journal here. Nothing was saved.")
        )

    def _code_unseen_notice(self) -> str:
        return self.tr(
            "Haven locked before your recovery code was kept. You might make a new one in "
            "Settings, so you have one you can use."
        )

    # -- the keychain choice ----------------------------------------------------------------
    def _check_keychain(self) -> None:
        self._session.tasks.run(keychain.status, self._keychain_checked, self._keychain_failed)

    def _keychain_checked(self, result: tuple[bool, str]) -> None:
        available, reason = result
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
        self.remember_reason.setText("" if available else reason)
        self.remember_reason.setVisible(not available)

    def _keychain_failed(self, exc: Exception) -> None:
        self._keychain_checked((False, str(exc)))

    # -- finishing ----------------------------------------------------------------------
    @Slot()
    def _finish(self) -> None:
        session = self._session
        if not session.is_unlocked:
            return
        settings = session.settings
        settings.discreet_mode = self.discreet.isChecked()
        settings.discreet_name = self.discreet_name.text()
        session.save_settings()
        if self.example_roadmap.isChecked():
            seed_example_roadmap_if_empty(session.vault)
        self.recovery.wipe()
        if self.remember.isChecked():
            self.finish_button.setEnabled(False)
            session.run_secret_change(
                session.vault.enable_keychain, self._keychain_done, self._keychain_not_done
            )
            return
        self.finished.emit()

    def _keychain_done(self, _result: object) -> None:
        self.finish_button.setEnabled(True)
        self.finished.emit()

    def _keychain_not_done(self, exc: Exception) -> None:
        self.finish_button.setEnabled(True)
        self._session.notices.append(
            self.tr("Haven could not remember the journal on this device: {reason}").format(
                reason=str(exc)
            )
        )
        self.finished.emit()

    def wipe(self) -> None:
        """On lock: forget the passphrase fields and the code (they are never shown again)."""
        self._abandoned = True
        if self.pages.currentIndex() == RECOVERY and not self.recovery.confirmed:
            self._session.notices.append(self._code_unseen_notice())
        self.new_passphrase.wipe()
        self.recovery.wipe()
        self.passphrase_message.setText("")

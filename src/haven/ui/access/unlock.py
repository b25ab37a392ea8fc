"""The unlock screen: passphrase, recovery code, and (when chosen) this device's keychain.

Key derivation runs on a worker thread with a quiet busy note; the vault is then opened on
the UI thread. A wrong secret changes no file. After a few wrong tries Haven waits a short,
growing time before the next one and says why; it never locks the person out or deletes
anything. The count lives only in memory: the real protection against guessing is Argon2,
which applies just as much to a copied disk, and writing a counter to disk on every wrong try
would change files that a wrong passphrase must leave alone.

With `quick_start` (the window at start) only what the first paint shows is built at once —
the passphrase page's heading, text, field and buttons — without touching Qt's `Qt` enums
(see haven.ui.kit.widgets); `finish_building`, called right after the first paint (and by
anything that needs the rest before then), adds the hidden messages, the recovery-code and
new-passphrase pages, and the settings that need those enums.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.store import HavenStoreError, WrongSecret
from haven.ui.core.session import Session
from haven.ui.kit.widgets import (
    BusyNote,
    Later,
    NewPassphraseFields,
    heading,
    paragraph,
    quick_heading,
    quick_paragraph,
    quick_secret_field,
    readable_column,
    run_later,
    secret_field,
    status_label,
    wipe_field,
)
from haven.ui.kit.words import store_problem

FREE_TRIES = 2
MAX_DELAY_S = 30
PASSPHRASE_PAGE, RECOVERY_PAGE, NEW_PASSPHRASE_PAGE = range(3)


def retry_delay_seconds(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries: 0, 0, then 2, 4, 8, 16, 30, 30, …"""
    if failures <= FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, 2 ** (failures - FREE_TRIES))


class UnlockView(QWidget):
    """Emits `opened` once the journal is open and any follow-up (a new passphrase) is done."""

    opened = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, quick_start: bool = False
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.failures = 0
        self._wait_left = 0
        self._busy = False
        self._built = False
        self._later: Later = []
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setAccessibleName(self.tr("Unlock"))
        if not quick_start:
            self.finish_building()

    def show_note(self, text: str) -> None:
        """Say something on the passphrase page (for example why the journal was locked);
        the message line is built after the first paint, so build it first if needed."""
        self.finish_building()
        self.message.setText(text)

    def finish_building(self) -> None:
        """Build what the first paint does not show (safe to call again)."""
        if self._built:
            return
        self._built = True
        self.busy = BusyNote(self.tr("Opening…"))
        self.message = status_label()
        self.wait_note = status_label()
        # Between the passphrase row and the links, in this order (all hidden for now).
        for offset, widget in enumerate((self.busy, self.message, self.wait_note)):
            self._passphrase_layout.insertWidget(self._passphrase_messages_at + offset, widget)
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._new_passphrase_page())
        run_later(self._later)

    # -- pages --------------------------------------------------------------------------
    def _column(self, *widgets: QWidget | QHBoxLayout) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        layout.addStretch(1)
        for item in widgets:
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addStretch(2)
        self._last_column_layout = layout
        return readable_column(column, max_width=520)

    def _button(self, text: str, slot, *, default: bool = False, flat: bool = False):
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setDefault(default)
        button.setAutoDefault(default)
        button.setFlat(flat)
        button.clicked.connect(slot)
        return button

    def _passphrase_page(self) -> QWidget:
        later = self._later
        self.passphrase = quick_secret_field(self.tr("Passphrase"), later)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit_passphrase)
        self.open_button = self._button(self.tr("Open"), self.submit_passphrase, default=True)
        self.keychain_button = self._button(
            self.tr("Open with this device's keychain"), self.try_keychain
        )
        self.keychain_button.hide()
        self.recovery_link = self._button(
            self.tr("Use my recovery code"), self._go_recovery, flat=True
        )
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        links = QHBoxLayout()
        links.addWidget(self.recovery_link)
        links.addStretch(1)
        links.addWidget(self.keychain_button)
        page = self._column(
            quick_heading(self.tr("Welcome back"), later, scale=1.6),
            quick_paragraph(self.tr("Type your passphrase to open your journal."), later),
            row,
            links,
        )
        # finish_building puts the busy note and the two messages before the links.
        self._passphrase_layout = self._last_column_layout
        self._passphrase_messages_at = self._passphrase_layout.count() - 2
        return page

    def _recovery_page(self) -> QWidget:
        self.recovery_code = secret_field(self.tr("Recovery code"))
        self.recovery_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_code.returnPressed.connect(self.submit_recovery_code)
        from PySide6.QtWidgets import QCheckBox

        self.show_code = QCheckBox(self.tr("Show what I type"))
        self.show_code.setAccessibleName(self.tr("Show what I type"))
        self.show_code.toggled.connect(
            lambda shown: self.recovery_code.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self.recovery_open = self._button(self.tr("Open"), self.submit_recovery_code, default=True)
        self.recovery_message = status_label()
        self.recovery_busy = BusyNote(self.tr("Opening…"))
        back = self._button(self.tr("Back to passphrase"), self._go_passphrase, flat=True)
        row = QHBoxLayout()
        row.addWidget(self.recovery_code, 1)
        row.addWidget(self.recovery_open)
        links = QHBoxLayout()
        links.addWidget(back)
        links.addStretch(1)
        return self._column(
            heading(self.tr("Use your recovery code"), scale=1.6),
            paragraph(
                self.tr(
                    "Type the code you kept when you set up the journal. Spaces, dashes and "
                    "capital letters don't matter. Afterwards you can choose a new passphrase."
                )
            ),
            row,
            self.show_code,
            self.recovery_busy,
            self.recovery_message,
            links,
        )

    def _new_passphrase_page(self) -> QWidget:
        self.replacement = NewPassphraseFields(user_inputs=["notes", "journal"])
        self.replacement_message = status_label()
        self.replacement_busy = BusyNote(self.tr("Saving your new passphrase…"))
        self.save_replacement = self._button(
            self.tr("Save new passphrase"), self._save_replacement, default=True
        )
        self.skip_replacement = self._button(self.tr("Not now"), self._finish_opening)
        self.replacement.second.returnPressed.connect(self._save_replacement)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_replacement)
        buttons.addWidget(self.save_replacement)
        return self._column(
            heading(self.tr("Choose a new passphrase"), scale=1.6),
            paragraph(
                self.tr(
                    "Your journal is open. You might choose a new passphrase now, so you "
                    "don't need the recovery code next time. Your recovery code keeps working."
                )
            ),
            self.replacement,
            self.replacement_busy,
            self.replacement_message,
            buttons,
        )

    # -- navigation ---------------------------------------------------------------------
    def show_passphrase_page(self) -> None:
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        # setFocus() is setFocus(Qt.FocusReason.OtherFocusReason), without touching `Qt`.
        self.passphrase.setFocus()

    @Slot()
    def _go_passphrase(self) -> None:
        wipe_field(self.recovery_code)
        self.recovery_message.setText("")
        self.show_passphrase_page()

    @Slot()
    def _go_recovery(self) -> None:
        self.finish_building()
        wipe_field(self.passphrase)
        self.message.setText("")
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.recovery_code.setFocus()

    def set_keychain_offered(self, offered: bool) -> None:
        self.keychain_button.setVisible(offered)

    # -- passphrase ---------------------------------------------------------------------
    @Slot()
    def submit_passphrase(self) -> None:
        self.finish_building()
        secret = self.passphrase.text()
        wipe_field(self.passphrase)
        if not secret:
            self.message.setText(self.tr("Type your passphrase, then press Open."))
            return
        self.unlock_with_passphrase(secret)

    def unlock_with_passphrase(self, secret: str) -> None:
        """Derive the key off the UI thread, then open (also used by --passphrase-file)."""
        self.finish_building()
        if self._busy or self._wait_left:
            return
        vault = self._session.vault
        self._start(self.busy, self.message)
        self._session.tasks.run(
            lambda: vault.derive_key(secret),
            lambda key: self._open(key, self.busy, self.message, then=self._finish_opening),
            lambda exc: self._failed(exc, self.busy, self.message),
        )

    # -- recovery code ------------------------------------------------------------------
    @Slot()
    def submit_recovery_code(self) -> None:
        code = self.recovery_code.text()
        wipe_field(self.recovery_code)
        if not code.strip() or self._busy or self._wait_left:
            return
        vault = self._session.vault
        self._start(self.recovery_busy, self.recovery_message)
        self._session.tasks.run(
            lambda: vault.derive_key_from_recovery_code(code),
            lambda key: self._open(
                key, self.recovery_busy, self.recovery_message, then=self._offer_new_passphrase
            ),
            lambda exc: self._failed(exc, self.recovery_busy, self.recovery_message),
        )

    def _offer_new_passphrase(self) -> None:
        self.pages.setCurrentIndex(NEW_PASSPHRASE_PAGE)
        self.replacement.first.setFocus()

    @Slot()
    def _save_replacement(self) -> None:
        if self._busy:
            return
        problem = self.replacement.problem()
        if problem:
            self.replacement_message.setText(problem)
            return
        secret = self.replacement.value()
        self.replacement.wipe()
        session = self._session
        vault, kdf = session.vault, session.kdf
        self._start(self.replacement_busy, self.replacement_message)
        self.save_replacement.setEnabled(False)
        session.run_secret_change(
            lambda: vault.change_passphrase(secret, kdf=kdf),
            self._replacement_saved,
            self._replacement_not_saved,
        )

    def _replacement_saved(self, _result: object) -> None:
        self._stop(self.replacement_busy)
        self.save_replacement.setEnabled(True)
        if self._session.is_unlocked:
            self._session.notices.append(self.tr("Your new passphrase is saved."))
            self._finish_opening()
        else:
            self._session.notices.append(
                self.tr("Your new passphrase was saved just before Haven locked.")
            )

    def _replacement_not_saved(self, exc: Exception) -> None:
        self._stop(self.replacement_busy)
        self.save_replacement.setEnabled(True)
        if self._session.is_unlocked:
            self.replacement_message.setText(
                self.tr(
                    "The new passphrase was not saved; your old one still works. ({reason})"
                ).format(reason=str(exc))
            )

    # -- this device's keychain ---------------------------------------------------------
    @Slot()
    def try_keychain(self) -> None:
        """Open with the key this device remembers; on any problem, quietly ask instead."""
        self.finish_building()
        if self._busy:
            return
        vault = self._session.vault
        self._start(self.busy, self.message)
        self._session.tasks.run(
            vault.key_from_keychain,
            lambda key: self._open(key, self.busy, self.message, then=self._finish_opening),
            self._keychain_failed,
        )

    def _keychain_failed(self, exc: Exception) -> None:
        self._stop(self.busy)
        reason = str(exc) if isinstance(exc, HavenStoreError) else ""
        self.message.setText(
            self.tr(
                "This device could not open the journal by itself, so your passphrase is "
                "needed. {reason}"
            )
            .format(reason=reason)
            .strip()
        )
        self.passphrase.setFocus()

    # -- shared -------------------------------------------------------------------------
    def _start(self, busy: BusyNote, message) -> None:
        self._busy = True
        message.setText("")
        self._set_inputs_enabled(False)
        busy.start(reduced_motion=self._session.settings.reduced_motion)

    def _stop(self, busy: BusyNote) -> None:
        self._busy = False
        busy.stop()
        self._set_inputs_enabled(not self._wait_left)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.finish_building()
        for widget in (
            self.passphrase,
            self.open_button,
            self.recovery_code,
            self.recovery_open,
            self.keychain_button,
        ):
            widget.setEnabled(enabled)

    def _open(self, key: bytes, busy: BusyNote, message, *, then) -> None:
        self._stop(busy)
        try:
            self._session.open_with_key(key)
        except HavenStoreError as exc:
            message.setText(store_problem(exc))
            return
        self.failures = 0
        message.setText("")
        then()

    def _failed(self, exc: Exception, busy: BusyNote, message) -> None:
        self._stop(busy)
        if isinstance(exc, WrongSecret):
            self.failures += 1
            message.setText(str(exc))
            self._wait(retry_delay_seconds(self.failures))
        elif isinstance(exc, HavenStoreError):
            message.setText(str(exc))
        else:
            message.setText(
                self.tr("Haven could not open the journal. Nothing was changed. ({reason})").format(
                    reason=type(exc).__name__
                )
            )
        focus = (
            self.passphrase
            if self.pages.currentIndex() == PASSPHRASE_PAGE
            else (self.recovery_code)
        )
        focus.setFocus()

    def _wait(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._wait_left = seconds
        self._set_inputs_enabled(False)
        self._show_wait()
        self._countdown.start()

    def _show_wait(self) -> None:
        left = (
            self.tr("1 second")
            if self._wait_left == 1
            else self.tr("%n seconds", "", self._wait_left)
        )
        self.wait_note.setText(
            self.tr(
                "To keep your journal safe from guessing, Haven waits a little longer after "
                "each try that didn't fit. You can try again in {left}."
            ).format(left=left)
        )

    @Slot()
    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
            return
        self._countdown.stop()
        self.wait_note.setText("")
        self._set_inputs_enabled(not self._busy)
        field = (
            self.passphrase
            if self.pages.currentIndex() == PASSPHRASE_PAGE
            else (self.recovery_code)
        )
        field.setFocus()

    def _finish_opening(self) -> None:
        self.replacement.wipe()
        self.replacement_message.setText("")
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self.opened.emit()

    def wipe(self) -> None:
        """On lock: empty every field and message; the wait, if any, keeps counting."""
        self.finish_building()
        for field in (self.passphrase, self.recovery_code):
            wipe_field(field)
        self.replacement.wipe()
        for label in (self.message, self.recovery_message, self.replacement_message):
            label.setText("")
        self._busy = False
        for busy in (self.busy, self.recovery_busy, self.replacement_busy):
            busy.stop()
        self.save_replacement.setEnabled(True)
        self._set_inputs_enabled(not self._wait_left)
        self.show_passphrase_page()

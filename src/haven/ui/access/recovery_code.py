"""Showing a recovery code once: keep it, print it (after a warning), or copy it briefly.

The recovery code opens the journal when the passphrase is forgotten, so it is shown only
when it is made, never stored anywhere Haven can show it again. Printing is offered when a
printer is set up; otherwise a copy button puts it on the clipboard and clears it again
after a minute (clipboard managers may keep their own copy, and the button says so).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven.ui.core.clipboard import ClipboardGuard
from haven.ui.kit.widgets import paragraph

COPY_CLEAR_SECONDS = 60


def printing_available() -> bool:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return False
    return bool(QPrinterInfo.availablePrinterNames())


class RecoveryCodePanel(QWidget):
    confirmed_changed = Signal(bool)

    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._code = ""
        self.code_label = QLabel("")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAccessibleName(self.tr("Your recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        base = self.font().pointSizeF()
        if base > 0:
            font.setPointSizeF(base * 1.4)
        self.code_label.setFont(font)
        self.code_label.setProperty("role", "code")

        self.kept = QCheckBox(self.tr("I have kept my recovery code somewhere safe"))
        self.kept.setAccessibleName(self.tr("I have kept my recovery code somewhere safe"))
        self.kept.toggled.connect(self.confirmed_changed)

        self.can_print = printing_available()
        self.output_button = QPushButton(self.tr("Print…") if self.can_print else self.tr("Copy"))
        self.output_button.setAccessibleName(
            self.tr("Print the recovery code")
            if self.can_print
            else self.tr("Copy the recovery code for one minute")
        )
        self.output_button.clicked.connect(self._print if self.can_print else self._copy)
        self.output_note = paragraph("", hint=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this code opens your journal instead. "
                    "It is shown only now. You might write it on paper and keep it somewhere "
                    "private, away from this computer."
                )
            )
        )
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.output_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.output_note)
        layout.addWidget(self.kept)

    def set_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.kept.setChecked(False)
        self.output_note.setText("")

    @property
    def confirmed(self) -> bool:
        return self.kept.isChecked()

    def wipe(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.output_note.setText("")
        self.kept.setChecked(False)

    # -- copy, when there is no printer ---------------------------------------------------
    @Slot()
    def _copy(self) -> None:
        if not self._code:
            return
        self._clipboard.copy(self._code, clear_after_s=COPY_CLEAR_SECONDS)
        self.output_note.setText(
            self.tr(
                "Copied. Haven clears it from the clipboard in one minute, and when it locks. "
                "A clipboard manager, if you use one, may keep its own copy."
            )
        )

    # -- printing, after a warning --------------------------------------------------------
    @Slot()
    def _print(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Before printing"))
        box.setText(self.tr("A printed code is only as private as the paper it is on."))
        box.setInformativeText(
            self.tr(
                "Some printers, especially shared ones, keep a copy of what they print. "
                "Printing to a file (PDF) makes a copy that is not encrypted. "
                "You can also write the code down by hand."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        go = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._open_print_dialog() if button is go else None
        )
        box.open()

    def _open_print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def print_now() -> None:
            if not self._code:
                return
            document = QTextDocument()
            document.setPlainText(
                self.tr("Recovery code\n\n{code}\n\nKeep this somewhere private.").format(
                    code=self._code
                )
            )
            document.print_(printer)
            self.output_note.setText(self.tr("Sent to the printer."))

        dialog.accepted.connect(print_now)
        dialog.open()

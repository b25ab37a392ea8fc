"""Import from a file: choose it, see what it holds, then add it in one go (or not at all).

The formats are the CLI's (`haven import --format …`): both read the one registry,
`haven.exchange.formats`, so a new format appears here by itself. The format is guessed
from the file and can be changed. The whole file is read and checked before anything is
written, and the preview says how many records it holds, their dates, the first few
entries, what will not be brought in (a Day One export's photos, say) and how many are
already in the journal. The import itself is one transaction; a problem leaves the journal
as it was and says so in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven.exchange import formats
from haven.exchange.formats import FilePreview
from haven.ui.core.session import Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.file_dialogs import ask_open_path
from haven.ui.kit.widgets import close_button, heading, paragraph, stacked_form, status_label

NOTHING_IMPORTED = "Nothing was imported."


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def guess_format(path: Path) -> str:
    """The registry's guess from the file's first bytes and name (see formats.guess)."""
    return formats.guess(path).name


@dataclass(frozen=True, slots=True)
class Checked:
    """A file read and checked, and how many of its records the journal already holds."""

    fmt: formats.ImportFormat
    preview: FilePreview
    present: int

    @property
    def summary(self) -> str:
        return self.preview.summary

    @property
    def first(self) -> list[str]:
        return self.preview.first

    def run(self, session: Session) -> str:
        """Add it (one transaction); returns what it did, in words."""
        return self.fmt.apply(session.vault, self.preview)


def check_file(session: Session, path: Path, fmt: str) -> Checked:
    """Read and check the whole file; nothing is written. Raises with a plain message."""
    chosen = formats.get(fmt)
    preview = chosen.preview(path)
    return Checked(chosen, preview, preview.already_present(session.vault))


def _file_filter() -> str:
    patterns = sorted({f"*{s}" for f in formats.IMPORT_FORMATS for s in f.suffixes})
    return _t("Exports ({patterns});;All files (*)").format(patterns=" ".join(patterns))


def plain_problem(exc: BaseException) -> str:
    """The problem in words, always ending with what is safe."""
    text = str(exc).strip() or type(exc).__name__
    if NOTHING_IMPORTED not in text:
        text = f"{text} {_t(NOTHING_IMPORTED)}"
    return text


class ImportDialog(HavenDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._checked: Checked | None = None
        self.setWindowTitle(_t("Import from a file"))
        self.setAccessibleName(_t("Import from a file"))
        self.path = QLineEdit()
        self.path.setAccessibleName(_t("The file to import"))
        self.path.setPlaceholderText(_t("Choose a file…"))
        self.choose_button = QPushButton(_t("Choose a file…"))
        self.choose_button.setAccessibleName(_t("Choose a file to import…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.format = QComboBox()
        self.format.setAccessibleName(_t("Format of the file"))
        for fmt in formats.IMPORT_FORMATS:
            self.format.addItem(_t(fmt.label), fmt.name)
        self.check_button = QPushButton(_t("Show what it holds"))
        self.check_button.setAccessibleName(_t("Show what the file holds"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(_t("Import"))
        self.import_button.setAccessibleName(_t("Import these records"))
        self.import_button.setAutoDefault(False)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.summary = paragraph("")
        self.summary.setAccessibleName(_t("What the file holds"))
        self.first = paragraph("", hint=True)
        self.first.setAccessibleName(_t("The first entries in the file"))
        self.message = status_label()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        holder = QWidget()
        holder.setLayout(file_row)
        form = stacked_form()
        form.addRow(_t("File"), holder)
        form.addRow(_t("Format"), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button(_t("Close"), self.reject))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(_t("Import from a file")))
        layout.addWidget(
            paragraph(
                _t(
                    "Haven reads the whole file and shows what it holds before anything is "
                    "added. Records already in your journal are left as they are."
                ),
                hint=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.first)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.path.textChanged.connect(self._file_changed)
        self.format.currentIndexChanged.connect(self._forget_check)
        self.resize(620, 420)

    # -- choosing -------------------------------------------------------------------------
    @Slot()
    def choose(self) -> None:
        chosen = ask_open_path(self, self._session, _t("Choose a file to import"), _file_filter())
        if chosen:
            self.set_file(chosen)
            self.check()

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))

    @Slot()
    def _file_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            fmt = guess_format(Path(text).expanduser())
            self.format.blockSignals(True)
            self.format.setCurrentIndex(self.format.findData(fmt))
            self.format.blockSignals(False)
        self._forget_check()

    @Slot()
    def _forget_check(self) -> None:
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary.setText("")
        self.first.setText("")
        self.message.setText("")

    # -- preview and import ---------------------------------------------------------------
    @Slot()
    def check(self) -> None:
        self._forget_check()
        text = self.path.text().strip()
        if not text:
            self.message.setText(_t("Choose a file first."))
            return
        if not self._session.is_unlocked:
            return
        try:
            checked = check_file(self._session, Path(text).expanduser(), self.format.currentData())
        except Exception as exc:  # every problem is shown in words, never as a traceback
            self.message.setText(plain_problem(exc))
            return
        self._checked = checked
        summary = "\n".join([checked.summary, " ".join(checked.preview.left_out)]).strip()
        if checked.present:
            summary += " " + _t("{n} of them are already in your journal.").format(
                n=checked.present
            )
        self.summary.setText(summary)
        if checked.first:
            self.first.setText(_t("The first entries:") + "\n" + "\n".join(checked.first))
        self.import_button.setEnabled(True)

    @Slot()
    def run_import(self) -> None:
        checked = self._checked
        if checked is None or not self._session.is_unlocked:
            return
        self.import_button.setEnabled(False)
        try:
            report = checked.run(self._session)
        except Exception as exc:  # one transaction: nothing was added
            self.message.setText(plain_problem(exc))
            return
        self._checked = None
        self.message.setText(report)
        self._session.data_changed.emit()

    def clear_sensitive(self) -> None:
        self._checked = None
        super().clear_sensitive()

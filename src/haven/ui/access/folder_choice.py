"""At first run: the folder the journal is kept in, with a neutral name filled in.

The platform's folder would be called "haven" (`~/.local/share/haven`), which tells anyone
looking through the disk what is used here. First run offers a folder named after the
discreet name instead (`config.neutral_data_dir`: `~/.local/share/notes`), in a labelled
field the person can change, with "Choose…" opening Qt's own folder dialog. The journal
goes only into a new or empty folder, never among another program's files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from haven.config import neutral_data_dir
from haven.ui.kit.file_dialogs import ask_folder
from haven.ui.kit.widgets import field_label, paragraph


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


class FolderChoice(QWidget):
    """A labelled folder field, filled with the neutral default, and "Choose…"."""

    def __init__(self, discreet_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = QLineEdit(str(neutral_data_dir(discreet_name)))
        self.folder.setAccessibleName(_t("Folder for your journal"))
        self.choose_button = QPushButton(_t("Choose…"))
        self.choose_button.setAccessibleName(_t("Choose the folder for your journal…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field_label(_t("Folder for your journal"), self.folder))
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                _t(
                    "Your journal is kept here, encrypted. The folder's name says nothing "
                    "about Haven; you can choose another one. It needs to be new or empty."
                ),
                hint=True,
            )
        )

    @Slot()
    def choose(self) -> None:
        chosen = ask_folder(self, _t("Choose the folder for your journal"), self.value())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def value(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def problem(self) -> str | None:
        """Why this folder cannot hold the journal, in plain words; None when it can."""
        folder = self.value()
        if not self.folder.text().strip() or not folder.is_absolute():
            return _t("Type the whole path of a folder, or use Choose…. Nothing was saved.")
        if folder.exists() and not folder.is_dir():
            return _t("{path} is a file, not a folder. Nothing was saved.").format(path=folder)
        try:
            holds_files = folder.is_dir() and any(folder.iterdir())
        except OSError:
            holds_files = True
        if holds_files:
            return _t(
                "{path} already holds other files. You might choose a new or empty folder. "
                "Nothing was saved."
            ).format(path=folder)
        return None

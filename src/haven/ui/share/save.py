"""Saving something that leaves the vault: one file, where the person chose, said plainly.

The steps are the same for the summary, the partner page and the CSV:

1. `choose_path`: a save dialog (`haven.ui.kit.file_dialogs`: Qt's own, in the last
   folder used; it asks before replacing a file; a file that was not there when the
   person chose the name and is there now is never replaced).
2. `ask_before_saving`: what the file holds and that it is not encrypted (or that it opens
   only with the password, which Haven does not keep), with "Save" and "Don't save".
3. `write_file`: written with mode 0600 through a random, exclusive temporary name beside
   it that is never followed as a link (`haven.system.files.write_new_private`).
4. `saved_message`: "Your summary is saved at …. It is not encrypted: keep it somewhere
   private." (or the password variant).

Nothing else is written: no temporary copy, no recent-files entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from haven.system.files import write_new_private
from haven.ui.kit.file_dialogs import FolderMemory, ask_save_path
from haven.ui.kit.widgets import ask_calmly, paragraph, secret_field, stacked_form, wipe_field


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


@dataclass(frozen=True, slots=True)
class Destination:
    path: Path
    existed: bool  # there when the dialog returned: the dialog asked before replacing it


def choose_path(
    parent: QWidget | None,
    memory: FolderMemory,
    title: str,
    suggested: str,
    file_filter: str,
    suffix: str,
) -> Destination | None:
    """Ask where to save (Qt's own dialog, in the last folder used). None when cancelled."""
    path = ask_save_path(parent, memory, title, suggested, file_filter)
    if path is None:
        return None
    existed = path.exists() or path.is_symlink()
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
        # The dialog asked about the name it was given, not this one.
        existed = False
    return Destination(path, existed)


def ask_before_saving(parent: QWidget | None, title: str, text: str) -> bool:
    """The plain warning before anything is written. True only for "Save"."""
    return ask_calmly(parent, title, text, go=_t("Save"), keep=_t("Don't save"))


class SaveProblem(Exception):
    """Why the file was not written, in plain words (nothing was saved)."""


def write_file(destination: Destination, data: bytes) -> None:
    path = destination.path
    if not path.parent.is_dir():
        raise SaveProblem(
            _t("The folder {folder} does not exist. Nothing was saved.").format(folder=path.parent)
        )
    if not destination.existed and (path.exists() or path.is_symlink()):
        raise SaveProblem(
            _t(
                "{path} appeared while Haven was getting ready, and Haven will not replace it. "
                "Nothing was saved. You might choose another name."
            ).format(path=path)
        )
    try:
        write_new_private(path, data, replace=destination.existed)
    except FileExistsError:
        raise SaveProblem(
            _t(
                "{path} appeared while Haven was getting ready, and Haven will not replace it. "
                "Nothing was saved. You might choose another name."
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise SaveProblem(
            _t("Haven could not write {path} ({reason}). Nothing was saved there.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def warning_text(what: str, contents: str, *, password: bool) -> str:
    """Before saving: what it holds, and whether it is encrypted."""
    if password:
        head = _t(
            "This {what} will be protected by the password you chose (AES-256). The password "
            "is not stored anywhere: without it, the file cannot be opened."
        ).format(what=what)
    else:
        head = _t("This {what} will not be encrypted. Anyone who has the file can read it.").format(
            what=what
        )
    return f"{head}\n\n{contents}"


def saved_message(what: str, path: Path, contents: str, *, password: bool) -> str:
    """After saving: where it is, and whether it is encrypted."""
    if password:
        head = _t(
            "Your {what} is saved at {path}. It is encrypted (AES-256) and opens only with "
            "the password you chose: keep the file and the password somewhere private."
        ).format(what=what, path=path)
    else:
        head = _t(
            "Your {what} is saved at {path}. It is not encrypted: keep it somewhere private."
        ).format(what=what, path=path)
    return f"{head} {contents}"


class PasswordChoice(QWidget):
    """An optional password for a PDF, typed twice. Haven never keeps it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use = QCheckBox(_t("Protect the PDF with a password"))
        self.use.setAccessibleName(_t("Protect the PDF with a password"))
        self.first = secret_field(_t("PDF password"))
        self.second = secret_field(_t("PDF password again"))
        self.hint = paragraph(
            _t(
                "The PDF is then encrypted (AES-256). Haven does not keep the password: "
                "you might tell it to your therapist in person. Please choose one that is "
                "not your journal's passphrase."
            ),
            hint=True,
        )
        form = stacked_form()
        form.addRow(_t("Password"), self.first)
        form.addRow(_t("Once more"), self.second)
        self.fields = QWidget()
        self.fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.use)
        layout.addWidget(self.fields)
        layout.addWidget(self.hint)
        self.use.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.fields.setVisible(on)
        self.hint.setVisible(on)
        if not on:
            self.wipe(keep_choice=True)

    def problem(self) -> str | None:
        if not self.use.isChecked():
            return None
        if not self.first.text():
            return _t("Type a password for the PDF, or untick “Protect the PDF with a password”.")
        if self.first.text() != self.second.text():
            return _t("Type the same password in both fields.")
        return None

    def value(self) -> str | None:
        return self.first.text() if self.use.isChecked() else None

    def wipe(self, *, keep_choice: bool = False) -> None:
        wipe_field(self.first)
        wipe_field(self.second)
        if not keep_choice:
            self.use.setChecked(False)

"""Every file dialog Haven opens: Qt's own, in the remembered folder, with a neutral name.

Why Qt's own dialog and never the system's: the GTK file chooser (which Qt uses on many
Linux desktops through its GTK platform theme) adds the chosen file to the person's
"recent files" list (`~/.local/share/recently-used.xbel`), and the file manager, the
office suite and the desktop's search then show "summary-for-therapy.pdf" or the
journal's backup to anyone at this computer. Qt's own dialog keeps no list of files; it
does keep its own state (the folders visited) in a `QtProject.conf` shared by every Qt
program, so Haven points that file into its own config folder and removes it as soon as
the dialog is gone (`_forget_dialog_state`).

The dialog starts in the folder where the last file was saved or opened (kept in the
plain settings as a folder, never a file name), so it does not start in the home folder
each time; after a choice that folder is remembered. The suggested name comes from
`haven.domain.filenames`: plain outside discreet mode, neutral inside it.

Tests answer the dialog through `run`, the one place that shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from haven.config import PlainSettings, config_dir
from haven.domain.filenames import suggested_name


class FolderMemory(Protocol):
    """What keeps the last folder: the session (its plain settings, saved at once)."""

    settings: PlainSettings

    def save_settings(self) -> None: ...


def make_dialog(
    parent: QWidget | None, title: str, start: Path, file_filter: str, *, save: bool
) -> QFileDialog:
    """Qt's own file dialog (never the system's: see the module's note), ready to show."""
    _dialog_state_in_haven_folder()
    dialog = QFileDialog(parent, title, str(start), file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAccessibleName(title)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if not start.is_dir():
            dialog.setDirectory(str(start.parent))
            dialog.selectFile(start.name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _readable_at_any_size(dialog)
    return dialog


def _readable_at_any_size(dialog: QFileDialog) -> None:
    """With large fonts, file names stay whole: the name column takes the free width, the
    others fit their text, and the dialog starts wide enough for both."""
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    em = dialog.fontMetrics().horizontalAdvance("M")
    dialog.resize(max(dialog.width(), 60 * em), max(dialog.height(), 34 * em))


def run(dialog: QFileDialog) -> str | None:
    """Show the dialog and wait: the chosen file, or None when the person cancelled."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen and chosen[0] else None


def suggest(memory: FolderMemory, kind: str, day: date | None = None) -> str:
    """The name offered for `kind`, neutral in discreet mode, not taken in the start folder."""
    settings = memory.settings
    folder = settings.start_folder()
    return suggested_name(
        kind,
        day or date.today(),
        discreet_name=settings.discreet_name if settings.discreet_mode else None,
        taken=lambda name: (folder / name).exists(),
    )


def ask_save_path(
    parent: QWidget | None, memory: FolderMemory, title: str, suggested: str, file_filter: str
) -> Path | None:
    """Where to save: the chosen path (absolute), or None when the person cancelled."""
    start = memory.settings.start_folder() / suggested
    dialog = make_dialog(parent, title, start, file_filter, save=True)
    chosen = run(dialog)
    _forget_dialog_state(dialog)
    return _chosen(memory, chosen)


def ask_open_path(
    parent: QWidget | None, memory: FolderMemory, title: str, file_filter: str
) -> Path | None:
    """Which file to open: the chosen path (absolute), or None when the person cancelled."""
    start = memory.settings.start_folder()
    dialog = make_dialog(parent, title, start, file_filter, save=False)
    chosen = run(dialog)
    _forget_dialog_state(dialog)
    return _chosen(memory, chosen)


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """A folder (Qt's own dialog, starting at `start` or the nearest folder that exists)."""
    while not start.is_dir() and start != start.parent:
        start = start.parent
    dialog = make_dialog(parent, title, start, "", save=False)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = run(dialog)
    _forget_dialog_state(dialog)
    return Path(chosen).expanduser().absolute() if chosen else None


def _chosen(memory: FolderMemory, chosen: str | None) -> Path | None:
    if not chosen:
        return None
    path = Path(chosen).expanduser().absolute()
    remember_folder(memory, path.parent)
    return path


def remember_folder(memory: FolderMemory, folder: Path) -> None:
    """Keep the folder (never the file) for the next dialog; an unchanged one is not saved."""
    folder_text = str(folder)
    if folder.is_dir() and memory.settings.last_folder != folder_text:
        memory.settings.last_folder = folder_text
        memory.save_settings()


QT_DIALOG_STATE = "QtProject.conf"


def _dialog_state_in_haven_folder() -> None:
    """Qt's own dialog saves its state through QSettings (user scope, "QtProject"): point
    that at Haven's config folder, not the one every Qt program shares. Haven itself uses
    no QSettings, so nothing else moves."""
    folder = str(config_dir())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def _forget_dialog_state(dialog: QFileDialog) -> None:
    """Delete the dialog now (it writes its state as it goes) and remove what it wrote."""
    if shiboken6.isValid(dialog):
        shiboken6.delete(dialog)
    (config_dir() / QT_DIALOG_STATE).unlink(missing_ok=True)

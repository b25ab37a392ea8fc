"""Run by tests/ui/test_no_recent_files.py in its own process, with the GTK platform theme.

The platform theme is chosen once, when the application starts, so the test starts this
script with QT_QPA_PLATFORMTHEME=gtk3 on an X server and a home folder of its own. It
prints one line per fact the test checks ("gtk3-theme: yes", "saved: …").

    python -m tests.ui.recent_files_probe haven OUT_DIR    # Haven's window: save and import
    python -m tests.ui.recent_files_probe native OUT_DIR   # control: the system's own dialog
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

JRNL = Path(__file__).resolve().parents[1] / "exchange" / "data" / "jrnl-export-sample.json"


def loaded(fragment: str) -> bool:
    """Whether a shared library whose path holds `fragment` is loaded in this process."""
    return fragment in Path("/proc/self/maps").read_text()


def spin(app: QApplication, until, limit: float) -> bool:
    """Run the event loop (Qt's and GLib's: they are one here) until `until()` or `limit` s."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return until()


def answer_dialogs(app: QApplication, paths: list[Path]) -> QTimer:
    """Answer each file dialog, in turn, as a person would: a name, then Enter.

    Qt's own dialog is a Qt window: it is accepted directly. Were it the system's dialog
    (a GTK window Qt does not draw), Enter is pressed in that window through X instead, so
    the GTK chooser does what it does when a person presses Enter."""

    answered: list[QFileDialog] = []

    def tick() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not paths or dialog in answered:
            return
        native = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        if not native and not dialog.isVisible():
            return
        path = paths.pop(0)
        answered.append(dialog)
        print(f"dialog-native: {native}")
        dialog.setDirectory(str(path.parent))
        saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        dialog.selectFile(path.name if saving or not native else str(path))
        if native:
            QTimer.singleShot(500, lambda: press_enter(dialog.windowTitle()))
        else:
            dialog.accept()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def press_enter(title: str) -> None:
    """Enter in the visible window called `title` (the system's dialog), through X."""
    subprocess.Popen(
        [
            "xdotool",
            "search",
            "--sync",
            "--onlyvisible",
            "--name",
            title,
            "windowfocus",
            "--sync",
            "key",
            "Return",
        ]
    )


def haven(app: QApplication, out: Path) -> None:
    from haven import config
    from haven.store import Vault
    from haven.store.keyfile import CHEAP_KDF
    from haven.ui.core.session import Session
    from haven.ui.settings.import_dialog import ImportDialog
    from haven.ui.share import panel as share_panel
    from haven.ui.shell.main_window import MainWindow

    data = out / "journal"
    passphrase = "a passphrase for the probe"
    Vault.create(data, passphrase, kdf=CHEAP_KDF)[0].lock()
    session = Session(data, config.load_settings(), kdf=CHEAP_KDF)
    window = MainWindow(session)
    window.show()
    window.unlock_view.unlock_with_passphrase(passphrase)
    spin(app, lambda: window.workspace is not None, 20)
    share_panel.ask_before_saving = lambda *args: True  # the warning, answered "Save"
    summary = out / "exports" / "summary.pdf"
    summary.parent.mkdir()
    timer = answer_dialogs(app, [summary, JRNL])
    share = window.workspace.show_area("share")
    share.refresh()
    share.summary.save()
    print(f"saved: {spin(app, summary.exists, 60)}")
    importer = ImportDialog(session, window)
    importer.show()
    importer.choose()
    importer.run_import()
    print(f"imported: {'3 journal entries' in importer.message.text()}")
    timer.stop()
    spin(app, lambda: False, 2.0)  # time for any "recent files" write to land
    session.lock()


def native(app: QApplication, out: Path) -> None:
    """The system's dialog (the GTK file chooser here), answered with Enter through X."""
    target = out / "exports" / "summary.pdf"
    target.parent.mkdir()
    title = "Save the probe file"
    dialog = QFileDialog(None, title, str(target.parent), "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(target.name)

    QTimer.singleShot(1000, lambda: press_enter(title))
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    print(f"dialog-native: {not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)}")
    print(f"saved: {accepted and dialog.selectedFiles() == [str(target)]}")
    xbel = Path.home() / ".local" / "share" / "recently-used.xbel"
    # GTK writes its list a moment later, from its own idle work: wait for that (or 10 s).
    spin(app, lambda: xbel.exists() and target.name in xbel.read_text(), 10.0)


def main() -> None:
    mode, out = sys.argv[1], Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    print(f"platform: {app.platformName()}")
    print(f"gtk3-theme: {'yes' if loaded('libqgtk3') and loaded('libgtk-3') else 'no'}")
    {"haven": haven, "native": native}[mode](app, out)
    print("done", flush=True)


if __name__ == "__main__":
    main()

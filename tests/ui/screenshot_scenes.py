"""Scenes for docs/screenshots: run one under Xvfb with ../shared/tools/screenshot.sh.

    python -m tests.ui.screenshot_scenes make-vault DIR PASSFILE
    python -m tests.ui.screenshot_scenes SCENE DIR [PASSFILE]

SCENE is first-run, first-run-passphrase, first-run-code, unlock, unlock-wrong, settings,
settings-new-key, pause, help-now, import-dayone (a Day One export previewed in the
import dialog) or share-markdown (Share › Take everything with you). The vault uses
CHEAP_KDF and fictional sample data; nothing here is used by Haven itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

SAMPLE_PASSPHRASE = "lantern meadow quietly orbit"


def make_vault(data_dir: Path, passfile: Path) -> None:
    from haven.domain.models import Actor, Contact, PausePlanStep
    from haven.store import Vault
    from haven.store.keyfile import CHEAP_KDF

    vault, _ = Vault.create(data_dir, SAMPLE_PASSPHRASE, kdf=CHEAP_KDF)
    with vault:
        vault.safety.add(Contact("Sam", "friend", "Phone 0700 900 123", "Any evening"))
        vault.safety.add(Contact("Dr. Okafor", "therapist", "Clinic 0161 496 0000", "Weekdays"))
        for actor, text in (
            (Actor.ME, "Say the word we agreed on, or tap twice."),
            (Actor.ME, "Sit up, put my feet on the floor, and notice five things I can see."),
            (Actor.PARTNER, "Stop straight away and move back a little."),
            (Actor.PARTNER, "Ask if I want a blanket, water, or space."),
        ):
            vault.safety.add(PausePlanStep(actor=actor, text=text))
    passfile.write_text(SAMPLE_PASSPHRASE + "\n", encoding="utf-8")


def run_scene(scene: str, data_dir: Path, passfile: Path | None) -> int:
    from haven import config
    from haven.store.keyfile import CHEAP_KDF
    from haven.ui.core.session import Session
    from haven.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    session = Session(data_dir, config.load_settings(), kdf=CHEAP_KDF)
    window = MainWindow(session)
    window.show()

    def unlock_then(action: Callable[[], object]) -> None:
        def opened() -> None:
            window.workspace.show_area("settings")
            QTimer.singleShot(200, action)

        window.unlock_view.opened.connect(opened)
        passphrase = passfile.read_text(encoding="utf-8").rstrip("\n") if passfile else ""
        window.unlock_view.unlock_with_passphrase(passphrase)

    def first_run_passphrase() -> None:
        view = window.first_run
        view._go_passphrase()
        view.new_passphrase.first.setText("lantern meadow")
        view.new_passphrase.second.setText("lantern meadow")

    def first_run_code() -> None:
        first_run_passphrase()
        window.first_run.new_passphrase.first.setText(SAMPLE_PASSPHRASE)
        window.first_run.new_passphrase.second.setText(SAMPLE_PASSPHRASE)
        window.first_run._create()

    def start_breathing() -> None:
        window.open_pause()
        from haven.ui.calm.pause import PauseDialog

        for widget in app.topLevelWidgets():
            if isinstance(widget, PauseDialog):
                widget.breathing.start()

    def settings_new_key() -> None:
        area = window.workspace.show_area("settings")
        area.secrets.current.setText(SAMPLE_PASSPHRASE)
        area.secrets.new_passphrase.first.setText("harbour lantern after the long rain")
        area.secrets.new_passphrase.second.setText("harbour lantern after the long rain")
        area.secrets.rotation.new_key.setChecked(True)
        scroll = area.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(area.secrets.change_button)

    def import_dayone() -> None:
        import tempfile

        from haven.ui.settings.import_dialog import ImportDialog
        from tests.support.dayone import entry, escape, write_zip

        items = [
            entry("8B1F2C3D4E5F40718293A4B5C6D7E8F9", "2023-01-05T10:20:30Z",
                  "# " + escape("Tea starts the day.") + "\n\n" + escape("A slow morning."),
                  tags=["morning"], starred=True, photos=3, location=True),
            entry("1A2B3C4D5E6F47788990AABBCCDDEEFF", "2023-03-26T09:30:00Z",
                  escape("Slept badly, but the evening call helped."), photos=2),
            entry("F0E1D2C3B4A5469788796A5B4C3D2E1F", "2023-06-30T22:45:00Z",
                  "# " + escape("שבוע רגוע") + "\n\n" + escape("أشعر بالأمان الآن."),
                  zone="Asia/Jerusalem", weather=True),
        ]  # fmt: skip
        path = write_zip(Path(tempfile.mkdtemp()) / "Day One export.zip", items)
        window.workspace.show_area("settings").import_button.click()
        for widget in app.topLevelWidgets():
            if isinstance(widget, ImportDialog):
                widget.set_file(path)
                widget.check()

    def share_markdown() -> None:
        area = window.workspace.show_area("share")
        area.tabs.setCurrentWidget(area.markdown)

    def unlock_wrong() -> None:
        window.unlock_view.unlock_with_passphrase("not the passphrase")

    scenes = {
        "first-run": lambda: None,
        "first-run-passphrase": first_run_passphrase,
        "first-run-code": first_run_code,
        "unlock": lambda: None,
        "unlock-wrong": unlock_wrong,
        "settings": lambda: unlock_then(lambda: None),
        "settings-new-key": lambda: unlock_then(settings_new_key),
        "pause": lambda: unlock_then(start_breathing),
        "help-now": lambda: unlock_then(window.open_help_now),
        "import-dayone": lambda: unlock_then(import_dayone),
        "share-markdown": lambda: unlock_then(share_markdown),
    }
    QTimer.singleShot(300, scenes[scene])
    return app.exec()


if __name__ == "__main__":
    command, directory = sys.argv[1], Path(sys.argv[2])
    extra = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    if command == "make-vault":
        assert extra is not None
        make_vault(directory, extra)
    else:
        raise SystemExit(run_scene(command, directory, extra))

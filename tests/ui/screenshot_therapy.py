"""Scenes for the "With my therapist" screenshots in docs/screenshots (issue 13).

    python -m tests.ui.screenshot_learn make-vault DIR PASSFILE
    python -m tests.ui.screenshot_therapy SCENE DIR PASSFILE [THEME]

SCENE is therapy-sessions, therapy-to-bring, since-last-session, partner-conversation or
partner-agreements (With my partner). The vault is the Learn
scenes' one: `haven demo` data (fictional) with cheap key derivation; nothing here is used
by Haven itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def run_scene(scene: str, data_dir: Path, passfile: Path, theme: str | None) -> int:
    from haven import config
    from haven.store.keyfile import CHEAP_KDF
    from haven.ui.core.session import Session
    from haven.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = config.load_settings()
    if theme:
        settings.theme = theme
    session = Session(data_dir, settings, kdf=CHEAP_KDF)
    window = MainWindow(session)
    window.resize(1240, 780)
    window.show()

    def sessions() -> None:
        area = window.workspace.show_area("therapy")
        area.show_section("sessions")
        area.sessions.list.setCurrentRow(0)
        area.sessions.edit(area.sessions.current())

    def to_bring() -> None:
        area = window.workspace.show_area("therapy")
        area.show_section("to_bring")
        area.to_bring.open_list.setCurrentRow(0)

    def since() -> None:
        area = window.workspace.show_area("therapy")
        area.show_section("since")

    def conversation() -> None:
        from haven.domain.partner import PROMPTS

        area = window.workspace.show_area("partner")
        area.show_section("conversation")
        page = area.conversation
        page.begin()
        page.mine[PROMPTS[0].key].setPlainText(
            "Sunday morning, when you asked before sitting close. It made it easy to say yes."
        )
        page.theirs[PROMPTS[0].key].setPlainText("Laughing together at the film on Friday.")
        page.next_button.click()
        page.mine[PROMPTS[1].key].setPlainText(
            "Slower evenings after a hard day: more talking first."
        )

    def agreements() -> None:
        area = window.workspace.show_area("partner")
        area.show_section("agreements")
        area.agreements.list.setCurrentRow(0)

    actions = {"therapy-sessions": sessions, "therapy-to-bring": to_bring,
               "since-last-session": since, "partner-conversation": conversation,
               "partner-agreements": agreements}  # fmt: skip

    def opened() -> None:
        QTimer.singleShot(200, actions[scene])

    window.unlock_view.opened.connect(opened)
    QTimer.singleShot(
        300,
        lambda: window.unlock_view.unlock_with_passphrase(
            passfile.read_text(encoding="utf-8").rstrip("\n")
        ),
    )
    return app.exec()


if __name__ == "__main__":
    scene, directory, passfile = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    raise SystemExit(
        run_scene(scene, directory, passfile, sys.argv[4] if len(sys.argv) > 4 else None)
    )

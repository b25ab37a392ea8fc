"""Scenes for the Learn and Reflect screenshots in docs/screenshots (issue 14).

    python -m tests.ui.screenshot_learn make-vault DIR PASSFILE
    python -m tests.ui.screenshot_learn SCENE DIR PASSFILE [THEME]

SCENE is learn, reading, fear-or-danger or values-sort. Run each under Xvfb with the shared
screenshot tool. The vault is `haven demo` data (fictional) with cheap key derivation;
nothing here is used by Haven itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.screenshot_scenes import SAMPLE_PASSPHRASE


def make_vault(data_dir: Path, passfile: Path) -> None:
    from haven import demo
    from haven.store import Vault
    from haven.store.keyfile import CHEAP_KDF

    vault, _ = Vault.create(data_dir, SAMPLE_PASSPHRASE, kdf=CHEAP_KDF)
    with vault:
        demo.populate(vault, years=1)
    passfile.write_text(SAMPLE_PASSPHRASE + "\n", encoding="utf-8")


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

    def learn() -> None:
        area = window.workspace.show_area("learn")
        area.open_detail("body-alarm")

    def reading() -> None:
        area = window.workspace.show_area("learn")
        area.search.setText("consent")
        area.open_detail("consent-can-change")
        area.search.setText("consent")
        area.view.setFocus()

    def fear_or_danger() -> None:
        area = window.workspace.show_area("reflect")
        area.open_detail("fear")
        page = area.fear
        page.edit(page._session.vault.reflections.fear_checks()[0])

    def values_sort() -> None:
        area = window.workspace.show_area("reflect")
        area.open_detail("values")
        page = area.values
        sorts = page._session.vault.reflections.values_sorts()
        page.edit(sorts[-1])
        page.saved.list.setCurrentRow(page.saved.list.count() - 1)
        page._compare()

    actions = {
        "learn": learn,
        "reading": reading,
        "fear-or-danger": fear_or_danger,
        "values-sort": values_sort,
    }

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
    command, directory = sys.argv[1], Path(sys.argv[2])
    extra = Path(sys.argv[3])
    if command == "make-vault":
        make_vault(directory, extra)
    else:
        raise SystemExit(
            run_scene(command, directory, extra, sys.argv[4] if len(sys.argv) > 4 else None)
        )

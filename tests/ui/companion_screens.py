"""Screenshots for issue 12's screens, drawn offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.companion_screens OUT_DIR

Each scene opens the real main window on a fresh vault of fictional demo data (CHEAP_KDF),
at 1024×600 like a small laptop, in the light theme, and saves `window.grab()` (or the
dialog's) as a PNG. The Pause scene uses a 160% system font. Nothing here is used by Haven.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

SIZE = (1024, 600)
PASS = "lantern meadow quietly orbit"


def main(out: Path) -> None:
    import os

    from haven import config, demo
    from haven.domain.hard_moments import ConsentAnswer
    from haven.store import Vault
    from haven.store.keyfile import CHEAP_KDF
    from haven.ui.core.session import Session
    from haven.ui.shell.main_window import MainWindow
    from haven.ui.shell.theme import apply_theme

    home = Path(tempfile.mkdtemp(prefix="haven-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    data = home / "vault"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    base_font = QFont(app.font())
    vault, _ = Vault.create(data, PASS, kdf=CHEAP_KDF)
    with vault:
        demo.populate(vault, years=1, journal_entries=40)
        vault.settings.set("start_card_dismissed", True)

    def window_for() -> MainWindow:
        session = Session(data, config.load_settings(), kdf=CHEAP_KDF)
        apply_theme(app, "light")
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()
        window.unlock_view.unlock_with_passphrase(PASS)
        for _ in range(200):
            app.processEvents()
            if session.is_unlocked and window.workspace is not None:
                break
        app.processEvents()
        return window

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png")

    # Today with the calm panel after a check-in of 8.
    window = window_for()
    today = window.workspace.show_area("today")
    today.distress.setValue(8)
    today.comfort.setValue(3)
    today.save_checkin()
    settle()
    area_scroll = today.layout().itemAt(0).widget()
    area_scroll.ensureWidgetVisible(today.save_button, 0, 0)
    settle()
    area_scroll.ensureWidgetVisible(today.care, 0, 8)
    save(window, "today-hard-moment")

    # The check-in history, one opened to change.
    today.care.dismiss()
    today.history.view.setCurrentRow(1)
    settle()
    area_scroll.ensureWidgetVisible(today.history.change_button, 0, 16)
    save(window, "checkin-history")

    # A finished practice reopened: its reflection in the dialog.
    from haven.ui.pacing.practice.debrief_dialog import DebriefDialog

    practice_area = window.workspace.show_area("practice")
    practice_area.refresh()
    practice = practice_area.finished.records()[0]
    dialog = DebriefDialog(practice, practice_area._step_title(practice), window)
    dialog.resize(760, 600)
    dialog.show()
    dialog.consent_buttons[ConsentAnswer.YES].setChecked(True)
    save(dialog, "practice-reopened")
    dialog.close()

    # Grounding, its own area, after a use that left distress higher.
    from haven.domain.models import GroundingTool, GroundingUse

    grounding = window.workspace.show_area("grounding")
    use = GroundingUse(GroundingTool.SENSES_54321, distress_before=5, distress_after=7)
    window.session.vault.grounding.add(use)
    window.session.data_changed.emit()
    grounding.after_use(use)
    save(window, "grounding-area")

    # Help now with a region chosen.
    from haven.ui.calm.help_now import HelpNowDialog

    help_now = HelpNowDialog(window.session, window)
    help_now.resize(760, 600)
    help_now.show()
    help_now.region.setCurrentIndex(help_now.region.findData("AU"))
    save(help_now, "help-now-region")
    help_now.close()
    window.session.lock()
    window.close()

    # The Pause dialog at a 160% font, in a 1024×600 window's room.
    bigger = QFont(base_font)
    bigger.setPointSizeF(base_font.pointSizeF() * 1.6)
    app.setFont(bigger)
    window = window_for()
    from haven.ui.calm.pause import PauseDialog

    pause = PauseDialog(window.session, window)
    pause.resize(*SIZE)
    pause.show()
    pause.refresh()
    save(pause, "pause-160")
    pause.close()
    window.session.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""One undo bar, one rule: every area offers "Undo" the same way, for UNDO_SECONDS."""

from __future__ import annotations

from haven.ui.kit.undo import UNDO_SECONDS, UndoBar
from haven.ui.shell.main_window import MainWindow


def test_the_offer_brings_back_once_and_then_is_gone(qtbot) -> None:
    bar = UndoBar()
    qtbot.addWidget(bar)
    brought: list[str] = []
    bar.offer("The step was deleted.", lambda: brought.append("step"))
    assert bar.active and bar.isVisibleTo(None) is not None
    assert bar._timer.remainingTime() > (UNDO_SECONDS - 1) * 1000

    bar.undo()
    bar.undo()  # a second press finds nothing to bring back

    assert brought == ["step"] and not bar.active and bar.message.text() == ""


def test_the_offer_expires_by_itself(qtbot) -> None:
    bar = UndoBar()
    qtbot.addWidget(bar)
    bar.seconds = 0.05
    bar.offer("The entry was deleted.", lambda: None)
    qtbot.waitUntil(lambda: not bar.active, timeout=2000)
    assert bar.isHidden()


def test_every_area_uses_the_one_undo_bar(qtbot, unlocked: MainWindow) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    seen = {}
    for key in ("journal", "roadmap", "thresholds", "practice", "safety"):
        area = workspace.show_area(key)
        seen[key] = type(area.undo_bar)  # type: ignore[attr-defined]
    assert set(seen.values()) == {UndoBar}, seen

"""Thresholds, Practice, Roadmap, Progress and the Pause dialog each carry a "What is this?"
link to the matching reading, and none of them opens a reading by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from haven.ui.learn.links import ReadingDialog, WhatIsThis
from haven.ui.shell.main_window import MainWindow


def test_each_screen_has_its_link_and_nothing_pops_up(unlocked: MainWindow, qtbot) -> None:
    workspace = unlocked.workspace
    for key, reading in (
        ("thresholds", "body-alarm"),
        ("practice", "stop-and-pause-signals"),
        ("roadmap", "pacing-and-moving-back"),
        ("progress", "sleep-and-stress"),
    ):
        area = workspace.show_area(key)
        links = area.findChildren(WhatIsThis)
        assert [link.reading_id for link in links][:1] == [reading], key
    unlocked.open_pause()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in unlocked.findChildren(WhatIsThis)))
    pause_links = [
        link
        for w in QApplication.topLevelWidgets()
        if w.windowTitle() == "Pause"
        for link in w.findChildren(WhatIsThis)
    ]
    assert [link.reading_id for link in pause_links] == ["fear-or-danger"]
    assert not any(
        isinstance(w, ReadingDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_learn_and_reflect_are_areas_in_the_navigation(unlocked: MainWindow) -> None:
    keys = [entry.key for entry in unlocked.workspace.entries]
    assert keys.index("reflect") < keys.index("learn") < keys.index("share")

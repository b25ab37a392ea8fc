"""Words typed into the three reflection tools, and a Learn mark, never reach a file
unencrypted: the real window, unlocked, then locked, then every file scanned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from haven.domain.reflection import Pile
from haven.ui.reflect.area import ReflectArea
from tests.ui.test_no_plaintext_typed import files_holding

FEAR = "Wombat3FearPage"
CARD = "Wombat3OwnCard"
KIND = "Wombat3KindWord"


def test_reflections_typed_in_the_window_are_only_stored_encrypted(
    qtbot, unlocked, tmp_path: Path
) -> None:
    reflect = unlocked.workspace.show_area("reflect")
    assert isinstance(reflect, ReflectArea)
    reflect.fear.fields["happening"].setPlainText(FEAR)
    qtbot.mouseClick(reflect.fear.save_button, Qt.MouseButton.LeftButton)
    reflect.values.own.setText(CARD)
    reflect.values._add_own()
    reflect.values.rows[-1].set_pile(Pile.SOME)
    qtbot.mouseClick(reflect.values.save_button, Qt.MouseButton.LeftButton)
    reflect.kind.words.setPlainText(KIND)
    qtbot.mouseClick(reflect.kind.save_button, Qt.MouseButton.LeftButton)
    learn = unlocked.workspace.show_area("learn")
    qtbot.mouseClick(learn.helpful, Qt.MouseButton.LeftButton)

    vault = unlocked.session.vault
    assert vault.reflections.fear_checks()[0].happening == FEAR
    assert vault.reflections.latest_values_sort().pile_of("own:1") is Pile.SOME
    assert vault.reflections.learn_marks()
    unlocked.session.lock()
    for marker in (FEAR, CARD, KIND):
        assert files_holding(tmp_path, marker) == []

"""Pause and Help now: reachable everywhere, the person's own words first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from haven import resources
from haven.domain.models import Actor, Contact, PausePlanStep
from haven.ui.calm.breathing import Pattern
from haven.ui.calm.help_now import HelpNowDialog
from haven.ui.calm.pause import PauseDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def _texts(dialog) -> list[str]:
    """Visible label texts, top to bottom as the person sees them."""
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    labels.sort(key=lambda label: label.mapTo(dialog, QPoint(0, 0)).y())
    return [label.text() for label in labels]


def test_help_now_lists_the_persons_contacts_then_the_crisis_lines(qtbot, unlocked):
    window = unlocked
    window.session.vault.safety.add(Contact("Robin", "sister", "07700 900123", "Any time"))
    window.session.vault.safety.add(Contact("Ade", "friend", "Signal", "Evenings"))
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = _dialog(HelpNowDialog)
    texts = _texts(dialog)
    joined = "\n".join(texts)
    robin = next(i for i, t in enumerate(texts) if "Robin" in t)
    assert robin < next(i for i, t in enumerate(texts) if "Ade" in t)
    for line in resources.crisis_lines():
        index = next(
            i
            for i, t in enumerate(texts)
            if line.name.replace("&", "&amp;") in t and (line.call or line.text or "") in t
        )
        assert robin < index
        assert line.purpose in texts[index]
        assert line.source in texts[index]
    assert "07700 900123" in joined and "sister" in joined
    assert "checked" in joined


def test_help_now_works_before_unlocking(qtbot, existing_vault, window):
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    joined = "\n".join(_texts(_dialog(HelpNowDialog)))
    assert "once Haven is open" in joined
    assert resources.crisis_lines()[0].name in joined


def test_help_now_invites_adding_contacts_when_there_are_none(qtbot, unlocked):
    unlocked.open_help_now()
    assert "Safety plan" in "\n".join(_texts(_dialog(HelpNowDialog)))


def test_pause_shows_the_pause_plan(qtbot, unlocked):
    window = unlocked
    safety = window.session.vault.safety
    safety.add(PausePlanStep(actor=Actor.ME, text="Say our word"))
    safety.add(PausePlanStep(actor=Actor.PARTNER, text="Stop and step back"))
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = _dialog(PauseDialog)
    assert "Say our word" in dialog.my_steps.text()
    assert "Stop and step back" in dialog.partner_steps.text()
    assert dialog.my_heading.isVisibleTo(dialog) and dialog.partner_heading.isVisibleTo(dialog)
    window.open_pause()  # a second press raises the same dialog
    _dialog(PauseDialog)


def test_pause_with_no_plan_is_calm_and_points_to_the_safety_plan(qtbot, unlocked):
    unlocked.open_pause()
    dialog = _dialog(PauseDialog)
    assert "Safety plan" in dialog.plan_note.text()
    assert "!" not in dialog.plan_note.text()
    assert not dialog.my_steps.isVisibleTo(dialog)


def test_the_breathing_guide_follows_the_pattern_and_starts_only_when_asked(qtbot, unlocked):
    unlocked.open_pause()
    guide = _dialog(PauseDialog).breathing
    assert not guide.running
    qtbot.mouseClick(guide.toggle, Qt.MouseButton.LeftButton)
    assert guide.running and guide.cue.text() == "Breathe in…"
    assert guide.circle.isVisibleTo(guide)
    qtbot.mouseClick(guide.toggle, Qt.MouseButton.LeftButton)
    assert not guide.running


def test_reduced_motion_shows_only_the_words_and_count(qtbot, unlocked):
    unlocked.session.settings.reduced_motion = True
    unlocked.open_pause()
    guide = _dialog(PauseDialog).breathing
    guide.start()
    assert not guide.circle.isVisibleTo(guide)
    assert guide.cue.text() == "Breathe in…" and guide.count.text() == "4"


def test_breathing_pattern_phases() -> None:
    box = Pattern("box", (4, 4, 4, 4))
    assert box.at(0)[0] == "in" and box.at(0)[2] == 0.0
    assert box.at(4.5)[0] == "hold" and box.at(4.5)[2] == 1.0
    assert box.at(9)[0] == "out"
    assert box.at(13)[0] == "rest" and box.at(13)[2] == 0.0
    assert box.at(16.5)[0] == "in"
    gentle = Pattern("gentle", (4, 0, 6, 0))
    assert gentle.at(5)[0] == "out" and round(gentle.at(5)[1]) == 5

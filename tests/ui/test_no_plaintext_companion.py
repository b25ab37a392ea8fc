"""Nothing the companion screens write reaches a file unencrypted: notes typed in a check-in,
changed in the history, deleted and brought back; a grounding note and a reflection changed;
a hard moment added for therapy; the threshold. Only the region for Help now goes into the
plain settings file, and it is not personal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from haven.domain.models import GroundingTool, GroundingUse
from haven.ui.kit import record_list
from haven.usecases import hard_moments
from tests.store.test_no_plaintext import files_containing, needles_for

TYPED = "Kx4TypedCheckinNote"
CHANGED = "Kx4ChangedInHistory"
GROUNDING = "Kx4GroundingNoteChanged"
REFLECTION = "Kx4ReflectionChanged"


def test_the_companion_screens_write_no_plaintext(
    qtbot, unlocked, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_list, "ask_calmly", lambda *_a, **_k: True)
    window = unlocked
    session = window.session
    hard_moments.set_threshold(session.vault, 6)

    today = window.workspace.show_area("today")
    today.distress.setValue(9)
    today.comfort.setValue(2)
    today.note.setPlainText(TYPED)
    today.save_checkin()
    assert today.care.isVisible()
    today.care.bring_button.click()  # the hard moment, added for therapy

    def change(checkin, _parent):
        checkin.note = CHANGED
        return checkin

    today.history.editor = change
    today.history.view.setCurrentRow(0)
    today.history.change_selected()
    today.history.delete_selected()
    today.history.undo()
    assert session.vault.checkins.list()[0].note == CHANGED

    grounding = window.workspace.show_area("grounding")
    session.vault.grounding.add(GroundingUse(GroundingTool.BODY_SCAN, distress_before=3))
    grounding.refresh()

    def note(use, _parent):
        use.note = GROUNDING
        return use

    grounding.uses.editor = note
    grounding.uses.change_selected()

    from haven.ui.calm.help_now import HelpNowDialog

    help_now = HelpNowDialog(session, window)
    qtbot.addWidget(help_now)
    help_now.region.setCurrentIndex(help_now.region.findData("IE"))
    help_now.region.activated.emit(help_now.region.currentIndex())  # as a person picks it

    session.lock()
    for marker in (TYPED, CHANGED, GROUNDING, "extremely distressed", "A hard moment on"):
        assert files_containing(tmp_path, needles_for(marker)) == [], marker
    from haven.config import settings_path

    path = session.settings_path or settings_path()
    plain = json.loads(Path(path).read_text(encoding="utf-8"))
    assert plain["help_region"] == "IE"
    assert not any(isinstance(v, str) and "Kx4" in v for v in plain.values())

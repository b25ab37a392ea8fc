"""Text typed into Today, the Journal, the Safety plan and With my therapist never reaches a
file unencrypted.

The whole real window, unlocked: markers are typed through the widgets a person uses, saved
(and left as a journal draft), then Haven locks. Every file under the test's home — the
vault, its sidecars, backups, settings, caches — is scanned for each marker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from haven.domain.models import Contact
from haven.ui.today.area import TodayArea
from tests.ui.test_safety_area import add_with_keyboard

CHECKIN_MARKER = "Quokka7CheckinNote"
JOURNAL_MARKER = "Quokka7JournalBody"
DRAFT_MARKER = "Quokka7UnsavedDraft"
CONTACT_MARKER = "Quokka7ContactName"
SESSION_MARKER = "Quokka7TherapySession"
BRING_MARKER = "Quokka7ToBringLine"
MARKERS = (
    CHECKIN_MARKER,
    JOURNAL_MARKER,
    DRAFT_MARKER,
    CONTACT_MARKER,
    SESSION_MARKER,
    BRING_MARKER,
)


def files_holding(root: Path, marker: str) -> list[str]:
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    return [
        str(p) for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def test_typed_text_is_only_ever_stored_encrypted(qtbot, unlocked, tmp_path: Path) -> None:
    workspace = unlocked.workspace
    vault = unlocked.session.vault

    today = workspace.show_area("today")
    assert isinstance(today, TodayArea)
    today.distress.setValue(3)
    today.comfort.setValue(6)
    today.note.setPlainText(CHECKIN_MARKER)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert [c.note for c in vault.checkins.list()] == [CHECKIN_MARKER]

    journal = workspace.show_area("journal")
    journal.new_entry()
    journal.editor.title.setText("Evening")
    journal.editor.body.setPlainText(JOURNAL_MARKER)
    journal.save()
    assert [e.body for e in vault.journal.list()] == [JOURNAL_MARKER]
    journal.new_entry()
    journal.editor.body.setPlainText(DRAFT_MARKER)  # typed, never saved: a draft at most

    safety = workspace.show_area("safety")
    add_with_keyboard(qtbot, safety.list_for("contacts"), {"name": CONTACT_MARKER})
    assert [c.name for c in vault.safety.list(Contact)] == [CONTACT_MARKER]

    with_therapist = workspace.show_area("therapy")
    with_therapist.sessions.boxes["keep"].setPlainText(SESSION_MARKER)
    with_therapist.sessions.save_button.click()
    assert [s.keep for s in vault.therapy.sessions()] == [SESSION_MARKER]
    with_therapist.show_section("to_bring")
    with_therapist.to_bring.line.setText(BRING_MARKER)
    qtbot.keyClick(with_therapist.to_bring.line, Qt.Key.Key_Return)
    assert [i.text for i in vault.therapy.items()] == [BRING_MARKER]

    unlocked.session.lock()
    assert not vault.is_unlocked
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "haven.db" for p in written)
    for marker in MARKERS:
        assert files_holding(tmp_path, marker) == [], marker

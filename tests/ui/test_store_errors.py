"""A store refusal from any save reaches the person as a notice, never a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from haven.domain.models import CheckIn, JournalEntry
from haven.ui.shell import store_errors


@pytest.mark.qt_no_exception_capture
def test_a_write_refused_after_check_found_damage_shows_the_way_back(qtbot, unlocked) -> None:
    vault = unlocked.session.vault
    vault.conn.execute("DROP TRIGGER journal_fts_insert")
    vault.journal.add(JournalEntry(body="outside the index"))
    assert vault.check()
    previous = store_errors.install(unlocked)
    try:
        QTimer.singleShot(0, lambda: vault.checkins.add(CheckIn(distress=2, comfort=5)))
        qtbot.waitUntil(lambda: "saves nothing more" in unlocked.workspace.notice.text())
    finally:
        sys.excepthook = previous
    assert unlocked.workspace.notice_bar.isVisible()
    assert vault.checkins.count() == 0

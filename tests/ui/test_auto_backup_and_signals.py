"""The window makes the same hourly automatic backup after changes as the command line, and
widgets ask for the pause plan through the session instead of reaching for the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from haven.store.backups import auto_backups
from haven.ui.calm.pause import PauseDialog
from haven.ui.core.session import Session
from haven.ui.shell.main_window import MainWindow
from haven.ui.today.area import TodayArea

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def save_checkin(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None
    today = window.workspace.show_area("today")
    assert isinstance(today, TodayArea)
    today.distress.setValue(3)
    today.comfort.setValue(6)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)


def test_a_change_in_the_window_makes_an_encrypted_backup_at_most_hourly(
    qtbot, unlocked: MainWindow
) -> None:
    session = unlocked.session
    clock = [NOW]
    session.backup_clock = lambda: clock[0]
    data_dir = session.data_dir
    assert auto_backups(data_dir) == []

    save_checkin(qtbot, unlocked)
    qtbot.waitUntil(lambda: len(auto_backups(data_dir)) == 1, timeout=5000)
    [(_, first)] = auto_backups(data_dir)
    assert not first.read_bytes().startswith(b"SQLite format 3\0")  # encrypted

    clock[0] = NOW + timedelta(minutes=30)
    save_checkin(qtbot, unlocked)
    outcome = session.run_auto_backup()  # what the timer would run
    assert outcome is not None and outcome.made is None
    assert len(auto_backups(data_dir)) == 1

    clock[0] = NOW + timedelta(minutes=61)
    save_checkin(qtbot, unlocked)
    qtbot.waitUntil(lambda: len(auto_backups(data_dir)) == 2, timeout=5000)


def test_a_change_just_before_locking_is_backed_up_before_the_vault_closes(
    qtbot, unlocked: MainWindow
) -> None:
    session = unlocked.session
    session.backup_clock = lambda: NOW
    save_checkin(qtbot, unlocked)
    unlocked.lock_now()  # at once, before the timer
    assert not session.is_unlocked
    assert len(auto_backups(session.data_dir)) == 1


def test_a_backup_that_cannot_be_made_is_said_calmly_and_the_check_in_is_kept(
    qtbot, unlocked: MainWindow
) -> None:
    session = unlocked.session
    backups = session.data_dir / "backups"
    for p in backups.glob("*"):
        p.unlink()
    if backups.exists():
        backups.rmdir()
    backups.write_text("a file where the backups folder should be")

    save_checkin(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.workspace.notice_bar.isVisible(), timeout=5000)

    assert unlocked.workspace.notice.text().startswith(
        "Haven could not make its hourly automatic backup this time ("
    )
    assert "What you saved is safe in your journal." in unlocked.workspace.notice.text()
    assert len(session.vault.checkins.list()) == 1


def test_the_session_asks_the_window_for_the_pause_plan(qtbot, unlocked: MainWindow) -> None:
    assert unlocked.session.request_pause()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PauseDialog)]
    assert any(d.isVisible() for d in dialogs)
    for dialog in dialogs:
        dialog.close()


def test_with_no_window_listening_the_session_says_nobody_answered(session: Session) -> None:
    assert not session.request_pause()


def test_a_note_for_the_unlock_screen_waits_for_the_next_unlock_without_a_window(
    session: Session,
) -> None:
    session.note_for_unlock_screen("Your journal is now the one from the backup.")
    assert session.notices == ["Your journal is now the one from the backup."]


def test_a_note_for_the_unlock_screen_shows_there(qtbot, window: MainWindow) -> None:
    window.session.note_for_unlock_screen("Your journal is now the one from the backup.")
    assert window.unlock_view.message.text() == "Your journal is now the one from the backup."

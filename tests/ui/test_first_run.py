"""First run: welcome, a passphrase (weak ones refused), the recovery code once, choices."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from haven import config, resources
from haven.store import Vault
from haven.ui.access.first_run import CHOICES, PASSPHRASE, RECOVERY, WELCOME
from haven.ui.kit import file_dialogs
from tests.ui.conftest import STRONG

CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")


def _type_passphrase(qtbot, view, text: str) -> None:
    view.new_passphrase.first.setText(text)
    view.new_passphrase.second.setText(text)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)


def test_first_run_creates_a_working_vault(qtbot, window, data_dir):
    view = window.first_run
    assert view is not None and view.pages.currentIndex() == WELCOME
    welcome = " ".join(label.text() for label in view.pages.widget(WELCOME).findChildren(QLabel))
    assert "stays on this computer" in welcome
    assert "not even the people who made Haven" in welcome
    assert "keylogger or stalkerware" in welcome
    qtbot.mouseClick(view.begin_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == PASSPHRASE

    _type_passphrase(qtbot, view, "password")
    assert "too easy" in view.passphrase_message.text()
    assert not Vault(data_dir).exists

    view.new_passphrase.first.setText(STRONG)
    view.new_passphrase.second.setText(STRONG + "x")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert "same passphrase" in view.passphrase_message.text()

    _type_passphrase(qtbot, view, STRONG)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == RECOVERY)
    assert view.new_passphrase.first.text() == ""
    code = view.recovery.code_label.text()
    assert CODE.match(code)
    assert not view.recovery_continue.isEnabled()
    view.recovery.kept.setChecked(True)
    qtbot.mouseClick(view.recovery_continue, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == CHOICES

    qtbot.waitUntil(lambda: view.remember.isEnabled())  # the memory keyring works
    assert not view.remember.isChecked()  # off by default
    view.example_roadmap.setChecked(True)
    view.discreet.setChecked(True)
    view.discreet_name.setText("Recipes")
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)

    steps = window.session.vault.roadmap.list()
    assert [s.title for s in steps] == [t for t, _ in resources.roadmap_template()]
    assert config.load_settings().window_title == "Recipes"
    assert window.windowTitle() == "Recipes"
    assert not window.session.vault.keychain_enabled
    assert code not in " ".join(w.text() for w in window.findChildren(QLabel))

    window.session.lock()
    fresh = Vault(data_dir)
    fresh.unlock(STRONG)
    fresh.lock()
    fresh.unlock_with_recovery_code(code.lower().replace("-", " "))
    fresh.lock()


def test_first_run_empty_roadmap_and_remembered_device(qtbot, window):
    view = window.first_run
    qtbot.mouseClick(view.begin_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, view, STRONG)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == RECOVERY)
    view.recovery.kept.setChecked(True)
    view._go_choices()
    qtbot.waitUntil(lambda: view.remember.isEnabled())
    view.remember.setChecked(True)
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    assert window.session.vault.roadmap.list() == []
    assert window.session.vault.keychain_enabled


def test_first_run_copy_clears_the_clipboard_on_lock(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    view = window.first_run
    view._go_passphrase()
    _type_passphrase(qtbot, view, STRONG)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == RECOVERY)
    code = view.recovery.code_label.text()
    if view.recovery.can_print:  # a printer is set up here: use the copy path directly
        view.recovery._copy()
    else:
        qtbot.mouseClick(view.recovery.output_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    window.session.lock()
    assert QGuiApplication.clipboard().text() == ""
    # Locked before the code was confirmed: a gentle note waits for the next unlock.
    assert any("recovery code" in note for note in window.session.notices)


def test_first_run_offers_a_neutral_folder_that_can_be_changed(
    qtbot, make_window, session, tmp_path, monkeypatch
):
    session.folder_can_be_chosen = True  # what run_gui sets when no folder was named
    window = make_window(session)
    view = window.first_run
    qtbot.mouseClick(view.begin_button, Qt.MouseButton.LeftButton)
    choice = view.folder_choice
    assert choice.isVisibleTo(view)
    assert choice.value() == config.neutral_data_dir("Notes")
    assert choice.value().name == "notes"  # nothing says "haven"
    labels = {label.buddy(): label.text() for label in choice.findChildren(QLabel)}
    assert labels[choice.folder] == "Folder for your journal"

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "someone-elses.txt").write_text("x")
    choice.folder.setText(str(busy))
    _type_passphrase(qtbot, view, STRONG)
    assert "already holds other files" in view.passphrase_message.text()
    assert not Vault(busy).exists and view.pages.currentIndex() == PASSPHRASE

    chosen = tmp_path / "kitchen"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: str(chosen))
    qtbot.mouseClick(choice.choose_button, Qt.MouseButton.LeftButton)
    assert choice.folder.text() == str(chosen)
    _type_passphrase(qtbot, view, STRONG)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == RECOVERY)

    assert Vault(chosen).exists
    assert config.load_settings().data_folder == str(chosen)
    monkeypatch.delenv("HAVEN_DATA_DIR", raising=False)  # the tests name a folder
    assert config.data_dir() == chosen  # the next start opens this folder


def test_first_run_offers_no_folder_when_one_was_named(qtbot, window):
    view = window.first_run
    qtbot.mouseClick(view.begin_button, Qt.MouseButton.LeftButton)
    assert not view.folder_choice.isVisibleTo(view)

"""UI test set-up: a session on the test's own folders, cheap key derivation, a main window.

Every window is created offscreen (tests/conftest.py sets QT_QPA_PLATFORM) and closed, with
its session locked, at the end of the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from haven import config
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.core.session import Session
from haven.ui.pacing import common as pacing_common
from haven.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

STRONG = "quiet lantern orbit meadow"


@pytest.fixture
def session(data_dir: Path) -> Iterator[Session]:
    session = Session(data_dir, config.load_settings(), kdf=CHEAP_KDF)
    yield session
    session.shutdown()


@pytest.fixture
def open_session(session: Session, data_dir: Path) -> Session:
    """The one shared unlocked session: a new vault (passphrase PASSPHRASE), adopted."""
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    session.adopt(vault)
    return session


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every "are you sure?" of the pacing kit answered yes (for tests that delete)."""
    monkeypatch.setattr(pacing_common, "ask_once", lambda *args: True)


def shown_area(qtbot, widget: QWidget) -> QWidget:
    """An area as the window shows it: a roomy size, visible, filled from the vault."""
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    widget.refresh()  # type: ignore[attr-defined]
    return widget


@pytest.fixture
def existing_vault(data_dir: Path) -> str:
    """A locked vault on disk (passphrase PASSPHRASE); returns its recovery code."""
    vault, code = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    vault.lock()
    return code


@pytest.fixture
def make_window(qtbot, session: Session):
    made: list[MainWindow] = []

    def make(for_session: Session | None = None) -> MainWindow:
        window = MainWindow(for_session or session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.session.lock()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def unlocked(qtbot, existing_vault: str, window: MainWindow) -> MainWindow:
    window.unlock_view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_unlocked and window.workspace is not None)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    return window


def visible_texts(widget: QWidget) -> list[str]:
    """Every piece of text a widget holds or could show or announce."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()

        def columns(parent) -> int:
            try:
                return model.columnCount(parent)
            except TypeError:  # list models keep columnCount private
                return 1

        def walk(parent) -> None:
            for row in range(model.rowCount(parent)):
                for column in range(columns(parent)):
                    index = model.index(row, column, parent)
                    texts.append(str(model.data(index) or ""))
                    walk(index)

        walk(QModelIndex())
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return texts


def widgets_holding(marker: str) -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if any(marker in t for t in visible_texts(w) if t)]

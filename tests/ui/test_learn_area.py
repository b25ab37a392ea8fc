"""The Learn area: every reading listed, search within Learn, helpful and hidden marks kept
in the vault, a reading view with real headings, and "What is this?" links that open the
matching reading only when clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat
from PySide6.QtWidgets import QApplication

from haven import readings
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.core.session import Session
from haven.ui.learn.area import ID_ROLE, LearnArea
from haven.ui.learn.links import LINKS, ReadingDialog, WhatIsThis
from haven.ui.learn.reading_view import reading_markdown
from tests.conftest import PASSPHRASE


@pytest.fixture
def open_session(session: Session, data_dir: Path) -> Session:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    session.adopt(vault)
    return session


@pytest.fixture
def area(qtbot, open_session: Session) -> LearnArea:
    widget = LearnArea(open_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.refresh()
    return widget


def listed(area: LearnArea) -> list[str]:
    return [area.list.item(i).data(ID_ROLE) for i in range(area.list.count())]


def test_every_reading_is_listed_in_order_and_the_first_is_shown(area: LearnArea) -> None:
    assert listed(area) == [r.id for r in readings.all_readings()]
    assert area.view.reading is not None and area.view.reading.id == listed(area)[0]


def test_search_narrows_the_list_and_says_so_when_nothing_matches(area: LearnArea) -> None:
    area.search.setText("nightmares")
    assert "sleep-and-stress" in listed(area)
    assert len(listed(area)) < len(readings.all_readings())
    area.search.setText("qqqzzz")
    assert listed(area) == []
    assert area.empty.isVisibleTo(area)
    assert area.view.reading is None


def test_marking_helpful_is_kept_in_the_vault_and_said_in_words(
    area: LearnArea, open_session: Session
) -> None:
    area.open_detail("self-compassion")
    area.helpful.click()
    assert open_session.vault.reflections.learn_marks()["self-compassion"].helpful
    item = area.list.currentItem()
    assert "(helpful)" in item.text()
    assert "You marked this reading helpful" in area.view.toPlainText()


def test_hiding_takes_a_reading_out_of_the_list_and_it_can_come_back(
    area: LearnArea, open_session: Session
) -> None:
    area.open_detail("peer-support")
    area.hide_button.click()
    assert "peer-support" not in listed(area)
    assert open_session.vault.reflections.learn_marks()["peer-support"].hidden
    area.open_detail("peer-support")  # a link can still open it
    assert area.show_hidden.isChecked() and area.view.reading.id == "peer-support"
    assert area.hide_button.text() == "Show in the list again"
    area.hide_button.click()
    area.show_hidden.setChecked(False)
    assert "peer-support" in listed(area)
    assert "peer-support" not in open_session.vault.reflections.learn_marks()


def test_the_reading_view_has_real_headings_and_names_its_sources(area: LearnArea) -> None:
    area.open_detail("fear-or-danger")
    doc = area.view.document()
    levels = []
    block = doc.begin()
    while block.isValid():
        level = QTextBlockFormat(block.blockFormat()).headingLevel()
        if level:
            levels.append((level, block.text()))
        block = block.next()
    assert (1, "Fear or danger?") in levels
    assert sum(1 for lv, _ in levels if lv == 2) >= 3
    assert levels[-1] == (2, "Where this comes from")
    text = area.view.toPlainText()
    assert "Content note:" in text
    assert "ptsd.va.gov" in text and "checked 3 December 2026" in text
    assert not area.view.openExternalLinks() and not area.view.openLinks()


def test_the_reading_text_is_larger_than_the_system_font(area: LearnArea) -> None:
    base = QApplication.font().pointSizeF()
    assert area.view.font().pointSizeF() > base


def test_lock_forgets_the_marks_and_the_search(area: LearnArea, open_session: Session) -> None:
    area.open_detail("triggers-and-reminders")
    area.helpful.click()
    area.search.setText("triggers")
    area.clear_sensitive()
    assert area.search.text() == ""
    assert all("(helpful)" not in area.list.item(i).text() for i in range(area.list.count()))


def test_every_link_points_to_a_reading_that_exists() -> None:
    assert set(LINKS) == {"thresholds", "practice", "roadmap", "progress", "pause"}
    for reading_id in LINKS.values():
        assert readings.get(reading_id) is not None


def test_a_link_opens_its_reading_only_when_clicked(qtbot) -> None:
    link = WhatIsThis("roadmap")
    qtbot.addWidget(link)
    assert not any(isinstance(w, ReadingDialog) for w in QApplication.topLevelWidgets())
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert link.dialog is not None and link.dialog.isVisible()
    assert link.dialog.view.reading.id == "pacing-and-moving-back"
    assert "Pacing" in link.accessibleName()
    link.dialog.close()


def test_the_markdown_keeps_headings_and_lists() -> None:
    text = reading_markdown(readings.get("consent-can-change"))
    assert text.startswith("# Consent is ongoing and can change")
    assert "\n## What consent is" in text and "\n- **Freely given**" in text

"""The Journal: write, find, filter, edit, delete with undo; nothing typed is ever lost."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from haven.domain.clock import now
from haven.domain.models import JournalEntry
from haven.resources import journal_prompts
from haven.ui.core.session import Session
from haven.ui.journal.area import JournalArea
from haven.ui.journal.editor import NEW_KEY
from haven.ui.journal.model import PAGE_SIZE, RICH_TEXT_ROLE
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

CTRL = Qt.KeyboardModifier.ControlModifier
AUTOSAVE_WITHIN_MS = 8000  # "every few seconds": 2 s after the last key, 5 s at most


@pytest.fixture
def journal(qtbot, open_session: Session) -> JournalArea:
    area = JournalArea(open_session)
    qtbot.addWidget(area)
    area.resize(1000, 760)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    area.refresh()
    return area


def add(area: JournalArea, body: str, **fields) -> JournalEntry:
    entry = area._session.vault.journal.add(JournalEntry(body=body, **fields))
    area.refresh()
    return entry


def rows(area: JournalArea) -> list[str]:
    model = area.model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def search(qtbot, area: JournalArea, text: str) -> None:
    area.search.setText(text)
    qtbot.waitUntil(lambda: not area._search_timer.isActive())


# -- writing -----------------------------------------------------------------------------------
def test_a_new_entry_is_typed_and_saved_with_ctrl_s(qtbot, journal: JournalArea) -> None:
    editor = journal.editor
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, "Evening")
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past "Need a prompt?"
    assert QApplication.focusWidget() is editor.body
    qtbot.keyClicks(editor.body, "We sat outside and it felt calm.")
    editor.tags.setText("Garden, calm")
    QTest.keyClick(editor.body, Qt.Key.Key_S, CTRL)

    [saved] = journal._session.vault.journal.list()
    assert saved.title == "Evening"
    assert saved.body == "We sat outside and it felt calm."
    assert saved.tags == ["calm", "garden"]
    assert saved.distress is None and saved.comfort is None  # ratings are optional
    assert saved.share_with_therapist is False  # off by default
    assert journal.status.text() == "Saved."
    assert "Evening" in rows(journal)[0]
    assert journal._session.vault.drafts.get(NEW_KEY) is None


def test_an_empty_entry_is_not_saved_and_the_reason_is_kind(journal: JournalArea) -> None:
    journal.save()
    assert journal._session.vault.journal.count() == 0
    assert "Write a few words, or leave it for now" in journal.status.text()


def test_ratings_and_sharing_are_saved_when_given(journal: JournalArea) -> None:
    editor = journal.editor
    editor.body.setPlainText("A harder day.")
    editor.distress.setValue(7)
    editor.comfort.setValue(3)
    editor.share.setChecked(True)
    journal.save()
    [saved] = journal._session.vault.journal.list()
    assert (saved.distress, saved.comfort, saved.share_with_therapist) == (7, 3, True)
    assert "shared with my therapist" in rows(journal)[0]


def test_ratings_stay_folded_away_until_asked_for(qtbot, journal: JournalArea) -> None:
    editor = journal.editor
    assert not editor.ratings.isVisible()
    assert editor.ratings_button.text() == "Ratings, if you like"
    qtbot.mouseClick(editor.ratings_button, Qt.MouseButton.LeftButton)
    assert editor.ratings.isVisible()
    assert editor.distress.value() is None and editor.comfort.value() is None
    editor.distress.setValue(4)
    assert editor.ratings_button.text() == "Ratings: distress 4"


def test_sharing_with_the_therapist_says_plainly_what_it_means(journal: JournalArea) -> None:
    editor = journal.editor
    assert not editor.share.isChecked()
    assert editor.share.text() == "Share with my therapist"
    words = editor.share_hint.text()
    assert "Only entries with this on can go into a therapy summary" in words
    assert "only if you choose them" in words
    assert editor.share.accessibleDescription() == words


def test_prompts_are_never_shown_unasked(qtbot, journal: JournalArea) -> None:
    editor = journal.editor
    assert not editor.prompt_box.isVisible() and editor.prompt_text.text() == ""
    qtbot.mouseClick(editor.prompt_button, Qt.MouseButton.LeftButton)
    assert editor.prompt_box.isVisible()
    prompt = editor.prompt_text.text()
    assert prompt in journal_prompts()
    qtbot.mouseClick(editor.use_prompt, Qt.MouseButton.LeftButton)
    assert prompt in editor.body.toPlainText()
    assert not editor.prompt_box.isVisible()


# -- finding ----------------------------------------------------------------------------------
def test_the_list_is_newest_first(journal: JournalArea) -> None:
    add(journal, "older", title="Monday", at=now() - timedelta(days=2))
    add(journal, "newer", title="Wednesday", at=now())
    assert [r.split(" — ")[0] for r in rows(journal)] == ["Wednesday", "Monday"]


def test_search_results_show_matches_in_bold_and_escape_html(qtbot, journal: JournalArea) -> None:
    add(journal, "We took a long walk by the river.", title="River")
    add(journal, "<script>alert(1)</script> & <b>walked</b> home slowly", title="<i>Home</i>")
    add(journal, "Nothing about that here.", title="Other")

    search(qtbot, journal, "walk")
    assert journal.model.rowCount() == 2
    html = [journal.model.data(journal.model.index(i), RICH_TEXT_ROLE) for i in range(2)]
    home, river = html  # newest first
    assert "<b>walk</b>" in river
    # The match in bold (by Haven); the entry's own tags shown as the characters they are.
    assert "script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;<b>walked</b>&lt;/b&gt; home" in home
    assert "<script>" not in home and "<i>" not in home
    assert "&lt;i&gt;Home&lt;/i&gt;" in home
    # The plain text read by screen readers has the words without any markup.
    assert "<b>walked</b> home slowly" in rows(journal)[0]

    search(qtbot, journal, "")
    assert journal.model.rowCount() == 3


def test_a_search_with_no_results_says_so_gently(qtbot, journal: JournalArea) -> None:
    add(journal, "A quiet day.")
    search(qtbot, journal, "elephant")
    assert journal.model.rowCount() == 0
    assert journal.empty_note.isVisible()
    assert "No entries match" in journal.empty_note.text()


def test_entries_can_be_filtered_by_tag(qtbot, journal: JournalArea) -> None:
    add(journal, "slept well", tags=["sleep"])
    add(journal, "a long meeting", tags=["work"])
    add(journal, "slept badly after work", tags=["sleep", "work"])
    combo = journal.tag_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All tags", "sleep", "work"]
    combo.setCurrentIndex(combo.findData("sleep"))
    assert journal.model.rowCount() == 2
    assert all("sleep" in row for row in rows(journal))
    search(qtbot, journal, "work")  # search and tag together
    assert journal.model.rowCount() == 1
    search(qtbot, journal, "")
    combo.setCurrentIndex(0)
    assert journal.model.rowCount() == 3


def test_entries_can_be_filtered_by_date_range(journal: JournalArea) -> None:
    base = datetime(2024, 3, 10, 20, 0).astimezone()
    add(journal, "early march", title="A", at=base - timedelta(days=8))
    add(journal, "mid march", title="B", at=base)
    add(journal, "april", title="C", at=base + timedelta(days=30))
    journal.date_from.setDate(QDate(2024, 3, 5))
    journal.date_to.setDate(QDate(2024, 3, 31))
    journal.date_filter.setChecked(True)
    assert [r.split(" — ")[0] for r in rows(journal)] == ["B"]
    journal.date_filter.setChecked(False)
    assert journal.model.rowCount() == 3


# -- editing and deleting ---------------------------------------------------------------------
def test_an_entry_opened_from_the_list_is_edited_in_place(qtbot, journal: JournalArea) -> None:
    entry = add(journal, "first words", title="Draft of a letter", tags=["letters"])
    index = journal.model.index(0)
    journal.list.setCurrentIndex(index)
    QTest.keyClick(journal.list, Qt.Key.Key_Return)  # open with the keyboard
    editor = journal.editor
    assert editor.entry is not None and editor.entry.uid == entry.uid
    assert editor.body.toPlainText() == "first words"
    assert journal.delete_button.isEnabled()
    editor.body.setPlainText("first words, and then some more")
    journal.save()
    [saved] = journal._session.vault.journal.list()
    assert saved.uid == entry.uid and saved.at == entry.at
    assert saved.body == "first words, and then some more"
    assert saved.tags == ["letters"] and saved.updated_at is not None


def test_delete_asks_once_and_then_offers_undo(qtbot, journal: JournalArea) -> None:
    entry = add(journal, "something to let go of", title="Old note")
    journal.open_entry(entry.id)
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    assert journal.confirm_bar.isVisible()
    assert "Old note" in journal.confirm_bar.message.text()
    assert "undo" in journal.confirm_bar.message.text()
    assert journal._session.vault.journal.count() == 1  # nothing happens before the answer

    qtbot.mouseClick(journal.confirm_delete_button, Qt.MouseButton.LeftButton)
    assert journal._session.vault.journal.count() == 0
    assert journal.model.rowCount() == 0 and journal.editor.body.toPlainText() == ""
    assert journal.undo_bar.isVisible()

    qtbot.mouseClick(journal.undo_button, Qt.MouseButton.LeftButton)
    [back] = journal._session.vault.journal.list()
    assert (back.uid, back.title, back.body) == (entry.uid, "Old note", "something to let go of")
    assert journal.editor.entry is not None and journal.editor.entry.uid == entry.uid
    assert not journal.undo_bar.isVisible()


def test_keep_it_leaves_the_entry_alone(qtbot, journal: JournalArea) -> None:
    entry = add(journal, "stay")
    journal.open_entry(entry.id)
    journal.ask_delete()
    qtbot.mouseClick(journal.keep_button, Qt.MouseButton.LeftButton)
    assert not journal.confirm_bar.isVisible()
    assert journal._session.vault.journal.count() == 1


def test_the_undo_offer_goes_away_after_a_few_seconds(qtbot, journal: JournalArea) -> None:
    entry = add(journal, "brief")
    journal.open_entry(entry.id)
    journal.undo_bar.seconds = 0.05
    journal.ask_delete()
    journal.delete_entry()
    assert journal.undo_bar.isVisible()
    qtbot.waitUntil(lambda: not journal.undo_bar.isVisible(), timeout=2000)
    journal.undo()
    assert journal._session.vault.journal.count() == 0


# -- big, emoji, right-to-left ------------------------------------------------------------------
def test_a_1_mb_entry_with_emoji_and_right_to_left_text_round_trips_intact(
    journal: JournalArea,
) -> None:
    unit = "שלום עולם — مرحبا بالعالم 🌱🫶🏽 ‏a calm line‎ with e\u0301 and 👩‍👩‍👧.\n"
    body = (unit * (1_000_000 // len(unit) + 1))[:1_000_000].rstrip("\n") + "\nסוף 🌙"
    title = "יומן ✨ مذكرات"
    editor = journal.editor
    editor.title.setText(title)
    editor.body.setPlainText(body)
    editor.tags.setText("עברית, 🌱")
    started = time.perf_counter()
    journal.save()
    assert journal.status.text() == "Saved."

    stored = journal._session.vault.journal.list()[0]
    assert stored.body == body and stored.title == title
    assert sorted(stored.tags) == sorted(["עברית", "🌱"])

    journal.new_entry()
    assert editor.body.toPlainText() == ""
    journal.open_entry(stored.id)
    assert editor.body.toPlainText() == body
    assert editor.title.text() == title
    assert time.perf_counter() - started < 10  # saved and shown again without freezing


# -- drafts ------------------------------------------------------------------------------------
def test_typing_is_saved_as_a_draft_within_a_few_seconds(qtbot, journal: JournalArea) -> None:
    drafts = journal._session.vault.drafts
    journal.editor.body.setFocus()
    qtbot.keyClicks(journal.editor.body, "MARKER-DRAFT-61b words in progress")
    assert drafts.get(NEW_KEY) is None  # not on every key press
    qtbot.waitUntil(lambda: drafts.get(NEW_KEY) is not None, timeout=AUTOSAVE_WITHIN_MS)
    assert "MARKER-DRAFT-61b" in drafts.get(NEW_KEY).content["body"]


def test_long_typing_is_saved_even_before_a_pause(qtbot, journal: JournalArea) -> None:
    journal.autosave._quiet.setInterval(400)
    journal.autosave._longest.setInterval(600)
    drafts = journal._session.vault.drafts
    started = time.monotonic()
    while drafts.get(NEW_KEY) is None and time.monotonic() - started < 5:
        qtbot.keyClicks(journal.editor.body, "a")
        qtbot.wait(100)  # never quiet for 400 ms
    assert drafts.get(NEW_KEY) is not None


def _lock_and_unlock(qtbot, window) -> JournalArea:
    window.session.lock()
    window.unlock_view.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    return window.workspace.show_area("journal")


def test_a_draft_is_offered_back_after_lock_and_unlock(qtbot, unlocked) -> None:
    window = unlocked
    area = window.workspace.show_area("journal")
    drafts = window.session.vault.drafts
    area.editor.title.setText("Unfinished")
    qtbot.keyClicks(area.editor.body, "MARKER-LOCK-9f4 half a thought")
    qtbot.waitUntil(lambda: drafts.get(NEW_KEY) is not None, timeout=AUTOSAVE_WITHIN_MS)

    area = _lock_and_unlock(qtbot, window)
    assert area.editor.body.toPlainText() == ""
    assert area.draft_bar.isVisible()
    assert area.draft_bar.message.text().startswith("You have an unfinished entry from ")
    assert [b.text() for b in area.draft_bar.buttons] == ["Continue it", "Let it go"]

    qtbot.mouseClick(area.continue_button, Qt.MouseButton.LeftButton)
    assert area.editor.body.toPlainText() == "MARKER-LOCK-9f4 half a thought"
    assert area.editor.title.text() == "Unfinished"
    area.save()
    assert window.session.vault.journal.count() == 1
    assert window.session.vault.drafts.get(NEW_KEY) is None


def test_what_was_typed_just_before_a_lock_is_kept_too(qtbot, unlocked) -> None:
    window = unlocked
    area = window.workspace.show_area("journal")
    qtbot.keyClicks(area.editor.body, "the very last words")
    assert area.autosave.pending  # the lock comes before the autosave would have
    area = _lock_and_unlock(qtbot, window)
    area.continue_draft()
    assert area.editor.body.toPlainText() == "the very last words"


def test_a_draft_can_be_let_go_and_brought_back(qtbot, unlocked) -> None:
    window = unlocked
    area = window.workspace.show_area("journal")
    qtbot.keyClicks(area.editor.body, "maybe not")
    area.autosave.flush()
    area = _lock_and_unlock(qtbot, window)
    qtbot.mouseClick(area.let_go_button, Qt.MouseButton.LeftButton)
    assert window.session.vault.drafts.all("journal:") == []
    assert area.undo_bar.isVisible()
    area.undo()
    assert window.session.vault.drafts.get(NEW_KEY).content["body"] == "maybe not"
    assert area.draft_bar.isVisible()


def test_changes_to_a_saved_entry_are_kept_as_its_own_draft(qtbot, unlocked) -> None:
    window = unlocked
    vault = window.session.vault
    entry = vault.journal.add(JournalEntry(body="as it was", title="Kept"))
    area = window.workspace.show_area("journal")
    area.refresh()
    area.open_entry(entry.id)
    area.editor.body.setPlainText("as it was, and more")
    area.autosave.flush()
    assert vault.drafts.get(f"journal:{entry.uid}").content["body"] == "as it was, and more"

    area = _lock_and_unlock(qtbot, window)
    area.continue_draft()
    assert area.editor.entry is not None and area.editor.entry.uid == entry.uid
    area.save()
    vault = window.session.vault
    assert vault.journal.count() == 1
    assert vault.journal.get_by_uid(entry.uid).body == "as it was, and more"
    assert vault.drafts.all("journal:") == []


def test_opening_another_entry_keeps_unsaved_changes_as_a_draft(journal: JournalArea) -> None:
    first = add(journal, "one", title="One")
    second = add(journal, "two", title="Two")
    journal.open_entry(first.id)
    journal.editor.body.setPlainText("one, changed")
    journal.open_entry(second.id)
    drafts = journal._session.vault.drafts
    assert drafts.get(f"journal:{first.uid}").content["body"] == "one, changed"
    assert "kept as a draft" in journal.status.text()
    journal.open_entry(first.id)
    assert journal.draft_bar.isVisible()  # offered back when that entry is opened again
    journal.continue_draft()
    assert journal.editor.body.toPlainText() == "one, changed"


# -- locking -----------------------------------------------------------------------------------
def test_after_lock_no_widget_holds_journal_text(qtbot, unlocked) -> None:
    window = unlocked
    vault = window.session.vault
    vault.journal.add(JournalEntry(body="MARKER-BODY-a11 on a walk", title="MARKER-TITLE-b22"))
    vault.journal.add(JournalEntry(body="tagged", tags=["marker-tag-c33"]))
    area = window.workspace.show_area("journal")
    area.refresh()
    area.open_entry(vault.journal.list()[-1].id)
    area.editor.tags.setText("MARKER-TAGS-d44")
    area.search.setText("MARKER-SEARCH-e55")
    area.ask_delete()
    markers = ("MARKER-BODY-a11", "MARKER-TITLE-b22", "marker-tag-c33", "MARKER-SEARCH-e55")
    for marker in markers:
        assert widgets_holding(marker), marker

    window.session.lock()
    for marker in (*markers, "MARKER-TAGS-d44"):
        assert widgets_holding(marker) == [], marker
    assert area.model.rowCount() == 0
    assert area.editor.entry is None
    assert area.tag_filter.count() == 1  # only "All tags"


# -- size --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_the_list_stays_fast_with_20000_entries(qtbot, journal: JournalArea) -> None:
    vault = journal._session.vault
    start = now() - timedelta(days=20_000)
    with vault.transaction():
        for i in range(20_000):
            vault.journal.add(
                JournalEntry(
                    body=f"Entry {i}. A walk, some tea, a few quiet words. " * 8,
                    title=f"Day {i}",
                    at=start + timedelta(days=i),
                    tags=["walk"] if i % 3 == 0 else [],
                )
            )
    started = time.perf_counter()
    journal.refresh()
    assert time.perf_counter() - started < 2
    assert journal.model.rowCount() == PAGE_SIZE  # one page, not 20,000 bodies
    assert rows(journal)[0].startswith("Day 19999")

    journal.list.scrollToBottom()
    qtbot.waitUntil(lambda: journal.model.rowCount() >= 2 * PAGE_SIZE)
    assert journal.model.rowCount() < 20_000

    started = time.perf_counter()
    search(qtbot, journal, "walk")
    assert PAGE_SIZE <= journal.model.rowCount() <= 2 * PAGE_SIZE  # a page or two, no more
    assert time.perf_counter() - started < 3

"""The Journal: a list of entries (newest first, searchable) beside the editor.

What it promises, in the person's terms:
- Nothing typed is lost. The editor is saved as a draft in the vault every few seconds; an
  unfinished entry is offered back on the next unlock, or when the entry is opened again.
- Nothing is shown unasked: prompts only appear after "Need a prompt?".
- Deleting asks once, then offers Undo for a few seconds.
- "Share with my therapist" is off unless turned on, and says what it means.

Keys: Ctrl+N new entry, Ctrl+S save, Ctrl+F search; in the list, arrows move and Enter opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from haven.domain.drafts import journal_uid
from haven.domain.models import Draft, JournalEntry
from haven.ui.core.session import Session
from haven.ui.journal.editor import KEY_PREFIX, DraftAutosave, JournalEditor
from haven.ui.journal.layout import JournalLayout
from haven.ui.journal.model import JournalListModel, JournalRow
from haven.ui.journal.widgets import when_text
from haven.ui.kit.widgets import heading
from haven.usecases import journal as journal_cases

SEARCH_DELAY_MS = 250


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _day_end(day: date) -> datetime:
    return datetime.combine(day, time.max).astimezone()


class JournalArea(JournalLayout, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._offer_due = session.is_unlocked
        self._offered: Draft | None = None
        self.setAccessibleName(self.tr("Journal"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_list)

        self.editor = JournalEditor()
        self.autosave = DraftAutosave(self.editor, session)
        self.model = JournalListModel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._editor_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 540])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Journal"), scale=1.6))
        layout.addWidget(splitter, 1)

        self._shortcut("Ctrl+S", self.save)
        self._shortcut("Ctrl+N", self.new_entry)
        self._shortcut("Ctrl+F", self.focus_search)
        session.unlocked.connect(self._on_unlocked)
        self.editor.edited.connect(self._on_edited)

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- lock, unlock, refresh ---------------------------------------------------------------
    @Slot()
    def _on_unlocked(self) -> None:
        self._offer_due = True

    def refresh(self) -> None:
        """Read the tags and the list again; after an unlock, offer back an unfinished entry."""
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        tags = [tag for tag, _count in vault.journal.tags()]
        self._reset_tags(tags)
        self.editor.tags.set_known_tags(tags)
        self.reload_list()
        if self._offer_due:
            self._offer_due = False
            self.offer_draft()

    def clear_sensitive(self) -> None:
        self.autosave.cancel()
        self._search_timer.stop()
        self.editor.clear_sensitive()
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self._reset_tags()
        self.date_filter.setChecked(False)
        self.model.clear_sensitive()
        self.empty_note.clear()
        self.empty_note.hide()
        for bar in (self.draft_bar, self.confirm_bar, self.undo_bar):
            bar.dismiss()
        self._offered = None
        self.status.clear()
        self.delete_button.setEnabled(False)

    def _reset_tags(self, tags: list[str] | None = None) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags or []:
            self.tag_filter.addItem(tag, tag)
        found = self.tag_filter.findData(current) if current else -1
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)

    # -- the list -----------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload_list()

    def _range(self) -> tuple[datetime | None, datetime | None]:
        if not self.date_filter.isChecked():
            return None, None
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        if start > end:
            start, end = end, start
        return _day_start(start), _day_end(end)

    @Slot()
    def reload_list(self) -> None:
        self._search_timer.stop()
        if not self._session.is_unlocked:
            return
        query = self.search.text().strip()
        tag = self.tag_filter.currentData()
        since, until = self._range()
        session = self._session

        def fetch(limit: int, offset: int) -> list[JournalRow]:
            if not session.is_unlocked:
                return []
            journal = session.vault.journal
            if query:
                hits = journal.search(
                    query, limit=limit, offset=offset, tag=tag, since=since, until=until
                )
                return [JournalRow.from_hit(hit) for hit in hits]
            entries = journal.list(since, until, tag=tag, limit=limit, offset=offset)
            return [JournalRow.from_entry(entry) for entry in entries]

        self.model.set_source(fetch, query=query)
        self._select_current()
        filtered = bool(query or tag or since)
        if self.model.rowCount():
            self.empty_note.hide()
        else:
            self.empty_note.setText(
                self.tr("No entries match. You might try other words or fewer filters.")
                if filtered
                else self.tr("Nothing here yet. When you feel like writing, the editor is ready.")
            )
            self.empty_note.show()

    def _select_current(self) -> None:
        entry = self.editor.entry
        row = -1 if entry is None or entry.id is None else self.model.row_of(entry.id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- opening and starting entries ------------------------------------------------------
    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_entry(row.entry_id)

    def open_entry(self, entry_id: int) -> None:
        current = self.editor.entry
        if current is not None and current.id == entry_id:
            self.editor.body.setFocus()
            return
        if not self._session.is_unlocked:
            return
        entry = self._session.vault.journal.get(entry_id)
        if entry is None:
            self._say(self.tr("That entry is no longer in the journal."))
            self.reload_list()
            return
        self._leave_current()
        self.editor.load_entry(entry)
        self.delete_button.setEnabled(True)
        self._select_current()
        self._find_first_match()
        self._offer_own_draft()

    @Slot()
    def new_entry(self) -> None:
        if self.editor.entry is None and self.editor.is_dirty:
            self.editor.title.setFocus()
            return
        self._leave_current()
        self.editor.load_entry(None)
        self.delete_button.setEnabled(False)
        self.list.clearSelection()
        self._offer_own_draft()
        self.editor.title.setFocus()

    def _leave_current(self) -> None:
        """Before the editor shows something else, keep its unsaved changes as a draft."""
        self.confirm_bar.dismiss()
        self.draft_bar.dismiss()
        self._offered = None
        kept = self.autosave.flush() and self.editor.has_text()
        self._say(
            self.tr("Your unsaved changes are kept as a draft. Open that entry again to continue.")
            if kept
            else ""
        )

    def _find_first_match(self) -> None:
        words = self.model.query_words
        if not words:
            return
        for word in words:
            if self.editor.body.find(word):
                return

    # -- drafts --------------------------------------------------------------------------------
    def offer_draft(self) -> None:
        """Offer back the newest unfinished entry (after an unlock)."""
        if not self._session.is_unlocked:
            return
        own = self.editor.draft_key() if self.editor.is_dirty else None
        drafts = [d for d in self._session.vault.drafts.all(KEY_PREFIX) if d.key != own]
        if drafts:
            self._show_offer(drafts[0])

    def _offer_own_draft(self) -> None:
        if not self._session.is_unlocked:
            return
        draft = self._session.vault.drafts.get(self.editor.draft_key())
        if draft is not None:
            self._show_offer(draft)

    def _show_offer(self, draft: Draft) -> None:
        self._offered = draft
        self.draft_bar.show_message(
            self.tr("You have an unfinished entry from {when}.").format(
                when=when_text(draft.updated_at)
            )
        )

    @Slot()
    def continue_draft(self) -> None:
        draft, self._offered = self._offered, None
        self.draft_bar.dismiss()
        if draft is None or not self._session.is_unlocked:
            return
        vault = self._session.vault
        uid = draft.content.get("uid") or journal_uid(draft.key)
        entry = vault.journal.get_by_uid(str(uid)) if uid else None
        if draft.key != self.editor.draft_key():
            self._leave_current()
        self.editor.load_content(draft.content, entry)
        self.delete_button.setEnabled(entry is not None)
        if uid and entry is None:
            # The entry it belonged to is gone: it carries on as a new entry.
            vault.drafts.discard(draft.key)
            self.autosave.flush()
        self._select_current()
        self._say(self.tr("Here is your unfinished entry. It becomes an entry when you save it."))
        self.editor.body.setFocus()

    @Slot()
    def let_draft_go(self) -> None:
        draft, self._offered = self._offered, None
        self.draft_bar.dismiss()
        if draft is None or not self._session.is_unlocked:
            return
        self._session.vault.drafts.discard(draft.key)

        def bring_back() -> None:
            self._session.vault.drafts.save(draft.key, draft.content)
            self._show_offer(self._session.vault.drafts.get(draft.key) or draft)

        self._offer_undo(self.tr("The unfinished entry was let go."), bring_back)

    # -- saving -----------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if not self._session.is_unlocked:
            return
        old_key = self.editor.draft_key()
        entry = self.editor.to_entry()
        try:
            saved = journal_cases.save_entry(self._session.vault, entry, old_key)
        except ValueError as problem:
            self._say(str(problem))
            return
        self.autosave.cancel()
        self.editor.attach(saved)
        self.draft_bar.dismiss()
        self._offered = None
        self.delete_button.setEnabled(True)
        self._session.data_changed.emit()
        self.reload_list()
        self._say(self.tr("Saved."))

    # -- deleting, with one question and an undo ---------------------------------------------
    @Slot()
    def ask_delete(self) -> None:
        entry = self.editor.entry
        if entry is None:
            return
        title = entry.title or self.tr("this entry")
        self.confirm_bar.show_message(
            self.tr("Delete “{title}”? You can undo this for a few seconds afterwards.").format(
                title=title
            )
        )
        self.keep_button.setFocus()

    @Slot()
    def _keep_entry(self) -> None:
        self.confirm_bar.dismiss()
        self.delete_button.setFocus()

    @Slot()
    def delete_entry(self) -> None:
        self.confirm_bar.dismiss()
        entry = self.editor.entry
        if entry is None or entry.id is None or not self._session.is_unlocked:
            return
        vault = self._session.vault
        self.autosave.cancel()
        removed = journal_cases.delete_entry(vault, entry.id, self.editor.draft_key())
        self.editor.load_entry(None)
        self.delete_button.setEnabled(False)
        self.status.clear()
        self._session.data_changed.emit()
        self.reload_list()
        if removed is None:
            return

        def bring_back() -> None:
            restored = self._session.vault.journal.restore(removed)
            self._session.data_changed.emit()
            self.reload_list()
            if restored.id is not None:
                self.open_entry(restored.id)
            self._say(self.tr("The entry is back."))

        self._offer_undo(self.tr("The entry was deleted."), bring_back)

    def _offer_undo(self, message: str, action: Callable[[], None]) -> None:
        def when_open() -> None:
            if self._session.is_unlocked:
                action()

        self.undo_bar.offer(message, when_open)

    @Slot()
    def undo(self) -> None:
        self.undo_bar.undo()

    # -- small things ---------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        if self.status.text():
            self.status.clear()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def current_entry(self) -> JournalEntry | None:
        return self.editor.entry

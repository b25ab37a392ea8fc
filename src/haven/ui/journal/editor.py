"""The journal editor and its autosave into the vault.

`JournalEditor` is only the form: title, body, tags, two optional ratings and the "share with
my therapist" choice, plus reflective prompts that appear only when asked for. It knows
nothing about the vault, so it can be tested (and crashed) on its own.

`DraftAutosave` keeps what is typed safe: a couple of seconds after the last change, and at
least every few seconds during long typing, it saves the form into the vault's drafts
(encrypted like everything else; never a plaintext file), and once more just before a lock.
After a crash at most those last seconds are lost; the journal offers the draft back on the
next unlock.
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.clock import now, to_text
from haven.domain.drafts import JOURNAL_NEW, JOURNAL_PREFIX, journal_key
from haven.domain.models import JournalEntry, new_uid
from haven.ui.core.session import Session
from haven.ui.journal.widgets import TagsField, chain_tab_order, rating_keys
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import paragraph

NEW_KEY = JOURNAL_NEW  # the draft keys live in the domain (haven.domain.drafts)
KEY_PREFIX = JOURNAL_PREFIX
AUTOSAVE_DELAY_MS = 2000  # after the last keystroke
AUTOSAVE_MAX_WAIT_MS = 5000  # during long typing, at least this often


def draft_key_for(uid: str | None) -> str:
    return journal_key(uid)


class JournalEditor(QWidget):
    """The form for one entry. `edited` fires on every change the person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: JournalEntry | None = None  # the stored entry being edited, if any
        self._dirty = False
        self._loading = False
        self._prompts: list[str] = []
        self._last_prompt = ""

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("A title, if you like"))

        self.prompt_button = QPushButton(self.tr("Need a prompt?"))
        self.prompt_button.setAccessibleName(self.tr("Need a prompt?"))
        self.prompt_button.setAccessibleDescription(
            self.tr("Shows an optional question to write about")
        )
        self.prompt_button.setAutoDefault(False)
        self.prompt_button.clicked.connect(self.show_prompt)
        self.prompt_box = self._prompt_box()

        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Entry"))
        self.body.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self.body.setTabChangesFocus(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.tags = TagsField(self.tr("Tags, separated by commas"))

        self.distress = RatingInput(self.tr("Distress while writing"), "distress")
        self.comfort = RatingInput(self.tr("Comfort while writing"), "comfort")

        self.share = QCheckBox(self.tr("Share with my therapist"))
        self.share.setAccessibleName(self.tr("Share with my therapist"))
        share_text = self.tr(
            "Off unless you turn it on. Only entries with this on can go into a therapy "
            "summary, and only if you choose them when you make one."
        )
        self.share.setAccessibleDescription(share_text)
        self.share_hint = paragraph(share_text, hint=True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.prompt_button)
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        tags_label = QLabel(self.tr("Tags"))
        tags_label.setBuddy(self.tags)
        details.addRow(tags_label, self.tags)
        self.ratings_button = QPushButton(self.tr("Ratings, if you like"))
        self.ratings_button.setAccessibleName(self.tr("Ratings, if you like"))
        self.ratings_button.setAccessibleDescription(self.tr("Shows or hides the two ratings"))
        self.ratings_button.setCheckable(True)
        self.ratings_button.setAutoDefault(False)
        self.ratings = QWidget()
        self.ratings.setAccessibleName(self.tr("Optional ratings"))
        ratings = QHBoxLayout(self.ratings)
        ratings.setContentsMargins(0, 0, 0, 0)
        ratings.setSpacing(24)
        ratings.addWidget(self.distress, 1)
        ratings.addWidget(self.comfort, 1)
        self.ratings.hide()
        self.ratings_button.toggled.connect(self.ratings.setVisible)
        self.distress.changed.connect(self._describe_ratings)
        self.comfort.changed.connect(self._describe_ratings)
        choices = QHBoxLayout()
        choices.addWidget(self.share)
        choices.addStretch(1)
        choices.addWidget(self.ratings_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.prompt_box)
        layout.addWidget(self.body, 1)
        layout.addLayout(details)
        layout.addLayout(choices)
        layout.addWidget(self.share_hint)
        layout.addWidget(self.ratings)

        chain_tab_order(
            *(self.title, self.prompt_button, self.body, self.tags, self.share),
            *(self.ratings_button, *rating_keys(self.distress), *rating_keys(self.comfort)),
        )

        self.title.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.distress.changed.connect(self._changed)
        self.comfort.changed.connect(self._changed)
        self.share.toggled.connect(self._changed)

    def _describe_ratings(self, *_: object) -> None:
        """The ratings stay folded away; their button says what they hold."""
        given = [
            self.tr("{scale} {value}").format(scale=name, value=rating.value())
            for name, rating in (
                (self.tr("distress"), self.distress),
                (self.tr("comfort"), self.comfort),
            )
            if rating.value() is not None
        ]
        text = (
            self.tr("Ratings: {given}").format(given=" · ".join(given))
            if given
            else self.tr("Ratings, if you like")
        )
        self.ratings_button.setText(text)
        self.ratings_button.setAccessibleName(text)

    # -- prompts, only when asked ---------------------------------------------------------
    def _prompt_box(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("A prompt, if it helps"))
        self.prompt_text = QLabel()
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_text.setAccessibleName(self.tr("Prompt"))
        hint = paragraph(
            self.tr("Only if it helps. You can change the words, or write about something else."),
            hint=True,
        )
        self.use_prompt = QPushButton(self.tr("Add it to my entry"))
        self.another_prompt = QPushButton(self.tr("Another one"))
        self.hide_prompt = QPushButton(self.tr("Hide"))
        self.hide_prompt.setAccessibleName(self.tr("Hide the prompt"))
        for button in (self.use_prompt, self.another_prompt, self.hide_prompt):
            button.setAutoDefault(False)
            if not button.accessibleName():
                button.setAccessibleName(button.text())
        self.use_prompt.clicked.connect(self.insert_prompt)
        self.another_prompt.clicked.connect(self.show_prompt)
        self.hide_prompt.clicked.connect(self._hide_prompt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_prompt)
        buttons.addWidget(self.another_prompt)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_prompt)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.prompt_text)
        column.addWidget(hint)
        column.addLayout(buttons)
        box.hide()
        return box

    @Slot()
    def show_prompt(self) -> None:
        """Show one reflective prompt (a different one each time it is asked for)."""
        if not self._prompts:
            try:
                self._prompts = resources.journal_prompts()
            except resources.ResourceError:
                self._prompts = []
        choices = [p for p in self._prompts if p != self._last_prompt] or self._prompts
        if not choices:
            self.prompt_text.setText(self.tr("There are no prompts to show right now."))
            self.use_prompt.setEnabled(False)
        else:
            self._last_prompt = random.choice(choices)
            self.prompt_text.setText(self._last_prompt)
            self.use_prompt.setEnabled(True)
        self.prompt_box.show()
        self.use_prompt.setFocus()

    @Slot()
    def insert_prompt(self) -> None:
        if not self._last_prompt:
            return
        cursor = self.body.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertText("\n")
        cursor.insertText(self._last_prompt + "\n")
        self.body.setTextCursor(cursor)
        self._hide_prompt()
        self.body.setFocus()

    def _hide_prompt(self) -> None:
        self.prompt_box.hide()
        self.prompt_text.clear()
        self._last_prompt = ""

    # -- state ----------------------------------------------------------------------------
    @property
    def entry(self) -> JournalEntry | None:
        return self._entry

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def draft_key(self) -> str:
        return draft_key_for(None if self._entry is None else self._entry.uid)

    def has_text(self) -> bool:
        return bool(self.title.text().strip() or self.body.toPlainText().strip())

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.edited.emit()

    # -- reading and filling the form -----------------------------------------------------
    def content(self) -> dict[str, Any]:
        """Everything in the form, JSON-able: what a draft keeps."""
        entry = self._entry
        return {
            "uid": None if entry is None else entry.uid,
            "at": None if entry is None else to_text(entry.at),
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "tags": self.tags.text(),
            "distress": self.distress.value(),
            "comfort": self.comfort.value(),
            "share_with_therapist": self.share.isChecked(),
            "mood_label": "" if entry is None else entry.mood_label,
        }

    def to_entry(self) -> JournalEntry:
        """The entry to save: the stored one updated, or a new one dated now."""
        base = self._entry
        return JournalEntry(
            body=self.body.toPlainText(),
            title=self.title.text(),
            at=now() if base is None else base.at,
            tags=self.tags.tags(),
            distress=self.distress.value(),
            comfort=self.comfort.value(),
            share_with_therapist=self.share.isChecked(),
            mood_label="" if base is None else base.mood_label,
            updated_at=None if base is None else base.updated_at,
            uid=new_uid() if base is None else base.uid,
            id=None if base is None else base.id,
        )

    def load_entry(self, entry: JournalEntry | None) -> None:
        """Show a stored entry (or an empty form for a new one), with nothing unsaved."""
        self._entry = entry
        self._fill(
            title=entry.title if entry else "",
            body=entry.body if entry else "",
            tags=", ".join(entry.tags) if entry else "",
            distress=entry.distress if entry else None,
            comfort=entry.comfort if entry else None,
            share=entry.share_with_therapist if entry else False,
        )
        self._dirty = False

    def attach(self, entry: JournalEntry) -> None:
        """The form was just saved as `entry`: edit that from now on, nothing unsaved."""
        self._entry = entry
        self._loading = True
        try:
            self.tags.set_tags(entry.tags)
            self.title.setText(entry.title)
        finally:
            self._loading = False
        self._dirty = False

    def load_content(self, content: dict[str, Any], entry: JournalEntry | None) -> None:
        """Continue a draft: its fields, over the stored entry it belongs to (if any)."""
        self._entry = entry
        if entry is not None and not entry.mood_label:
            entry.mood_label = str(content.get("mood_label") or "")
        self._fill(
            title=str(content.get("title") or ""),
            body=str(content.get("body") or ""),
            tags=str(content.get("tags") or ""),
            distress=_rating(content.get("distress")),
            comfort=_rating(content.get("comfort")),
            share=bool(content.get("share_with_therapist", False)),
        )
        self._dirty = True

    def _fill(
        self,
        *,
        title: str,
        body: str,
        tags: str,
        distress: int | None,
        comfort: int | None,
        share: bool,
    ) -> None:
        self._loading = True
        try:
            self.title.setText(title)
            self.body.setPlainText(body)  # also resets the undo history
            self.tags.setText(tags)
            self.distress.setValue(distress)
            self.comfort.setValue(comfort)
            self.share.setChecked(share)
        finally:
            self._loading = False

    def clear_sensitive(self) -> None:
        """Forget the entry and every field (on lock)."""
        self._hide_prompt()
        self.load_entry(None)
        self.tags.wipe()


def _rating(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class DraftAutosave(QObject):
    """Saves the editor into the vault's drafts shortly after each change."""

    saved = Signal(str)  # the draft key

    def __init__(
        self,
        editor: JournalEditor,
        session: Session,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._session = session
        self._quiet = QTimer(self)  # restarts with every change
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(delay_ms)
        self._longest = QTimer(self)  # does not restart: long typing is saved too
        self._longest.setSingleShot(True)
        self._longest.setInterval(max_wait_ms)
        self._quiet.timeout.connect(self.flush)
        self._longest.timeout.connect(self.flush)
        editor.edited.connect(self.schedule)
        session.about_to_lock.connect(self.flush)  # the last seconds too, while it is open

    @property
    def pending(self) -> bool:
        return self._quiet.isActive() or self._longest.isActive()

    @Slot()
    def schedule(self) -> None:
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    def cancel(self) -> None:
        self._quiet.stop()
        self._longest.stop()

    @Slot()
    def flush(self) -> bool:
        """Save now when there are unsaved changes. Returns whether the drafts changed."""
        self.cancel()
        if not self._session.is_unlocked or not self._editor.is_dirty:
            return False
        key = self._editor.draft_key()
        if self._editor.has_text():
            self._session.vault.drafts.save(key, self._editor.content())
        else:
            # Everything was erased: an empty draft is not worth offering back.
            self._session.vault.drafts.discard(key)
        self.saved.emit(key)
        return True

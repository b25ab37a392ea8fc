"""The journal list: a Qt model that loads one page at a time, and a delegate that draws it.

Fast at 20,000 entries because nothing is loaded until the view asks for it: the first page
when the list is shown, the next when the person scrolls near the end (Qt's canFetchMore /
fetchMore). A row keeps only what the list shows (date, title, a short preview or a search
snippet, tags), never the whole body.

Search results show their matches in bold. Everything from the journal is HTML-escaped
before it goes into the rich text, so an entry containing "<b>" shows those characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from haven.domain.models import JournalEntry, SearchHit
from haven.domain.snippets import fold, query_words, split_highlights
from haven.ui.journal.widgets import when_text

PAGE_SIZE = 100
PREVIEW_CHARS = 160

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
AT_ROLE = Qt.ItemDataRole.UserRole + 4

_WORD = re.compile(r"\w+")
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("JournalList", text)


@dataclass(frozen=True, slots=True)
class JournalRow:
    entry_id: int
    uid: str
    at: datetime
    title: str
    preview: str  # plain text; in search results it carries the match markers
    tags: tuple[str, ...] = ()
    shared: bool = False
    is_hit: bool = False

    @classmethod
    def from_entry(cls, entry: JournalEntry) -> JournalRow:
        assert entry.id is not None
        return cls(
            entry_id=entry.id,
            uid=entry.uid,
            at=entry.at,
            title=entry.title,
            preview=preview_of(entry.body),
            tags=tuple(entry.tags),
            shared=entry.share_with_therapist,
        )

    @classmethod
    def from_hit(cls, hit: SearchHit) -> JournalRow:
        return cls(
            entry_id=hit.entry_id,
            uid=hit.uid,
            at=hit.at,
            title=hit.title,
            preview=hit.snippet,
            is_hit=True,
        )


def preview_of(body: str) -> str:
    """The first words of an entry on one line (only the start is looked at: bodies can be 1 MB)."""
    head = " ".join(body[: PREVIEW_CHARS * 4].split())
    return head if len(head) <= PREVIEW_CHARS else head[: PREVIEW_CHARS - 1].rstrip() + "…"


def mark_words(text: str, words: list[str]) -> str:
    """`text` as HTML with every word starting with one of `words` in bold (the rest escaped)."""
    prefixes = tuple(w for w in words if w)
    if not prefixes:
        return html.escape(text)
    pieces: list[str] = []
    cursor = 0
    for token in _WORD.finditer(text):
        if fold(token.group()).startswith(prefixes):
            pieces.append(html.escape(text[cursor : token.start()]))
            pieces.append(f"<b>{html.escape(token.group())}</b>")
            cursor = token.end()
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def snippet_html(snippet: str) -> str:
    """A search snippet with its marked matches as bold spans, everything else escaped."""
    plain, spans = split_highlights(snippet)
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        pieces.append(html.escape(plain[cursor:start]))
        pieces.append(f"<b>{html.escape(plain[start:end])}</b>")
        cursor = end
    pieces.append(html.escape(plain[cursor:]))
    return "".join(pieces)


def _about(row: JournalRow) -> str:
    """The line under the title: date, tags, and whether it is shared with the therapist."""
    parts = [when_text(row.at)]
    if row.tags:
        parts.append(", ".join(row.tags))
    if row.shared:
        parts.append(_t("shared with my therapist"))
    return " · ".join(parts)


def row_plain(row: JournalRow) -> str:
    title = row.title or _t("Untitled")
    text = split_highlights(row.preview)[0] if row.is_hit else row.preview
    return f"{title} — {_about(row)}\n{text}"


def row_html(row: JournalRow, words: list[str]) -> str:
    title = mark_words(row.title, words) if row.title else html.escape(_t("Untitled"))
    text = snippet_html(row.preview) if row.is_hit else html.escape(row.preview)
    return (
        f'<div style="font-size:large">{title}</div>'
        f'<div class="meta">{html.escape(_about(row))}</div>'
        f"<div>{text}</div>"
    )


Fetch = Callable[[int, int], list[JournalRow]]  # (limit, offset) -> rows


class JournalListModel(QAbstractListModel):
    """Rows from a fetch function, one page at a time."""

    def __init__(self, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[JournalRow] = []
        self._fetch: Fetch | None = None
        self._exhausted = True
        self._words: list[str] = []

    # -- what is shown -------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None, *, query: str = "") -> None:
        """Start again from the first page of `fetch` (None: show nothing)."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._words = query_words(query)
        self._exhausted = fetch is None
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def clear_sensitive(self) -> None:
        self.set_source(None)

    @property
    def query_words(self) -> list[str]:
        return list(self._words)

    def row_at(self, row: int) -> JournalRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.entry_id == entry_id), -1)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = self._fetch(self.page_size, len(self._rows))
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_plain(row)
        if role == RICH_TEXT_ROLE:
            return row_html(row, self._words)
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == UID_ROLE:
            return row.uid
        if role == AT_ROLE:
            return row.at
        return None


def _between(text: QColor, base: QColor, share: float = 0.4) -> QColor:
    """A quieter version of the text colour: part of the way towards the background."""
    return QColor.fromRgbF(
        text.redF() + (base.redF() - text.redF()) * share,
        text.greenF() + (base.greenF() - text.greenF()) * share,
        text.blueF() + (base.blueF() - text.blueF()) * share,
    )


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's RICH_TEXT_ROLE: title, date and tags, preview or snippet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(2)

    def _prepare(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        self._doc.setDefaultFont(option.font)
        muted = _between(
            option.palette.color(QPalette.ColorRole.Text),
            option.palette.color(QPalette.ColorRole.Base),
        ).name()
        self._doc.setDefaultStyleSheet(f".meta {{ color: {muted}; }}")
        self._doc.setHtml(str(index.data(RICH_TEXT_ROLE) or ""))
        self._doc.setTextWidth(max(option.rect.width() - 16, 80))
        return self._doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._prepare(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        painter.translate(option.rect.left() + 8, option.rect.top() + 4)
        clip = QRectF(0, 0, option.rect.width() - 16, option.rect.height() - 8)
        painter.setClipRect(clip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Title, a line of date and tags, two lines of text: the same for every row, so the
        # view can use uniform item sizes and never measure 20,000 rows.
        line = option.fontMetrics.lineSpacing()
        return QSize(200, int(line * 1.25) + line * 3 + 16)

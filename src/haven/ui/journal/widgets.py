"""Small pieces the Today and Journal areas share: dates in words, a tags field, a notice bar.

The tags field completes the word being typed from tags already used, one tag at a time
(tags are separated by commas). The notice bar is the quiet strip that offers a choice:
"Continue it / Let it go", "Delete / Keep it", "Undo".
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from haven.domain.models import normalise_tags
from haven.ui.kit.rating import RatingInput


def _t(text: str) -> str:
    return QCoreApplication.translate("JournalWidgets", text)


def when_text(at: datetime, *, with_time: bool = True) -> str:
    """A moment in the person's own time zone and locale, e.g. "Tuesday, 4 March 2025, 21:07"."""
    local = at.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    if not with_time:
        return day
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {clock}"


def short_when(at: datetime) -> str:
    local = at.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def parse_tags(text: str) -> list[str]:
    """Comma-separated words as tags, the way the store keeps them."""
    return normalise_tags(text.split(","))


def rating_keys(rating: RatingInput) -> list[QWidget]:
    """A rating's controls in keyboard order: "Leave this out" (when offered), then the slider."""
    skip = [box for box in rating.findChildren(QCheckBox) if not box.isHidden()][:1]
    return [*skip, rating.slider()]


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab moves through `widgets` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class TagsField(QLineEdit):
    """Comma-separated tags; the tag being typed is completed from tags already in use."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(_t("For example: sleep, work, a good talk"))
        self._known = QStringListModel(self)
        self.completer_ = QCompleter(self._known, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setWidget(self)  # not setCompleter: that would complete the whole text
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._suggest)

    def set_known_tags(self, tags: Iterable[str]) -> None:
        self._known.setStringList(sorted(set(tags)))

    def known_tags(self) -> list[str]:
        return self._known.stringList()

    def tags(self) -> list[str]:
        return parse_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))

    def wipe(self) -> None:
        self.completer_.popup().hide()
        self.setText("")
        self._known.setStringList([])

    def _current_word(self) -> tuple[int, str]:
        before = self.text()[: self.cursorPosition()]
        start = before.rfind(",") + 1
        return start, before[start:].strip()

    def _suggest(self, _text: str) -> None:
        _start, word = self._current_word()
        if not word:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(word)
        if self.completer_.completionCount() == 0:
            self.completer_.popup().hide()
            return
        self.completer_.complete()

    def _insert(self, tag: str) -> None:
        start, _word = self._current_word()
        text = self.text()
        end = text.find(",", self.cursorPosition())
        rest = "" if end < 0 else text[end + 1 :].lstrip()
        head = text[:start].rstrip()
        head = f"{head} " if head else ""
        new = f"{head}{tag}, "
        self.setText(new + rest)
        self.setCursorPosition(len(new))


class ActionBar(QFrame):
    """A quiet strip with a message and a few buttons, read by screen readers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(name)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 8, 12, 8)
        self._row.setSpacing(8)
        self._row.addWidget(self.message, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def add_button(self, text: str, slot: Callable[[], None], *, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.buttons.append(button)
        return button

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.message.clear()
        self.hide()

"""The Learn area: a searchable list of readings beside the one being read.

A reading can be marked helpful or hidden; both marks are personal, so they are kept in the
vault (ReflectionRepository.learn_marks), not in the plain settings file. Hidden readings
leave the list but are one tick away ("Show hidden readings"), never gone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven import readings
from haven.domain.reflection import LearnMark
from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, heading, paragraph
from haven.ui.learn.reading_view import ReadingView, tr

ID_ROLE = Qt.ItemDataRole.UserRole


class LearnArea(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._marks: dict[str, LearnMark] = {}
        self.all = readings.all_readings()

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("A word, such as sleep or signals"))
        self.search.setAccessibleName(tr("Search the readings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Readings"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_current)
        self.show_hidden = QCheckBox(tr("Show hidden readings"))
        self.show_hidden.toggled.connect(self._fill)
        self.empty = paragraph(tr("No reading has those words. You might try fewer."), hint=True)
        self.empty.hide()

        left = QVBoxLayout()
        left.addWidget(heading(tr("Learn"), scale=1.6))
        left.addWidget(
            paragraph(tr("Short readings in Haven's own words. Read any, in any order."), hint=True)
        )
        search_label = QLabel(tr("Search the readings"))
        search_label.setBuddy(self.search)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.show_hidden)

        self.view = ReadingView()
        self.helpful = QPushButton(tr("This was helpful"))
        self.helpful.setCheckable(True)
        self.helpful.setAccessibleName(tr("Mark this reading helpful"))
        self.helpful.setAutoDefault(False)
        self.helpful.toggled.connect(self._set_helpful)
        self.hide_button = action_button(
            tr("Hide this reading"), tip=tr("It leaves the list; you can show it again")
        )
        self.hide_button.clicked.connect(self._toggle_hidden)
        buttons = QHBoxLayout()
        buttons.addWidget(self.helpful)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addLayout(buttons)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(16)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(400)
        holder.setMinimumWidth(300)
        row.addWidget(holder, 2)
        row.addLayout(right, 5)
        self._fill()

    # -- the Area protocol ---------------------------------------------------------------
    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        self._marks = self._session.vault.reflections.learn_marks()
        self._fill()

    def clear_sensitive(self) -> None:
        """The readings are not private; the person's marks and search words are."""
        self._marks = {}
        self.search.clear()
        self.show_hidden.setChecked(False)
        self._fill()

    def open_detail(self, reading_id: str) -> None:
        """Show one reading (a "what is this?" link, say), even one the person hid."""
        mark = self._marks.get(reading_id)
        if mark and mark.hidden:
            self.show_hidden.setChecked(True)
        self.search.clear()
        self._select(reading_id)

    # -- list ---------------------------------------------------------------------------
    @Slot()
    def _fill(self) -> None:
        current = self._current_id()
        shown = readings.search(self.search.text(), self.all)
        self.list.blockSignals(True)
        self.list.clear()
        for reading in shown:
            mark = self._marks.get(reading.id)
            hidden = bool(mark and mark.hidden)
            if hidden and not self.show_hidden.isChecked():
                continue
            words = [reading.title]
            if mark and mark.helpful:
                words.append(tr("(helpful)"))
            if hidden:
                words.append(tr("(hidden)"))
            # The title alone: the summary opens the reading itself, and is the tooltip.
            item = QListWidgetItem(" ".join(words))
            item.setData(ID_ROLE, reading.id)
            item.setToolTip(reading.summary)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        if not self._select(current) and self.list.count():
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self._show_current(None)

    def _select(self, reading_id: str | None) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == reading_id:
                self.list.setCurrentRow(row)
                self._show_current(self.list.item(row))
                return True
        return False

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    @Slot()
    def _show_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        reading = None if item is None else readings.get(item.data(ID_ROLE))
        mark = self._marks.get(reading.id) if reading else None
        self.view.show_reading(reading, helpful=bool(mark and mark.helpful))
        self.helpful.blockSignals(True)
        self.helpful.setChecked(bool(mark and mark.helpful))
        self.helpful.blockSignals(False)
        hidden = bool(mark and mark.hidden)
        hide_text = tr("Show in the list again") if hidden else tr("Hide this reading")
        self.hide_button.setText(hide_text)
        self.hide_button.setAccessibleName(self.hide_button.text())
        for button in (self.helpful, self.hide_button):
            button.setEnabled(reading is not None and self._session.is_unlocked)

    # -- marks --------------------------------------------------------------------------
    def _mark(self, **change: bool) -> None:
        reading_id = self._current_id()
        if reading_id is None or not self._session.is_unlocked:
            return
        old = self._marks.get(reading_id) or LearnMark(reading_id)
        mark = LearnMark(
            reading_id,
            helpful=change.get("helpful", old.helpful),
            hidden=change.get("hidden", old.hidden),
        )
        self._session.vault.reflections.set_learn_mark(mark)
        self._marks[reading_id] = mark

    @Slot(bool)
    def _set_helpful(self, on: bool) -> None:
        self._mark(helpful=on)
        self._fill()

    @Slot()
    def _toggle_hidden(self) -> None:
        reading_id = self._current_id()
        mark = self._marks.get(reading_id or "")
        self._mark(hidden=not (mark and mark.hidden))
        self._fill()

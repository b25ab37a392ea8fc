"""Building the journal area: the list side (search, tags, dates, the entries) and the
editor side (the form, its draft, question and undo bars)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from haven.ui.journal.model import RichTextDelegate
from haven.ui.journal.widgets import ActionBar
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import status_label


class JournalLayout:
    """Part of `JournalArea` (see area.py); mixed in, so `self` is the JournalArea."""

    # -- building -------------------------------------------------------------------------
    def _list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(8)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setPlaceholderText(self.tr("Search your journal (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.reload_list)

        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show entries with this tag"))
        self.tag_filter.setMinimumContentsLength(10)
        self.tag_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._reset_tags()
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.reload_list())

        self.date_filter = QCheckBox(self.tr("Only from"))
        self.date_filter.setAccessibleName(self.tr("Only show entries between two dates"))
        today = QDate.currentDate()
        self.date_from = self._date_edit(today.addMonths(-1), self.tr("From this date"))
        self.date_to = self._date_edit(today, self.tr("Up to this date"))
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.date_filter.toggled.connect(self._dates_toggled)

        tag_row = QHBoxLayout()
        tag_label = QLabel(self.tr("Tag"))
        tag_label.setBuddy(self.tag_filter)
        tag_row.addWidget(tag_label)
        tag_row.addWidget(self.tag_filter, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_filter)
        date_row.addWidget(self.date_from, 1)
        date_row.addWidget(to_label)
        date_row.addWidget(self.date_to, 1)

        self.list = QListView()
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.clicked.connect(self.open_index)
        self.list.activated.connect(self.open_index)

        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setProperty("role", "hint")
        self.empty_note.setAccessibleName(self.tr("About the list"))
        self.empty_note.hide()

        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_entry)

        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.search)
        column.addLayout(tag_row)
        column.addLayout(date_row)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty_note)
        QWidget.setTabOrder(self.new_button, self.search)
        return side

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setDisplayFormat("d MMM yyyy")  # month in words: never mistaken for the day
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self.reload_list())
        return edit

    def _editor_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.setSpacing(8)

        self.draft_bar = ActionBar(self.tr("Unfinished entry"))
        self.continue_button = self.draft_bar.add_button(
            self.tr("Continue it"), self.continue_draft
        )
        self.let_go_button = self.draft_bar.add_button(self.tr("Let it go"), self.let_draft_go)
        self.confirm_bar = ActionBar(self.tr("Delete this entry?"))
        self.confirm_delete_button = self.confirm_bar.add_button(
            self.tr("Delete"), self.delete_entry, name=self.tr("Delete the entry")
        )
        self.keep_button = self.confirm_bar.add_button(self.tr("Keep it"), self._keep_entry)
        self.undo_bar = UndoBar()
        self.undo_button = self.undo_bar.undo_button

        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save this entry in your journal (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.ask_delete)
        self.delete_button.setEnabled(False)
        self.status = status_label()
        self.status.setAccessibleName(self.tr("Journal message"))

        for button in (self.save_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.delete_button)

        for bar in (self.draft_bar, self.confirm_bar, self.undo_bar):
            column.addWidget(bar)
        column.addWidget(self.editor, 1)
        column.addLayout(buttons)
        return side

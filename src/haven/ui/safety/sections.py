"""The pages of the safety plan: one ordered list per section, with what each section adds.

`ItemList` is the shared part: a list the person can add to, edit, delete from (asked once,
then undo) and reorder (Alt+Up/Down, the buttons, or a drag). Pages put a list beside the
details of the chosen item, plus what their section needs: a boundary's reviews, a checklist
activity's marks, a script's Copy button and the starter library.

Keys in a list: Insert adds, Enter or F2 edits, Delete deletes (asked once), Alt+Up and
Alt+Down move the chosen item, Ctrl+Z undoes the last delete.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven.domain import pacing
from haven.domain.models import ChecklistItem
from haven.ui.core.session import Session
from haven.ui.kit.ordered_list import ItemRole, OrderedListModel
from haven.ui.kit.widgets import heading, paragraph, status_label
from haven.ui.safety.editors import (
    ItemEditor,
    message_button,
    selectable,
)
from haven.ui.safety.models import (
    SectionSpec,
    answer_words,
    day_words,
    signal_kind_words,
)

COPY_CLEAR_SECONDS = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("SafetyPlan", text)


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _short(text: str, limit: int = 48) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _moment_words(moment: Any) -> str:
    return QLocale().toString(moment.date(), "d MMMM yyyy") if moment else ""


class PlanHost(Protocol):
    """What a page needs from the area around it."""

    session: Session

    def changed(self) -> None: ...

    def offer_undo(self, message: str, undo: Callable[[], None]) -> None: ...

    def confirm(self, text: str, yes: str, on_yes: Callable[[], None]) -> None: ...

    def keep_dialog(self, dialog: QDialog) -> None: ...


class PlanListView(QListView):
    """A list view with the plan's keys: Insert, Enter/F2, Delete, Alt+Up/Down, Ctrl+Z."""

    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)
    undo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        plain = mods == Qt.KeyboardModifier.NoModifier
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif plain and key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ItemList(QWidget):
    """One ordered section list with Add, Edit, Delete, Move up and Move down."""

    current_changed = Signal(object)  # the chosen item, or None
    undo_requested = Signal()

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.spec = spec
        self.model = OrderedListModel(None, spec.summary, parent=self)
        self.view = PlanListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(spec.title)
        self.view.setAccessibleDescription(
            _t("Insert adds, Enter edits, Delete deletes, Alt+Up and Alt+Down move.")
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setMinimumHeight(120)
        self.empty = paragraph(spec.empty, hint=True)
        self.empty.setAccessibleName(_t("About this list"))

        noun = spec.noun
        self.add_button = self._button(spec.add_text, _t("Add (Insert)"), self.add)
        self.edit_button = self._button(
            _t("Edit…"), _t("Edit the chosen {noun} (Enter)").format(noun=noun), self.edit
        )
        self.delete_button = self._button(
            _t("Delete…"),
            _t("Delete the chosen {noun} (Delete)").format(noun=noun),
            self.delete,
        )
        self.up_button = self._button(
            _t("Move up"),
            _t("Move the chosen {noun} up (Alt+Up)").format(noun=noun),
            lambda: self.move(-1),
        )
        self.down_button = self._button(
            _t("Move down"),
            _t("Move the chosen {noun} down (Alt+Down)").format(noun=noun),
            lambda: self.move(1),
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.buttons = (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        )
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)
        self.setTabOrder(self.view, self.add_button)

        self.view.add_requested.connect(self.add)
        self.view.edit_requested.connect(self.edit)
        self.view.delete_requested.connect(self.delete)
        self.view.move_requested.connect(self.move)
        self.view.undo_requested.connect(self.undo_requested)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.order_changed.connect(self._store_order)
        self.model.modelReset.connect(self._update_state)
        self._update_state()

    def buttons_width(self) -> int:
        return max(b.sizeHint().width() for b in self.buttons)

    def set_buttons_width(self, width: int) -> None:
        for button in self.buttons:
            button.setMinimumWidth(width)

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = message_button(text, name)
        button.setToolTip(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- reading ------------------------------------------------------------------------
    @property
    def _safety(self) -> Any:
        return self._host.session.vault.safety

    def _belongs(self, item: Any) -> bool:
        return all(getattr(item, k) == v for k, v in self.spec.fixed.items())

    def reload(self, select_uid: str | None = None) -> None:
        keep = select_uid or getattr(self.current(), "uid", None)
        row = self.view.currentIndex().row()
        items = [i for i in self._safety.list(self.spec.kind) if self._belongs(i)]
        self.model.set_items(items)
        target = self.model.row_of_uid(keep) if keep else -1
        if target < 0 and items:
            target = min(max(row, 0), len(items) - 1)
        self.select_row(target)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._on_current()

    def current(self) -> Any | None:
        index = self.view.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def clear_sensitive(self) -> None:
        self.model.clear_sensitive()
        self._on_current()

    @Slot()
    def _on_current(self, *_: object) -> None:
        self._update_state()
        self.current_changed.emit(self.current())

    @Slot()
    def _update_state(self) -> None:
        count = self.model.rowCount()
        row = self.view.currentIndex().row() if self.current() is not None else -1
        self.empty.setVisible(count == 0)
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- adding and editing -------------------------------------------------------------
    def add(self) -> ItemEditor:
        editor = ItemEditor(self.spec, self.spec.fields, self._save_new, parent=self.window())
        self.show_dialog(editor)
        return editor

    def edit(self) -> ItemEditor | None:
        item = self.current()
        if item is None:
            return None
        fields = tuple(f for f in self.spec.fields if not self._kept_by_history(f.name))
        editor = ItemEditor(
            self.spec,
            fields,
            lambda values: self._save_edit(item, values),
            item=item,
            parent=self.window(),
        )
        self.show_dialog(editor)
        return editor

    def _kept_by_history(self, name: str) -> bool:
        """A checklist answer changes only by a dated mark, so its history stays whole."""
        return self.spec.kind is ChecklistItem and name == "answer"

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._host.keep_dialog(dialog)
        dialog.finished.connect(lambda _result: self.view.setFocus())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _save_new(self, values: dict[str, Any]) -> str | None:
        if not self._host.session.is_unlocked:
            return _t("Haven is locked, so this was not saved.")
        item = self.spec.new_item(values)
        if isinstance(item, ChecklistItem):
            pacing.mark_checklist(item, item.answer)  # the first mark, with today's date
        try:
            self._safety.add(item)
        except ValueError as exc:
            return _t(str(exc))
        self.reload(select_uid=item.uid)
        self._host.changed()
        return None

    def _save_edit(self, item: Any, values: dict[str, Any]) -> str | None:
        if not self._host.session.is_unlocked:
            return _t("Haven is locked, so this was not saved.")
        changed = dataclasses.replace(item, **values)
        try:
            self._safety.update(changed)
        except ValueError as exc:
            return _t(str(exc))
        self.reload(select_uid=item.uid)
        self._host.changed()
        return None

    # -- deleting and undoing -----------------------------------------------------------
    def delete(self) -> None:
        item = self.current()
        if item is None:
            return
        words = _short(self.spec.summary(item))
        self._host.confirm(
            _t("Delete “{item}”? You can undo this straight after.").format(item=words),
            _t("Delete"),
            lambda: self._delete(item, words),
        )

    def _delete(self, item: Any, words: str) -> None:
        if not self._host.session.is_unlocked:
            return
        self._safety.delete(item)
        self.reload()
        self._host.changed()
        self._host.offer_undo(
            _t("“{item}” was deleted.").format(item=words),
            lambda: self._restore(item),
        )
        self.view.setFocus()

    def _restore(self, item: Any) -> None:
        if not self._host.session.is_unlocked:
            return
        self._safety.restore(item)  # back in its place: the store keeps its position
        self.reload(select_uid=item.uid)
        self._host.changed()
        self.view.setFocus()

    # -- reordering ---------------------------------------------------------------------
    def move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if self.current() is None:
            return
        new_row = self.model.move(row, step)
        if new_row >= 0:
            self.select_row(new_row)
            self.view.scrollTo(self.model.index(new_row))

    @Slot()
    def _store_order(self) -> None:
        """Keep the order the person chose (also after a drag)."""
        if not self._host.session.is_unlocked:
            return
        mine = self.model.ids()
        others = [i.id for i in self._safety.list(self.spec.kind) if i.id not in set(mine)]
        self._safety.reorder(self.spec.kind, mine + others)
        self._update_state()
        self._host.changed()


class SectionPage(QWidget):
    """A section: its heading and explanation, its list, and the chosen item's details."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.spec = spec
        self.setAccessibleName(spec.title)
        self.title = heading(spec.title, scale=1.45)
        self.explanation = paragraph(spec.explanation, hint=True)
        self.list = ItemList(host, spec)
        self.details = selectable(QLabel())
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(_t("Details of the chosen {noun}").format(noun=spec.noun))
        self.status = status_label()
        self.details_box = QFrame()
        self.details_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_box.setObjectName("SafetyDetails")
        self.details_layout = QVBoxLayout(self.details_box)
        self.details_layout.setContentsMargins(14, 10, 14, 12)
        self.details_layout.setSpacing(8)
        self.actions = QVBoxLayout()  # what a section adds, above the details
        self.actions.setContentsMargins(0, 0, 0, 0)
        self.details_layout.addLayout(self.actions)
        self.details_layout.addWidget(self.details)
        self.details_layout.addStretch(1)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(self.details_box)
        self.details_scroll.setMinimumHeight(140)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 0, 4, 4)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.details_scroll, 1)
        self.list.current_changed.connect(self.show_details)

    # -- the details of one item --------------------------------------------------------
    def field_rows(self, item: Any) -> list[tuple[str, str]]:
        rows = []
        for spec_field in self.spec.fields:
            value = getattr(item, spec_field.name)
            if spec_field.kind == "date":
                words = day_words(value)
            elif spec_field.name == "kind" and spec_field.kind == "choice":
                words = signal_kind_words(value)
            elif spec_field.name == "answer":
                words = answer_words(value)
            else:
                words = str(value or "")
            if words:
                rows.append((spec_field.label, words))
        return rows

    def extra_html(self, item: Any) -> str:
        return ""

    @Slot(object)
    def show_details(self, item: Any | None) -> None:
        self.details_scroll.setVisible(item is not None)
        if item is None:
            self.details.clear()
            return
        parts = [
            f"<p><b>{_esc(label)}</b><br>{_esc(words)}</p>"
            for label, words in self.field_rows(item)
        ]
        self.details.setText("".join(parts) + self.extra_html(item))

    # -- the area protocol --------------------------------------------------------------
    def reload(self) -> None:
        self.list.reload()

    def clear_sensitive(self) -> None:
        self.list.clear_sensitive()
        self.details.clear()
        self.status.clear()

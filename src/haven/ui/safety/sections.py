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
<<<<<<< HEAD
from haven.ui.kit.widgets import field_label, heading, paragraph, status_label
=======
from haven.ui.kit.ordered_list import ItemRole, OrderedListModel
from haven.ui.kit.widgets import heading, paragraph, status_label
>>>>>>> main
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
        self.details_scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # not a focus stop: its content is
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
<<<<<<< HEAD


class BoundariesPage(SectionPage):
    """Boundaries, each with a date to look at it again, and its review history."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.review_button = message_button(
            _t("Look at it again…"), _t("Review the chosen boundary: keep it or reword it")
        )
        self.review_button.clicked.connect(self.review)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        self.actions.addLayout(row)

    def extra_html(self, item: Boundary) -> str:
        if item.review_by is not None and item.review_by <= date.today():
            due = _t("It is ready to be looked at again, whenever you like.")
            due_html = f"<p><i>{_esc(due)}</i></p>"
        else:
            due_html = ""
        if not item.reviews:
            return due_html + f"<p>{_esc(_t('No reviews yet.'))}</p>"
        lines = []
        for review in reversed(item.reviews):
            words = [_t("Reviewed on {date}.").format(date=_moment_words(review.at))]
            words.append(_t("Before, it read: “{text}”").format(text=review.text))
            if review.note:
                words.append(_t("Note: {note}").format(note=review.note))
            if review.next_review_by:
                words.append(
                    _t("Next look by {date}.").format(date=day_words(review.next_review_by))
                )
            lines.append("<li>" + "<br>".join(_esc(w) for w in words) + "</li>")
        title = _esc(_t("Its history"))
        return f"{due_html}<p><b>{title}</b></p><ul>{''.join(lines)}</ul>"

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        self.review_button.setEnabled(item is not None)

    def review(self) -> BoundaryReviewDialog | None:
        boundary = self.list.current()
        if boundary is None:
            return None
        dialog = BoundaryReviewDialog(
            boundary, lambda values: self._save_review(boundary, values), self.window()
        )
        self.list.show_dialog(dialog)
        return dialog

    def _save_review(self, boundary: Boundary, values: dict[str, Any]) -> str | None:
        if not self._host.session.is_unlocked:
            return _t("Haven is locked, so this was not saved.")
        try:
            self._host.session.vault.safety.review_boundary(boundary.id, **values)
        except ValueError as exc:
            return _t(str(exc))
        self.list.reload(select_uid=boundary.uid)
        self.status.setText(_t("Saved. The earlier wording stays in its history."))
        self._host.changed()
        return None


class ChecklistPage(SectionPage):
    """Activities marked yes / maybe / not now; each mark keeps its date."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.mark_group = QButtonGroup(self)
        self.mark_buttons: dict[ChecklistAnswer, QRadioButton] = {}
        marks = QHBoxLayout()
        marks.addWidget(QLabel(_t("Where I am with it today:")))
        for answer in (ChecklistAnswer.YES, ChecklistAnswer.MAYBE, ChecklistAnswer.NOT_NOW):
            button = QRadioButton(answer_words(answer))
            button.setAccessibleName(answer_words(answer))
            self.mark_group.addButton(button)
            self.mark_buttons[answer] = button
            marks.addWidget(button)
        marks.addStretch(1)
        self.mark_note = QLineEdit()
        self.mark_note.setAccessibleName(_t("A note with this mark"))
        self.mark_note.setPlaceholderText(_t("Optional: a note with this mark"))
        self.mark_button = message_button(_t("Save this mark"))
        self.mark_button.clicked.connect(self.save_mark)
        self.mark_note.returnPressed.connect(self.save_mark)
        note_row = QHBoxLayout()
        note_row.addWidget(field_label(_t("Note"), self.mark_note))
        note_row.addWidget(self.mark_note, 1)
        note_row.addWidget(self.mark_button)
        self.actions.addLayout(marks)
        self.actions.addLayout(note_row)

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        if item is not None:
            self.mark_buttons[ChecklistAnswer(item.answer)].setChecked(True)

    def extra_html(self, item: ChecklistItem) -> str:
        if not item.history:
            return ""
        lines = []
        for mark in reversed(item.history):
            text = _t("{date}: {answer}").format(
                date=_moment_words(mark.at), answer=answer_words(mark.answer)
            )
            if mark.note:
                text += f" — {mark.note}"
            lines.append(f"<li>{_esc(text)}</li>")
        return f"<p><b>{_esc(_t('Earlier marks'))}</b></p><ul>{''.join(lines)}</ul>"

    def chosen_answer(self) -> ChecklistAnswer | None:
        for answer, button in self.mark_buttons.items():
            if button.isChecked():
                return answer
        return None

    @Slot()
    def save_mark(self) -> None:
        item = self.list.current()
        answer = self.chosen_answer()
        if item is None or answer is None or not self._host.session.is_unlocked:
            return
        self._host.session.vault.safety.mark_checklist(
            item.id, answer, note=self.mark_note.text().strip()
        )
        self.mark_note.setText("")
        self.list.reload(select_uid=item.uid)
        self.status.setText(
            _t("Marked “{answer}” today. The earlier marks stay in its history.").format(
                answer=answer_words(answer)
            )
        )
        self._host.changed()

    def clear_sensitive(self) -> None:
        super().clear_sensitive()
        self.mark_note.setText("")


class ScriptsPage(SectionPage):
    """The person's own scripts, a Copy button, and the starter library to add from."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.copy_button = message_button(
            _t("Copy the words"), _t("Copy the chosen script's words to the clipboard")
        )
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.actions.addLayout(row)

        self.starters = resources.starter_scripts()
        box = QWidget()
        box.setAccessibleName(_t("Examples to start from"))
        self.starter_box = QComboBox()
        self.starter_box.setAccessibleName(_t("Example scripts"))
        self.starter_preview = paragraph("", hint=True)
        self.starter_preview.setAccessibleName(_t("The example's words"))
        self.starter_add = message_button(
            _t("Add to my scripts"), _t("Add this example to my scripts")
        )
        self.starter_add.clicked.connect(self.add_starter)
        self.starter_box.currentIndexChanged.connect(self._preview)
        pick = QHBoxLayout()
        pick.addWidget(field_label(_t("Example"), self.starter_box))
        pick.addWidget(self.starter_box, 1)
        pick.addWidget(self.starter_add)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.addWidget(heading(_t("Examples to start from"), scale=1.1))
        inner.addWidget(paragraph(_t("Starting points: you can change every word."), hint=True))
        inner.addLayout(pick)
        inner.addWidget(self.starter_preview)
        self.layout_.addWidget(box)
        self._fill_starters()

    def _fill_starters(self) -> None:
        self.starter_box.blockSignals(True)
        self.starter_box.clear()
        for raw in self.starters:
            self.starter_box.addItem(f"{raw['title']} ({raw['category']})", raw["id"])
        self.starter_box.blockSignals(False)
        self._preview()

    @Slot()
    def _preview(self, *_: object) -> None:
        raw = self._starter()
        self.starter_preview.setText(f"“{raw['body']}”" if raw else "")

    def _starter(self) -> dict[str, str] | None:
        index = self.starter_box.currentIndex()
        return self.starters[index] if 0 <= index < len(self.starters) else None

    @Slot()
    def add_starter(self) -> Script | None:
        raw = self._starter()
        if raw is None or not self._host.session.is_unlocked:
            return None
        script = Script(
            title=raw["title"], body=raw["body"], category=raw["category"], from_template=raw["id"]
        )
        self._host.session.vault.safety.add(script)
        self.list.reload(select_uid=script.uid)
        self.status.setText(
            _t("Added to your scripts. You might change the words so they sound like you.")
        )
        self._host.changed()
        return script

    @Slot()
    def copy(self) -> None:
        script = self.list.current()
        if script is None:
            return
        self._host.session.clipboard.copy(script.body, clear_after_s=COPY_CLEAR_SECONDS)
        self.status.setText(
            _t("Copied. Haven will clear it from the clipboard in {seconds} seconds.").format(
                seconds=COPY_CLEAR_SECONDS
            )
        )

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        self.copy_button.setEnabled(item is not None)

    def clear_sensitive(self) -> None:
        super().clear_sensitive()
        # The examples are Haven's own words, not the person's: they can stay.
        self._preview()


class PausePlanPage(QWidget):
    """Two ordered lists: what I do, and what I ask my partner to do."""

    def __init__(
        self,
        host: PlanHost,
        mine: SectionSpec,
        partners: SectionSpec,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = _t("Pause plan")
        self.setAccessibleName(title)
        self.mine = ItemList(host, mine)
        self.partners = ItemList(host, partners)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(title, scale=1.45))
        layout.addWidget(
            paragraph(
                _t(
                    "What you can do, and what you might ask your partner to do, when one of "
                    "you needs a pause. The Pause button shows these steps, in this order."
                ),
                hint=True,
            )
        )
        layout.addWidget(heading(mine.title, scale=1.1))
        layout.addWidget(self.mine, 1)
        layout.addWidget(heading(partners.title, scale=1.1))
        layout.addWidget(self.partners, 1)

    def showEvent(self, event: Any) -> None:
        """Both lists line up: their button columns share one width."""
        width = max(item_list.buttons_width() for item_list in self.lists)
        for item_list in self.lists:
            item_list.set_buttons_width(width)
        super().showEvent(event)

    @property
    def lists(self) -> tuple[ItemList, ItemList]:
        return self.mine, self.partners

    def reload(self) -> None:
        for item_list in self.lists:
            item_list.reload()

    def clear_sensitive(self) -> None:
        for item_list in self.lists:
            item_list.clear_sensitive()
=======
>>>>>>> main

"""Small dialogs for the safety plan: writing or changing an item, and reviewing a boundary.

They are non-modal windows the person can leave open; nothing is saved until they choose
Save, and a problem (an empty first field) is explained in the dialog without closing it.
On lock they are closed and scrubbed like every Haven dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haven.domain.models import Boundary
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import heading, paragraph, status_label
from haven.ui.safety.models import FieldSpec, SectionSpec, day_words

# Returns None when saved, else what to tell the person.
SaveHandler = Callable[[dict[str, Any]], str | None]


def plain_text_field(name: str, *, lines: int = 4) -> QPlainTextEdit:
    """A several-line field where Tab moves on (as a keyboard user expects in a form)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


class DateField(QWidget):
    """An optional date: a check box to set one, and the date itself."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Choose a date"))
        self.enabled.setAccessibleName(self.tr("Choose a date for: {name}").format(name=name))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName(name)
        self.date.setDate(QDate.currentDate().addDays(30))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)
        self.enabled.toggled.connect(self.date.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        self.date.setEnabled(False)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        q = self.date.date()
        return date(q.year(), q.month(), q.day())

    def setValue(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))


class ItemEditor(HavenDialog):
    """Writes a new item, or changes one, with one field per `FieldSpec`."""

    def __init__(
        self,
        spec: SectionSpec,
        fields: tuple[FieldSpec, ...],
        on_save: SaveHandler,
        *,
        item: Any | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self._specs = fields
        title = (
            spec.editor_title
            if item is None
            else self.tr("Change this {noun}").format(noun=spec.noun)
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields: dict[str, Any] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        for spec_field in fields:
            widget = self._make(spec_field)
            self.fields[spec_field.name] = widget
            label = QLabel(spec_field.label)
            label.setBuddy(widget)
            label.setWordWrap(True)
            form.addRow(label, widget)
            if item is not None:
                self._set(spec_field, widget, getattr(item, spec_field.name))
        self.message = status_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, scale=1.2))
        layout.addWidget(
            paragraph(
                self.tr("Only the first field is needed. Everything else is up to you."), hint=True
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 300 + 60 * len(fields))
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    @staticmethod
    def _make(spec_field: FieldSpec) -> QWidget:
        if spec_field.kind == "text":
            widget: QWidget = plain_text_field(spec_field.label)
            widget.setPlaceholderText(spec_field.placeholder)
            return widget
        if spec_field.kind == "date":
            return DateField(spec_field.label)
        if spec_field.kind == "choice":
            box = QComboBox()
            box.setAccessibleName(spec_field.label)
            for value, words in spec_field.choices:
                box.addItem(words, value)
            return box
        line = QLineEdit()
        line.setAccessibleName(spec_field.label)
        line.setPlaceholderText(spec_field.placeholder)
        return line

    @staticmethod
    def _set(spec_field: FieldSpec, widget: Any, value: Any) -> None:
        if spec_field.kind == "text":
            widget.setPlainText(value or "")
        elif spec_field.kind == "date":
            widget.setValue(value)
        elif spec_field.kind == "choice":
            stored = getattr(value, "value", value)
            widget.setCurrentIndex(max(0, widget.findData(stored)))
        else:
            widget.setText(value or "")

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec_field in self._specs:
            name, widget = spec_field.name, self.fields[spec_field.name]
            if isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText().strip()
            elif isinstance(widget, DateField):
                out[name] = widget.value()
            elif isinstance(widget, QComboBox):
                chosen = widget.currentData()
                out[name] = spec_field.convert(chosen) if spec_field.convert else chosen
            else:
                out[name] = widget.text().strip()
        return out

    @Slot()
    def save(self) -> None:
        problem = self._on_save(self.values())
        if problem:
            self.message.setText(problem)
            return
        self.accept()


class BoundaryReviewDialog(HavenDialog):
    """Looking at a boundary again: keep it or reword it, a note, and a next date."""

    def __init__(
        self, boundary: Boundary, on_save: SaveHandler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self._original = boundary.text
        title = self.tr("Look at this boundary again")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.wording = plain_text_field(self.tr("The boundary, as it reads now"))
        self.wording.setPlainText(boundary.text)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("A note about this review"))
        self.note.setPlaceholderText(self.tr("Optional: what you noticed"))
        self.next_date = DateField(self.tr("Next time to look at it"))
        self.next_date.setValue(date.today() + timedelta(days=90))
        self.keep_note = paragraph(
            self.tr(
                "You can keep it as it is or change the words. Either way the earlier wording "
                "stays in its history."
            ),
            hint=True,
        )
        since = (
            self.tr("It was due for a look by {date}.").format(date=day_words(boundary.review_by))
            if boundary.review_by
            else ""
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("The boundary"), self.wording)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Next look"), self.next_date)
        self.message = status_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save this review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save this review"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(title, scale=1.2))
        layout.addWidget(self.keep_note)
        if since:
            layout.addWidget(paragraph(since, hint=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(540, 420)
        self.setFocusProxy(self.wording)

    def values(self) -> dict[str, Any]:
        text = self.wording.toPlainText().strip()
        return {
            "text": None if text == self._original else text,
            "note": self.note.text().strip(),
            "next_review_by": self.next_date.value(),
        }

    @Slot()
    def save(self) -> None:
        problem = self._on_save(self.values())
        if problem:
            self.message.setText(problem)
            return
        self.accept()


def message_button(text: str, name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("…", ""))
    button.setAutoDefault(False)
    return button


def selectable(label: QLabel) -> QLabel:
    """A label a keyboard and screen-reader user can reach and read from."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label

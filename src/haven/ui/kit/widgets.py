"""Small building blocks shared by Haven's screens: headings, hints, passphrase fields.

Font sizes are always relative to the system font (a heading is the system size times a
factor), so a person who set a larger font in their desktop gets larger text everywhere.

The unlock window paints before anything touches Qt's `Qt` namespace: PySide6 creates the
Python enum types of all of it (93 of them, about 15 ms) the first time it is used. So `Qt`
and the widget classes the unlock screen does not show are imported inside the functions
that use them, and `quick_heading`, `quick_paragraph` and `quick_secret_field` build what
`heading`, `paragraph` and `secret_field` build, leaving the settings that need Qt's enums
(plain-text format, input-method hints; neither changes a pixel) in a list to run right after
the first paint (`run_later`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout, QFrame, QPlainTextEdit, QScrollArea

    from haven.ui.access.strength import Strength

# Work left for right after the first paint (see the module docstring).
Later = list[Callable[[], None]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def action_button(
    text: str, name: str | None = None, tip: str | None = None, *, enter_presses: bool = False
) -> QPushButton:
    """A button with an accessible name (and description, when it has a tip).

    By default Enter never presses it by surprise from a text field; step-by-step dialogs
    (grounding tools) pass `enter_presses=True` so Enter moves on from the focused button.
    """
    button = QPushButton(text)
    button.setAccessibleName(name or text)
    button.setAutoDefault(enter_presses)
    if tip:
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
    return button


def run_later(later: Later) -> None:
    """Do (and forget) what the quick_* functions left for after the first paint."""
    while later:
        later.pop(0)()


def _plain_text(label: QLabel) -> None:
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)


def _hide_typed_text(field: QLineEdit) -> None:
    from PySide6.QtCore import Qt

    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )


def text_box(name: str, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of free text where Tab moves on (keyboard users are never trapped)."""
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 20)
    if placeholder:
        box.setPlaceholderText(placeholder)
    return box


def field_label(text: str, field: QWidget) -> QLabel:
    """A visible label that names a field (its buddy): a placeholder alone is not a label,
    it disappears as soon as the person types."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setBuddy(field)
    label.setWordWrap(True)
    return label


def scrolling(content: QWidget) -> QScrollArea:
    """Content that scrolls vertically only, without a frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def heading(text: str, *, scale: float = 1.35, parent: QWidget | None = None) -> QLabel:
    label = quick_heading(text, [], scale=scale, parent=parent)
    _plain_text(label)
    return label


def quick_heading(
    text: str, later: Later, *, scale: float = 1.35, parent: QWidget | None = None
) -> QLabel:
    """`heading` for the first paint: its plain-text format is added to `later`."""
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    later.append(lambda: _plain_text(label))
    label.setWordWrap(True)
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, *, hint: bool = False, parent: QWidget | None = None) -> QLabel:
    label = quick_paragraph(text, [], hint=hint, parent=parent)
    _plain_text(label)
    return label


def quick_paragraph(
    text: str, later: Later, *, hint: bool = False, parent: QWidget | None = None
) -> QLabel:
    """`paragraph` for the first paint: its plain-text format is added to `later`."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    later.append(lambda: _plain_text(label))
    if hint:
        label.setProperty("role", "hint")
    label.setAccessibleName(text)
    return label


class StatusLabel(QLabel):
    """A calm message line (a wrong passphrase, a saved setting); takes no room when empty."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def status_label(parent: QWidget | None = None) -> QLabel:
    label = StatusLabel(parent)
    label.setWordWrap(True)
    _plain_text(label)
    label.setAccessibleName(_t("Message"))
    label.hide()
    return label


def stacked_form() -> QFormLayout:
    """A form with each label above its field: aligned everywhere, roomy for translations."""
    from PySide6.QtWidgets import QFormLayout

    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setVerticalSpacing(6)
    return form


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A calm panel with a heading: one topic of a page (themes style QFrame#Card)."""
    from PySide6.QtWidgets import QFrame

    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 14, 20, 18)
    layout.setSpacing(8)
    layout.addWidget(heading(title, scale=1.2))
    return frame, layout


def card_inside(widget: QWidget, title: str) -> QVBoxLayout:
    """Make `widget` hold one card, edge to edge; returns the card's layout to fill.

    For a widget class that is a card of a page (Settings' boxes), so the page can add it
    like any card and the class keeps its own slots and state."""
    box, layout = card(title)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(box)
    return layout


def close_button(text: str, slot) -> QPushButton:
    """A plain Close button (standard dialog buttons get a cluttered icon under the themes)."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def secret_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    field = quick_secret_field(accessible_name, [], parent)
    _hide_typed_text(field)
    return field


def quick_secret_field(
    accessible_name: str, later: Later, parent: QWidget | None = None
) -> QLineEdit:
    """`secret_field` for the first paint: its input-method hints are added to `later`.

    (The hints only tell input methods and on-screen keyboards not to learn or show what
    is typed; nobody can type before the window has painted.)
    """
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    later.append(lambda: _hide_typed_text(field))
    return field


def wipe_field(field: QLineEdit) -> None:
    """Empty a field and its undo history (setText resets it; clear() would not)."""
    field.setText("")


class BusyNote(QWidget):
    """A quiet 'working…' line: a thin bar that moves, or only words with reduced motion."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = paragraph(text, hint=True)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(6)
        self._bar.setAccessibleName(text)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        self.setAccessibleName(text)
        self.hide()

    def start(self, *, reduced_motion: bool = False) -> None:
        self._bar.setVisible(not reduced_motion)
        self.show()

    def stop(self) -> None:
        self.hide()


class NewPassphraseFields(QWidget):
    """A new passphrase entered twice, with a strength hint; very weak ones are refused."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, user_inputs: list[str] | None = None):
        from PySide6.QtWidgets import QCheckBox

        from haven.ui.access.strength import assess

        super().__init__(parent)
        self._user_inputs = user_inputs or []
        self.first = secret_field(_t("New passphrase"))
        self.second = secret_field(_t("New passphrase again"))
        self.show_text = QCheckBox(_t("Show what I type"))
        self.show_text.setAccessibleName(_t("Show what I type"))
        self.strength = status_label()
        self.strength.setProperty("role", "hint")
        self.strength.setAccessibleName(_t("Passphrase strength"))
        self.match = status_label()
        self.match.setProperty("role", "hint")
        self.match.setAccessibleName(_t("Whether the two passphrases match"))

        form = stacked_form()
        form.addRow(_t("New passphrase"), self.first)
        form.addRow(_t("Once more"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.show_text)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.strength)
        layout.addWidget(self.match)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._last = assess("")
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        from haven.ui.access.strength import assess

        self._last = assess(self.first.text(), self._user_inputs)
        text = " ".join(part for part in (self._last.summary, self._last.advice) if part)
        self.strength.setText(text)
        if self.second.text() and self.second.text() != self.first.text():
            self.match.setText(_t("The two passphrases are not the same yet."))
        elif self.second.text():
            self.match.setText(_t("The two passphrases match."))
        else:
            self.match.setText("")
        self.changed.emit()

    @property
    def assessment(self) -> Strength:
        return self._last

    def problem(self) -> str | None:
        """Why the passphrase can't be used yet, in plain words; None when it can."""
        if not self.first.text():
            return _t("Choose a passphrase to protect the journal.")
        if not self._last.acceptable:
            return _t(
                "This passphrase would be too easy for someone with a copy of the journal "
                "to guess. You might add a few more words that don't usually go together."
            )
        if self.second.text() != self.first.text():
            return _t("Type the same passphrase in both fields.")
        from haven.ui.access.strength import problem

        return problem(self.first.text(), self._user_inputs)

    def value(self) -> str:
        """The passphrase as Haven keeps it (NFC), by the domain's one rule."""
        from haven.domain.passphrase import normalise

        return normalise(self.first.text())

    def wipe(self) -> None:
        wipe_field(self.first)
        wipe_field(self.second)
        self.show_text.setChecked(False)


def readable_column(content: QWidget, *, max_width: int = 680) -> QWidget:
    """Centre `content` in a column narrow enough to read comfortably."""
    content.setMaximumWidth(max_width)
    outer = QWidget()
    row = QHBoxLayout(outer)
    row.setContentsMargins(24, 24, 24, 24)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return outer


def _calm_question(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    go: str,
    keep: str,
    go_name: str | None,
    destructive: bool,
    informative: str,
) -> tuple[Any, Any]:
    """The one calm question box: `keep` is the default, and Escape keeps too."""
    from PySide6.QtCore import Qt  # here, not at import: the first paint needs no Qt enums
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question if destructive else QMessageBox.Icon.NoIcon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    yes = box.addButton(go, role)
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(go_name or go)
    no.setAccessibleName(keep)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, yes


def ask_calmly(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    go: str,
    keep: str,
    go_name: str | None = None,
    destructive: bool = False,
    informative: str = "",
) -> bool:
    """One question, asked once, whose safe answer is the default.

    Enter and Escape both choose `keep`, so nothing is deleted, replaced or written by a
    stray key. True only when the person chose `go`.
    """
    box, yes = _calm_question(
        parent,
        title,
        text,
        go=go,
        keep=keep,
        go_name=go_name,
        destructive=destructive,
        informative=informative,
    )
    box.exec()
    return box.clickedButton() is yes


def ask_calmly_later(
    parent: QWidget | None,
    title: str,
    text: str,
    on_go: Callable[[], None],
    *,
    go: str,
    keep: str,
    destructive: bool = False,
    informative: str = "",
) -> Any:
    """The same question without blocking: `on_go` runs only if the person chose `go`.

    Returns the open box, so a lock can close it (closing counts as `keep`).
    """
    box, yes = _calm_question(
        parent,
        title,
        text,
        go=go,
        keep=keep,
        go_name=None,
        destructive=destructive,
        informative=informative,
    )
    from PySide6.QtCore import Qt

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_go()

    box.finished.connect(finished)
    box.open()
    return box

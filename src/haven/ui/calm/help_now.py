"""Help now: the person's own support contacts first, then helplines and emergency numbers.

The helplines show for the region the person picks (remembered in the plain settings file,
since a region is not personal), each with a button that copies its number.

Everything is read from this computer; Haven never goes online. Numbers are plain text the
person can select; nothing is dialled or opened for them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.models import Contact
from haven.resources import CrisisLine
from haven.ui.core.session import Session
from haven.ui.kit.dialogs import HavenDialog
from haven.ui.kit.widgets import close_button, heading, paragraph


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class HelpNowDialog(HavenDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Help now"))
        self.setAccessibleName(self.tr("Help now"))
        self.resize(640, 640)

        self.contacts_box = QVBoxLayout()
        self.contacts_box.setSpacing(10)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(4, 4, 16, 4)
        body.setSpacing(6)
        body.addWidget(heading(self.tr("People you chose")))
        body.addLayout(self.contacts_box)
        body.addSpacing(12)
        body.addWidget(heading(self.tr("Helplines")))
        body.addWidget(
            paragraph(
                self.tr(
                    "If someone is in danger right now, you can call your local emergency "
                    "number. These services are free and confidential. Haven does not go "
                    "online: this list is stored on this computer."
                ),
                hint=True,
            )
        )
        self._add_crisis_lines(body)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Contacts and helplines"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = close_button(self.tr("Close"), self.reject)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- the person's own contacts ------------------------------------------------------
    def _clear_contacts(self) -> None:
        while self.contacts_box.count():
            item = self.contacts_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                if isinstance(widget, QLabel):
                    widget.clear()
                    widget.setAccessibleName("")
                widget.hide()
                widget.deleteLater()

    def refresh(self) -> None:
        self._clear_contacts()
        if not self._session.is_unlocked:
            self._note(self.tr("Your own contacts show here once Haven is open."))
            return
        contacts = self._session.vault.safety.list(Contact)
        if not contacts:
            self._note(
                self.tr(
                    "You have not added anyone yet. When you feel ready, you might add people "
                    "you trust to the Safety plan, and they will show here first."
                )
            )
            return
        for contact in contacts:
            self.contacts_box.addWidget(self._contact_label(contact))

    def _note(self, text: str) -> None:
        self.contacts_box.addWidget(paragraph(text, hint=True))

    def _contact_label(self, contact: Contact) -> QLabel:
        lines = [f"<b>{_esc(contact.name)}</b>"]
        if contact.relation:
            lines[0] += f" — {_esc(contact.relation)}"
        if contact.how_to_reach:
            lines.append(_esc(contact.how_to_reach))
        if contact.when_to_call:
            lines.append(f"<i>{_esc(contact.when_to_call)}</i>")
        label = _selectable(QLabel("<br>".join(lines)))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(contact.name)
        return label

    def clear_sensitive(self) -> None:
        self._clear_contacts()
        self._note(self.tr("Your own contacts show here once Haven is open."))

    # -- helplines from resources -----------------------------------------------------
    def _add_crisis_lines(self, body: QVBoxLayout) -> None:
        """A region choice (kept in the plain settings: a region is not personal), then the
        lines for that region and the ones that work anywhere; "Every region" lists all."""
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Show helplines for"))
        self.region.addItem(self.tr("Every region"), "")
        for code, name in resources.crisis_regions():
            self.region.addItem(self.tr(name), code)
        region_label = QLabel(self.tr("Show helplines for"))
        region_label.setBuddy(self.region)
        row = QHBoxLayout()
        row.addWidget(region_label)
        row.addWidget(self.region)
        row.addStretch(1)
        body.addLayout(row)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(6)
        body.addLayout(self.lines_box)
        self.copied = QLabel()
        self.copied.setProperty("role", "hint")
        self.copied.setWordWrap(True)
        self.copied.setAccessibleName(self.tr("Copied"))
        body.addWidget(self.copied)
        chosen = getattr(self._session.settings, "help_region", "")
        index = self.region.findData(chosen)
        self.region.setCurrentIndex(max(0, index))
        self._show_lines()
        self.region.currentIndexChanged.connect(self._show_lines)
        # Saved only when the person picks (a lock empties the list without choosing).
        self.region.activated.connect(self._region_chosen)

    @Slot()
    def _region_chosen(self, *_: object) -> None:
        if self.region.currentIndex() < 0:
            return
        self._session.settings.help_region = str(self.region.currentData() or "")
        self._session.save_settings()

    def _show_lines(self, *_: object) -> None:
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.copy_buttons: list[QPushButton] = []
        code = str(self.region.currentData() or "")
        lines = resources.crisis_lines(code or None)
        names = dict(resources.crisis_regions())
        for region in dict.fromkeys(line.region for line in lines):
            self.lines_box.addWidget(heading(self.tr(names[region]), scale=1.1))
            for line in (line for line in lines if line.region == region):
                self.lines_box.addWidget(self._line_widget(line))

    def _line_widget(self, line: CrisisLine) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._line_label(line), 1)
        number = line.call or _text_number(line.text)
        if number:
            button = QPushButton(self.tr("Copy number"))
            button.setAccessibleName(self.tr("Copy the number of {name}").format(name=line.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, n=number, ln=line: self._copy(n, ln))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.copy_buttons.append(button)
        return holder

    def _copy(self, number: str, line: CrisisLine) -> None:
        """A helpline's number is not personal: it stays on the clipboard after a lock."""
        QGuiApplication.clipboard().setText(number)
        self.copied.setText(
            self.tr("Copied {number} ({name}).").format(number=number, name=line.name)
        )

    def _line_label(self, line: CrisisLine) -> QLabel:
        checked = QLocale().toString(line.checked, QLocale.FormatType.LongFormat)
        source = self.tr("Source: {source}, checked {date}").format(
            source=_esc(line.source), date=_esc(checked)
        )
        parts = [
            f"<b>{_esc(line.name)}</b>",
            _esc(line.contact) + (f" · {_esc(line.hours)}" if line.hours else ""),
            _esc(line.purpose),
            f"<span style='font-size:small'>{source}</span>",
        ]
        label = _selectable(QLabel("<br>".join(parts)))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(f"{line.name}: {line.contact}")
        label.setContentsMargins(0, 4, 0, 8)
        return label


def _text_number(text: str | None) -> str:
    """The number in a text instruction like "Text START to 88788" or "Text 0458 737 732"."""
    if not text:
        return ""
    words = text.split()
    digits = [w for w in words if any(c.isdigit() for c in w)]
    return " ".join(digits)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""What the Share panels have in common: a date range, and "choose → preview → save" for a PDF.

A `PdfPanel` reads what the person chose from the vault on the UI thread (the vault's
connection belongs to it), then lays the PDF out and draws its pages on a worker thread
(`session.tasks`), with a quiet busy note. The PDF and its page pictures live only in
memory; the one file written is the one the person picks with "Save…". Any change to the
choices drops the preview, so what is saved is always what the choices say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven.domain.clock import today as local_today
from haven.ui.core.session import Session
from haven.ui.kit.file_dialogs import suggest
from haven.ui.kit.widgets import BusyNote, field_label, heading, paragraph, status_label
from haven.ui.share.pdf_preview import PageImage, PdfPreview, render_pages
from haven.ui.share.save import (
    PasswordChoice,
    SaveProblem,
    ask_before_saving,
    choose_path,
    saved_message,
    warning_text,
    write_file,
)

PDF_FILTER = "PDF (*.pdf)"


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


# -- dates ---------------------------------------------------------------------------------
class RangePicker(QWidget):
    """The last 30 or 90 days, the last year, or dates of one's own (both included)."""

    changed = Signal()
    CHOICES: tuple[tuple[str, int | None], ...] = (
        ("The last 30 days", 30),
        ("The last 90 days", 90),
        ("The last year", 365),
        ("Dates I choose", None),
    )

    def __init__(self, *, everything: bool = False, default_days: int = 90) -> None:
        super().__init__()
        self.choice = QComboBox()
        self.choice.setAccessibleName(_t("Which dates"))
        if everything:
            self.choice.addItem(_t("Everything"), 0)
        for text, days in self.CHOICES:
            self.choice.addItem(_t(text), -1 if days is None else days)
        self.choice.setCurrentIndex(max(0, self.choice.findData(default_days)))
        today = _qdate(local_today())
        self.start = QDateEdit(today.addDays(-(default_days - 1)))
        self.end = QDateEdit(today)
        for edit, name in ((self.start, _t("From")), (self.end, _t("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(today)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._edited)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((_t("From"), self.start), (_t("to"), self.end)):
            label = QLabel(text)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        self.custom = QWidget()
        self.custom.setLayout(dates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field_label(_t("Which dates"), self.choice))
        layout.addWidget(self.choice)
        layout.addWidget(self.custom)
        self.choice.currentIndexChanged.connect(self._chosen)
        self._chosen()

    @Slot()
    def _chosen(self) -> None:
        days = self.choice.currentData()
        self.custom.setVisible(days == -1)
        if days and days > 0:
            today = local_today()
            for edit in (self.start, self.end):
                edit.blockSignals(True)
            self.end.setDate(_qdate(today))
            self.start.setDate(_qdate(today - timedelta(days=days - 1)))
            for edit in (self.start, self.end):
                edit.blockSignals(False)
        self.changed.emit()

    @Slot()
    def _edited(self) -> None:
        self.changed.emit()

    def dates(self) -> tuple[date, date] | None:
        """(start, end), oldest first; None for "Everything"."""
        if self.choice.currentData() == 0:
            return None
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return (start, end) if start <= end else (end, start)

    def use_days(self, days: int) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(days)))

    def use_dates(self, start: date, end: date) -> None:
        self.choice.setCurrentIndex(self.choice.findData(-1))
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- a PDF: choose, preview, save ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Prepared:
    """What the choices make: the work to lay out the PDF (no vault in it), and its words."""

    render: Callable[[], bytes]
    contents: str  # what it holds, for the warning and the message after saving


class PdfPanel(QWidget):
    """Options on the left, the preview on the right, "Preview" and "Save…" below them."""

    what = "PDF"  # in messages: "Your {what} is saved at …"
    file_kind = "summary"  # the kind of name offered (haven.domain.filenames)
    save_title = "Save the PDF"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pdf: bytes | None = None
        self._contents = ""
        self._generation = 0
        self._then: Callable[[], None] | None = None

        self.preview = PdfPreview(_t("Preview of the PDF"))
        self.password = PasswordChoice()
        self.preview_button = QPushButton(_t("Preview"))
        self.preview_button.setAccessibleName(_t("Preview the PDF"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button = QPushButton(_t("Save…"))
        self.save_button.setAccessibleName(_t("Save the PDF…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.busy = BusyNote(_t("Making the PDF…"))
        self.message = status_label()

        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(4, 4, 12, 4)
        self.options = QVBoxLayout()
        self.options.setSpacing(10)
        self.build_options(self.options)
        column.addLayout(self.options)
        self.password.use.toggled.connect(lambda _on: self._show_discreet_reason())
        column.addSpacing(6)
        column.addWidget(heading(_t("Before saving"), scale=1.1))
        column.addWidget(self.password)
        self.discreet_reason = paragraph(
            _t(
                "On because discreet mode is on: a file manager keeps a small picture of "
                "page 1 of a PDF without a password. You can untick it."
            ),
            hint=True,
        )
        column.addWidget(self.discreet_reason)
        column.addWidget(
            paragraph(
                _t(
                    "File managers often keep a small picture (a thumbnail) of the first page "
                    "of a PDF without a password, in a folder of their own. A password keeps "
                    "page 1 out of it."
                ),
                hint=True,
            )
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column_widget)
        scroll.setMinimumWidth(300)
        self.options_scroll = scroll
        self._discreet_seen = False
        self.apply_password_default()

        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addLayout(buttons)
        left.addWidget(self.busy)
        left.addWidget(self.message)

        self._reset_preview_text()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview, 1)

    # -- for subclasses -------------------------------------------------------------------
    def build_options(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def prepare(self) -> Prepared | str:
        """Read the chosen parts from the vault (UI thread). A string: why it can't be made."""
        raise NotImplementedError

    def forget_choices(self) -> None:
        """Empty lists that showed journal data (on lock)."""

    def reload(self) -> None:
        """Read again what can be picked (on unlock and after changes)."""

    # -- choices changed --------------------------------------------------------------------
    @Slot()
    def invalidate(self) -> None:
        """The choices changed: the preview (and the PDF behind it) no longer fits them."""
        self._generation += 1
        self._pdf = None
        self._contents = ""
        self._then = None
        self.preview.clear()
        self._reset_preview_text()
        self._set_busy(False)

    def _reset_preview_text(self) -> None:
        self.preview.set_empty_text(
            _t("Choose what goes in, then press Preview to see the pages here.")
        )

    # -- preview ------------------------------------------------------------------------
    @Slot()
    def make_preview(self) -> None:
        self._render(then=None)

    def _render(self, then: Callable[[], None] | None) -> None:
        if not self._session.is_unlocked or self.busy.isVisible():
            return
        self.message.setText("")
        prepared = self.prepare()
        if isinstance(prepared, str):
            self.message.setText(prepared)
            return
        self.invalidate()
        generation = self._generation
        render = prepared.render

        def work() -> tuple[bytes, list[PageImage]]:
            pdf = render()
            return pdf, render_pages(pdf)

        def done(result: tuple[bytes, list[PageImage]]) -> None:
            if generation != self._generation or not self._session.is_unlocked:
                return
            self._set_busy(False)
            self._pdf, pages = result
            self._contents = prepared.contents
            width = max(200, self.preview.viewport().width() - 40)
            self.preview.show_pages(pages, max_width=width)
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self.message.setText(
                _t("Haven could not make the PDF ({reason}). Nothing was saved.").format(
                    reason=str(exc) or type(exc).__name__
                )
            )

        self._set_busy(True)
        self._session.tasks.run(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.busy.start(reduced_motion=self._session.settings.reduced_motion)
        else:
            self.busy.stop()

    # -- save ---------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        problem = self.password.problem()
        if problem:
            self.message.setText(problem)
            return
        if self._pdf is None:
            self._render(then=self._save_now)
        else:
            self._save_now()

    def _save_now(self) -> None:
        pdf, contents = self._pdf, self._contents
        if pdf is None:
            return
        destination = choose_path(
            self,
            self._session,
            _t(self.save_title),
            suggest(self._session, self.file_kind),
            _t(PDF_FILTER),
            ".pdf",
        )
        if destination is None:
            self.message.setText(_t("Nothing was saved."))
            return
        password = self.password.value()
        if not ask_before_saving(
            self,
            _t("Before saving"),
            warning_text(_t("PDF"), contents, password=password is not None),
        ):
            self.message.setText(_t("Nothing was saved."))
            return
        data = pdf
        if password is not None:
            from haven.report.protect import protect

            data = protect(pdf, password)
        try:
            write_file(destination, data)
        except SaveProblem as problem:
            self.message.setText(str(problem))
            return
        self.password.wipe()
        self.apply_password_default()
        self.message.setText(
            saved_message(_t(self.what), destination.path, contents, password=password is not None)
        )

    # -- the area protocol ----------------------------------------------------------------
    def apply_password_default(self) -> None:
        """In discreet mode a password is on unless the person unticks it (issue 17): a PDF
        without one leaves a picture of its first page in the file manager's thumbnails."""
        self._discreet_seen = self._session.settings.discreet_mode
        self.password.use.setChecked(self._discreet_seen)
        self._show_discreet_reason()

    def _show_discreet_reason(self) -> None:
        on = self._session.settings.discreet_mode and self.password.use.isChecked()
        self.discreet_reason.setVisible(on)

    def clear_sensitive(self) -> None:
        self.invalidate()
        self.password.wipe()
        self.apply_password_default()
        self.message.setText("")
        self.forget_choices()

    def refresh(self) -> None:
        if self._session.settings.discreet_mode != self._discreet_seen:
            self.apply_password_default()  # discreet mode was switched in Settings
        self.reload()


def hint(text: str) -> QLabel:
    return paragraph(text, hint=True)

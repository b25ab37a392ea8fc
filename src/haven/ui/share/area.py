"""Share: what a person chooses to take out of the vault, to therapy, a partner or a spreadsheet.

Four tabs: the summary for therapy (`share_summary`), a page for a partner
(`share_partner`), a CSV table of check-ins and practice ratings, and the whole journal as
Markdown files in a zip (`share.markdown`). Each says what the file
holds and that it is not encrypted before it is written, writes only the one file the person
chose, and forgets everything it showed on lock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.file_dialogs import suggest
from haven.ui.kit.widgets import heading, status_label
from haven.ui.share.markdown import MarkdownPanel
from haven.ui.share.panel import RangePicker, hint
from haven.ui.share.partner import PartnerPanel
from haven.ui.share.save import (
    SaveProblem,
    ask_before_saving,
    choose_path,
    saved_message,
    warning_text,
    write_file,
)
from haven.ui.share.summary import SummaryPanel


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


class CsvPanel(QWidget):
    """Check-ins and practice ratings as one table: numbers, tags and step titles, no notes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.range = RangePicker(everything=True, default_days=0)
        self.save_button = QPushButton(_t("Save CSV…"))
        self.save_button.setAccessibleName(_t("Save the CSV table…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.message = status_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(
            hint(
                _t(
                    "A table for a spreadsheet: one row for each check-in and each finished "
                    "practice, with the date, ratings, tags and roadmap step. No notes, no "
                    "journal text."
                )
            )
        )
        layout.addWidget(heading(_t("Dates"), scale=1.1))
        layout.addWidget(self.range)
        layout.addSpacing(8)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    @Slot()
    def save(self) -> None:
        if not self._session.is_unlocked:
            return
        from haven.report.csv_export import export_described  # the same as `haven export`

        dates = self.range.dates()
        start, end = dates if dates is not None else (None, None)
        data, contents = export_described(self._session.vault, start, end)
        destination = choose_path(
            self,
            self._session,
            _t("Save the CSV table"),
            suggest(self._session, "csv"),
            _t("CSV table (*.csv)"),
            ".csv",
        )
        if destination is None:
            self.message.setText(_t("Nothing was saved."))
            return
        if not ask_before_saving(
            self, _t("Before saving"), warning_text(_t("CSV file"), contents, password=False)
        ):
            self.message.setText(_t("Nothing was saved."))
            return
        try:
            write_file(destination, data)
        except SaveProblem as problem:
            self.message.setText(str(problem))
            return
        self.message.setText(
            saved_message(_t("CSV table"), destination.path, contents, password=False)
        )

    def clear_sensitive(self) -> None:
        self.message.setText("")

    def refresh(self) -> None:
        pass


class ShareArea(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.summary = SummaryPanel(session)
        self.partner = PartnerPanel(session)
        self.csv = CsvPanel(session)
        self.markdown = MarkdownPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_t("What to share"))
        self.tabs.addTab(self.summary, _t("Summary for therapy"))
        self.tabs.addTab(self.partner, _t("Page for a partner"))
        self.tabs.addTab(self.csv, _t("Table for a spreadsheet"))
        self.tabs.addTab(self.markdown, _t("Take everything with you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(_t("Share"), scale=1.6))
        layout.addWidget(self.tabs, 1)
        self.setAccessibleName(_t("Share"))

    def panels(self) -> list[QWidget]:
        return [self.summary, self.partner, self.csv, self.markdown]

    def clear_sensitive(self) -> None:
        for panel in self.panels():
            panel.clear_sensitive()  # type: ignore[attr-defined]

    def open_detail(self, detail: str) -> None:
        """ "summary:<start>:<end>" (from "Since my last session"): the summary for therapy
        with exactly those dates, then the same save steps as its own Save button."""
        kind, _, dates = detail.partition(":")
        if kind != "summary":
            return
        try:
            start, end = (date.fromisoformat(d) for d in dates.split(":"))
        except ValueError:
            return
        self.tabs.setCurrentWidget(self.summary)
        self.summary.range.use_dates(start, end)
        self.summary.save()

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        for panel in self.panels():
            panel.refresh()  # type: ignore[attr-defined]

"""Share › Take everything with you: the journal as Markdown files in one zip.

The same export as `haven export --format markdown` (haven.exchange.markdown_zip): one
Markdown file per journal entry with a small front matter, check-ins and practices as CSV
tables, and a README explaining the layout. The zip is made in memory; before it is
written, Haven says what it holds and that it is not encrypted, and it is written only
where the person chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from haven.ui.core.session import Session
from haven.ui.kit.file_dialogs import suggest
from haven.ui.kit.widgets import status_label
from haven.ui.share.panel import hint
from haven.ui.share.save import (
    SaveProblem,
    ask_before_saving,
    choose_path,
    saved_message,
    warning_text,
    write_file,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


class MarkdownPanel(QWidget):
    """Everything written in the journal, as plain files any editor can open."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.save_button = QPushButton(_t("Save as Markdown…"))
        self.save_button.setAccessibleName(_t("Save the journal as Markdown files in a zip…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.message = status_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(
            hint(
                _t(
                    "Your journal as plain files, to keep or to open in another app: one "
                    "Markdown file for each journal entry (with its date, title, tags and "
                    "ratings), your check-ins and practices as tables, and a short README "
                    "saying what is where. Haven can read the zip back in. The zip is not "
                    "encrypted: Haven says what it holds before saving it."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    @Slot()
    def save(self) -> None:
        if not self._session.is_unlocked:
            return
        from haven.exchange.markdown_zip import export_markdown  # as `haven export` does

        destination = choose_path(
            self,
            self._session,
            _t("Save the journal as Markdown"),
            suggest(self._session, "markdown"),
            _t("Zip file (*.zip)"),
            ".zip",
        )
        if destination is None:
            self.message.setText(_t("Nothing was saved."))
            return
        data, contents = export_markdown(self._session.vault)
        if not ask_before_saving(
            self, _t("Before saving"), warning_text(_t("zip file"), contents, password=False)
        ):
            self.message.setText(_t("Nothing was saved."))
            return
        try:
            write_file(destination, data)
        except SaveProblem as problem:
            self.message.setText(str(problem))
            return
        finally:
            del data
        self.message.setText(
            saved_message(_t("Markdown export"), destination.path, contents, password=False)
        )

    def clear_sensitive(self) -> None:
        self.message.setText("")

    def refresh(self) -> None:
        pass

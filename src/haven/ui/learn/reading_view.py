"""One reading, shown so it reads well aloud and at any font size.

The text goes through Qt's own Markdown reader, so headings stay real headings (a screen
reader can move by them) and lists stay lists. Nothing is said by colour or layout alone:
the content note says "Content note", a marked reading says "You marked this helpful".
Source addresses are shown as text and never opened by Haven: opening a browser from here
would leave a trace in its history the person did not choose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from haven.readings import Reading

READING_SCALE = 1.15  # a little larger than the system font: long text, read slowly


def tr(text: str) -> str:
    return QCoreApplication.translate("Learn", text)


def _day(value) -> str:
    return f"{value.day} {value.strftime('%B')} {value.year}"


def reading_markdown(reading: Reading, *, helpful: bool = False) -> str:
    """The whole reading as Markdown: title, note, body, then where each fact comes from."""
    parts = [f"# {reading.title}", reading.summary]
    if reading.content_note:
        parts.append(tr("**Content note:** {note}").format(note=reading.content_note))
    if helpful:
        parts.append(tr("*You marked this reading helpful.*"))
    parts.append(reading.body)
    parts.append("## " + tr("Where this comes from"))
    parts.append(tr("Haven's own words, based on these pages. Haven never opens them for you."))
    parts.append(
        "\n".join(
            "- "
            + tr("{title}: {url} (checked {day})").format(
                title=s.title, url=s.url, day=_day(s.checked)
            )
            for s in reading.sources
        )
    )
    return "\n\n".join(parts)


class ReadingView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadingView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(tr("Reading"))
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * READING_SCALE)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self.reading: Reading | None = None

    def show_reading(self, reading: Reading | None, *, helpful: bool = False) -> None:
        self.reading = reading
        if reading is None:
            self.clear()
            self.setAccessibleName(tr("Reading"))
            return
        self.setMarkdown(reading_markdown(reading, helpful=helpful))
        self.setAccessibleName(reading.title)
        self.setAccessibleDescription(reading.summary)
        self.verticalScrollBar().setValue(0)

"""A PDF shown as page images, made in memory: never a temporary file, never the network.

`render_pages(pdf_bytes)` turns the bytes into plain RGB pictures with pypdfium2 (PDFium).
It touches no Qt object, so it can run on a worker thread together with the PDF itself.
`PdfPreview` shows those pictures one under the other in a scroll area; `clear()` drops
them (on lock, and whenever the choices change).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_SCALE = 1.25  # 90 dpi: A4 is about 740 × 1050 pixels, sharp enough to read
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as RGB bytes (3 bytes a pixel, rows packed)."""

    width: int
    height: int
    rgb: bytes

    def to_qimage(self) -> QImage:
        image = QImage(
            self.rgb, self.width, self.height, 3 * self.width, QImage.Format.Format_RGB888
        )
        return image.copy()  # the QImage then owns its pixels; the bytes can go


def render_pages(
    pdf_bytes: bytes, *, scale: float = PREVIEW_SCALE, password: str | None = None
) -> list[PageImage]:
    """Every page of the PDF as an image, from the bytes in memory."""
    import pypdfium2 as pdfium

    pages: list[PageImage] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf_bytes, password=password)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale)
                    try:
                        picture = bitmap.to_pil().convert("RGB")
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                pages.append(PageImage(picture.width, picture.height, picture.tobytes()))
        finally:
            document.close()
    return pages


class PdfPreview(QScrollArea):
    """The pages of a PDF, one under the other, each as a picture with an accessible name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll it
        self._holder = QWidget()
        self._holder.setObjectName("PdfPreviewPages")
        self._column = QVBoxLayout(self._holder)
        self._column.setContentsMargins(12, 12, 12, 12)
        self._column.setSpacing(14)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._holder)
        self.pages: list[QLabel] = []
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "hint")
        self._column.addWidget(self._empty)
        self.set_empty_text(_t("The preview shows here."))

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)
        self._empty.setAccessibleName(text)

    def show_pages(self, pages: list[PageImage], max_width: int = 620) -> None:
        self.clear()
        self._empty.hide()
        count = len(pages)
        for number, page in enumerate(pages, start=1):
            pixmap = QPixmap.fromImage(page.to_qimage())
            if pixmap.width() > max_width:
                pixmap = pixmap.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setObjectName("PdfPage")
            label.setFrameShape(QFrame.Shape.Box)
            label.setAccessibleName(_t("Page {n} of {count}").format(n=number, count=count))
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Drop every page picture (on lock, or when the choices change)."""
        for label in self.pages:
            label.clear()  # the pixmap goes now, not when Qt gets round to deleting
            self._column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self._empty.show()

    @property
    def page_count(self) -> int:
        return len(self.pages)

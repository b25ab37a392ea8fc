"""The open journal: navigation on the left, the chosen area on the right, notes on top.

Areas come from the registry in `haven.ui.shell.areas`; only areas that exist are listed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.ui.core.session import Session
from haven.ui.kit.widgets import paragraph
from haven.ui.shell.areas import Area, AreaEntry, ordered_areas


class Workspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.entries: list[AreaEntry] = ordered_areas()
        session.auto_backup_failed.connect(self.backup_failed)
        # Built when first shown (None until then): unlocking stays quick however many areas.
        self.areas: list[QWidget | None] = [None] * len(self.entries)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget()
        for entry in self.entries:
            self.stack.addWidget(QWidget())  # a stand-in until the area is first shown
            item = QListWidgetItem(entry.display_title)
            # The theme pads items; give each the room that padding needs, from the font.
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 18))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        self.notice = paragraph("")
        self.notice.setAccessibleName(self.tr("Note"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss the note"))
        self.dismiss.clicked.connect(self.clear_notices)
        self.notice_bar = QFrame()
        self.notice_bar.setObjectName("NoticeBar")
        bar = QHBoxLayout(self.notice_bar)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_bar.hide()

        right = QVBoxLayout()
        right.addWidget(self.notice_bar)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        session.data_changed.connect(self.refresh)

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self._build(row)
        self.stack.setCurrentIndex(row)

    def _build(self, row: int) -> QWidget:
        area = self.areas[row]
        if area is None:
            entry = self.entries[row]
            area = entry.factory(self._session)
            if not isinstance(area, Area):
                raise TypeError(f"area {entry.key!r} lacks clear_sensitive()/refresh()")
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, area)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.areas[row] = area
            navigate = getattr(area, "navigate", None)
            if navigate is not None:
                navigate.connect(self.navigate_to)
            if self._session.is_unlocked:
                area.refresh()
        return area

    def built_areas(self) -> list[QWidget]:
        return [area for area in self.areas if area is not None]

    @Slot(str, str)
    def navigate_to(self, key: str, detail: str = "") -> None:
        """Show an area, optionally at a detail it understands (its `open_detail`).

        Areas link to each other only through their `navigate(area, detail)` signal, which
        lands here; an area that is not built into this version is simply not shown.
        """
        if key not in {entry.key for entry in self.entries}:
            return
        area = self.show_area(key)
        opener = getattr(area, "open_detail", None)
        if detail and callable(opener):
            opener(detail)

    def show_area(self, key: str) -> QWidget:
        index = next(i for i, e in enumerate(self.entries) if e.key == key)
        self.nav.setCurrentRow(index)
        return self._build(index)

    @Slot()
    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        for area in self.built_areas():
            area.refresh()  # type: ignore[attr-defined]

    @Slot(str)
    def backup_failed(self, reason: str) -> None:
        self._session.notices.append(
            self.tr(
                "Haven could not make its hourly automatic backup this time ({reason}). "
                "What you saved is safe in your journal."
            ).format(reason=reason)
        )
        self.show_notices()

    def show_notices(self) -> None:
        notes, self._session.notices[:] = list(self._session.notices), []
        if notes:
            self.notice.setText("\n".join(notes))
            self.notice_bar.show()

    @Slot()
    def clear_notices(self) -> None:
        self.notice.clear()
        self.notice_bar.hide()

    def clear_sensitive(self) -> None:
        self.clear_notices()
        for area in self.built_areas():
            area.clear_sensitive()  # type: ignore[attr-defined]

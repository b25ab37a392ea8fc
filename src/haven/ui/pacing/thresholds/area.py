"""Thresholds map: situations in three columns, moved by the person as things change.

Feels manageable · Needs boundaries · Not yet. Every move goes through
`vault.thresholds.move`, so each item keeps a dated history, shown beside it.

Keyboard: Tab reaches each column; Ctrl+Left / Ctrl+Right move the chosen situation to the
next column; Alt+Up / Alt+Down reorder it inside its column; the "Move to …" buttons do the
same; Delete deletes (asking once) and Ctrl+Z brings it back. Drag and drop works too.

An opt-in reminder (every N weeks, kept in the vault's settings) says only "Your map is ready
for a look whenever you like." — never any of its content.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven.domain.clock import today
from haven.domain.models import Threshold, Zone, ZoneMove
from haven.store.repositories.thresholds import REVIEW_WEEKS_KEY, REVIEWED_ON_KEY
from haven.ui.core.session import Session
from haven.ui.kit.undo import UndoBar
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.pacing import common
from haven.ui.pacing.thresholds.pages import (
    COLUMNS,
    DEFAULT_REVIEW_WEEKS,
    ThresholdsPages,
)
from haven.usecases.thresholds import place as place_thresholds


def describe_move(move: ZoneMove) -> str:
    when = common.day_text(move.at)
    if move.from_zone is None:
        words = common.tr("Added to “{zone}”.").format(zone=common.zone_label(move.to_zone))
    else:
        words = common.tr("Moved from “{old}” to “{new}”.").format(
            old=common.zone_label(move.from_zone), new=common.zone_label(move.to_zone)
        )
    text = f"{when} · {words}"
    if move.note:
        text += "\n" + common.tr("Your note: {note}").format(note=move.note)
    return text


class ThresholdsArea(ThresholdsPages, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._items: list[Threshold] = []
        self._current_id: int | None = None
        self._editor_id: int | None = None
        self._loading = False
        self._emitting = False
        self.setAccessibleName(self.tr("Thresholds map"))

        self.undo_bar = UndoBar()
        self.review_bar = self._build_review_bar()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(12)
        column.addWidget(heading(self.tr("Thresholds map"), scale=1.6))
        column.addWidget(
            paragraph(
                self.tr(
                    "Situations, sorted by how they feel right now. Move them whenever that "
                    "changes, in either direction: each move is kept with its date."
                ),
                hint=True,
            )
        )
        column.addWidget(self.review_bar)
        column.addWidget(self.undo_bar)
        column.addLayout(self._build_columns())
        column.addLayout(self._build_move_row())
        column.addLayout(self._build_add_row())
        column.addWidget(self.list_status)
        column.addWidget(self._build_editor())
        column.addWidget(self._build_reminder())
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_bar.undo)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_details)
        for view in self.views.values():
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.delete_item)

        session.locked.connect(self.clear_sensitive)
        session.unlocked.connect(self.refresh)
        self._show_detail(None)
        self.refresh()

    # -- rows ---------------------------------------------------------------------------------
    def _row_text(self, item: Threshold, row: int) -> str:
        return item.situation

    def _row_accessible(self, item: Threshold, row: int) -> str:
        text = f"{item.situation}, {common.zone_label(item.zone)}"
        if item.boundary:
            text += ". " + self.tr("Boundary: {boundary}").format(boundary=item.boundary)
        return text

    # -- reading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._emitting or not self._session.is_unlocked:
            return
        self._items = self._session.vault.thresholds.list()
        keep = self._current_id
        self._loading = True
        try:
            for zone in COLUMNS:
                items = [i for i in self._items if i.zone == zone]
                self.models[zone].set_items(items)
                self.counts[zone].setText(str(len(items)))
            self._fit_columns()
            current = self.item_by_id(keep)
            if current is not None:
                view = self.views[current.zone]
                common.select_row(view, self.models[current.zone].row_of(current.id))
        finally:
            self._loading = False
        self._show_detail(self.item_by_id(keep))
        self._refresh_reminder()

    def _fit_columns(self) -> None:
        """All three columns as tall as the fullest one, with room for one more to drop in."""
        rows = min(10, max(4, 1 + max(m.rowCount() for m in self.models.values())))
        for view in self.views.values():
            common.fit_rows(view, max_rows=rows, min_rows=rows)
        tallest = max(view.maximumHeight() for view in self.views.values())
        for view in self.views.values():
            view.setFixedHeight(tallest)

    def item_by_id(self, item_id: int | None) -> Threshold | None:
        return next((i for i in self._items if i.id == item_id), None)

    def current_item(self) -> Threshold | None:
        return self.item_by_id(self._current_id)

    def _show_detail(self, item: Threshold | None) -> None:
        self._current_id = None if item is None else item.id
        for zone, button in self.move_buttons.items():
            button.setEnabled(item is not None and item.zone != zone)
        self.delete_button.setEnabled(item is not None)
        self.save_button.setEnabled(item is not None)
        for field in self.editor_fields:
            field.setEnabled(item is not None)
        self.no_choice.setVisible(item is None)
        self.history.clear()
        if item is None:
            self._editor_id = None
            self.situation_field.setText("")
            self.boundary_field.clear()
            self.notes_field.clear()
            self.details_status.clear()
            return
        for move in reversed(item.history):
            self.history.addItem(describe_move(move))
        if not item.history:
            self.history.addItem(
                self.tr("{when} · Added to “{zone}”.").format(
                    when=common.day_text(item.created_at), zone=common.zone_label(item.zone)
                )
            )
        common.fit_rows(self.history, 6)
        if self._editor_id == item.id and self._editor_differs(item):
            return
        if self._editor_id != item.id:
            self.details_status.clear()
        self._editor_id = item.id
        self.situation_field.setText(item.situation)
        self.boundary_field.setPlainText(item.boundary)
        self.notes_field.setPlainText(item.notes)

    def _editor_differs(self, item: Threshold) -> bool:
        return (
            self.situation_field.text().strip() != item.situation
            or self.boundary_field.toPlainText() != item.boundary
            or self.notes_field.toPlainText() != item.notes
        )

    def _current_changed(self, zone: Zone, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        item = self.models[zone].item(current.row())
        if item is None:
            return
        old = self.item_by_id(self._editor_id)
        if old is not None and old.id != item.id and self._editor_differs(old):
            self._save_editor_into(old, quiet=True)
        self._loading = True
        try:
            for other, view in self.views.items():
                if other != zone:
                    view.selectionModel().clear()
        finally:
            self._loading = False
        self._show_detail(item)

    # -- the reminder -------------------------------------------------------------------------
    def _reviewed_on(self) -> date | None:
        raw = self._session.vault.settings.get(REVIEWED_ON_KEY)
        try:
            return date.fromisoformat(str(raw)) if raw else None
        except ValueError:
            return None

    def review_is_due(self, on: date | None = None) -> bool:
        if not self._session.is_unlocked:
            return False
        return self._session.vault.thresholds.review_due(on or today())

    def _refresh_reminder(self) -> None:
        settings = self._session.vault.settings
        weeks = settings.get(REVIEW_WEEKS_KEY)
        on = isinstance(weeks, int) and not isinstance(weeks, bool) and weeks > 0
        self._loading = True
        try:
            self.remind_check.setChecked(on)
            self.remind_weeks.setValue(weeks if on else DEFAULT_REVIEW_WEEKS)
            self.remind_weeks.setEnabled(on)
        finally:
            self._loading = False
        reviewed = self._reviewed_on()
        self.reviewed_text.setText(
            self.tr("You last marked the map as reviewed on {when}.").format(
                when=common.day_text(reviewed)
            )
            if reviewed
            else self.tr("You have not marked the map as reviewed yet.")
        )
        self.review_bar.setVisible(self.review_is_due())

    def _reminder_changed(self, *_: object) -> None:
        if self._loading or not self._session.is_unlocked:
            return
        settings = self._session.vault.settings
        on = self.remind_check.isChecked()
        self.remind_weeks.setEnabled(on)
        settings.set(REVIEW_WEEKS_KEY, self.remind_weeks.value() if on else None)
        if on and self._reviewed_on() is None:
            self._session.vault.thresholds.mark_reviewed(today())
        self._refresh_reminder()

    @Slot()
    def mark_reviewed(self) -> None:
        if not self._session.is_unlocked:
            return
        self._session.vault.thresholds.mark_reviewed(today())
        self._refresh_reminder()
        self.list_status.setText(self.tr("Noted: you looked at your map today."))
        self._notify()

    # -- changing -----------------------------------------------------------------------------
    def _notify(self) -> None:
        self._emitting = True
        try:
            self._session.data_changed.emit()
        finally:
            self._emitting = False

    def _changed(self, focus_id: int | None = None) -> None:
        if focus_id is not None:
            self._current_id = focus_id
        self.refresh()
        self._notify()
        item = self.current_item()
        if item is not None and focus_id is not None:
            self.views[item.zone].setFocus()

    @Slot()
    def add_from_field(self) -> None:
        situation = self.new_situation.text().strip()
        if not situation:
            self.list_status.setText(self.tr("A situation needs a few words first."))
            return
        zone = Zone(self.new_zone.currentData())
        self.add_item(situation, zone)
        self.new_situation.setText("")
        self.new_situation.setFocus()

    def add_item(self, situation: str, zone: Zone = Zone.NOT_YET) -> Threshold | None:
        if not self._session.is_unlocked:
            return None
        item = Threshold(situation=situation, zone=zone)
        item.history.append(ZoneMove(from_zone=None, to_zone=zone))
        self._session.vault.thresholds.add(item)
        self._current_id = item.id
        self.refresh()
        self._notify()
        self.list_status.setText(self.tr("Added to “{zone}”.").format(zone=common.zone_label(zone)))
        return item

    @Slot()
    def save_details(self) -> None:
        item = self.current_item()
        if item is not None:
            self._save_editor_into(item, quiet=False)

    def _save_editor_into(self, item: Threshold, *, quiet: bool) -> None:
        if not self._session.is_unlocked:
            return
        situation = self.situation_field.text().strip()
        if not situation:
            if not quiet:
                self.details_status.setText(
                    self.tr("A situation needs a few words. Nothing was changed.")
                )
                return
            situation = item.situation
        item.situation = situation
        item.boundary = self.boundary_field.toPlainText()
        item.notes = self.notes_field.toPlainText()
        self._session.vault.thresholds.update(item)
        for model in self.models.values():
            model.touch()
        if quiet:
            self._notify()
            return
        self.details_status.setText(self.tr("Saved."))
        self._changed()

    def move_current_to(self, zone: Zone, *, note: str = "") -> None:
        item = self.current_item()
        if item is None or item.zone == zone or not self._session.is_unlocked:
            return
        if self._editor_differs(item):
            self._save_editor_into(item, quiet=True)
        self._session.vault.thresholds.move(item.id, zone, note=note)
        self._changed(item.id)
        self.list_status.setText(self.tr("Moved to “{zone}”.").format(zone=common.zone_label(zone)))

    @Slot(str)
    def _key_move(self, direction: str) -> None:
        item = self.current_item()
        if item is None:
            return
        if direction in ("left", "right"):
            index = COLUMNS.index(item.zone) + (-1 if direction == "left" else 1)
            if 0 <= index < len(COLUMNS):
                self.move_current_to(COLUMNS[index])
            return
        model = self.models[item.zone]
        row = model.row_of(item.id)
        target = row + (-1 if direction == "up" else 1)
        if not 0 <= target < model.rowCount():
            return
        ids = model.ids()
        ids[row], ids[target] = ids[target], ids[row]
        self._session.vault.thresholds.reorder(ids)
        self._changed(item.id)

    def _dropped(self, zone: Zone, ids: list[int], row: int) -> bool:
        if not self._session.is_unlocked:
            return False
        moved = [i for i in (self.item_by_id(x) for x in ids) if i is not None]
        if not moved:
            return False
        changed = place_thresholds(self._session.vault, moved, zone, self.models[zone].ids(), row)
        if changed:
            self._changed(moved[0].id)
            if moved[0].zone != zone:
                self.list_status.setText(
                    self.tr("Moved to “{zone}”.").format(zone=common.zone_label(zone))
                )
        return changed

    @Slot()
    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or not self._session.is_unlocked:
            return
        if not common.ask_once(
            self,
            self.tr("Delete this situation?"),
            self.tr("“{situation}” and its history will be deleted.").format(
                situation=item.situation
            ),
            self.tr("Delete"),
        ):
            return
        if not self._session.is_unlocked:
            return
        removed = self._session.vault.thresholds.delete(item.id)
        self._current_id = None
        self._editor_id = None
        self._changed()
        if removed is not None:
            self.undo_bar.offer(
                self.tr("“{situation}” was deleted.").format(situation=removed.situation),
                lambda: self._restore(removed),
            )
            self.undo_bar.undo_button.setFocus()

    def _restore(self, item: Threshold) -> None:
        if not self._session.is_unlocked:
            return
        restored = self._session.vault.thresholds.restore(item)
        self._changed(restored.id)
        self.list_status.setText(self.tr("It is back, with its history."))

    # -- locking ------------------------------------------------------------------------------
    @Slot()
    def clear_sensitive(self) -> None:
        self.undo_bar.clear()
        self._loading = True
        try:
            for zone in COLUMNS:
                self.models[zone].clear_sensitive()
                self.counts[zone].clear()
        finally:
            self._loading = False
        self._items = []
        self._current_id = None
        self._editor_id = None
        self.new_situation.setText("")
        self.situation_field.setText("")
        self.boundary_field.clear()
        self.notes_field.clear()
        self.history.clear()
        self.details_status.clear()
        self.list_status.clear()
        self.reviewed_text.clear()
        self.review_bar.hide()
        self._loading = True
        try:
            self.remind_check.setChecked(False)
            self.remind_weeks.setValue(DEFAULT_REVIEW_WEEKS)
        finally:
            self._loading = False
        self._show_detail(None)

"""Pieces the Roadmap, Thresholds and Practice areas share.

- `OrderedListModel`: a list model of saved records that can be dragged and dropped. A drop
  never changes the rows itself: it asks the area to save the new order (or zone) in the
  vault, and the area reloads. The vault stays the one truth, so a drop and a keyboard move
  end in exactly the same place.
- `DropListView`: a list view that hands drops to its model and reports the keyboard moves
  (Alt+Up/Down, Ctrl+Left/Right) as signals.
- `UndoBar`: "… was deleted. [Undo]" for a few seconds after a delete.
- `ask_once`: the one question before something is deleted.
- Small helpers for dates and for the translated labels of steps and zones.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QWidget,
)

from haven.domain.clock import ensure_aware
from haven.domain.models import STEP_STATE_LABELS, ZONE_LABELS, Practice, StepState, Zone
from haven.domain.pacing import reordered  # noqa: F401  (the areas use common.reordered)
from haven.ui.kit.ordered_list import OrderedListModel  # noqa: F401  (the areas use it)
from haven.ui.kit.widgets import ask_calmly

CONTEXT = "Pacing"

# The domain's own words, marked here so they reach the translation files.
DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("Pacing", "Not started"),
    QT_TRANSLATE_NOOP("Pacing", "Practising"),
    QT_TRANSLATE_NOOP("Pacing", "Comfortable"),
    QT_TRANSLATE_NOOP("Pacing", "Paused"),
    QT_TRANSLATE_NOOP("Pacing", "Feels manageable"),
    QT_TRANSLATE_NOOP("Pacing", "Needs boundaries"),
    QT_TRANSLATE_NOOP("Pacing", "Not yet"),
    QT_TRANSLATE_NOOP("Pacing", "Now not started."),
    QT_TRANSLATE_NOOP("Pacing", "Now practising."),
    QT_TRANSLATE_NOOP("Pacing", "Now comfortable."),
    QT_TRANSLATE_NOOP("Pacing", "You moved this step back. That is a normal part of pacing."),
    QT_TRANSLATE_NOOP("Pacing", "This step is paused. It will be here whenever you want it."),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_label(state: StepState) -> str:
    return tr(STEP_STATE_LABELS[StepState(state)])


def zone_label(zone: Zone) -> str:
    return tr(ZONE_LABELS[Zone(zone)])


def local_day(moment: datetime | date) -> date:
    if isinstance(moment, datetime):
        return ensure_aware(moment).astimezone().date()
    return moment


def day_text(moment: datetime | date) -> str:
    """A calm, readable date in the person's locale, e.g. "3 Mar 2026"."""
    day = local_day(moment)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_and_time_text(moment: datetime) -> str:
    local = ensure_aware(moment).astimezone()
    return f"{day_text(local)}, {local:%H:%M}"


def practice_ratings_text(practice: Practice) -> str:
    """A finished practice in one line: its date and its three after-ratings."""

    def rated(value: int | None) -> str:
        return tr("not rated") if value is None else str(value)

    d = practice.debrief
    return tr("{when} · peak distress {peak} · afterwards {after} · comfort {comfort}").format(
        when=day_text(practice.started_at),
        peak=rated(d.distress_peak),
        after=rated(d.distress_after),
        comfort=rated(d.comfort),
    )


# -- asking once before deleting ---------------------------------------------------------------
def ask_once(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
    """One calm question; "Keep it" is the default, so Enter never deletes by accident."""
    return ask_calmly(
        parent,
        title,
        text,
        go=confirm,
        keep=tr("Keep it"),
        destructive=True,
        informative=tr("You can undo this for a few seconds afterwards."),
    )


class DropListView(QListView):
    """A list whose drops go to the model's `dropMimeData`, and whose keyboard moves are signals.

    Qt's own list view moves or removes rows itself after a drop; here the vault is saved
    and the list reloads, so nothing is ever removed by the view.
    """

    move_requested = Signal(str)  # "up", "down", "left", "right"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit("up" if key == Qt.Key.Key_Up else "down")
            event.accept()
            return
        if mods == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.move_requested.emit("left" if key == Qt.Key.Key_Left else "right")
            event.accept()
            return
        super().keyPressEvent(event)

    def drop_row(self, event: QDropEvent) -> int:
        model = self.model()
        index = self.indexAt(event.position().toPoint())
        where = self.dropIndicatorPosition()
        if not index.isValid() or where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return model.rowCount()
        if where == QAbstractItemView.DropIndicatorPosition.BelowItem:
            return index.row() + 1
        return index.row()

    def dropEvent(self, event: QDropEvent) -> None:
        model = self.model()
        row = self.drop_row(event)
        done = model is not None and model.dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()
        )
        if done:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()


def select_row(view: QListView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)


def current_row(view: QListView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def fit_rows(view: QListView, max_rows: int = 8, min_rows: int = 1) -> None:
    """Make a short list exactly as tall as its rows (up to `max_rows`), so pages scroll once."""
    model = view.model()
    count = 0 if model is None else model.rowCount()
    shown = max(min_rows, min(count, max_rows))
    one = view.fontMetrics().lineSpacing() + 16
    height = sum(view.sizeHintForRow(r) if r < count else one for r in range(shown))
    spacing = view.spacing() * 2 * shown
    view.setFixedHeight(height + spacing + 2 * view.frameWidth() + 10)


def wrapping_list(view: QListView) -> None:
    """A read-only list whose long rows wrap instead of being cut short."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

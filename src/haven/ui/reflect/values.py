"""*What closeness means to me*: about thirty short cards, each put in one of three piles.

Every card is a row: its words, then three choices ("Matters a lot", "Matters some",
"Not now") as radio buttons, so the pile is said in words and reached by keyboard (Tab to
the row, arrows between the choices). A card left unsorted is simply not in the sort.
Each sort is dated; any earlier one can be set beside the latest, and any card can become
a roadmap step.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.reflection import Pile, Placement, ValuesSort, compare_sorts
from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, heading, paragraph, scrolling, status_label
from haven.ui.reflect.common import SavedList, tr, when
from haven.usecases import reflect

PILE_WORDS = {
    Pile.A_LOT: tr("Matters a lot"),
    Pile.SOME: tr("Matters some"),
    Pile.NOT_NOW: tr("Not now"),
}


def describe(sort: ValuesSort) -> str:
    counts = ", ".join(f"{len(sort.pile(p))} {PILE_WORDS[p].lower()}" for p in Pile)
    return f"{when(sort)}\n{counts}"


def comparison_text(earlier: ValuesSort, later: ValuesSort) -> str:
    """The cards that moved, in words: "Kissing: not now → matters a lot"."""
    changes = compare_sorts(earlier, later)
    if not changes:
        return tr("Every card is in the same pile as on {day}.").format(day=when(earlier))
    lines = [tr("Since {day}:").format(day=when(earlier))]
    for change in changes:
        before = PILE_WORDS[change.before].lower() if change.before else tr("not sorted")
        after = PILE_WORDS[change.after].lower() if change.after else tr("not sorted")
        lines.append(f"• {change.text}: {before} → {after}")
    return "\n".join(lines)


class CardRow:
    """One card's widgets in the grid."""

    def __init__(self, card: str, text: str) -> None:
        self.card = card
        self.text = text
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(150)
        self.group = QButtonGroup()
        self.group.setExclusive(False)  # so a card can also be left unsorted
        self.buttons: dict[Pile, QRadioButton] = {}
        for pile in Pile:
            button = QRadioButton(PILE_WORDS[pile])
            button.setAccessibleName(f"{text}: {PILE_WORDS[pile]}")
            self.buttons[pile] = button
            self.group.addButton(button)
            button.toggled.connect(lambda on, chosen=pile: self._only(chosen, on))
        self.to_step = QPushButton(tr("To roadmap"))
        self.to_step.setAccessibleName(tr("Make “{card}” a roadmap step").format(card=text))
        self.to_step.setToolTip(tr("Make this card a step on your roadmap"))
        self.to_step.setAutoDefault(False)

    def _only(self, chosen: Pile, on: bool) -> None:
        if on:
            for pile, button in self.buttons.items():
                if pile is not chosen and button.isChecked():
                    button.setChecked(False)

    def pile(self) -> Pile | None:
        return next((p for p, b in self.buttons.items() if b.isChecked()), None)

    def set_pile(self, pile: Pile | None) -> None:
        for p, button in self.buttons.items():
            button.setChecked(p is pile)


class ValuesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editing: ValuesSort | None = None
        self.rows: list[CardRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        for card, text in resources.closeness_cards():
            self._add_row(card, text)
        self.own = QLineEdit()
        self.own.setPlaceholderText(tr("A card of your own"))
        self.own.setAccessibleName(tr("A card of your own"))
        self.own.returnPressed.connect(self._add_own)
        add_own = action_button(tr("Add card"), tr("Add your own card to the sort"))
        add_own.clicked.connect(self._add_own)
        self.save_button = action_button(tr("Save this sort"), tip=tr("Saved with today's date"))
        self.save_button.clicked.connect(self._save)
        self.new_button = action_button(tr("Start a new sort"))
        self.new_button.clicked.connect(self.start_new)
        self.status = status_label()
        self.comparison = paragraph("")
        self.comparison.setAccessibleName(tr("What changed between the sorts"))
        self.comparison.hide()
        self.compare_button = action_button(
            tr("Compare with the latest"), tip=tr("Set the chosen sort beside your latest one")
        )
        self.compare_button.clicked.connect(self._compare)

        self.saved = SavedList(
            tr("Your sorts"),
            tr("Sorts you save are listed here with their date."),
            describe,
            lambda i: session.vault.reflections.delete_values_sort(i),
            lambda s: session.vault.reflections.restore_values_sort(s),
            tr("sort"),
        )
        self.saved.changed = self._changed
        self.saved.edit_requested.connect(self.edit)

        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.addLayout(self.grid)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(add_own)
        cards_layout.addLayout(own_row)
        cards_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(
            paragraph(
                tr(
                    "Put each card where it fits for you today. Leave any card unsorted. "
                    "A later sort can be set beside this one to see what changed."
                ),
                hint=True,
            )
        )
        left.addWidget(scrolling(cards), 1)
        left.addLayout(buttons)
        left.addWidget(self.status)
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(self.comparison)
        changes_layout.addStretch(1)
        right_panel = QWidget()
        right_panel.setMaximumWidth(330)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.saved, 2)
        right.addWidget(self.compare_button)
        right.addWidget(heading(tr("What changed"), scale=1.05))
        right.addWidget(scrolling(changes), 3)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(right_panel)

    def _add_row(self, card: str, text: str) -> CardRow:
        row = CardRow(card, text)
        n = len(self.rows)
        self.grid.addWidget(row.label, n, 0)
        for column, pile in enumerate(Pile, start=1):
            self.grid.addWidget(row.buttons[pile], n, column)
        self.grid.addWidget(row.to_step, n, 4)
        row.to_step.clicked.connect(lambda _=False, r=row: self._to_step(r))
        self.rows.append(row)
        return row

    # -- Area-like ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._session.is_unlocked:
            self.saved.show_records(self._session.vault.reflections.values_sorts())

    def clear_sensitive(self) -> None:
        self.start_new()
        self.saved.clear_sensitive()
        self.comparison.clear()
        self.comparison.hide()

    @Slot()
    def start_new(self) -> None:
        self.editing = None
        own = [r for r in self.rows if r.card.startswith("own:")]
        for row in own:
            self._remove_row(row)
        for row in self.rows:
            row.set_pile(None)
        self.own.clear()
        self.status.clear()

    def _remove_row(self, row: CardRow) -> None:
        for widget in (row.label, *row.buttons.values(), row.to_step):
            self.grid.removeWidget(widget)
            # The person's own words leave at once, not when Qt gets round to deleting.
            widget.setText("")
            widget.setAccessibleName("")
            widget.hide()
            widget.deleteLater()
        self.rows.remove(row)

    @Slot(object)
    def edit(self, sort: ValuesSort) -> None:
        self.start_new()
        self.editing = sort
        for placement in sort.placements:
            row = next((r for r in self.rows if r.card == placement.card), None)
            if row is None:
                row = self._add_row(placement.card, placement.text)
            row.set_pile(placement.pile)
        self.status.setText(tr("Editing the sort from {when}.").format(when=when(sort)))

    @Slot()
    def _add_own(self) -> None:
        text = self.own.text().strip()
        if not text:
            return
        n = 1 + sum(1 for r in self.rows if r.card.startswith("own:"))
        while any(r.card == f"own:{n}" for r in self.rows):
            n += 1
        row = self._add_row(f"own:{n}", text)
        row.buttons[Pile.A_LOT].setFocus()
        self.own.clear()

    def placements(self) -> list[Placement]:
        return [Placement(r.card, r.text, pile) for r in self.rows if (pile := r.pile())]

    @Slot()
    def _save(self) -> None:
        repo = self._session.vault.reflections
        try:
            if self.editing is None:
                self.editing = repo.add_values_sort(ValuesSort(placements=self.placements()))
                self.status.setText(tr("Saved, dated today."))
            else:
                self.editing.placements = self.placements()
                repo.update_values_sort(self.editing)
                self.status.setText(tr("Saved. It keeps its first date."))
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self._changed()

    def _to_step(self, row: CardRow) -> None:
        if not self._session.is_unlocked:
            return
        step = reflect.card_to_roadmap_step(
            self._session.vault, Placement(row.card, row.text, row.pile() or Pile.SOME)
        )
        self.status.setText(
            tr("“{title}” is on your roadmap. It will be there whenever you want it.").format(
                title=step.title
            )
        )
        self._session.data_changed.emit()

    @Slot()
    def _compare(self) -> None:
        chosen = self.saved.current()
        sorts = self._session.vault.reflections.values_sorts()
        if chosen is None or not sorts:
            self.comparison.setText(tr("Choose an earlier sort in the list first."))
        elif chosen.uid == sorts[-1].uid:
            self.comparison.setText(
                tr("This is your latest sort. Choose an earlier one to compare.")
            )
        else:
            self.comparison.setText(comparison_text(chosen, sorts[-1]))
        self.comparison.setAccessibleName(self.comparison.text())
        self.comparison.show()

    def _changed(self) -> None:
        self.refresh()
        self._session.data_changed.emit()

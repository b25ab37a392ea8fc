"""One drag-and-drop list model for every ordered list (pacing lists and the safety plan)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from haven.ui.kit.ordered_list import ItemRole, OrderedListModel
from haven.ui.safety.sections import ItemList
from haven.ui.shell.main_window import MainWindow


@dataclass
class Rec:
    id: int
    uid: str
    text: str


RECS = [Rec(1, "a", "one"), Rec(2, "b", "two"), Rec(3, "c", "three")]


def test_a_drag_with_ids_asks_the_area_to_save_what_the_drop_means(qapp) -> None:
    model = OrderedListModel("application/x-test", lambda r, row: f"{row + 1}. {r.text}")
    model.set_items(RECS)
    seen: list[tuple[list[int], int]] = []
    model.on_drop = lambda ids, row: seen.append((ids, row)) or True
    data = model.mimeData([model.index(2, 0)])

    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert seen == [([3], 0)]
    assert model.data(model.index(1, 0)) == "2. two"
    assert model.data(model.index(1, 0), ItemRole) is RECS[1]


def test_a_move_inside_the_list_reorders_and_says_so_once(qapp) -> None:
    model = OrderedListModel(None, lambda r: r.text)
    model.set_items(RECS)
    told: list[bool] = []
    model.order_changed.connect(lambda: told.append(True))

    assert model.move(0, 1) == 1

    assert [r.uid for r in model.items()] == ["b", "a", "c"]
    assert told == [True]
    assert model.row_of_uid("a") == 1 and model.row_of(3) == 2
    assert model.data(model.index(0, 0)) == "two"


def test_every_ordered_list_in_the_window_uses_the_one_model(qtbot, unlocked: MainWindow) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    roadmap = workspace.show_area("roadmap")
    thresholds = workspace.show_area("thresholds")
    safety = workspace.show_area("safety")
    models = [roadmap.model, *thresholds.models.values()]  # type: ignore[attr-defined]
    models += [lst.model for lst in safety.findChildren(ItemList)]
    assert len(models) > 5
    assert {type(m) for m in models} == {OrderedListModel}

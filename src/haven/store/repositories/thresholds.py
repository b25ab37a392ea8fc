"""The thresholds map: situations in three zones, and every dated move between them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from haven.domain import pacing
from haven.domain.clock import from_utc_micros
from haven.domain.models import Threshold, Zone, ZoneMove
from haven.store.repositories._base import (
    Repository,
    moment,
    next_position,
    read_moment,
    reorder,
)


def _validate(item: Threshold) -> None:
    item.situation = item.situation.strip()
    if not item.situation:
        raise ValueError("A situation needs a few words to describe it.")


REVIEW_WEEKS_KEY = "thresholds_review_weeks"  # vault setting: None (off) or whole weeks
REVIEWED_ON_KEY = "thresholds_reviewed_on"  # vault setting: ISO date of "reviewed today"


class ThresholdRepository(Repository):
    def add(self, item: Threshold, *, keep_position: bool = False) -> Threshold:
        """Append to its zone (or, for an import or undo, keep the position it carries)."""
        _validate(item)
        with self.transaction() as conn:
            if not keep_position:
                item.position = next_position(conn, "thresholds", "zone = ?", (item.zone.value,))
            cur = conn.execute(
                "INSERT INTO thresholds (uid, position, situation, zone, boundary, notes,"
                " created_at) VALUES (?,?,?,?,?,?,?)",
                (
                    item.uid,
                    item.position,
                    item.situation,
                    item.zone.value,
                    item.boundary,
                    item.notes,
                    moment(item.created_at)[0],
                ),
            )
            item.id = int(cur.lastrowid)
            for move in item.history:
                self._insert_move(conn, item.id, move)
        return item

    def update(self, item: Threshold) -> Threshold:
        """Save the words. The zone changes only through `move`, which keeps the history."""
        _validate(item)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE thresholds SET situation=?, boundary=?, notes=? WHERE id=?",
                (item.situation, item.boundary, item.notes, item.id),
            )
        return item

    def move(
        self,
        item_id: int,
        to: Zone,
        *,
        note: str = "",
        at: datetime | None = None,
        position: int | None = None,
    ) -> ZoneMove:
        item = self.get(item_id)
        if item is None:
            raise ValueError("That situation is no longer on the map.")
        zone_move = pacing.move_zone(item, to, note=note, at=at)
        with self.transaction() as conn:
            new_position = next_position(conn, "thresholds", "zone = ?", (item.zone.value,))
            conn.execute(
                "UPDATE thresholds SET zone=?, position=? WHERE id=?",
                (item.zone.value, new_position, item_id),
            )
            self._insert_move(conn, item_id, zone_move)
            if position is not None:
                ids = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM thresholds WHERE zone=? AND id != ? ORDER BY position, id",
                        (item.zone.value, item_id),
                    )
                ]
                ids.insert(max(0, min(position, len(ids))), item_id)
                reorder(conn, "thresholds", ids)
        return zone_move

    @staticmethod
    def _insert_move(conn: Any, item_id: int, move: ZoneMove) -> None:
        at_text, at_utc = moment(move.at)
        cur = conn.execute(
            "INSERT INTO zone_moves (uid, threshold_id, at, at_utc, from_zone, to_zone, note)"
            " VALUES (?,?,?,?,?,?,?)",
            (
                move.uid,
                item_id,
                at_text,
                at_utc,
                None if move.from_zone is None else move.from_zone.value,
                move.to_zone.value,
                move.note,
            ),
        )
        move.id = int(cur.lastrowid)

    def reorder(self, ids_in_order: list[int]) -> None:
        """Order within one zone, as the person arranged it."""
        with self.transaction() as conn:
            reorder(conn, "thresholds", ids_in_order)

    def delete(self, item_id: int) -> Threshold | None:
        item = self.get(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM thresholds WHERE id=?", (item_id,))
        return item

    def restore(self, item: Threshold) -> Threshold:
        """Undo a delete: the situation returns with its history and place in its zone."""
        item.id = None
        return self.add(item, keep_position=True)

    # -- the opt-in review reminder -------------------------------------------------------
    def last_looked_at(self) -> date | None:
        """The latest local day the map was touched: an item added or moved, or reviewed."""
        # Compared as moments, not as text: ISO strings with different UTC offsets (after
        # travel, or across a clock change) do not sort in time order.
        moments = [
            read_moment(r[0]) for r in self.conn.execute("SELECT created_at FROM thresholds")
        ]
        last_move = self.conn.execute("SELECT max(at_utc) FROM zone_moves").fetchone()[0]
        if last_move is not None:
            moments.append(from_utc_micros(last_move))
        if not moments:
            return None
        seen = max(moments).astimezone().date()
        marked = _reviewed_on(self._vault.settings.get(REVIEWED_ON_KEY))
        return max(seen, marked) if marked else seen

    def review_due(self, on: date) -> bool:
        return pacing.map_review_due(
            self._vault.settings.get(REVIEW_WEEKS_KEY), self.last_looked_at(), on
        )

    def mark_reviewed(self, on: date) -> None:
        self._vault.settings.set(REVIEWED_ON_KEY, on.isoformat())

    def get(self, item_id: int) -> Threshold | None:
        found = self._load("WHERE id = ?", (item_id,))
        return found[0] if found else None

    def list(self, zone: Zone | None = None) -> list[Threshold]:
        if zone is None:
            return self._load("ORDER BY position, id", ())
        return self._load("WHERE zone = ? ORDER BY position, id", (Zone(zone).value,))

    def all_moves(self) -> list[tuple[str, ZoneMove]]:
        rows = self.conn.execute(
            "SELECT t.situation, m.id, m.uid, m.at, m.from_zone, m.to_zone, m.note"
            " FROM zone_moves m JOIN thresholds t ON t.id = m.threshold_id"
            " ORDER BY m.at_utc, m.id"
        ).fetchall()
        return [(r[0], _move(r[1:])) for r in rows]

    def _load(self, clause: str, args: tuple[Any, ...]) -> list[Threshold]:
        rows = self.conn.execute(
            "SELECT id, uid, position, situation, zone, boundary, notes, created_at"
            f" FROM thresholds {clause}",
            args,
        ).fetchall()
        history: dict[int, list[ZoneMove]] = defaultdict(list)
        if rows:
            ids = [r[0] for r in rows]
            for r in self.conn.execute(
                "SELECT threshold_id, id, uid, at, from_zone, to_zone, note FROM zone_moves"
                f" WHERE threshold_id IN ({','.join('?' * len(ids))}) ORDER BY at_utc, id",
                ids,
            ):
                history[r[0]].append(_move(r[1:]))
        return [
            Threshold(
                id=r[0],
                uid=r[1],
                position=r[2],
                situation=r[3],
                zone=Zone(r[4]),
                boundary=r[5],
                notes=r[6],
                created_at=read_moment(r[7]),
                history=history[r[0]],
            )
            for r in rows
        ]


def _move(r: tuple[Any, ...]) -> ZoneMove:
    return ZoneMove(
        id=r[0],
        uid=r[1],
        at=read_moment(r[2]),
        from_zone=None if r[3] is None else Zone(r[3]),
        to_zone=Zone(r[4]),
        note=r[5],
    )


def _reviewed_on(raw: object) -> date | None:
    try:
        return date.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None

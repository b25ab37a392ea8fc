"""Roadmap steps and the dated history of every state change.

State changes go through `change_state`, which applies the domain rule and stores the change
in the same transaction, so a step's state and its timeline can never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from haven.domain import pacing
from haven.domain.models import ReadinessGuide, RoadmapStep, StateChange, StepState
from haven.domain.ratings import check_rating
from haven.store.repositories._base import (
    Repository,
    moment,
    next_position,
    read_moment,
    reorder,
)


def _validate(step: RoadmapStep) -> None:
    step.title = step.title.strip()
    if not step.title:
        raise ValueError("A step needs a short name.")
    if step.readiness is not None:
        check_rating(step.readiness.max_peak_distress, "peak distress")
        if step.readiness.practices < 1:
            raise ValueError("A readiness guide counts at least one practice.")


class RoadmapRepository(Repository):
    def add(self, step: RoadmapStep, *, keep_position: bool = False) -> RoadmapStep:
        """Append a step (or, for an import or undo, keep the position it carries)."""
        _validate(step)
        with self.transaction() as conn:
            if not keep_position:
                step.position = next_position(conn, "roadmap_steps")
            cur = conn.execute(
                "INSERT INTO roadmap_steps (uid, position, title, description, state,"
                " readiness_notes, readiness_practices, readiness_max_peak, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    step.uid,
                    step.position,
                    step.title,
                    step.description,
                    step.state.value,
                    step.readiness_notes,
                    *self._guide(step),
                    moment(step.created_at)[0],
                ),
            )
            step.id = int(cur.lastrowid)
            for change in step.history:
                self._insert_change(conn, step.id, change)
        return step

    @staticmethod
    def _guide(step: RoadmapStep) -> tuple[int | None, int | None]:
        if step.readiness is None:
            return None, None
        return step.readiness.practices, step.readiness.max_peak_distress

    def update(self, step: RoadmapStep) -> RoadmapStep:
        """Save the words of a step. Its state changes only through `change_state`."""
        _validate(step)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE roadmap_steps SET title=?, description=?, readiness_notes=?,"
                " readiness_practices=?, readiness_max_peak=? WHERE id=?",
                (step.title, step.description, step.readiness_notes, *self._guide(step), step.id),
            )
        return step

    def change_state(
        self, step_id: int, to: StepState, *, note: str = "", at: datetime | None = None
    ) -> StateChange:
        step = self._require(step_id)
        change = pacing.change_state(step, to, note=note, at=at)
        with self.transaction() as conn:
            conn.execute("UPDATE roadmap_steps SET state=? WHERE id=?", (step.state.value, step_id))
            self._insert_change(conn, step_id, change)
        return change

    def move_back(self, step_id: int, *, note: str = "") -> StateChange:
        """The one-click move back: information, not failure."""
        step = self._require(step_id)
        return self.change_state(step_id, pacing.one_step_back(step.state), note=note)

    @staticmethod
    def _insert_change(conn: Any, step_id: int, change: StateChange) -> None:
        at_text, at_utc = moment(change.at)
        cur = conn.execute(
            "INSERT INTO step_state_changes (uid, step_id, at, at_utc, from_state, to_state,"
            " note) VALUES (?,?,?,?,?,?,?)",
            (
                change.uid,
                step_id,
                at_text,
                at_utc,
                None if change.from_state is None else change.from_state.value,
                change.to_state.value,
                change.note,
            ),
        )
        change.id = int(cur.lastrowid)

    def reorder(self, ids_in_order: list[int]) -> None:
        with self.transaction() as conn:
            reorder(conn, "roadmap_steps", ids_in_order)

    def delete(self, step_id: int) -> RoadmapStep | None:
        """Delete a step and its history. Returns it, whole, so the UI can offer undo."""
        step = self.get(step_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM roadmap_steps WHERE id=?", (step_id,))
        return step

    def restore(self, step: RoadmapStep) -> RoadmapStep:
        """Undo a delete: the step returns with its uid, history and place in the order."""
        step.id = None
        return self.add(step, keep_position=True)

    def _require(self, step_id: int) -> RoadmapStep:
        step = self.get(step_id)
        if step is None:
            raise ValueError("That step is no longer in the roadmap.")
        return step

    def get(self, step_id: int) -> RoadmapStep | None:
        found = self._load("WHERE id = ?", (step_id,))
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> RoadmapStep | None:
        found = self._load("WHERE uid = ?", (uid,))
        return found[0] if found else None

    def list(self) -> list[RoadmapStep]:
        return self._load("ORDER BY position, id", ())

    def all_changes(self, since: datetime | None = None) -> list[tuple[str, StateChange]]:
        """Every state change with its step's title, oldest first (for charts and reports)."""
        rows = self.conn.execute(
            "SELECT s.title, c.id, c.uid, c.at, c.from_state, c.to_state, c.note"
            " FROM step_state_changes c JOIN roadmap_steps s ON s.id = c.step_id"
            " ORDER BY c.at_utc, c.id"
        ).fetchall()
        out = [(r[0], _change(r[1:])) for r in rows]
        return [x for x in out if since is None or x[1].at >= since]

    def _load(self, clause: str, args: tuple[Any, ...]) -> list[RoadmapStep]:
        rows = self.conn.execute(
            "SELECT id, uid, position, title, description, state, readiness_notes,"
            f" readiness_practices, readiness_max_peak, created_at FROM roadmap_steps {clause}",
            args,
        ).fetchall()
        history: dict[int, list[StateChange]] = defaultdict(list)
        if rows:
            ids = [r[0] for r in rows]
            for r in self.conn.execute(
                "SELECT step_id, id, uid, at, from_state, to_state, note FROM step_state_changes"
                f" WHERE step_id IN ({','.join('?' * len(ids))}) ORDER BY at_utc, id",
                ids,
            ):
                history[r[0]].append(_change(r[1:]))
        return [
            RoadmapStep(
                id=r[0],
                uid=r[1],
                position=r[2],
                title=r[3],
                description=r[4],
                state=StepState(r[5]),
                readiness_notes=r[6],
                readiness=None if r[7] is None else ReadinessGuide(r[7], r[8]),
                created_at=read_moment(r[9]),
                history=history[r[0]],
            )
            for r in rows
        ]


def _change(r: tuple[Any, ...]) -> StateChange:
    return StateChange(
        id=r[0],
        uid=r[1],
        at=read_moment(r[2]),
        from_state=None if r[3] is None else StepState(r[3]),
        to_state=StepState(r[4]),
        note=r[5],
    )

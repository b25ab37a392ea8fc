"""The safety plan: eight sections the person writes in their own words.

Most sections are simple ordered lists, so one table-driven mapper serves them all. Two keep
a dated history as well: boundaries (each review) and the boundary checklist (each mark).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from haven.domain import pacing
from haven.domain.models import (
    Actor,
    Boundary,
    BoundaryReview,
    ChecklistAnswer,
    ChecklistItem,
    ChecklistMark,
    Contact,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    Trigger,
)
from haven.store.repositories._base import (
    Repository,
    day_text,
    moment,
    next_position,
    read_day,
    read_moment,
    reorder,
)


@dataclass(frozen=True, slots=True)
class Section:
    table: str
    fields: tuple[str, ...]  # the first one is the one that may not be empty
    missing: str  # what to say when it is empty
    decode: tuple[tuple[str, Any], ...] = ()  # field → function turning a column into a value


SECTIONS: dict[type, Section] = {
    Boundary: Section(
        "boundaries",
        ("text", "review_by"),
        "A boundary needs a few words.",
        (("review_by", read_day),),
    ),
    Trigger: Section(
        "triggers", ("text", "contexts", "what_helps"), "A trigger or reminder needs a few words."
    ),
    Contact: Section(
        "contacts", ("name", "relation", "how_to_reach", "when_to_call"), "A contact needs a name."
    ),
    Signal: Section(
        "signals",
        ("signal", "kind", "form", "meaning"),
        "A signal needs the word or gesture itself.",
        (("kind", SignalKind),),
    ),
    PausePlanStep: Section(
        "pause_plan_steps",
        ("text", "actor"),
        "A pause-plan step needs a few words.",
        (("actor", Actor),),
    ),
    Routine: Section("routines", ("title", "description", "kind"), "A routine needs a name."),
    Script: Section(
        "scripts", ("title", "body", "category", "from_template"), "A script needs a title."
    ),
    ChecklistItem: Section(
        "checklist_items",
        ("activity", "answer"),
        "An activity needs a few words.",
        (("answer", ChecklistAnswer),),
    ),
}

T = TypeVar("T")


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date) and not isinstance(value, datetime):
        return day_text(value)
    return value


class SafetyPlanRepository(Repository):
    # -- every section ------------------------------------------------------------------
    def add(self, item: T, *, keep_position: bool = False) -> T:
        """Append to its section (or, for an import or undo, keep the position it carries)."""
        section = self._section(item)
        self._validate(item, section)
        cols = ", ".join(section.fields)
        with self.transaction() as conn:
            if not keep_position:
                item.position = next_position(conn, section.table)  # type: ignore[attr-defined]
            cur = conn.execute(
                f"INSERT INTO {section.table} (uid, position, {cols})"
                f" VALUES (?, ?, {', '.join('?' * len(section.fields))})",
                (
                    item.uid,
                    item.position,  # type: ignore[attr-defined]
                    *(_encode(getattr(item, f)) for f in section.fields),
                ),
            )
            item.id = int(cur.lastrowid)  # type: ignore[attr-defined]
            if isinstance(item, Boundary):
                for review in item.reviews:
                    self._insert_review(conn, item.id, review)
            if isinstance(item, ChecklistItem):
                for mark in item.history:
                    self._insert_mark(conn, item.id, mark)
        return item

    def update(self, item: T) -> T:
        section = self._section(item)
        self._validate(item, section)
        assignments = ", ".join(f"{f} = ?" for f in section.fields)
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE {section.table} SET {assignments} WHERE id = ?",
                (*(_encode(getattr(item, f)) for f in section.fields), item.id),
            )  # type: ignore[attr-defined]
        return item

    def delete(self, item: Any) -> None:
        section = self._section(item)
        with self.transaction() as conn:
            conn.execute(f"DELETE FROM {section.table} WHERE id = ?", (item.id,))

    def restore(self, item: T) -> T:
        """Undo a delete: the item returns with its uid, history and place in its section."""
        item.id = None  # type: ignore[attr-defined]
        return self.add(item, keep_position=True)

    def reorder(self, kind: type, ids_in_order: list[int]) -> None:
        with self.transaction() as conn:
            reorder(conn, SECTIONS[kind].table, ids_in_order)

    def list(self, kind: type[T]) -> list[T]:
        section = SECTIONS[kind]
        rows = self.conn.execute(
            f"SELECT id, uid, position, {', '.join(section.fields)} FROM {section.table}"
            " ORDER BY position, id"
        ).fetchall()
        decoders = dict(section.decode)
        items = []
        for r in rows:
            values = {
                f: decoders[f](v) if f in decoders else v
                for f, v in zip(section.fields, r[3:], strict=True)
            }
            items.append(kind(id=r[0], uid=r[1], position=r[2], **values))
        if kind is Boundary:
            self._attach_reviews(items)
        if kind is ChecklistItem:
            self._attach_marks(items)
        return items

    def exists_uid(self, kind: type, uid: str) -> bool:
        return (
            self.conn.execute(
                f"SELECT 1 FROM {SECTIONS[kind].table} WHERE uid=?", (uid,)
            ).fetchone()
            is not None
        )

    @staticmethod
    def _section(item: Any) -> Section:
        try:
            return SECTIONS[type(item)]
        except KeyError:
            raise TypeError(f"{type(item).__name__} is not part of the safety plan") from None

    @staticmethod
    def _validate(item: Any, section: Section) -> None:
        first = section.fields[0]
        value = getattr(item, first)
        if isinstance(value, str):
            value = value.strip()
            setattr(item, first, value)
        if not value:
            raise ValueError(section.missing)

    # -- the pause plan, split by who does what -------------------------------------------
    def pause_plan(self) -> tuple[list[PausePlanStep], list[PausePlanStep]]:
        """(my steps, my partner's steps), each in the person's order."""
        steps = self.list(PausePlanStep)
        return (
            [s for s in steps if s.actor == Actor.ME],
            [s for s in steps if s.actor == Actor.PARTNER],
        )

    # -- boundaries and their reviews -----------------------------------------------------
    def review_boundary(
        self,
        boundary_id: int,
        *,
        text: str | None = None,
        note: str = "",
        next_review_by: date | None = None,
    ) -> BoundaryReview:
        boundary = next((b for b in self.list(Boundary) if b.id == boundary_id), None)
        if boundary is None:
            raise ValueError("That boundary is no longer in the plan.")
        review = pacing.review_boundary(
            boundary, text=text, note=note, next_review_by=next_review_by
        )
        with self.transaction() as conn:
            self.update(boundary)
            self._insert_review(conn, boundary_id, review)
        return review

    def reviews_due(self, on: date) -> list[Boundary]:
        return pacing.reviews_due(self.list(Boundary), on)

    @staticmethod
    def _insert_review(conn: Any, boundary_id: int, review: BoundaryReview) -> None:
        at_text, at_utc = moment(review.at)
        cur = conn.execute(
            "INSERT INTO boundary_reviews (uid, boundary_id, at, at_utc, text, note,"
            " next_review_by) VALUES (?,?,?,?,?,?,?)",
            (
                review.uid,
                boundary_id,
                at_text,
                at_utc,
                review.text,
                review.note,
                day_text(review.next_review_by),
            ),
        )
        review.id = int(cur.lastrowid)

    def _attach_reviews(self, boundaries: list[Boundary]) -> None:
        by_id: dict[int, list[BoundaryReview]] = defaultdict(list)
        for r in self.conn.execute(
            "SELECT boundary_id, id, uid, at, text, note, next_review_by FROM boundary_reviews"
            " ORDER BY at_utc, id"
        ):
            by_id[r[0]].append(
                BoundaryReview(
                    id=r[1],
                    uid=r[2],
                    at=read_moment(r[3]),
                    text=r[4],
                    note=r[5],
                    next_review_by=read_day(r[6]),
                )
            )
        for b in boundaries:
            b.reviews = by_id[b.id]

    # -- the boundary checklist and its marks ------------------------------------------------
    def mark_checklist(
        self,
        item_id: int,
        answer: ChecklistAnswer,
        *,
        note: str = "",
    ) -> ChecklistMark:
        item = next((i for i in self.list(ChecklistItem) if i.id == item_id), None)
        if item is None:
            raise ValueError("That activity is no longer on the checklist.")
        mark = pacing.mark_checklist(item, answer, note=note)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE checklist_items SET answer=? WHERE id=?", (item.answer.value, item_id)
            )
            self._insert_mark(conn, item_id, mark)
        return mark

    @staticmethod
    def _insert_mark(conn: Any, item_id: int, mark: ChecklistMark) -> None:
        at_text, at_utc = moment(mark.at)
        cur = conn.execute(
            "INSERT INTO checklist_marks (uid, item_id, at, at_utc, answer, note)"
            " VALUES (?,?,?,?,?,?)",
            (mark.uid, item_id, at_text, at_utc, mark.answer.value, mark.note),
        )
        mark.id = int(cur.lastrowid)

    def _attach_marks(self, items: list[ChecklistItem]) -> None:
        by_id: dict[int, list[ChecklistMark]] = defaultdict(list)
        for r in self.conn.execute(
            "SELECT item_id, id, uid, at, answer, note FROM checklist_marks ORDER BY at_utc, id"
        ):
            by_id[r[0]].append(
                ChecklistMark(
                    id=r[1], uid=r[2], at=read_moment(r[3]), answer=ChecklistAnswer(r[4]), note=r[5]
                )
            )
        for i in items:
            i.history = by_id[i.id]

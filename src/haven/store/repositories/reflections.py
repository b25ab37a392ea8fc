"""The reflection tools (Fear or danger?, the values sort, A kind word to myself) and the
person's marks on Learn readings. Each delete returns the record, so the UI can offer undo,
and `restore` puts it back with the same uid and date."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from haven.domain.clock import now
from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
    check_fear_check,
    check_kind_word,
    check_values_sort,
)
from haven.store.repositories._base import Repository, moment, range_clause, read_moment

_FEAR_COLUMNS = (
    "id, uid, at, updated_at, happening, body, safe_now, not_safe, will_do, ending, finished, share"
)


def _fear(r: Any) -> FearCheck:
    return FearCheck(
        id=r[0],
        uid=r[1],
        at=read_moment(r[2]),
        updated_at=read_moment(r[3]),
        happening=r[4],
        body=r[5],
        safe_now=r[6],
        not_safe=r[7],
        will_do=r[8],
        ending=FearCheckEnding(r[9]),
        finished=bool(r[10]),
        share=bool(r[11]),
    )


class ReflectionRepository(Repository):
    # -- Fear or danger? -------------------------------------------------------------------
    def add_fear_check(self, item: FearCheck) -> FearCheck:
        check_fear_check(item)
        at_text, at_utc = moment(item.at)
        with self.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO fear_checks ({_FEAR_COLUMNS.replace('id, ', '', 1)}, at_utc)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    item.uid,
                    at_text,
                    None if item.updated_at is None else moment(item.updated_at)[0],
                    *item.answers(),
                    FearCheckEnding(item.ending).value,
                    int(item.finished),
                    int(item.share),
                    at_utc,
                ),
            )
            item.id = int(cur.lastrowid)
        return item

    def update_fear_check(self, item: FearCheck) -> FearCheck:
        check_fear_check(item)
        item.updated_at = now()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE fear_checks SET happening=?, body=?, safe_now=?, not_safe=?, will_do=?,"
                " ending=?, finished=?, share=?, updated_at=? WHERE id=?",
                (
                    *item.answers(),
                    FearCheckEnding(item.ending).value,
                    int(item.finished),
                    int(item.share),
                    moment(item.updated_at)[0],
                    item.id,
                ),
            )
        return item

    def fear_checks(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[FearCheck]:
        """Oldest first, like every list the exports read."""
        where, args = range_clause("at_utc", since, until)
        rows = self.conn.execute(
            f"SELECT {_FEAR_COLUMNS} FROM fear_checks WHERE {where} ORDER BY at_utc, id", args
        ).fetchall()
        return [_fear(r) for r in rows]

    def get_fear_check(self, item_id: int) -> FearCheck | None:
        row = self.conn.execute(
            f"SELECT {_FEAR_COLUMNS} FROM fear_checks WHERE id=?", (item_id,)
        ).fetchone()
        return None if row is None else _fear(row)

    def delete_fear_check(self, item_id: int) -> FearCheck | None:
        item = self.get_fear_check(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM fear_checks WHERE id=?", (item_id,))
        return item

    def restore_fear_check(self, item: FearCheck) -> FearCheck:
        item.id = None
        return self.add_fear_check(item)

    # -- What closeness means to me --------------------------------------------------------
    def add_values_sort(self, item: ValuesSort) -> ValuesSort:
        check_values_sort(item)
        at_text, at_utc = moment(item.at)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO values_sorts (uid, at, at_utc, note, share) VALUES (?,?,?,?,?)",
                (item.uid, at_text, at_utc, item.note, int(item.share)),
            )
            item.id = int(cur.lastrowid)
            self._write_placements(conn, item)
        return item

    def update_values_sort(self, item: ValuesSort) -> ValuesSort:
        """Save a changed sort in place; its date stays the day it was made."""
        check_values_sort(item)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE values_sorts SET note=?, share=? WHERE id=?",
                (item.note, int(item.share), item.id),
            )
            conn.execute("DELETE FROM values_placements WHERE sort_id=?", (item.id,))
            self._write_placements(conn, item)
        return item

    @staticmethod
    def _write_placements(conn: Any, item: ValuesSort) -> None:
        conn.executemany(
            "INSERT INTO values_placements (sort_id, position, card, text, pile)"
            " VALUES (?,?,?,?,?)",
            [
                (item.id, n, p.card, p.text, Pile(p.pile).value)
                for n, p in enumerate(item.placements)
            ],
        )

    def values_sorts(self) -> list[ValuesSort]:
        """Every sort, oldest first, each with its cards in the order they were placed."""
        sorts = [
            ValuesSort(id=r[0], uid=r[1], at=read_moment(r[2]), note=r[3], share=bool(r[4]))
            for r in self.conn.execute(
                "SELECT id, uid, at, note, share FROM values_sorts ORDER BY at_utc, id"
            )
        ]
        by_id = {s.id: s for s in sorts}
        for sort_id, card, text, pile in self.conn.execute(
            "SELECT sort_id, card, text, pile FROM values_placements ORDER BY sort_id, position"
        ):
            by_id[sort_id].placements.append(Placement(card=card, text=text, pile=Pile(pile)))
        return sorts

    def latest_values_sort(self) -> ValuesSort | None:
        sorts = self.values_sorts()
        return sorts[-1] if sorts else None

    def get_values_sort(self, item_id: int) -> ValuesSort | None:
        return next((s for s in self.values_sorts() if s.id == item_id), None)

    def delete_values_sort(self, item_id: int) -> ValuesSort | None:
        item = self.get_values_sort(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM values_sorts WHERE id=?", (item_id,))
        return item

    def restore_values_sort(self, item: ValuesSort) -> ValuesSort:
        item.id = None
        return self.add_values_sort(item)

    # -- A kind word to myself -------------------------------------------------------------
    def add_kind_word(self, item: KindWord) -> KindWord:
        check_kind_word(item)
        at_text, at_utc = moment(item.at)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO kind_words (uid, at, at_utc, moment, words, note, share)"
                " VALUES (?,?,?,?,?,?,?)",
                (item.uid, at_text, at_utc, item.moment, item.words, item.note, int(item.share)),
            )
            item.id = int(cur.lastrowid)
        return item

    def update_kind_word(self, item: KindWord) -> KindWord:
        check_kind_word(item)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE kind_words SET moment=?, words=?, note=?, share=? WHERE id=?",
                (item.moment, item.words, item.note, int(item.share), item.id),
            )
        return item

    def kind_words(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[KindWord]:
        where, args = range_clause("at_utc", since, until)
        return [
            KindWord(
                id=r[0],
                uid=r[1],
                at=read_moment(r[2]),
                moment=r[3],
                words=r[4],
                note=r[5],
                share=bool(r[6]),
            )
            for r in self.conn.execute(
                "SELECT id, uid, at, moment, words, note, share FROM kind_words"
                f" WHERE {where} ORDER BY at_utc, id",
                args,
            )
        ]

    def delete_kind_word(self, item_id: int) -> KindWord | None:
        item = next((k for k in self.kind_words() if k.id == item_id), None)
        with self.transaction() as conn:
            conn.execute("DELETE FROM kind_words WHERE id=?", (item_id,))
        return item

    def restore_kind_word(self, item: KindWord) -> KindWord:
        item.id = None
        return self.add_kind_word(item)

    # -- uids, for import ------------------------------------------------------------------
    def uids(self, table: str) -> set[str]:
        if table not in {"fear_checks", "values_sorts", "kind_words"}:
            raise ValueError(f"Not a reflection table: {table!r}")
        return {r[0] for r in self.conn.execute(f"SELECT uid FROM {table}")}

    # -- Learn marks -----------------------------------------------------------------------
    def learn_marks(self) -> dict[str, LearnMark]:
        return {
            r[0]: LearnMark(reading=r[0], helpful=bool(r[1]), hidden=bool(r[2]))
            for r in self.conn.execute(
                "SELECT reading, helpful, hidden FROM learn_marks ORDER BY reading"
            )
        }

    def set_learn_mark(self, mark: LearnMark) -> LearnMark:
        """Save a reading's marks; a reading with neither mark leaves no row behind."""
        reading = mark.reading.strip()
        if not reading:
            raise ValueError("A Learn mark needs the reading it belongs to.")
        with self.transaction() as conn:
            if not mark.helpful and not mark.hidden:
                conn.execute("DELETE FROM learn_marks WHERE reading=?", (reading,))
            else:
                conn.execute(
                    "INSERT INTO learn_marks (reading, helpful, hidden) VALUES (?,?,?)"
                    " ON CONFLICT(reading) DO UPDATE SET helpful=excluded.helpful,"
                    " hidden=excluded.hidden",
                    (reading, int(mark.helpful), int(mark.hidden)),
                )
        return mark

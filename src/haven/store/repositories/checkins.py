"""Daily check-ins: distress and comfort (two scales), optional sleep and stress, tags."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from haven.domain.models import CheckIn
from haven.domain.validation import validate_checkin as validate
from haven.store.repositories._base import (
    Repository,
    chunked,
    moment,
    placeholders,
    range_clause,
    read_moment,
)

_COLUMNS = "id, uid, at, distress, comfort, sleep_hours, stress, note"


class CheckInRepository(Repository):
    def add(self, checkin: CheckIn) -> CheckIn:
        validate(checkin)
        at_text, at_utc = moment(checkin.at)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO checkins (uid, at, at_utc, distress, comfort, sleep_hours, stress,"
                " note) VALUES (?,?,?,?,?,?,?,?)",
                (
                    checkin.uid,
                    at_text,
                    at_utc,
                    checkin.distress,
                    checkin.comfort,
                    checkin.sleep_hours,
                    checkin.stress,
                    checkin.note,
                ),
            )
            checkin.id = int(cur.lastrowid)
            self._write_tags(conn, checkin)
        return checkin

    def update(self, checkin: CheckIn) -> CheckIn:
        validate(checkin)
        at_text, at_utc = moment(checkin.at)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE checkins SET at=?, at_utc=?, distress=?, comfort=?, sleep_hours=?,"
                " stress=?, note=? WHERE id=?",
                (
                    at_text,
                    at_utc,
                    checkin.distress,
                    checkin.comfort,
                    checkin.sleep_hours,
                    checkin.stress,
                    checkin.note,
                    checkin.id,
                ),
            )
            conn.execute("DELETE FROM checkin_tags WHERE checkin_id=?", (checkin.id,))
            self._write_tags(conn, checkin)
        return checkin

    def delete(self, checkin_id: int) -> CheckIn | None:
        """Delete for real (secure_delete is on). Returns the check-in so undo can restore it."""
        found = self.get(checkin_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM checkins WHERE id=?", (checkin_id,))
        return found

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Undo a delete: the same check-in, same uid, time, tags and note."""
        checkin.id = None
        return self.add(checkin)

    @staticmethod
    def _write_tags(conn: Any, checkin: CheckIn) -> None:
        conn.executemany(
            "INSERT INTO checkin_tags (checkin_id, tag) VALUES (?,?)",
            [(checkin.id, tag) for tag in checkin.tags],
        )

    def get(self, checkin_id: int) -> CheckIn | None:
        found = self._load("id = ?", [checkin_id])
        return found[0] if found else None

    def exists_uid(self, uid: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM checkins WHERE uid=?", (uid,)).fetchone() is not None
        )

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CheckIn]:
        """Check-ins in a time range; `limit` and `offset` read one page at a time."""
        where, args = range_clause("at_utc", since, until)
        order = "DESC" if newest_first else "ASC"
        sql = f"{where} ORDER BY at_utc {order}, id {order}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            args.extend([-1 if limit is None else limit, max(0, offset)])
        return self._load(sql, args)

    def latest(self) -> CheckIn | None:
        found = self.list(newest_first=True, limit=1)
        return found[0] if found else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def _load(self, where_and_order: str, args: list[Any]) -> list[CheckIn]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE {where_and_order}", args
        ).fetchall()
        tags: dict[int, list[str]] = defaultdict(list)
        ids = [r[0] for r in rows]
        for part in chunked(ids):
            for checkin_id, tag in self.conn.execute(
                "SELECT checkin_id, tag FROM checkin_tags"
                f" WHERE checkin_id IN ({placeholders(part)})",
                part,
            ):
                tags[checkin_id].append(tag)
        return [
            CheckIn(
                id=r[0],
                uid=r[1],
                at=read_moment(r[2]),
                distress=r[3],
                comfort=r[4],
                sleep_hours=r[5],
                stress=r[6],
                note=r[7],
                tags=sorted(tags[r[0]]),
            )
            for r in rows
        ]

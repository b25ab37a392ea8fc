"""Therapy sessions and the "to bring to therapy" list. Each delete returns the record, so
the UI can offer undo, and `restore` puts it back with the same uid and dates."""

from __future__ import annotations

from typing import Any

from haven.domain.clock import now
from haven.domain.therapy import TherapySession, ToBringItem, check_item, check_session
from haven.store.repositories._base import Repository, day_text, moment, read_day, read_moment

_SESSION_COLUMNS = "id, uid, day, worked_on, keep, practice, questions, created_at, updated_at"
_ITEM_COLUMNS = "id, uid, kind, record_uid, text, added_at, talked_on, removed"


def _item(r: Any) -> ToBringItem:
    return ToBringItem(
        id=r[0],
        uid=r[1],
        kind=r[2],
        record_uid=r[3],
        text=r[4],
        added=read_moment(r[5]),  # type: ignore[arg-type]
        talked_on=read_day(r[6]),
        removed=bool(r[7]),
    )


class TherapyRepository(Repository):
    # -- sessions ----------------------------------------------------------------------------
    def add_session(self, session: TherapySession) -> TherapySession:
        check_session(session)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO therapy_sessions (uid, day, worked_on, keep, practice, questions,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    session.uid,
                    day_text(session.day),
                    *session.texts(),
                    moment(session.created_at)[0],
                    None if session.updated_at is None else moment(session.updated_at)[0],
                ),
            )
            session.id = int(cur.lastrowid)
            self._write_steps(conn, session)
        return session

    def update_session(self, session: TherapySession) -> TherapySession:
        check_session(session)
        session.updated_at = now()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE therapy_sessions SET day=?, worked_on=?, keep=?, practice=?,"
                " questions=?, updated_at=? WHERE id=?",
                (
                    day_text(session.day),
                    *session.texts(),
                    moment(session.updated_at)[0],
                    session.id,
                ),
            )
            conn.execute("DELETE FROM therapy_session_steps WHERE session_id=?", (session.id,))
            self._write_steps(conn, session)
        return session

    @staticmethod
    def _write_steps(conn: Any, session: TherapySession) -> None:
        seen: list[str] = []
        for uid in session.step_uids:
            if uid and uid not in seen:
                seen.append(uid)
        session.step_uids = seen
        for position, uid in enumerate(seen):
            conn.execute(
                "INSERT INTO therapy_session_steps (session_id, step_uid, position) VALUES (?,?,?)",
                (session.id, uid, position),
            )

    def sessions(self) -> list[TherapySession]:
        """Oldest first, like every list the exports read."""
        rows = self.conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM therapy_sessions ORDER BY day, created_at, id"
        ).fetchall()
        steps: dict[int, list[str]] = {}
        for session_id, step_uid in self.conn.execute(
            "SELECT session_id, step_uid FROM therapy_session_steps ORDER BY session_id, position"
        ):
            steps.setdefault(session_id, []).append(step_uid)
        return [
            TherapySession(
                id=r[0],
                uid=r[1],
                day=read_day(r[2]),  # type: ignore[arg-type]
                worked_on=r[3],
                keep=r[4],
                practice=r[5],
                questions=r[6],
                created_at=read_moment(r[7]),  # type: ignore[arg-type]
                updated_at=read_moment(r[8]),
                step_uids=steps.get(r[0], []),
            )
            for r in rows
        ]

    def get_session(self, session_id: int) -> TherapySession | None:
        return next((s for s in self.sessions() if s.id == session_id), None)

    def get_session_by_uid(self, uid: str) -> TherapySession | None:
        return next((s for s in self.sessions() if s.uid == uid), None)

    def last_day(self) -> Any:
        row = self.conn.execute("SELECT MAX(day) FROM therapy_sessions").fetchone()
        return read_day(row[0])

    def delete_session(self, session_id: int) -> TherapySession | None:
        session = self.get_session(session_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM therapy_sessions WHERE id=?", (session_id,))
        return session

    def restore_session(self, session: TherapySession) -> TherapySession:
        session.id = None
        return self.add_session(session)

    def session_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM therapy_sessions").fetchone()[0])

    # -- the list to bring -------------------------------------------------------------------
    def items(self) -> list[ToBringItem]:
        """Every stored row, removed ones too, oldest first."""
        rows = self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM to_bring ORDER BY added_utc, id"
        ).fetchall()
        return [_item(r) for r in rows]

    def save_item(self, item: ToBringItem) -> ToBringItem:
        """Insert, or update the row with the same uid (or the same record it came from)."""
        check_item(item)
        added_text, added_utc = moment(item.added)
        values = (
            item.kind,
            item.record_uid,
            item.text,
            added_text,
            added_utc,
            day_text(item.talked_on),
            int(item.removed),
        )
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT id, uid FROM to_bring WHERE uid=? OR (record_uid <> '' AND kind=?"
                " AND record_uid=?)",
                (item.uid, item.kind, item.record_uid),
            ).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO to_bring (uid, kind, record_uid, text, added_at, added_utc,"
                    " talked_on, removed) VALUES (?,?,?,?,?,?,?,?)",
                    (item.uid, *values),
                )
                item.id = int(cur.lastrowid)
            else:
                conn.execute(
                    "UPDATE to_bring SET kind=?, record_uid=?, text=?, added_at=?, added_utc=?,"
                    " talked_on=?, removed=? WHERE id=?",
                    (*values, row[0]),
                )
                item.id, item.uid = int(row[0]), row[1]
        return item

    def delete_item(self, uid: str) -> ToBringItem | None:
        row = self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM to_bring WHERE uid=?", (uid,)
        ).fetchone()
        with self.transaction() as conn:
            conn.execute("DELETE FROM to_bring WHERE uid=?", (uid,))
        return None if row is None else _item(row)

    def item_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM to_bring").fetchone()[0])

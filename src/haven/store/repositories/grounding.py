"""Uses of the grounding tools, with optional distress before and after."""

from __future__ import annotations

from datetime import datetime

from haven.domain.models import GroundingTool, GroundingUse
from haven.domain.ratings import check_rating
from haven.store.repositories._base import Repository, moment, range_clause, read_moment

_COLUMNS = "id, uid, tool, at, distress_before, distress_after, note"


def _validate(use: GroundingUse) -> None:
    check_rating(use.distress_before, "distress before", optional=True)
    check_rating(use.distress_after, "distress after", optional=True)
    GroundingTool(use.tool)


class GroundingRepository(Repository):
    def add(self, use: GroundingUse) -> GroundingUse:
        _validate(use)
        at_text, at_utc = moment(use.at)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO grounding_uses (uid, tool, at, at_utc, distress_before,"
                " distress_after, note) VALUES (?,?,?,?,?,?,?)",
                (
                    use.uid,
                    GroundingTool(use.tool).value,
                    at_text,
                    at_utc,
                    use.distress_before,
                    use.distress_after,
                    use.note,
                ),
            )
            use.id = int(cur.lastrowid)
        return use

    def update(self, use: GroundingUse) -> GroundingUse:
        """Change the ratings, the note or the time of a use already saved."""
        _validate(use)
        at_text, at_utc = moment(use.at)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE grounding_uses SET tool=?, at=?, at_utc=?, distress_before=?,"
                " distress_after=?, note=? WHERE id=?",
                (
                    GroundingTool(use.tool).value,
                    at_text,
                    at_utc,
                    use.distress_before,
                    use.distress_after,
                    use.note,
                    use.id,
                ),
            )
        return use

    def get(self, use_id: int) -> GroundingUse | None:
        found = self._load("id = ?", [use_id])
        return found[0] if found else None

    def restore(self, use: GroundingUse) -> GroundingUse:
        """Undo a delete: the same use, same uid and time."""
        use.id = None
        return self.add(use)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM grounding_uses").fetchone()[0])

    def exists_uid(self, uid: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM grounding_uses WHERE uid=?", (uid,)).fetchone()
            is not None
        )

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[GroundingUse]:
        where, args = range_clause("at_utc", since, until)
        order = "DESC" if newest_first else "ASC"
        where += f" ORDER BY at_utc {order}, id {order}"
        if limit is not None or offset:
            where += " LIMIT ? OFFSET ?"
            args.extend([-1 if limit is None else limit, max(0, offset)])
        return self._load(where, args)

    def _load(self, where: str, args: list[object]) -> list[GroundingUse]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM grounding_uses WHERE {where}", args
        ).fetchall()
        return [
            GroundingUse(
                id=r[0],
                uid=r[1],
                tool=GroundingTool(r[2]),
                at=read_moment(r[3]),
                distress_before=r[4],
                distress_after=r[5],
                note=r[6],
            )
            for r in rows
        ]

    def delete(self, use_id: int) -> GroundingUse | None:
        """Delete for real. Returns the use so undo can restore it."""
        found = self.get(use_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM grounding_uses WHERE id=?", (use_id,))
        return found

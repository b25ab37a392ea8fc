"""Uses of the grounding tools, with optional distress before and after."""

from __future__ import annotations

from datetime import datetime

from haven.domain.models import GroundingTool, GroundingUse
from haven.domain.ratings import check_rating
from haven.store.repositories._base import Repository, moment, range_clause, read_moment


class GroundingRepository(Repository):
    def add(self, use: GroundingUse) -> GroundingUse:
        check_rating(use.distress_before, "distress before", optional=True)
        check_rating(use.distress_after, "distress after", optional=True)
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

    def exists_uid(self, uid: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM grounding_uses WHERE uid=?", (uid,)).fetchone()
            is not None
        )

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[GroundingUse]:
        where, args = range_clause("at_utc", since, until)
        rows = self.conn.execute(
            "SELECT id, uid, tool, at, distress_before, distress_after, note FROM grounding_uses"
            f" WHERE {where} ORDER BY at_utc, id",
            args,
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

    def delete(self, use_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM grounding_uses WHERE id=?", (use_id,))

"""Practice sessions: a pre-brief and a debrief, saved as a draft until finished."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from haven.domain.models import Debrief, Practice, PracticeStatus, PreBrief
from haven.domain.ratings import check_rating
from haven.store.repositories._base import (
    Repository,
    moment,
    optional_bool,
    range_clause,
    read_moment,
)

_COLUMNS = (
    "id, uid, step_uid, status, started_at, ended_at, duration_seconds, intention, boundaries,"
    " stop_signal_agreed, stop_signal, distress_now, comfort_now, predicted_distress,"
    " distress_peak, distress_after, comfort_after, what_helped, what_was_hard,"
    " consent_checked, for_therapist"
)


def _validate(p: Practice) -> None:
    for value, name in (
        (p.pre.distress_now, "distress right now"),
        (p.pre.comfort_now, "comfort right now"),
        (p.pre.predicted_distress, "expected distress"),
        (p.debrief.distress_peak, "peak distress"),
        (p.debrief.distress_after, "distress afterwards"),
        (p.debrief.comfort, "comfort"),
    ):
        check_rating(value, name, optional=True)
    if p.duration_seconds is not None and p.duration_seconds < 0:
        raise ValueError("A practice cannot last less than no time.")


def _row(p: Practice) -> tuple[Any, ...]:
    started, started_utc = moment(p.started_at)
    return (
        p.step_uid,
        p.status.value,
        started,
        started_utc,
        None if p.ended_at is None else moment(p.ended_at)[0],
        p.duration_seconds,
        p.pre.intention,
        p.pre.boundaries,
        int(p.pre.stop_signal_agreed),
        p.pre.stop_signal,
        p.pre.distress_now,
        p.pre.comfort_now,
        p.pre.predicted_distress,
        p.debrief.distress_peak,
        p.debrief.distress_after,
        p.debrief.comfort,
        p.debrief.what_helped,
        p.debrief.what_was_hard,
        None if p.debrief.consent_checked is None else int(p.debrief.consent_checked),
        p.debrief.for_therapist,
    )


class PracticeRepository(Repository):
    def save(self, practice: Practice) -> Practice:
        """Insert or update (by uid). Drafts are saved the same way as finished practices."""
        _validate(practice)
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM practices WHERE uid=?", (practice.uid,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO practices (step_uid, status, started_at, started_utc, ended_at,"
                    " duration_seconds, intention, boundaries, stop_signal_agreed, stop_signal,"
                    " distress_now, comfort_now, predicted_distress, distress_peak,"
                    " distress_after, comfort_after, what_helped, what_was_hard,"
                    " consent_checked, for_therapist, uid)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*_row(practice), practice.uid),
                )
                practice.id = int(cur.lastrowid)
            else:
                practice.id = int(row[0])
                conn.execute(
                    "UPDATE practices SET step_uid=?, status=?, started_at=?, started_utc=?,"
                    " ended_at=?, duration_seconds=?, intention=?, boundaries=?,"
                    " stop_signal_agreed=?, stop_signal=?, distress_now=?, comfort_now=?,"
                    " predicted_distress=?, distress_peak=?, distress_after=?, comfort_after=?,"
                    " what_helped=?, what_was_hard=?, consent_checked=?, for_therapist=?"
                    " WHERE id=?",
                    (*_row(practice), practice.id),
                )
        return practice

    def finish(self, practice: Practice, *, at: datetime | None = None) -> Practice:
        """Mark the debrief done. A practice can be finished with any fields left empty."""
        from haven.domain.clock import now

        practice.status = PracticeStatus.DONE
        practice.ended_at = practice.ended_at or at or now()
        return self.save(practice)

    def delete(self, practice_id: int) -> Practice | None:
        found = self.get(practice_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM practices WHERE id=?", (practice_id,))
        return found

    def restore(self, practice: Practice) -> Practice:
        """Undo a delete: the same practice, same uid, debrief and times."""
        practice.id = None
        return self.save(practice)

    def get(self, practice_id: int) -> Practice | None:
        found = self._load("id = ?", [practice_id])
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> Practice | None:
        found = self._load("uid = ?", [uid])
        return found[0] if found else None

    def list(
        self,
        *,
        step_uid: str | None = None,
        status: PracticeStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Practice]:
        where, args = range_clause("started_utc", since, until)
        if step_uid is not None:
            where += " AND step_uid = ?"
            args.append(step_uid)
        if status is not None:
            where += " AND status = ?"
            args.append(PracticeStatus(status).value)
        order = "DESC" if newest_first else "ASC"
        where += f" ORDER BY started_utc {order}, id {order}"
        if limit is not None or offset:
            where += " LIMIT ? OFFSET ?"
            args.extend([-1 if limit is None else limit, max(0, offset)])
        return self._load(where, args)

    def drafts(self) -> list[Practice]:
        return self.list(status=PracticeStatus.DRAFT, newest_first=True)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM practices").fetchone()[0])

    def _load(self, where: str, args: list[Any]) -> list[Practice]:
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM practices WHERE {where}", args).fetchall()
        return [
            Practice(
                id=r[0],
                uid=r[1],
                step_uid=r[2],
                status=PracticeStatus(r[3]),
                started_at=read_moment(r[4]),
                ended_at=read_moment(r[5]),
                duration_seconds=r[6],
                pre=PreBrief(
                    intention=r[7],
                    boundaries=r[8],
                    stop_signal_agreed=bool(r[9]),
                    stop_signal=r[10],
                    distress_now=r[11],
                    comfort_now=r[12],
                    predicted_distress=r[13],
                ),
                debrief=Debrief(
                    distress_peak=r[14],
                    distress_after=r[15],
                    comfort=r[16],
                    what_helped=r[17],
                    what_was_hard=r[18],
                    consent_checked=optional_bool(r[19]),
                    for_therapist=r[20],
                ),
            )
            for r in rows
        ]

"""Check-in conversations with a partner, and agreements with their earlier wordings.

Each delete returns the record, so the window can offer undo, and `restore_*` puts it back
with the same uid, date and history. `finish_conversation` saves a conversation and the
agreements it ended in as one transaction: both or neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from haven.domain.partner import (
    PROMPT_KEYS,
    Agreement,
    AgreementVersion,
    Answer,
    Conversation,
    ConversationKind,
    check_agreement,
    check_conversation,
)
from haven.store.repositories._base import (
    Repository,
    day_text,
    moment,
    range_clause,
    read_day,
    read_moment,
)

_ANSWER_COLUMNS = tuple(f"{k}_{who}" for k in PROMPT_KEYS for who in ("mine", "partner"))
_CONVERSATION_COLUMNS = (
    "uid, at, at_utc, kind, practice_uid, " + ", ".join(_ANSWER_COLUMNS) + ", note, finished"
)


def _answers_out(item: Conversation) -> list[str]:
    values: list[str] = []
    for key in PROMPT_KEYS:
        answer = item.answer(key)
        values += [answer.mine, answer.partner]
    return values


def _conversation(r: Any) -> Conversation:
    texts = r[6 : 6 + len(_ANSWER_COLUMNS)]
    answers = {
        key: Answer(mine=texts[2 * n], partner=texts[2 * n + 1])
        for n, key in enumerate(PROMPT_KEYS)
    }
    rest = r[6 + len(_ANSWER_COLUMNS) :]
    return Conversation(
        id=r[0],
        uid=r[1],
        at=read_moment(r[2]),
        kind=ConversationKind(r[4]),
        practice_uid=r[5],
        answers=answers,
        note=rest[0],
        finished=bool(rest[1]),
    )


class PartnerRepository(Repository):
    # -- conversations -----------------------------------------------------------------------
    def _insert_conversation(self, conn: Any, item: Conversation) -> None:
        check_conversation(item)
        at_text, at_utc = moment(item.at)
        values = [
            item.uid,
            at_text,
            at_utc,
            item.kind.value,
            item.practice_uid,
            *_answers_out(item),
            item.note,
            int(item.finished),
        ]
        marks = ",".join("?" * len(values))
        cur = conn.execute(
            f"INSERT INTO partner_conversations ({_CONVERSATION_COLUMNS}) VALUES ({marks})",
            values,
        )
        item.id = int(cur.lastrowid)

    def _update_conversation(self, conn: Any, item: Conversation) -> None:
        check_conversation(item)
        sets = ", ".join(f"{c}=?" for c in _ANSWER_COLUMNS)
        conn.execute(
            f"UPDATE partner_conversations SET kind=?, practice_uid=?, {sets}, note=?, finished=?"
            " WHERE id=?",
            (
                item.kind.value,
                item.practice_uid,
                *_answers_out(item),
                item.note,
                int(item.finished),
                item.id,
            ),
        )

    def save_conversation(self, item: Conversation) -> Conversation:
        with self.transaction() as conn:
            if item.id is None:
                self._insert_conversation(conn, item)
            else:
                self._update_conversation(conn, item)
        return item

    def finish_conversation(
        self, item: Conversation, agreements: Iterable[Agreement]
    ) -> Conversation:
        """Save the conversation as finished and add its agreements: all or nothing."""
        new = list(agreements)
        for agreement in new:
            check_agreement(agreement)
            agreement.conversation_uid = item.uid
        item.finished = True
        with self.transaction() as conn:
            if item.id is None:
                self._insert_conversation(conn, item)
            else:
                self._update_conversation(conn, item)
            for agreement in new:
                self._insert_agreement(conn, agreement)
        return item

    def conversations(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Conversation]:
        where, args = range_clause("at_utc", since, until)
        return [
            _conversation(r)
            for r in self.conn.execute(
                f"SELECT id, {_CONVERSATION_COLUMNS} FROM partner_conversations"
                f" WHERE {where} ORDER BY at_utc, id",
                args,
            )
        ]

    def delete_conversation(self, item_id: int) -> Conversation | None:
        item = next((c for c in self.conversations() if c.id == item_id), None)
        with self.transaction() as conn:
            conn.execute("DELETE FROM partner_conversations WHERE id=?", (item_id,))
        return item

    def restore_conversation(self, item: Conversation) -> Conversation:
        item.id = None
        return self.save_conversation(item)

    # -- agreements --------------------------------------------------------------------------
    def _insert_agreement(self, conn: Any, item: Agreement) -> None:
        check_agreement(item)
        cur = conn.execute(
            "INSERT INTO agreements (uid, made_on, look_again, text, conversation_uid, share)"
            " VALUES (?,?,?,?,?,?)",
            (
                item.uid,
                day_text(item.made_on),
                day_text(item.look_again),
                item.text,
                item.conversation_uid,
                int(item.share),
            ),
        )
        item.id = int(cur.lastrowid)
        self._write_history(conn, item)

    def _write_history(self, conn: Any, item: Agreement) -> None:
        conn.execute("DELETE FROM agreement_versions WHERE agreement_id=?", (item.id,))
        conn.executemany(
            "INSERT INTO agreement_versions (agreement_id, position, text, look_again,"
            " changed_at) VALUES (?,?,?,?,?)",
            [
                (item.id, n, v.text, day_text(v.look_again), moment(v.changed_at)[0])
                for n, v in enumerate(item.history)
            ],
        )

    def add_agreement(self, item: Agreement) -> Agreement:
        with self.transaction() as conn:
            self._insert_agreement(conn, item)
        return item

    def update_agreement(self, item: Agreement) -> Agreement:
        """Save the agreement as it is now, with its history (see domain.partner.revised)."""
        check_agreement(item)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE agreements SET look_again=?, text=?, share=? WHERE id=?",
                (day_text(item.look_again), item.text, int(item.share), item.id),
            )
            self._write_history(conn, item)
        return item

    def agreements(self) -> list[Agreement]:
        history: dict[int, list[AgreementVersion]] = {}
        for r in self.conn.execute(
            "SELECT agreement_id, text, look_again, changed_at FROM agreement_versions"
            " ORDER BY agreement_id, position"
        ):
            history.setdefault(r[0], []).append(
                AgreementVersion(text=r[1], look_again=read_day(r[2]), changed_at=read_moment(r[3]))
            )
        return [
            Agreement(
                id=r[0],
                uid=r[1],
                made_on=read_day(r[2]),
                look_again=read_day(r[3]),
                text=r[4],
                conversation_uid=r[5],
                share=bool(r[6]),
                history=history.get(r[0], []),
            )
            for r in self.conn.execute(
                "SELECT id, uid, made_on, look_again, text, conversation_uid, share"
                " FROM agreements ORDER BY made_on, id"
            )
        ]

    def delete_agreement(self, item_id: int) -> Agreement | None:
        item = next((a for a in self.agreements() if a.id == item_id), None)
        with self.transaction() as conn:
            conn.execute("DELETE FROM agreements WHERE id=?", (item_id,))
        return item

    def restore_agreement(self, item: Agreement) -> Agreement:
        item.id = None
        return self.add_agreement(item)

    # -- uids, for import --------------------------------------------------------------------
    def uids(self, table: str) -> set[str]:
        if table not in {"partner_conversations", "agreements"}:
            raise ValueError(f"Not a partner table: {table!r}")
        return {r[0] for r in self.conn.execute(f"SELECT uid FROM {table}")}

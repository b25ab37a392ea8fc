"""Journal entries, their tags, and full-text search (FTS5).

Search is two-phase so it stays fast at 20,000 entries: first the matching ids in date
order (cheap), then snippets only for the page shown, built in Python (see domain.snippets
for why not FTS5's snippet()).
"""

from __future__ import annotations

import contextlib
import math
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from haven.domain.clock import now
from haven.domain.limits import MAX_COUNT
from haven.domain.models import JournalEntry, SearchHit, normalise_tags
from haven.domain.snippets import (
    make_snippet,
    query_words,
)
from haven.domain.validation import search_terms
from haven.domain.validation import validate_entry as validate
from haven.store.repositories._base import (
    Repository,
    chunked,
    moment,
    placeholders,
    range_clause,
    read_moment,
)

_COLUMNS = (
    "id, uid, at, updated_at, title, body, distress, comfort, share_with_therapist, mood_label"
)


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must appear (as a prefix).

    Each word is quoted, so FTS5 syntax (AND, NEAR, *, quotes, colons) typed by a person is
    searched for as words, never run as an expression.
    """
    words = search_terms(text)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


# Search windows (see JournalRepository._matching_ids_newest_first); measured in bench/.
SMALL_MATCH_COUNT = 1_000  # up to this many matches, one query is cheap
WINDOW_CAP = 10_240  # the largest window read from the time index


def _tag_key(tag: str) -> str:
    """A tag filter matches the way tags are stored (see normalise_tags)."""
    cleaned = normalise_tags([tag])
    return cleaned[0] if cleaned else tag


class JournalRepository(Repository):
    def add(self, entry: JournalEntry) -> JournalEntry:
        validate(entry)
        at_text, at_utc = moment(entry.at)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO journal_entries (uid, at, at_utc, updated_at, title, body, distress,"
                " comfort, share_with_therapist, mood_label) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    entry.uid,
                    at_text,
                    at_utc,
                    None if entry.updated_at is None else moment(entry.updated_at)[0],
                    entry.title,
                    entry.body,
                    entry.distress,
                    entry.comfort,
                    int(entry.share_with_therapist),
                    entry.mood_label,
                ),
            )
            entry.id = int(cur.lastrowid)
            self._write_tags(conn, entry)
        return entry

    def add_many(self, entries: list[JournalEntry], *, checked: bool = False) -> list[JournalEntry]:
        """Add many entries in one transaction, at bulk speed; sets each entry's id.

        `checked=True` skips `validate` for entries the caller has just validated (an
        import's preview), so 20,000 entries are not checked twice.

        Why a staging table: the search index (filled by the insert trigger) flushes its
        pending terms at the end of every statement. One statement per entry took ~14 s for
        20,000 entries of 1 KB, a thousand rows per statement ~3.3 s. The rows go first into
        a table in `temp` (in memory: temp_store=MEMORY), then into journal_entries with one
        INSERT … SELECT, so the trigger feeds FTS5 within one statement: ~1.4 s, faster than
        dropping the trigger and filling the index afterwards (2.1–2.8 s), and without
        touching the schema (bench/bench_import.py measures it beside that floor).
        """
        if not checked:
            for entry in entries:
                validate(entry)
        if not entries:
            return entries
        with self.transaction() as conn, _bulk_cache(conn):
            for batch in _batches(entries):
                _insert_batch(conn, batch)
        return entries

    def existing_uids(self, uids: list[str]) -> set[str]:
        """Which of these uids the journal already holds.

        A few uids are looked up (one query per 500); for many, one pass over the uid index
        is cheaper: 40 queries of 500 uids took 0.15 s for an import of 20,000 entries,
        reading every uid of a 20,000-entry journal takes a few milliseconds.
        """
        if len(uids) > UIDS_LOOKED_UP_ONE_BY_ONE:
            wanted = set(uids)
            return {r[0] for r in self.conn.execute("SELECT uid FROM journal_entries")} & wanted
        found: set[str] = set()
        for part in chunked(uids):
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT uid FROM journal_entries WHERE uid IN ({placeholders(part)})", part
                )
            )
        return found

    def update(self, entry: JournalEntry) -> JournalEntry:
        validate(entry)
        entry.updated_at = now()
        at_text, at_utc = moment(entry.at)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE journal_entries SET at=?, at_utc=?, updated_at=?, title=?, body=?,"
                " distress=?, comfort=?, share_with_therapist=?, mood_label=? WHERE id=?",
                (
                    at_text,
                    at_utc,
                    moment(entry.updated_at)[0],
                    entry.title,
                    entry.body,
                    entry.distress,
                    entry.comfort,
                    int(entry.share_with_therapist),
                    entry.mood_label,
                    entry.id,
                ),
            )
            conn.execute("DELETE FROM journal_tags WHERE entry_id=?", (entry.id,))
            self._write_tags(conn, entry)
        return entry

    def delete(self, entry_id: int) -> JournalEntry | None:
        """Delete for real (secure_delete is on). Returns the entry so the UI can offer undo."""
        entry = self.get(entry_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM journal_entries WHERE id=?", (entry_id,))
        return entry

    def restore(self, entry: JournalEntry) -> JournalEntry:
        """Undo a delete: the same entry, same uid, back in place."""
        entry.id = None
        return self.add(entry)

    @staticmethod
    def _write_tags(conn: Any, entry: JournalEntry) -> None:
        conn.executemany(
            "INSERT INTO journal_tags (entry_id, tag) VALUES (?,?)",
            [(entry.id, tag) for tag in entry.tags],
        )

    # -- reading --------------------------------------------------------------------------
    def get(self, entry_id: int) -> JournalEntry | None:
        found = self._load("e.id = ?", [entry_id])
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> JournalEntry | None:
        found = self._load("e.uid = ?", [uid])
        return found[0] if found else None

    def exists_uid(self, uid: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM journal_entries WHERE uid=?", (uid,)).fetchone()
            is not None
        )

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        tag: str | None = None,
        shared_only: bool = False,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[JournalEntry]:
        where, args = range_clause("e.at_utc", since, until)
        if tag:
            where += " AND e.id IN (SELECT entry_id FROM journal_tags WHERE tag = ?)"
            args.append(_tag_key(tag))
        if shared_only:
            where += " AND e.share_with_therapist = 1"
        order = "DESC" if newest_first else "ASC"
        where += f" ORDER BY e.at_utc {order}, e.id {order}"
        if limit is not None:
            where += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return self._load(where, args)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0])

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first."""
        rows = self.conn.execute(
            "SELECT tag, count(*) FROM journal_tags GROUP BY tag ORDER BY count(*) DESC, tag"
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def _load(self, where: str, args: list[Any]) -> list[JournalEntry]:
        rows = self.conn.execute(
            f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))}"
            f" FROM journal_entries e WHERE {where}",
            args,
        ).fetchall()
        tags: dict[int, list[str]] = defaultdict(list)
        ids = [r[0] for r in rows]
        for part in chunked(ids):
            for entry_id, tag in self.conn.execute(
                f"SELECT entry_id, tag FROM journal_tags WHERE entry_id IN ({placeholders(part)})",
                part,
            ):
                tags[entry_id].append(tag)
        return [
            JournalEntry(
                id=r[0],
                uid=r[1],
                at=read_moment(r[2]),
                updated_at=read_moment(r[3]),
                title=r[4],
                body=r[5],
                distress=r[6],
                comfort=r[7],
                share_with_therapist=bool(r[8]),
                mood_label=r[9],
                tags=sorted(tags[r[0]]),
            )
            for r in rows
        ]

    # -- searching --------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        tag: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[SearchHit]:
        """Entries containing every word typed (as word prefixes), newest first."""
        query = fts_query(text)
        if not query:
            return []
        # SQLite integers stop at 2**63; no journal holds more entries than MAX_COUNT.
        offset = min(max(offset, 0), MAX_COUNT)
        limit = min(max(limit, 0), MAX_COUNT)
        ids = self._matching_ids_newest_first(query, offset + limit, tag, since, until)
        return self._hits(text, ids[offset:])

    def _matching_ids_newest_first(
        self,
        query: str,
        wanted: int,
        tag: str | None,
        since: datetime | None,
        until: datetime | None,
    ) -> list[int]:
        """The newest `wanted` matching ids, walking back through time in growing windows.

        Why not one query: `id IN (SELECT rowid … MATCH ?) ORDER BY at_utc` reads the row of
        every match (decrypting its pages) and sorts them all, to keep 20: 66 ms for a word
        in all 20,000 entries (bench/README.md). Here a window of the newest ids comes from
        the time index (index pages only), FTS5 is asked once for matches within the
        window's rowid range (a bound FTS5 uses itself; the result is intersected with the
        window, so ids need not follow time), and a common word fills the page at once. A
        rarer word makes the next window larger; with few matches in all, or past
        WINDOW_CAP, the rest comes the one-query way, which is cheap for few.
        """
        where, args = range_clause("at_utc", since, until)
        if tag:
            where += " AND id IN (SELECT entry_id FROM journal_tags WHERE tag = ?)"
            args.append(_tag_key(tag))
        conn = self.conn
        window = max(32, 2 * wanted)
        found: list[int] = []
        oldest: tuple[int, int] | None = None  # (at_utc, id) of the oldest entry seen so far

        def older() -> tuple[str, list[Any]]:
            if oldest is None:
                return where, list(args)
            return (
                where + " AND at_utc <= ? AND (at_utc < ? OR id < ?)",
                [*args, oldest[0], oldest[0], oldest[1]],
            )

        def the_rest() -> list[int]:
            rest_where, rest_args = older()
            rows = conn.execute(
                "SELECT id FROM journal_entries"
                " WHERE id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)"
                f" AND {rest_where} ORDER BY at_utc DESC, id DESC LIMIT ?",
                [query, *rest_args, wanted - len(found)],
            )
            return [r[0] for r in rows]

        rounds = 0
        while len(found) < wanted:
            if rounds == 1:
                matches = self._count(query)
                if matches <= SMALL_MATCH_COUNT:
                    return found + the_rest()
                newest = conn.execute("SELECT max(id) FROM journal_entries").fetchone()[0] or 1
                window = max(window, math.ceil(2 * (wanted - len(found)) * newest / matches))
            if window > WINDOW_CAP:
                return found + the_rest()
            page_where, page_args = older()
            candidates = conn.execute(
                "SELECT id, at_utc FROM journal_entries INDEXED BY journal_by_time"
                f" WHERE {page_where} ORDER BY at_utc DESC, id DESC LIMIT ?",
                [*page_args, window],
            ).fetchall()
            if not candidates:
                break
            ids = [c[0] for c in candidates]
            matched = {
                r[0]
                for r in conn.execute(
                    "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?"
                    " AND rowid BETWEEN ? AND ?",
                    [query, min(ids), max(ids)],
                )
            }
            found += [i for i in ids if i in matched]
            oldest = (candidates[-1][1], candidates[-1][0])
            rounds += 1
            window *= 4
        return found[:wanted]

    def _hits(self, text: str, ids: list[int]) -> list[SearchHit]:
        """A page of results, with snippets built only for the entries shown."""
        if not ids:
            return []
        rows = {
            r[0]: r
            for r in self.conn.execute(
                "SELECT id, uid, at, title, body FROM journal_entries"
                f" WHERE id IN ({placeholders(ids)})",
                ids,
            )
        }
        words = query_words(text)
        return [
            SearchHit(
                entry_id=r[0],
                uid=r[1],
                at=read_moment(r[2]),
                title=r[3],
                snippet=make_snippet(r[4], words),
            )
            for r in (rows[i] for i in ids if i in rows)
        ]

    def _count(self, query: str) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?", (query,)
            ).fetchone()[0]
        )

    def count_matches(self, text: str) -> int:
        query = fts_query(text)
        return self._count(query) if query else 0


# A batch is one INSERT … SELECT: as many entries as hold about this much text. Larger batches
# flush the search index less often; this bound keeps the staging copy's memory modest.
BATCH_CHARS = 32_000_000
BULK_CACHE_KIB = 64 * 1024
_ENTRY_COLUMNS = (
    "uid, at, at_utc, updated_at, title, body, distress, comfort, share_with_therapist, mood_label"
)
_STAGING = "temp.haven_incoming_entries"
_ENTRY_ROW = "(" + ",".join("?" * len(_ENTRY_COLUMNS.split(","))) + ")"
# Rows per INSERT statement into the staging table, and into the tags. Each statement step
# costs tens of microseconds (cipher_memory_security locks and wipes every allocation), but a
# statement with many parameters costs more to prepare and bind than it saves. Staging
# 20,000 entries of ten columns on a quiet machine: one row a statement 0.55 s, 4 rows
# 0.37 s, 8 rows 0.40 s, 12 rows 0.31 s, 16 rows 0.38 s, 32 rows 0.63 s, 256 rows 0.82 s.
# Tags have two columns and prefer long statements: 6,667 tags took 0.29 s at 8 rows a
# statement, 0.10 s at 256. Same-size statements reuse one prepared statement. (Measured
# before each connection had a larger lookaside pool; with it, 1 to 96 rows a statement
# write 20,000 entries within the machine's noise of each other, so 12 stays.)
ROWS_PER_STATEMENT = 12
TAGS_PER_STATEMENT = 256
# Above this many uids, existing_uids reads the whole uid index once (see there).
UIDS_LOOKED_UP_ONE_BY_ONE = 2_000


@contextlib.contextmanager
def _bulk_cache(conn: Any) -> Iterator[None]:
    """A larger page cache while a bulk insert runs, then the usual one again.

    With the default cache (8 MB) the pages of 20 MB of new entries are written out and read
    back (decrypted) again and again within the transaction: 24,000 page reads for 20,000
    entries of 1 KB, 8,700 with 64 MB. Like the default cache it lives in this process's
    memory only (and is wiped when freed: cipher_memory_security).
    """
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {int(BULK_CACHE_KIB) * -1}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")


def _batches(entries: list[JournalEntry]) -> Iterator[list[JournalEntry]]:
    batch: list[JournalEntry] = []
    chars = 0
    for entry in entries:
        size = len(entry.body) + len(entry.title)
        if batch and chars + size > BATCH_CHARS:
            yield batch
            batch, chars = [], 0
        batch.append(entry)
        chars += size
    if batch:
        yield batch


def _rows(batch: list[JournalEntry]) -> Iterator[tuple[Any, ...]]:
    for e in batch:
        at_text, at_utc = moment(e.at)
        updated = None if e.updated_at is None else moment(e.updated_at)[0]
        yield (
            *(e.uid, at_text, at_utc, updated, e.title, e.body),
            *(e.distress, e.comfort, int(e.share_with_therapist), e.mood_label),
        )


def _give_ids(conn: Any, batch: list[JournalEntry], before: int) -> None:
    """Each entry's new id, read from what was just inserted after `before`.

    SQLite numbers rows inserted in order as max(id) + 1, so the batch usually holds the
    ids right after `before`, in its own order: one range query confirms that (0.08 s
    cheaper at 20,000 entries than looking each uid up). When the range does not confirm it
    (the ids would pass SQLite's largest and are chosen at random), every uid is looked up.
    """
    low, high, count = conn.execute(
        "SELECT min(id), max(id), count(*) FROM main.journal_entries WHERE id > ?", (before,)
    ).fetchone()
    if count == len(batch) and low == before + 1 and high == before + len(batch):
        for offset, entry in enumerate(batch, start=low):
            entry.id = offset
        return
    ids = dict(
        conn.execute(
            f"SELECT uid, id FROM main.journal_entries WHERE uid IN (SELECT uid FROM {_STAGING})"
        )
    )
    for entry in batch:
        entry.id = int(ids[entry.uid])


def _insert_batch(conn: Any, batch: list[JournalEntry]) -> None:
    """Stage the batch in memory, then insert it with one statement (see add_many)."""
    conn.execute(f"DROP TABLE IF EXISTS {_STAGING}")
    conn.execute(
        f"CREATE TABLE {_STAGING} AS SELECT {_ENTRY_COLUMNS} FROM main.journal_entries WHERE 0"
    )
    try:
        rows = list(_rows(batch))
        for start in range(0, len(rows), ROWS_PER_STATEMENT):
            part = rows[start : start + ROWS_PER_STATEMENT]
            conn.execute(
                f"INSERT INTO {_STAGING} ({_ENTRY_COLUMNS}) VALUES "
                + ",".join([_ENTRY_ROW] * len(part)),
                [value for row in part for value in row],
            )
        before = conn.execute("SELECT coalesce(max(id), 0) FROM main.journal_entries").fetchone()
        conn.execute(
            f"INSERT INTO main.journal_entries ({_ENTRY_COLUMNS})"
            f" SELECT {_ENTRY_COLUMNS} FROM {_STAGING} ORDER BY rowid"
        )
        _give_ids(conn, batch, int(before[0]))
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_STAGING}")
    pairs = [value for e in batch for tag in e.tags for value in (e.id, tag)]
    step = 2 * TAGS_PER_STATEMENT
    for start in range(0, len(pairs), step):
        part = pairs[start : start + step]
        conn.execute(
            "INSERT INTO journal_tags (entry_id, tag) VALUES "
            + ",".join(["(?,?)"] * (len(part) // 2)),
            part,
        )

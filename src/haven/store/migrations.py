"""Numbered schema migrations, applied in order, each in its own transaction.

The schema version lives in `PRAGMA user_version`. Before any migration runs on a vault
that already holds data, the vault keeps an encrypted copy of itself (see Vault._migrate).
Add a migration by appending to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Any], None]  # receives a DB-API connection inside a transaction


def split_statements(sql: str) -> list[str]:
    """Split a script into statements the way SQLite itself reads them (trigger bodies too)."""
    from haven.store.sqlcipher_library import dbapi2

    complete_statement = dbapi2().complete_statement
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _script(sql: str) -> Callable[[Any], None]:
    def run(conn: Any) -> None:
        for statement in split_statements(sql):
            conn.execute(statement)

    return run


_V1_CORE = """
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    distress INTEGER NOT NULL CHECK (distress BETWEEN 0 AND 10),
    comfort INTEGER NOT NULL CHECK (comfort BETWEEN 0 AND 10),
    sleep_hours REAL CHECK (sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24),
    stress INTEGER CHECK (stress IS NULL OR stress BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_by_time ON checkins(at_utc);
CREATE TABLE checkin_tags (
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (checkin_id, tag)
) WITHOUT ROWID;
CREATE INDEX checkin_tags_by_tag ON checkin_tags(tag);

CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    updated_at TEXT,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    distress INTEGER CHECK (distress IS NULL OR distress BETWEEN 0 AND 10),
    comfort INTEGER CHECK (comfort IS NULL OR comfort BETWEEN 0 AND 10),
    share_with_therapist INTEGER NOT NULL DEFAULT 0,
    mood_label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_by_time ON journal_entries(at_utc);
CREATE TABLE journal_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX journal_tags_by_tag ON journal_tags(tag);

CREATE TABLE roadmap_steps (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('not_started','practising','comfortable','paused')),
    readiness_notes TEXT NOT NULL DEFAULT '',
    readiness_practices INTEGER,
    readiness_max_peak INTEGER,
    created_at TEXT NOT NULL
);
CREATE TABLE step_state_changes (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    step_id INTEGER NOT NULL REFERENCES roadmap_steps(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX state_changes_by_step ON step_state_changes(step_id, at_utc);

CREATE TABLE thresholds (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    situation TEXT NOT NULL,
    zone TEXT NOT NULL CHECK (zone IN ('manageable','needs_boundaries','not_yet')),
    boundary TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE zone_moves (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    threshold_id INTEGER NOT NULL REFERENCES thresholds(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    from_zone TEXT,
    to_zone TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX zone_moves_by_threshold ON zone_moves(threshold_id, at_utc);

CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    step_uid TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft','done')),
    started_at TEXT NOT NULL,
    started_utc INTEGER NOT NULL,
    ended_at TEXT,
    duration_seconds INTEGER,
    intention TEXT NOT NULL DEFAULT '',
    boundaries TEXT NOT NULL DEFAULT '',
    stop_signal_agreed INTEGER NOT NULL DEFAULT 0,
    stop_signal TEXT NOT NULL DEFAULT '',
    distress_now INTEGER CHECK (distress_now IS NULL OR distress_now BETWEEN 0 AND 10),
    comfort_now INTEGER CHECK (comfort_now IS NULL OR comfort_now BETWEEN 0 AND 10),
    predicted_distress INTEGER
        CHECK (predicted_distress IS NULL OR predicted_distress BETWEEN 0 AND 10),
    distress_peak INTEGER CHECK (distress_peak IS NULL OR distress_peak BETWEEN 0 AND 10),
    distress_after INTEGER CHECK (distress_after IS NULL OR distress_after BETWEEN 0 AND 10),
    comfort_after INTEGER CHECK (comfort_after IS NULL OR comfort_after BETWEEN 0 AND 10),
    what_helped TEXT NOT NULL DEFAULT '',
    what_was_hard TEXT NOT NULL DEFAULT '',
    consent_checked INTEGER,
    for_therapist TEXT NOT NULL DEFAULT ''
);
CREATE INDEX practices_by_step ON practices(step_uid, started_utc);
CREATE INDEX practices_by_time ON practices(started_utc);

CREATE TABLE boundaries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    review_by TEXT
);
CREATE TABLE boundary_reviews (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    boundary_id INTEGER NOT NULL REFERENCES boundaries(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    text TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    next_review_by TEXT
);
CREATE TABLE triggers (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    contexts TEXT NOT NULL DEFAULT '',
    what_helps TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    how_to_reach TEXT NOT NULL DEFAULT '',
    when_to_call TEXT NOT NULL DEFAULT ''
);
CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('stop','pause')),
    signal TEXT NOT NULL,
    form TEXT NOT NULL DEFAULT '',
    meaning TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pause_plan_steps (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (actor IN ('me','partner')),
    text TEXT NOT NULL
);
CREATE TABLE routines (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT ''
);
CREATE TABLE scripts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    from_template TEXT NOT NULL DEFAULT ''
);
CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    activity TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes','maybe','not_now'))
);
CREATE TABLE checklist_marks (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes','maybe','not_now')),
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE grounding_uses (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    tool TEXT NOT NULL,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    distress_before INTEGER CHECK (distress_before IS NULL OR distress_before BETWEEN 0 AND 10),
    distress_after INTEGER CHECK (distress_after IS NULL OR distress_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX grounding_by_time ON grounding_uses(at_utc);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID
"""

# Full-text search over journal title and body. External content: the text is stored once,
# in journal_entries; triggers keep the index in step.
_V2_JOURNAL_SEARCH = """
CREATE VIRTUAL TABLE journal_fts USING fts5(
    title, body,
    content='journal_entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, body ON journal_entries BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO journal_fts(journal_fts) VALUES ('rebuild')
"""

# Version 4: the reflection tools and the person's Learn marks (issue 14). Every column that
# holds words is encrypted with the rest of the vault; nothing here is in the settings file.
_V4_REFLECT = """
CREATE TABLE fear_checks (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    updated_at TEXT,
    happening TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    safe_now TEXT NOT NULL DEFAULT '',
    not_safe TEXT NOT NULL DEFAULT '',
    will_do TEXT NOT NULL DEFAULT '',
    ending TEXT NOT NULL DEFAULT '' CHECK (ending IN ('','pause','help_now')),
    finished INTEGER NOT NULL DEFAULT 0,
    share INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fear_checks_by_time ON fear_checks(at_utc);
CREATE TABLE values_sorts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    share INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX values_sorts_by_time ON values_sorts(at_utc);
CREATE TABLE values_placements (
    sort_id INTEGER NOT NULL REFERENCES values_sorts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    card TEXT NOT NULL,
    text TEXT NOT NULL,
    pile TEXT NOT NULL CHECK (pile IN ('a_lot','some','not_now')),
    PRIMARY KEY (sort_id, card)
) WITHOUT ROWID;
CREATE TABLE kind_words (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    moment TEXT NOT NULL DEFAULT '',
    words TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    share INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kind_words_by_time ON kind_words(at_utc);
CREATE TABLE learn_marks (
    reading TEXT PRIMARY KEY,
    helpful INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID
"""

# Version 5: working with a therapist (issue 13): the sessions log, the roadmap steps a
# session's agreed practice is for, and the "to bring to therapy" list. Items gathered from
# records marked elsewhere (journal, debrief, reflections) get a row here only once the
# person ticks them off or removes them; typed lines and care-panel moments always have one.
# The older `to_bring_requests` setting is adopted on read (usecases/to_bring.py), so an old
# haven-json file imported later still lands in this list.
_V5_THERAPY = """
CREATE TABLE therapy_sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL,
    worked_on TEXT NOT NULL DEFAULT '',
    keep TEXT NOT NULL DEFAULT '',
    practice TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT
);
CREATE INDEX therapy_sessions_by_day ON therapy_sessions(day);
CREATE TABLE therapy_session_steps (
    session_id INTEGER NOT NULL REFERENCES therapy_sessions(id) ON DELETE CASCADE,
    step_uid TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, step_uid)
) WITHOUT ROWID;
CREATE INDEX therapy_session_steps_by_step ON therapy_session_steps(step_uid);
CREATE TABLE to_bring (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    record_uid TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_utc INTEGER NOT NULL,
    talked_on TEXT,
    removed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX to_bring_by_record ON to_bring(kind, record_uid) WHERE record_uid <> '';
CREATE INDEX to_bring_by_time ON to_bring(added_utc)
"""

# Version 6: check-in conversations with a partner and the agreements they lead to (issue 13).
_V6_PARTNER = """
CREATE TABLE partner_conversations (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular','after_practice')),
    practice_uid TEXT,
    felt_good_mine TEXT NOT NULL DEFAULT '',
    felt_good_partner TEXT NOT NULL DEFAULT '',
    to_change_mine TEXT NOT NULL DEFAULT '',
    to_change_partner TEXT NOT NULL DEFAULT '',
    signals_mine TEXT NOT NULL DEFAULT '',
    signals_partner TEXT NOT NULL DEFAULT '',
    boundary_mine TEXT NOT NULL DEFAULT '',
    boundary_partner TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    finished INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX partner_conversations_by_time ON partner_conversations(at_utc);
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    made_on TEXT NOT NULL,
    look_again TEXT,
    text TEXT NOT NULL,
    conversation_uid TEXT,
    share INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE agreement_versions (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    look_again TEXT,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (agreement_id, position)
) WITHOUT ROWID
"""

# Version 7: the search index without its per-entry sizes (FTS5 `columnsize=0`). Haven
# orders results by time and builds its own snippets, so nothing reads those sizes (they
# serve FTS5's bm25 ranking); keeping them cost a row, and its allocations, for every entry
# written: an import of 20,000 entries wrote about a tenth faster without them
# (bench/README.md). The index is rebuilt from the entries, in the migration's transaction.
_V7_SEARCH_WITHOUT_SIZES = """
DROP TABLE journal_fts;
CREATE VIRTUAL TABLE journal_fts USING fts5(
    title, body,
    content='journal_entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    columnsize=0
);
INSERT INTO journal_fts(journal_fts) VALUES ('rebuild')
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", _script(_V1_CORE)),
    Migration(2, "journal full-text search", _script(_V2_JOURNAL_SEARCH)),
    Migration(4, "reflection tools and learn marks", _script(_V4_REFLECT)),
    Migration(5, "therapy sessions and the list to bring", _script(_V5_THERAPY)),
    Migration(6, "check-in conversations with a partner, and agreements", _script(_V6_PARTNER)),
    Migration(7, "search index without per-entry sizes", _script(_V7_SEARCH_WITHOUT_SIZES)),
)

LATEST = MIGRATIONS[-1].version


def pending(current: int) -> list[Migration]:
    return [m for m in MIGRATIONS if m.version > current]

"""Search returns exactly the newest matching entries, whatever order they were written in.

The fast search walks back through time in windows; these tests shrink the windows so that
every path (first window, growing windows, the one-query rest) runs on small data, and
compare with a plain reference: every entry, filtered and sorted in Python.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.domain.clock import to_utc_micros
from haven.domain.models import JournalEntry
from haven.store import Vault
from haven.store.repositories import journal as journal_store

START = datetime(2020, 1, 1, tzinfo=UTC)
WORDS = ["river", "calm", "walk", "tea"]


def reference(
    vault: Vault, word: str, *, tag: str | None, since: datetime | None, limit: int, offset: int
) -> list[str]:
    entries = vault.journal.list(newest_first=False)
    chosen = [
        e
        for e in entries
        if any(w.startswith(word) for w in (e.title + " " + e.body).lower().split())
        and (tag is None or tag in e.tags)
        and (since is None or e.at >= since)
    ]
    chosen.sort(key=lambda e: (to_utc_micros(e.at), e.id), reverse=True)
    return [e.uid for e in chosen[offset : offset + limit]]


@pytest.fixture
def tiny_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_store, "SMALL_MATCH_COUNT", 3)
    monkeypatch.setattr(journal_store, "WINDOW_CAP", 200)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    days=st.lists(st.integers(0, 400), min_size=1, max_size=120),
    word_picks=st.lists(st.sampled_from(WORDS), min_size=120, max_size=120),
    word=st.sampled_from(WORDS),
    use_tag=st.booleans(),
    since_day=st.none() | st.integers(0, 400),
    limit=st.integers(1, 25),
    offset=st.integers(0, 10),
)
def test_search_matches_the_plain_reference(
    vault: Vault,
    tiny_windows: None,
    days: list[int],
    word_picks: list[str],
    word: str,
    use_tag: bool,
    since_day: int | None,
    limit: int,
    offset: int,
) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM journal_entries")
    # Days are random, so row ids do not follow time (as with imports and backdating).
    vault.journal.add_many(
        [
            JournalEntry(
                body=f"{word_picks[i]} and {word_picks[-1 - i]} today",
                at=START + timedelta(days=day, minutes=i),
                tags=["even"] if i % 2 == 0 else [],
            )
            for i, day in enumerate(days)
        ]
    )
    tag = "even" if use_tag else None
    since = None if since_day is None else START + timedelta(days=since_day)
    got = [
        h.uid for h in vault.journal.search(word, tag=tag, since=since, limit=limit, offset=offset)
    ]
    assert got == reference(vault, word, tag=tag, since=since, limit=limit, offset=offset)


def test_a_word_in_every_entry_gives_the_newest_page(vault: Vault) -> None:
    vault.journal.add_many(
        [JournalEntry(body=f"felt fine {i}", at=START + timedelta(days=i)) for i in range(300)]
    )
    hits = vault.journal.search("felt", limit=20)
    assert [h.at for h in hits] == [START + timedelta(days=i) for i in range(299, 279, -1)]

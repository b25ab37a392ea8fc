"""Property: whatever check-ins and journal entries a journal holds (any text, any zone, any
date Haven keeps), a haven-json export imported into a new journal exports the same."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.domain.models import CheckIn, JournalEntry
from haven.exchange import export_document, import_document
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=40)
zones = st.integers(min_value=-14 * 4, max_value=14 * 4).map(
    lambda quarters: timezone(timedelta(minutes=15 * quarters))
)
moments = st.builds(
    lambda when, zone: when.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2199, 12, 31)),
    zones,
)
checkins = st.builds(
    CheckIn,
    distress=st.integers(0, 10),
    comfort=st.integers(0, 10),
    sleep_hours=st.none() | st.floats(0, 24, allow_nan=False),
    stress=st.none() | st.integers(0, 10),
    note=text,
    tags=st.lists(text, max_size=3),
    at=moments,
)
entries = st.builds(
    JournalEntry,
    body=text.filter(lambda t: t.strip() != ""),
    title=text,
    tags=st.lists(text, max_size=3),
    at=moments,
    share_with_therapist=st.booleans(),
)


def _without_time(doc: dict) -> str:
    return json.dumps({k: v for k, v in doc.items() if k != "exported_at"}, sort_keys=True)


@settings(
    max_examples=12,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(checkins, max_size=4), st.lists(entries, max_size=4))
def test_an_export_imported_into_a_new_journal_exports_the_same(
    some_checkins: list[CheckIn], some_entries: list[JournalEntry]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first, _ = Vault.create(Path(tmp) / "a", "round trip passphrase", kdf=CHEAP_KDF)
        second, _ = Vault.create(Path(tmp) / "b", "round trip passphrase", kdf=CHEAP_KDF)
        try:
            for checkin in some_checkins:
                first.checkins.add(checkin)
            for entry in some_entries:
                first.journal.add(entry)
            doc = json.loads(json.dumps(export_document(first), ensure_ascii=False))
            import_document(second, doc)
            assert _without_time(export_document(second)) == _without_time(doc)
        finally:
            first.lock()
            second.lock()

"""Property: whatever a journal holds (check-ins, journal entries, therapy sessions, the list
to bring, partner conversations and agreements; any text, any zone, any date Haven keeps), a
haven-json export imported into a new journal exports the same."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.domain.models import CheckIn, JournalEntry
from haven.domain.partner import (
    PROMPT_KEYS,
    Agreement,
    Answer,
    Conversation,
    ConversationKind,
    revised,
)
from haven.domain.therapy import TherapySession, ToBringItem
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


days = st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31))
sessions = st.builds(
    TherapySession,
    day=days,
    worked_on=text,
    keep=text,
    practice=text,
    questions=text,
    created_at=moments,
)
to_bring = st.builds(
    ToBringItem,
    text=text.filter(lambda t: t.strip() != ""),
    added=moments,
    talked_on=st.none() | days,
    removed=st.booleans(),
)
answers = st.builds(Answer, mine=text, partner=text)
conversations = st.builds(
    Conversation,
    kind=st.just(ConversationKind.REGULAR),
    answers=st.fixed_dictionaries({key: answers for key in PROMPT_KEYS}),
    note=text,
    finished=st.booleans(),
    at=moments,
)


@st.composite
def agreements(draw: st.DrawFn) -> tuple[Agreement, list[str]]:
    """An agreement, and the words it is later changed to (its history), oldest first."""
    made_on = draw(days)
    look_again = draw(st.none() | st.dates(min_value=made_on, max_value=date(2199, 12, 31)))
    words = draw(st.lists(text.filter(lambda t: t.strip() != ""), min_size=1, max_size=3))
    first = Agreement(
        text=words[0], made_on=made_on, look_again=look_again, share=draw(st.booleans())
    )
    return first, words[1:]


@settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(sessions, max_size=3),
    st.lists(to_bring, max_size=3),
    st.lists(conversations, max_size=2),
    st.lists(agreements(), max_size=2),
)
def test_therapy_and_partner_records_come_back_the_same(
    some_sessions: list[TherapySession],
    some_items: list[ToBringItem],
    some_conversations: list[Conversation],
    some_agreements: list[tuple[Agreement, list[str]]],
) -> None:
    """Sessions, the list to bring, conversations and agreements with their earlier words."""
    with tempfile.TemporaryDirectory() as tmp:
        first, _ = Vault.create(Path(tmp) / "a", "round trip passphrase", kdf=CHEAP_KDF)
        second, _ = Vault.create(Path(tmp) / "b", "round trip passphrase", kdf=CHEAP_KDF)
        try:
            for session in some_sessions:
                first.therapy.add_session(session)
            for item in some_items:
                first.therapy.save_item(item)
            for conversation in some_conversations:
                first.partner.save_conversation(conversation)
            changes = 0
            for agreement, later_words in some_agreements:
                first.partner.add_agreement(agreement)
                for i, words in enumerate(later_words):
                    before = len(agreement.history)
                    changed_at = datetime(2024, 5, 1, 9, i, tzinfo=UTC)
                    agreement = revised(agreement, words, agreement.look_again, changed_at)
                    first.partner.update_agreement(agreement)
                    changes += len(agreement.history) - before
            doc = json.loads(json.dumps(export_document(first), ensure_ascii=False))
            import_document(second, doc)
            assert _without_time(export_document(second)) == _without_time(doc)
            assert len(second.therapy.sessions()) == len(some_sessions)
            assert sum(len(a.history) for a in second.partner.agreements()) == changes
        finally:
            first.lock()
            second.lock()

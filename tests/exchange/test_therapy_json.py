"""Therapy sessions and the list to bring travel through a haven-json export and import
whole: every field, uids and dates kept; a second import adds nothing; a wrong record is
refused with a plain message and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from haven.domain.models import JournalEntry
from haven.domain.therapy import TherapySession
from haven.exchange.haven_json import export_document, import_document
from haven.exchange.haven_json_kinds import ImportProblem
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.usecases import to_bring
from tests.conftest import PASSPHRASE

AT = datetime(2026, 10, 4, 22, 15, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Vault]:
    fresh, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=CHEAP_KDF)
    yield fresh
    fresh.lock()


def test_sessions_and_the_list_come_back_with_every_field(vault: Vault, other: Vault) -> None:
    vault.therapy.add_session(
        TherapySession(
            day=date(2026, 10, 2),
            worked_on="Freeze and how to name it",
            keep="Naming it out loud helps",
            practice="Say 'pause' once, on purpose",
            questions="Can we talk about mornings?",
            step_uids=["step-1"],
            created_at=AT,
        )
    )
    entry = vault.journal.add(
        JournalEntry(body="x", title="Sunday", at=AT, share_with_therapist=True)
    )
    typed = to_bring.add_typed(vault, "Ask about sleep", at=AT)
    to_bring.mark_talked(vault, typed, date(2026, 10, 9))
    [journal_item] = [i for i in to_bring.open_items(vault) if i.kind == "journal"]
    to_bring.remove_item(vault, journal_item)

    import_document(other, export_document(vault))

    assert other.therapy.sessions() == vault.therapy.sessions()
    assert [
        (i.uid, i.kind, i.record_uid, i.text, i.added, i.talked_on, i.removed)
        for i in other.therapy.items()
    ] == [
        (i.uid, i.kind, i.record_uid, i.text, i.added, i.talked_on, i.removed)
        for i in vault.therapy.items()
    ]
    assert other.journal.get_by_uid(entry.uid) is not None
    assert to_bring.open_items(other) == []  # the removed journal item stays removed

    again = import_document(other, export_document(vault))
    assert other.therapy.session_count() == 1 and other.therapy.item_count() == 2
    assert again is not None


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        (
            {"therapy_sessions": [{"uid": "s", "created_at": "2026-10-04T10:00:00+00:00"}]},
            "therapy session 1: it has no 'day'.",
        ),
        (
            {
                "to_bring": [
                    {
                        "uid": "t",
                        "kind": "typed",
                        "text": " ",
                        "added_at": "2026-10-04T10:00:00+00:00",
                    }
                ]
            },
            "item to bring to therapy 1: 'text' is empty.",
        ),
    ],
)
def test_a_wrong_therapy_record_is_refused_whole(
    other: Vault, sections: dict[str, Any], message: str
) -> None:
    with pytest.raises(ImportProblem) as caught:
        import_document(other, {"format": "haven-export", "version": 1, "checkins": [], **sections})
    assert str(caught.value) == message
    assert other.therapy.sessions() == [] and other.therapy.items() == []


def test_an_old_export_with_the_first_versions_setting_lands_in_the_list(other: Vault) -> None:
    old = {
        "format": "haven-export",
        "version": 1,
        "settings": {
            to_bring.SETTING_KEY: [
                {
                    "uid": "old-1",
                    "kind": "grounding",
                    "record_uid": "g-1",
                    "text": "Grounding on 3 October 2026.",
                    "added_at": "2026-10-03T21:00:00+02:00",
                }
            ]
        },
    }
    import_document(other, old)
    assert [(i.uid, i.source) for i in to_bring.open_items(other)] == [("old-1", "Check-in")]

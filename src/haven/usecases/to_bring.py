""" "Add this to what I want to talk about in therapy", from the hard-moment panel.

A minimal home until the "to bring to therapy" list exists (issue 13): each request is kept
in the vault's encrypted settings under one key, so it travels in the haven-json export and
import with no new table, and the therapy summary lists it under "Things I want to talk
about". A fuller list can adopt these entries as they are: each has its own uid, the kind
and uid of the record it came from, the words, and when it was added.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from haven.domain.clock import from_text, now, to_text
from haven.domain.hard_moments import HardMoment, MomentKind
from haven.domain.models import new_uid
from haven.domain.ratings import words_for
from haven.store.vault import Vault

SETTING_KEY = "to_bring_requests"


@dataclass(frozen=True, slots=True)
class ToBring:
    uid: str
    kind: str  # the MomentKind value it came from
    record_uid: str
    text: str
    added_at: str  # ISO 8601 with offset, as everywhere in the export

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_uid}"

    @property
    def added(self) -> datetime:
        return from_text(self.added_at)


def words_for_moment(moment: HardMoment, day: date) -> str:
    """What the list shows, in the person's own voice, without any judgement."""
    when = f"{day.day} {day:%B %Y}"
    rated = (
        f" ({moment.distress}: {words_for(moment.distress, 'distress')})"
        if moment.distress is not None
        else ""
    )
    return {
        MomentKind.CHECKIN: f"A hard moment on {when}: my check-in, distress{rated}.",
        MomentKind.PRACTICE: f"A practice on {when} that was harder than expected, "
        f"distress{rated}.",
        MomentKind.GROUNDING: f"Grounding on {when}: my distress was higher afterwards{rated}.",
        MomentKind.CONSENT_NO: f"A practice on {when} where consent was not checked in on "
        "throughout.",
        MomentKind.CONSENT_NOT_SURE: f"A practice on {when} where I was not sure consent was "
        "checked in on throughout.",
    }[moment.kind]


def requests(vault: Vault) -> list[ToBring]:
    stored = vault.settings.get(SETTING_KEY, [])
    found: list[ToBring] = []
    for item in stored if isinstance(stored, list) else []:
        try:
            found.append(ToBring(**{k: str(item[k]) for k in ToBring.__slots__}))
        except (KeyError, TypeError):
            continue  # a damaged entry is skipped, never fatal
    return found


def is_added(vault: Vault, moment: HardMoment) -> bool:
    return any(r.key == moment.key for r in requests(vault))


def add(vault: Vault, moment: HardMoment, *, at: datetime | None = None) -> ToBring:
    """Add the moment once; adding it again returns the entry already there."""
    existing = next((r for r in requests(vault) if r.key == moment.key), None)
    if existing is not None:
        return existing
    when = at or now()
    item = ToBring(
        uid=new_uid(),
        kind=moment.kind.value,
        record_uid=moment.uid,
        text=words_for_moment(moment, when.date()),
        added_at=to_text(when),
    )
    stored: list[dict[str, Any]] = [asdict(r) for r in requests(vault)]
    vault.settings.set(SETTING_KEY, [*stored, asdict(item)])
    return item


def remove(vault: Vault, uid: str) -> None:
    kept = [asdict(r) for r in requests(vault) if r.uid != uid]
    vault.settings.set(SETTING_KEY, kept)

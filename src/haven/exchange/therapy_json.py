"""Therapy sessions and the "to bring to therapy" list in the haven-json export (see
docs/export-format.md). Built like reflections_json: haven_json calls these to write each
record and to read one back with its own `_Record` reader (passed in, never imported here).

The list is exported as stored rows: typed lines, care-panel moments, and gathered items
whose state the person set (talked about, removed). Gathered items still untouched are not
copied: they come back on import with the journal entry, debrief or reflection they belong
to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from haven.domain.clock import to_text
from haven.domain.therapy import TherapySession, ToBringItem, check_item, check_session

if TYPE_CHECKING:
    from haven.store.vault import Vault

KINDS: tuple[tuple[str, str, str], ...] = (
    ("therapy_sessions", "therapy session", "therapy sessions"),
    ("to_bring", "item to bring to therapy", "items to bring to therapy"),
)
SECTIONS: tuple[str, ...] = tuple(k[0] for k in KINDS)


def export_sections(vault: Vault) -> dict[str, Any]:
    t = vault.therapy
    return {
        "therapy_sessions": [session_out(s) for s in t.sessions()],
        "to_bring": [item_out(i) for i in t.items()],
    }


def session_out(s: TherapySession) -> dict[str, Any]:
    return {
        "uid": s.uid,
        "day": s.day.isoformat(),
        "worked_on": s.worked_on,
        "keep": s.keep,
        "practice": s.practice,
        "practice_steps": list(s.step_uids),
        "questions": s.questions,
        "created_at": to_text(s.created_at),
        "updated_at": None if s.updated_at is None else to_text(s.updated_at),
    }


def item_out(i: ToBringItem) -> dict[str, Any]:
    return {
        "uid": i.uid,
        "kind": i.kind,
        "record_uid": i.record_uid or None,
        "text": i.text,
        "added_at": i.added_at,
        "talked_on": None if i.talked_on is None else i.talked_on.isoformat(),
        "removed": i.removed,
    }


def _rule(r: Any, rule: Any, obj: Any) -> Any:
    try:
        rule(obj)
    except ValueError as exc:
        raise r.problem(str(exc)) from None
    return obj


def _steps(r: Any) -> list[str]:
    value = r.raw.get("practice_steps") or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise r.problem("'practice_steps' is not a list of step uids")
    return list(value)


def read(kind: str, r: Any, uids: Any) -> Any:
    """One record of a therapy section as its domain object (ImportProblem if wrong)."""
    if kind == "therapy_sessions":
        day = r.day("day")
        if day is None:
            raise r.problem("it has no 'day'")
        return _rule(
            r,
            check_session,
            TherapySession(
                uid=uids.claim("therapy_sessions", r),
                day=day,
                worked_on=r.text("worked_on"),
                keep=r.text("keep"),
                practice=r.text("practice"),
                questions=r.text("questions"),
                step_uids=_steps(r),
                created_at=r.moment("created_at"),
                updated_at=r.moment("updated_at", required=False),
            ),
        )
    return _rule(
        r,
        check_item,
        ToBringItem(
            uid=uids.claim("to_bring", r),
            kind=r.text("kind", nonempty=True),
            record_uid=r.text("record_uid"),
            text=r.text("text", nonempty=True),
            added=r.moment("added_at"),
            talked_on=r.day("talked_on"),
            removed=r.boolean("removed"),
        ),
    )


class Existing:
    """What the vault already holds of these kinds, by uid (list items also by record)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._seen: dict[str, set[str]] = {}

    def contains(self, kind: str, obj: Any) -> bool:
        if kind not in self._seen:
            t = self.vault.therapy
            if kind == "therapy_sessions":
                self._seen[kind] = {s.uid for s in t.sessions()}
            else:
                self._seen[kind] = {i.uid for i in t.items()} | {i.key for i in t.items()}
        if kind == "to_bring":
            return obj.uid in self._seen[kind] or obj.key in self._seen[kind]
        return obj.uid in self._seen[kind]


def write(vault: Vault, kind: str, obj: Any) -> None:
    if kind == "therapy_sessions":
        vault.therapy.add_session(obj)
    else:
        vault.therapy.save_item(obj)

"""Haven's own export format: the whole vault as one versioned JSON document.

The format is documented field by field in docs/export-format.md. In short:

- `{"format": "haven-export", "version": 1, "exported_at": …, <sections>}`;
- every record is named by its `uid` (the store's row ids never leave the vault);
- timestamps are ISO 8601 with their UTC offset, so the wall time the person saw is kept;
- enums are written by value ("practising", "not_yet"…);
- the order is deterministic, so two exports of the same journal differ only in
  `exported_at`.

Import checks the whole document before writing anything, then writes it in one
transaction: all of it, or nothing. A record whose uid is already in the vault is left as it
is, so importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.clock import now, to_text
from haven.domain.models import (
    Boundary,
    ChecklistItem,
    Contact,
    PausePlanStep,
    Routine,
    Script,
    Signal,
    Trigger,
)
from haven.exchange import partner_json as partner
from haven.exchange import reflections_json as reflect
from haven.exchange import therapy_json as therapy
from haven.exchange.haven_json_kinds import (
    _KIND,
    FORMAT,
    KINDS,
    SAFETY_SECTIONS,
    VERSION,
    ImportProblem,
)
from haven.exchange.haven_json_read import _Item, _parse
from haven.exchange.haven_json_write import (
    _boundary_out,
    _checkin_out,
    _checklist_out,
    _draft_out,
    _entry_out,
    _grounding_out,
    _map_order,
    _plain_out,
    _practice_out,
    _step_out,
    _threshold_out,
)
from haven.store.errors import RecordConflict

if TYPE_CHECKING:
    from haven.store.vault import Vault


TOP_SECTIONS = (
    "checkins",
    "journal",
    "roadmap",
    "thresholds",
    "practices",
    "grounding",
    *reflect.SECTIONS,
    *therapy.SECTIONS,
    *partner.SECTIONS,
    "drafts",
)


@dataclass(slots=True)
class ImportReport:
    """What an import did, per kind of record (keys as in KINDS)."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KIND, 0))
    skipped_existing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KIND, 0))

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped_existing.values())

    def describe(self) -> str:
        """Plain sentences for a person: what was added and what was already there."""
        if self.total_added:
            text = f"Added {describe_counts(self.added)}."
        else:
            text = "There was nothing new to add."
        if self.total_skipped:
            one = self.total_skipped == 1
            text += (
                f" {describe_counts(self.skipped_existing)} "
                f"{'was' if one else 'were'} already in your journal, "
                f"and Haven left {'it' if one else 'them'} as {'it was' if one else 'they were'}."
            )
        return text


def document_counts(doc: dict[str, Any]) -> dict[str, int]:
    """How many records of each kind an exported document holds (histories not counted)."""
    counts = dict.fromkeys(_KIND, 0)
    for name in TOP_SECTIONS:
        counts[name] = len(doc.get(name) or [])
    for name, _model in SAFETY_SECTIONS:
        counts[name] = len((doc.get("safety_plan") or {}).get(name) or [])
    counts["settings"] = len(doc.get("settings") or {})
    return counts


def describe_counts(counts: dict[str, int]) -> str:
    """'3 check-ins, 1 journal entry and 2 contacts' (kinds with none are left out)."""
    parts = []
    for kind in KINDS:
        n = counts.get(kind.key, 0)
        if n:
            name = kind.many if n != 1 else kind.one.rsplit(", ", 1)[-1]
            parts.append(f"{n} {name}")
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return "".join(parts) or "nothing yet"


# == export =================================================================================
def export_document(vault: Vault) -> dict[str, Any]:
    """The whole vault as a JSON-ready dict (see docs/export-format.md)."""
    with vault.transaction():  # one consistent snapshot
        safety = vault.safety
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": to_text(now()),
            "checkins": [_checkin_out(c) for c in vault.checkins.list()],
            "journal": [_entry_out(e) for e in vault.journal.list(newest_first=False)],
            "roadmap": [_step_out(s) for s in vault.roadmap.list()],
            "thresholds": [_threshold_out(t) for t in _map_order(vault.thresholds.list())],
            "practices": [_practice_out(p) for p in vault.practices.list()],
            "safety_plan": {
                name: [_SAFETY_OUT[kind](item) for item in safety.list(kind)]
                for name, kind in SAFETY_SECTIONS
            },
            "grounding": [_grounding_out(g) for g in vault.grounding.list()],
            **reflect.export_sections(vault),
            **therapy.export_sections(vault),
            **partner.export_sections(vault),
            "drafts": [_draft_out(d) for d in sorted(vault.drafts.all(), key=lambda d: d.key)],
            "settings": dict(sorted(vault.settings.all().items())),
        }


_SAFETY_OUT: dict[type, Callable[[Any], dict[str, Any]]] = {
    Boundary: _boundary_out,
    Trigger: _plain_out(("text", "contexts", "what_helps")),
    Contact: _plain_out(("name", "relation", "how_to_reach", "when_to_call")),
    Signal: _plain_out(("kind", "signal", "form", "meaning")),
    PausePlanStep: _plain_out(("actor", "text")),
    Routine: _plain_out(("title", "description", "kind")),
    Script: _plain_out(("title", "body", "category", "from_template")),
    ChecklistItem: _checklist_out,
}


def validate_document(doc: Any) -> dict[str, int]:
    """Check a whole document without writing anything. Returns how many records it holds,
    per kind; raises ImportProblem naming the first thing that is wrong."""
    counts = dict.fromkeys(_KIND, 0)
    for item in _parse(doc):
        counts[item.kind] += 1
    return counts


# == import =================================================================================
def import_document(vault: Vault, doc: Any) -> ImportReport:
    """Check the whole document, then add what is new in one transaction (all or nothing).

    Records whose uid (drafts and settings: whose key) is already in the vault are left as
    they are and counted in `skipped_existing`.
    """
    items = _parse(doc)
    report = ImportReport()
    with vault.transaction() as conn:
        have = _Existing(vault)
        journal: list[_Item] = []  # written together at the end, at bulk speed
        for item in items:
            if have.contains(item):
                report.skipped_existing[item.kind] += 1
                continue
            if item.kind == "journal":  # checked by _parse with the journal's own rules
                journal.append(item)
                report.added["journal"] += 1
                continue
            try:
                _write(vault, conn, item)
            except RecordConflict:
                raise ImportProblem(
                    f"{item.where}: something inside it (a history item, say) has a uid that "
                    "this journal already uses for another record."
                ) from None
            except ValueError as exc:
                raise ImportProblem(f"{item.where}: {exc}") from None
            report.added[item.kind] += 1
        if journal:
            try:
                vault.journal.add_many([item.obj for item in journal], checked=True)
            except RecordConflict:
                raise ImportProblem(
                    "Two journal entries in the file have the same uid, or one has a uid this "
                    "journal already uses for another record."
                ) from None
    return report


class _Existing:
    """What the vault already holds, looked up by uid (or key) per kind."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._thresholds: set[str] | None = None
        self._settings: set[str] | None = None
        self._reflect = reflect.Existing(vault)
        self._therapy = therapy.Existing(vault)
        self._partner = partner.Existing(vault)

    def contains(self, item: _Item) -> bool:
        v = self.vault
        kind = item.kind
        if kind == "checkins":
            return v.checkins.exists_uid(item.obj.uid)
        if kind == "journal":
            return v.journal.exists_uid(item.obj.uid)
        if kind == "roadmap":
            return v.roadmap.get_by_uid(item.obj.uid) is not None
        if kind == "thresholds":
            if self._thresholds is None:
                self._thresholds = {t.uid for t in v.thresholds.list()}
            return item.obj.uid in self._thresholds
        if kind == "practices":
            return v.practices.get_by_uid(item.obj.uid) is not None
        if kind == "grounding":
            return v.grounding.exists_uid(item.obj.uid)
        if kind in reflect.SECTIONS:
            return self._reflect.contains(kind, item.obj)
        if kind in therapy.SECTIONS:
            return self._therapy.contains(kind, item.obj)
        if kind in partner.SECTIONS:
            return self._partner.contains(kind, item.obj)
        if kind == "drafts":
            return v.drafts.get(item.obj.key) is not None
        if kind == "settings":
            if self._settings is None:
                self._settings = set(v.settings.all())
            return item.obj[0] in self._settings
        return v.safety.exists_uid(type(item.obj), item.obj.uid)


def _write(vault: Vault, conn: Any, item: _Item) -> None:
    """Write one validated record, keeping its uid, history, position and dates exactly."""
    obj = item.obj
    kind = item.kind
    if item.position is not None and hasattr(obj, "position"):
        obj.position = item.position
    if kind == "checkins":
        vault.checkins.add(obj)
    elif kind == "journal":
        vault.journal.add(obj)
    elif kind == "roadmap":
        vault.roadmap.add(obj, keep_position=item.position is not None)
    elif kind == "thresholds":
        vault.thresholds.add(obj, keep_position=item.position is not None)
    elif kind == "practices":
        vault.practices.save(obj)
    elif kind == "grounding":
        vault.grounding.add(obj)
    elif kind in reflect.SECTIONS:
        reflect.write(vault, kind, obj)
    elif kind in therapy.SECTIONS:
        therapy.write(vault, kind, obj)
    elif kind in partner.SECTIONS:
        partner.write(vault, kind, obj)
    elif kind == "drafts":
        vault.drafts.save(obj.key, obj.content, updated_at=obj.updated_at)
    elif kind == "settings":
        vault.settings.set(*obj)
    else:
        vault.safety.add(obj, keep_position=item.position is not None)


def load_document(path: Path) -> Any:
    """Read a Haven export file as JSON; a file that isn't one raises ImportProblem."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ImportProblem(f"Haven could not find {path}.") from None
    except OSError as exc:
        raise ImportProblem(f"Haven could not read {path} ({exc.strerror or exc}).") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportProblem(f"{path} is not UTF-8 text, so it is not a Haven export.") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}), so Haven "
            "cannot read it as an export."
        ) from None
    except RecursionError:
        raise ImportProblem(f"{path} is nested too deeply to be a Haven export.") from None


def count_present(vault: Vault, doc: Any) -> int:
    """How many records of a (validated) document the vault already holds."""
    have = _Existing(vault)
    return sum(1 for item in _parse(doc) if have.contains(item))

"""The reflection tools and Learn marks in the haven-json export (see docs/export-format.md).

Kept apart from haven_json so that file stays readable: haven_json calls these to write each
record and to read one back, with its own `_Record` reader (passed in, never imported here,
so there is no import cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from haven.domain.clock import to_text
from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    LearnMark,
    Pile,
    Placement,
    ValuesSort,
    check_fear_check,
    check_kind_word,
    check_values_sort,
)

if TYPE_CHECKING:
    from haven.store.vault import Vault

# Top-level sections, in the order they are written: (key, one, many) as haven_json's Kind.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("fear_checks", "fear-or-danger page", "fear-or-danger pages"),
    ("values_sorts", "values sort", "values sorts"),
    ("kind_words", "kind word", "kind words"),
    ("learn_marks", "learn mark", "learn marks"),
)
SECTIONS: tuple[str, ...] = tuple(k[0] for k in KINDS)


# -- export ---------------------------------------------------------------------------------
def export_sections(vault: Vault) -> dict[str, Any]:
    r = vault.reflections
    return {
        "fear_checks": [fear_check_out(f) for f in r.fear_checks()],
        "values_sorts": [values_sort_out(s) for s in r.values_sorts()],
        "kind_words": [kind_word_out(k) for k in r.kind_words()],
        "learn_marks": [
            {"reading": m.reading, "helpful": m.helpful, "hidden": m.hidden}
            for m in r.learn_marks().values()
        ],
    }


def fear_check_out(f: FearCheck) -> dict[str, Any]:
    return {
        "uid": f.uid,
        "at": to_text(f.at),
        "updated_at": None if f.updated_at is None else to_text(f.updated_at),
        "happening": f.happening,
        "body": f.body,
        "safe_now": f.safe_now,
        "not_safe": f.not_safe,
        "will_do": f.will_do,
        "ending": f.ending.value or None,
        "finished": f.finished,
        "share": f.share,
    }


def values_sort_out(s: ValuesSort) -> dict[str, Any]:
    return {
        "uid": s.uid,
        "at": to_text(s.at),
        "note": s.note,
        "share": s.share,
        "cards": [{"card": p.card, "text": p.text, "pile": p.pile.value} for p in s.placements],
    }


def kind_word_out(k: KindWord) -> dict[str, Any]:
    return {
        "uid": k.uid,
        "at": to_text(k.at),
        "moment": k.moment,
        "words": k.words,
        "note": k.note,
        "share": k.share,
    }


# -- import: `r` is haven_json's _Record, `uids` its _Uids ----------------------------------
def _rule(r: Any, rule: Any, obj: Any) -> Any:
    try:
        rule(obj)
    except ValueError as exc:
        raise r.problem(str(exc)) from None
    return obj


def read(kind: str, r: Any, uids: Any, marks_seen: dict[str, str]) -> Any:
    """One record of a reflection section as its domain object (ImportProblem if wrong)."""
    if kind == "fear_checks":
        return _rule(
            r,
            check_fear_check,
            FearCheck(
                uid=uids.claim("fear_checks", r),
                at=r.moment("at"),
                updated_at=r.moment("updated_at", required=False),
                happening=r.text("happening"),
                body=r.text("body"),
                safe_now=r.text("safe_now"),
                not_safe=r.text("not_safe"),
                will_do=r.text("will_do"),
                ending=r.choice("ending", FearCheckEnding, required=False) or FearCheckEnding.NONE,
                finished=r.boolean("finished"),
                share=r.boolean("share"),
            ),
        )
    if kind == "values_sorts":
        placements = [
            Placement(
                card=c.text("card", nonempty=True),
                text=c.text("text", nonempty=True),
                pile=c.choice("pile", Pile),
            )
            for c in r.records("cards", "card")
        ]
        return _rule(
            r,
            check_values_sort,
            ValuesSort(
                uid=uids.claim("values_sorts", r),
                at=r.moment("at"),
                note=r.text("note"),
                share=r.boolean("share"),
                placements=placements,
            ),
        )
    if kind == "kind_words":
        return _rule(
            r,
            check_kind_word,
            KindWord(
                uid=uids.claim("kind_words", r),
                at=r.moment("at"),
                moment=r.text("moment"),
                words=r.text("words", nonempty=True),
                note=r.text("note"),
                share=r.boolean("share"),
            ),
        )
    reading = r.text("reading", nonempty=True)
    if reading in marks_seen:
        raise r.problem(f"the reading {reading!r} is also marked by {marks_seen[reading]}")
    marks_seen[reading] = r.where
    return LearnMark(reading=reading, helpful=r.boolean("helpful"), hidden=r.boolean("hidden"))


class Existing:
    """What the vault already holds of these kinds (uids; Learn marks by reading)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._seen: dict[str, set[str]] = {}

    def contains(self, kind: str, obj: Any) -> bool:
        if kind not in self._seen:
            repo = self.vault.reflections
            self._seen[kind] = set(repo.learn_marks()) if kind == "learn_marks" else repo.uids(kind)
        key = obj.reading if kind == "learn_marks" else obj.uid
        return key in self._seen[kind]


def write(vault: Vault, kind: str, obj: Any) -> None:
    repo = vault.reflections
    if kind == "fear_checks":
        repo.add_fear_check(obj)
    elif kind == "values_sorts":
        repo.add_values_sort(obj)
    elif kind == "kind_words":
        repo.add_kind_word(obj)
    else:
        repo.set_learn_mark(obj)

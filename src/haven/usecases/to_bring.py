""" "To bring to therapy": one list of what the person wants to talk about (issue 13).

What lands on it:
- a line typed directly ("Typed"),
- a check-in, practice or grounding moment added from the care panel ("Check-in",
  "Practice"),
- what the person marked elsewhere, gathered on read so the mark stays the one source of
  truth: journal entries marked "Share with my therapist" ("Journal"), a debrief's
  "something to tell my therapist" ("Practice"), a reflection marked for therapy
  ("Reflection").

An item can be ticked off as talked about (kept, with the day) or removed (undo brings it
back). A gathered item gets a row of its own only once its state changes, so the list never
copies journal text until the person acts on it.

The first version kept care-panel requests in the encrypted settings key
`to_bring_requests`; those are adopted into the list the first time it is read (and again
if an old haven-json file brings some back).

`open_items(vault)` is the stable entry point the therapy summary reads.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from haven.domain.clock import from_text, now
from haven.domain.hard_moments import HardMoment, MomentKind
from haven.domain.ratings import words_for
from haven.domain.therapy import ToBringItem
from haven.store.vault import Vault

SETTING_KEY = "to_bring_requests"  # the first version's home, adopted on read
_MOMENT_KINDS = frozenset(k.value for k in MomentKind)
_SNIPPET = 90

# Kept for older callers: an item added from the care panel is a ToBringItem.
ToBring = ToBringItem


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


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= _SNIPPET:
        return flat
    return flat[: _SNIPPET - 1].rstrip(" .…") + "…"


def _adopt_legacy(vault: Vault) -> None:
    """Move the first version's settings entries into the list, once, keeping their uids."""
    stored = vault.settings.get(SETTING_KEY)
    if stored is None:
        return
    for entry in stored if isinstance(stored, list) else []:
        try:
            item = ToBringItem(
                uid=str(entry["uid"]),
                kind=str(entry["kind"]),
                record_uid=str(entry["record_uid"]),
                text=str(entry["text"]),
                added=from_text(str(entry["added_at"])),
            )
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is skipped, never fatal
        if item.text.strip():
            vault.therapy.save_item(item)
    vault.settings.remove(SETTING_KEY)


def _gathered(vault: Vault) -> list[ToBringItem]:
    """What the person marked elsewhere, as list items (not stored until acted on)."""
    found: list[ToBringItem] = []
    for e in vault.journal.list(shared_only=True, newest_first=False):
        words = e.title.strip() or _snippet(e.body)
        found.append(
            ToBringItem(
                text=f"Journal entry: {words}", kind="journal", record_uid=e.uid, added=e.at
            )
        )
    for p in vault.practices.list():
        if p.debrief.for_therapist.strip():
            found.append(
                ToBringItem(
                    text=p.debrief.for_therapist.strip(),
                    kind="debrief",
                    record_uid=p.uid,
                    added=p.ended_at or p.started_at,
                )
            )
    for f in vault.reflections.fear_checks():
        if f.finished and f.share:
            words = _snippet(f.happening) or "a page I finished"
            found.append(
                ToBringItem(
                    text=f"Fear or danger?: {words}",
                    kind="fear_check",
                    record_uid=f.uid,
                    added=f.at,
                )
            )
    for k in vault.reflections.kind_words():
        if k.share:
            found.append(
                ToBringItem(
                    text=f"A kind word to myself: {_snippet(k.words)}",
                    kind="kind_word",
                    record_uid=k.uid,
                    added=k.at,
                )
            )
    return found


def all_items(vault: Vault, *, include_removed: bool = False) -> list[ToBringItem]:
    """Every item, open and talked about, oldest first."""
    _adopt_legacy(vault)
    stored = vault.therapy.items()
    by_key = {i.key: i for i in stored}
    items = list(stored)
    gathered = _gathered(vault)
    for g in gathered:
        kept = by_key.get(g.key)
        if kept is None:
            items.append(g)
        else:
            kept.text = g.text  # the marked record's words are the source of truth
    # a gathered row whose mark was taken away elsewhere leaves the list
    marked = {g.key for g in gathered}
    items = [i for i in items if not i.gathered or i.key in marked]
    if not include_removed:
        items = [i for i in items if not i.removed]
    return sorted(items, key=lambda i: (i.added, i.uid))


def open_items(vault: Vault) -> list[ToBringItem]:
    """Not yet talked about, oldest first. Each has `.text`, `.added_at` (ISO text with
    offset), `.source` (a short label) and `.kind`. The therapy summary reads this."""
    return [i for i in all_items(vault) if i.is_open]


def talked_about(vault: Vault) -> list[ToBringItem]:
    """Ticked off, most recently talked about first."""
    done = [i for i in all_items(vault) if i.talked_on is not None]
    return sorted(done, key=lambda i: (i.talked_on, i.added), reverse=True)  # type: ignore[arg-type, return-value]


def add_typed(vault: Vault, text: str, *, at: datetime | None = None) -> ToBringItem:
    return vault.therapy.save_item(ToBringItem(text=text.strip(), added=at or now()))


def mark_talked(vault: Vault, item: ToBringItem, on: date | None = None) -> ToBringItem:
    """Tick off as talked about; the item is kept, with the day."""
    return vault.therapy.save_item(replace(item, talked_on=on or now().date()))


def mark_open(vault: Vault, item: ToBringItem) -> ToBringItem:
    return vault.therapy.save_item(replace(item, talked_on=None))


def remove_item(vault: Vault, item: ToBringItem) -> ToBringItem:
    """Take an item off the list; returns what `restore_item` needs for undo.

    A typed line or care-panel moment is deleted. A gathered one keeps a row that says
    "removed", so it does not come back; its mark elsewhere (journal, debrief) is left as
    the person set it."""
    if item.gathered:
        vault.therapy.save_item(replace(item, removed=True))
    else:
        vault.therapy.delete_item(item.uid)
    return item


def restore_item(vault: Vault, item: ToBringItem) -> ToBringItem:
    return vault.therapy.save_item(replace(item, removed=False))


# -- the care panel's hard moments (the first version's API, kept) -------------------------------
def requests(vault: Vault) -> list[ToBringItem]:
    """Hard moments added from the care panel, still on the list, oldest first."""
    return [i for i in all_items(vault) if i.kind in _MOMENT_KINDS]


def is_added(vault: Vault, moment: HardMoment) -> bool:
    key = f"{moment.kind.value}:{moment.uid}"
    return any(i.key == key for i in requests(vault))


def add(vault: Vault, moment: HardMoment, *, at: datetime | None = None) -> ToBringItem:
    """Add the moment once; adding it again returns the entry already there."""
    key = f"{moment.kind.value}:{moment.uid}"
    existing = next((r for r in requests(vault) if r.key == key), None)
    if existing is not None:
        return existing
    when = at or now()
    return vault.therapy.save_item(
        ToBringItem(
            kind=moment.kind.value,
            record_uid=moment.uid,
            text=words_for_moment(moment, when.date()),
            added=when,
        )
    )


def remove(vault: Vault, uid: str) -> None:
    vault.therapy.delete_item(uid)

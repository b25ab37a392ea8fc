"""Commands that write or read what the person keeps: checkin, journal add, search."""

from __future__ import annotations

import argparse
import json
import sys

from haven.cli.backups import auto_backup
from haven.cli.common import NOTHING_CHANGED, Problem, can_prompt, say, tell, when
from haven.cli.vault import existing_vault, unlocked
from haven.domain.clock import now
from haven.domain.models import CheckIn, JournalEntry
from haven.domain.ratings import words_for
from haven.domain.snippets import split_highlights
from haven.domain.validation import search_terms, validate_checkin, validate_entry

SEARCH_LIMIT_DEFAULT = 20


def cmd_checkin(args: argparse.Namespace) -> int:
    checkin = CheckIn(
        distress=args.distress,
        comfort=args.comfort,
        sleep_hours=args.sleep,
        stress=args.stress,
        note=args.note,
        tags=list(args.tag),
        at=args.at or now(),
    )
    try:
        validate_checkin(checkin)
    except ValueError as exc:
        raise Problem(f"{exc} {NOTHING_CHANGED}") from None
    with unlocked(args) as vault:
        vault.checkins.add(checkin)
        auto_backup(vault)
    say(
        f"Your check-in for {when(checkin.at)} is saved "
        f"(distress {checkin.distress}: {words_for(checkin.distress, 'distress')}; "
        f"comfort {checkin.comfort}: {words_for(checkin.comfort, 'comfort')})."
    )
    return 0


def _read_body() -> str:
    if can_prompt():
        tell("Write your entry. When you are done, press Ctrl-D on an empty line.")
    try:
        return sys.stdin.read()
    except UnicodeDecodeError:
        raise Problem(f"The entry's text is not UTF-8. {NOTHING_CHANGED}") from None


def cmd_journal_add(args: argparse.Namespace) -> int:
    existing_vault(args)  # say so before asking for a whole entry
    entry = JournalEntry(
        body=_read_body(),
        title=args.title,
        tags=list(args.tag),
        at=args.at or now(),
        share_with_therapist=args.share,
    )
    try:
        validate_entry(entry)
    except ValueError as exc:
        raise Problem(f"{exc} {NOTHING_CHANGED}") from None
    with unlocked(args) as vault:
        vault.journal.add(entry)
        auto_backup(vault)
    shared = (
        " It is marked as one to share with your therapist." if entry.share_with_therapist else ""
    )
    say(f"Your journal entry for {when(entry.at)} is saved.{shared}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if not search_terms(args.query):
        raise Problem("There are no words to search for. You could try a word from an entry.")
    with unlocked(args) as vault:
        hits = vault.journal.search(args.query, limit=args.limit)
    results = []
    for hit in hits:
        plain, spans = split_highlights(hit.snippet)
        results.append((hit, plain, spans))
    if args.json:
        say(
            json.dumps(
                [
                    {
                        "uid": hit.uid,
                        "at": hit.at.isoformat(),
                        "title": hit.title,
                        "snippet": plain,
                        "matches": [[start, end] for start, end in spans],
                    }
                    for hit, plain, spans in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not results:
        say("No entries match those words.")
        return 0
    for hit, plain, spans in results:
        say(f"{hit.at:%Y-%m-%d}  {_one_line(hit.title) or '(untitled)'}  {_marked(plain, spans)}")
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _marked(plain: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [plain[last:start], "«", plain[start:end], "»"]
        last = end
    out.append(plain[last:])
    return _one_line("".join(out))

"""What makes a check-in or a journal entry acceptable, wherever it comes from.

The window, the CLI, every import format and the store all call these, so a check-in typed
in the window and one read from a file meet exactly the same rules. Each raises `ValueError`
with a sentence a person can act on, and tidies what it may (tags folded, sleep rounded,
the title trimmed).
"""

from __future__ import annotations

from haven.domain.limits import MAX_LONG_TEXT, check_moment, check_text
from haven.domain.models import CheckIn, JournalEntry, normalise_tags
from haven.domain.ratings import check_rating, check_sleep_hours

MAX_BODY_CHARS = MAX_LONG_TEXT


def validate_checkin(checkin: CheckIn) -> None:
    check_text(checkin.note, "the note")
    for tag in checkin.tags:
        check_text(tag, "a tag")
    check_moment(checkin.at, "the check-in's date")
    check_rating(checkin.distress, "distress")
    check_rating(checkin.comfort, "comfort")
    check_rating(checkin.stress, "stress", optional=True)
    checkin.sleep_hours = check_sleep_hours(checkin.sleep_hours)
    checkin.tags = normalise_tags(checkin.tags)


def validate_entry(entry: JournalEntry) -> None:
    check_text(entry.title, "the title")
    check_text(entry.body, "the entry's text", max_chars=MAX_LONG_TEXT * 2)
    check_text(entry.mood_label or "", "the mood label")
    for tag in entry.tags:
        check_text(tag, "a tag")
    check_moment(entry.at, "the entry's date")
    entry.title = entry.title.strip()
    if not entry.body.strip():
        raise ValueError("The entry is empty. Write a few words, or leave it for now.")
    if len(entry.body) > MAX_BODY_CHARS:
        raise ValueError(
            "This entry is longer than Haven can keep in one piece "
            "(about 5 million characters). You could split it in two."
        )
    check_rating(entry.distress, "distress", optional=True)
    check_rating(entry.comfort, "comfort", optional=True)
    entry.tags = normalise_tags(entry.tags)


def search_terms(text: str) -> list[str]:
    """The words of a search as a person typed it: runs of letters and digits, nothing else.

    Everything else (FTS5 operators, quotes, colons, punctuation) separates words, so a
    search can never be an expression. An empty list means there is nothing to search for.
    """
    return "".join(ch if ch.isalnum() else " " for ch in text).split()

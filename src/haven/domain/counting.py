"""Counted words: "1 check-in", "2 check-ins", "1 journal entry" (never "1 check-ins").

Summaries of what a backup, a restore or the demo holds name counts of every kind Haven
keeps. Every kind's name is a regular English plural, so the singular is made from it.
"""

from __future__ import annotations


def singular(plural: str) -> str:
    """'journal entries' → 'journal entry', 'check-ins' → 'check-in' (the last word only)."""
    head, _, last = plural.rpartition(" ")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last


def counted(n: int, plural: str) -> str:
    """`n` and the kind's name, singular for exactly one: '1 check-in', '3 check-ins'."""
    return f"{n:,} {singular(plural) if n == 1 else plural}"

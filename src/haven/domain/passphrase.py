"""The passphrase rules, in one place: what Haven accepts as a new passphrase, and how a
typed passphrase is compared.

`init`, `passwd`, `recover` and the desktop window all call `check_new`, so no door is
easier than another (the command line used to take `password` while the window refused it).

Unicode: the same letters can be typed as different code points (`é` as one character, or
`e` plus a combining accent, depending on the keyboard and system). New passphrases are kept
in NFC. Unlocking tries the passphrase as typed first, then its NFC and NFD forms when they
differ, so a journal whose passphrase was set before Haven normalised (in whatever form the
keyboard gave) still opens, whichever way it is typed now. Nothing is rewritten on unlock.

Strength: anyone who copies the disk can try passphrases as fast as Argon2 allows, so a very
weak passphrase (zxcvbn score below 2) is refused with the reason. zxcvbn looks at the
first 72 characters; a longer passphrase is at least that strong.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from haven.domain.limits import MAX_PASSPHRASE_CHARS, has_lone_surrogate

MIN_SCORE = 2
_ZXCVBN_MAX = 72

SUMMARIES = {
    0: "Very weak: this could be guessed quickly.",
    1: "Weak: this could be guessed.",
    2: "Fair: hard to guess.",
    3: "Strong.",
    4: "Very strong.",
}
EMPTY_HINT = "A few unrelated words make a strong passphrase."
WEAK_HINT = "Adding another word or two, ones that don't go together, helps a lot."


class PassphraseRejected(ValueError):
    """A new passphrase Haven will not set; the message says why and what might work."""


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0..4
    summary: str
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def normalise(passphrase: str) -> str:
    """The one form a new passphrase is kept in (NFC)."""
    return unicodedata.normalize("NFC", passphrase)


def unlock_forms(typed: str) -> list[str]:
    """What to try, in order, when unlocking: as typed, then NFC, then NFD (no repeats)."""
    forms: list[str] = []
    for form in (
        typed,
        unicodedata.normalize("NFC", typed),
        unicodedata.normalize("NFD", typed),
    ):
        if form not in forms:
            forms.append(form)
    return forms


def assess(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    """Score a passphrase with zxcvbn; empty text scores 0 with an inviting hint."""
    if not passphrase:
        return Strength(0, "", EMPTY_HINT)
    from zxcvbn import zxcvbn  # imported on first use: it is not needed to unlock

    result = zxcvbn(
        normalise(passphrase)[:_ZXCVBN_MAX], user_inputs=[*(user_inputs or []), "haven"]
    )
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    notes = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice = " ".join(n.strip().replace("!", ".") for n in notes if n and n.strip())
    if score < MIN_SCORE and not advice:
        advice = WEAK_HINT
    return Strength(score, SUMMARIES[score], advice)


def check_new(passphrase: str, user_inputs: list[str] | None = None) -> str:
    """The passphrase to set (NFC), or PassphraseRejected saying why. Nothing is stored here."""
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected("A passphrase cannot be empty. " + EMPTY_HINT)
    if has_lone_surrogate(passphrase):
        raise PassphraseRejected(
            "This passphrase holds bytes that are not valid UTF-8 text, so it could not be "
            "typed again reliably. You could choose one made of ordinary letters and words."
        )
    if any(ch in "\r\n\0" for ch in passphrase):
        raise PassphraseRejected(
            "A passphrase is one line: it cannot hold a line break or a NUL character."
        )
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise PassphraseRejected(
            f"A passphrase can be up to {MAX_PASSPHRASE_CHARS} characters; this one is "
            f"{len(passphrase)}."
        )
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        raise PassphraseRejected(
            f"Haven did not use this passphrase: {strength.summary} {strength.advice}".strip()
        )
    return normalise(passphrase)

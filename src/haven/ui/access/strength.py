"""How strong a new passphrase is, in the window's words: the domain decides
(`haven.domain.passphrase`, the same rules as `haven init`, `passwd` and `recover`); this
module only translates what it says for the interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from haven.domain import passphrase as rules

MIN_SCORE = rules.MIN_SCORE


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0..4
    summary: str
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def _t(text: str) -> str:
    return QCoreApplication.translate("Strength", text)


def assess(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    """Score a passphrase; empty text scores 0 with an inviting hint."""
    found = rules.assess(passphrase, user_inputs)
    advice = found.advice
    if advice in (rules.EMPTY_HINT, rules.WEAK_HINT):
        advice = _t(advice)
    return Strength(found.score, _t(found.summary) if found.summary else "", advice)


def problem(passphrase: str, user_inputs: list[str] | None = None) -> str | None:
    """Why the domain refuses this passphrase (line breaks, bad bytes, length), if it does
    for a reason other than strength, which the fields explain on their own."""
    try:
        rules.check_new(passphrase, user_inputs)
    except rules.PassphraseRejected as rejected:
        if assess(passphrase, user_inputs).acceptable:
            return str(rejected)
    return None


# The summaries and hints the domain may say, listed for the translation tools.
_FOR_TRANSLATORS = (
    QCoreApplication.translate("Strength", "Very weak: this could be guessed quickly."),
    QCoreApplication.translate("Strength", "Weak: this could be guessed."),
    QCoreApplication.translate("Strength", "Fair: hard to guess."),
    QCoreApplication.translate("Strength", "Strong."),
    QCoreApplication.translate("Strength", "Very strong."),
)

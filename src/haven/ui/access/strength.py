"""How strong a new passphrase is, in plain words (zxcvbn), and whether Haven accepts it.

Anyone who copies the disk can try passphrases as fast as Argon2 allows, without Haven's
waiting time, so a very weak passphrase (zxcvbn score below 2) is refused with the reason.
zxcvbn looks at the first 72 characters; a longer passphrase is at least that strong.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

MIN_SCORE = 2
_ZXCVBN_MAX = 72


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
    if not passphrase:
        return Strength(0, "", _t("A few unrelated words make a strong passphrase."))
    from zxcvbn import zxcvbn  # imported on first use: it is not needed to unlock

    result = zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=[*(user_inputs or []), "haven"])
    score = int(result["score"])
    summaries = {
        0: _t("Very weak: this could be guessed quickly."),
        1: _t("Weak: this could be guessed."),
        2: _t("Fair: hard to guess."),
        3: _t("Strong."),
        4: _t("Very strong."),
    }
    feedback = result.get("feedback") or {}
    notes = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice = " ".join(n.strip().replace("!", ".") for n in notes if n and n.strip())
    if score < MIN_SCORE and not advice:
        advice = _t("Adding another word or two, ones that don't go together, helps a lot.")
    return Strength(score, summaries[score], advice)

"""The person's hard-moment threshold, kept encrypted in the vault (it says something
about them), and the check that turns a just-saved record into an offer of care."""

from __future__ import annotations

from haven.domain import hard_moments as rules
from haven.domain.hard_moments import ConsentAnswer, HardMoment
from haven.domain.models import CheckIn, GroundingUse, Practice
from haven.store.vault import Vault


def threshold(vault: Vault) -> int | None:
    """The threshold (default 7), or None when the person switched the response off."""
    stored = vault.settings.get(rules.SETTING_KEY, rules.DEFAULT_THRESHOLD)
    try:
        return rules.check_threshold(stored)
    except ValueError:
        return rules.DEFAULT_THRESHOLD  # a damaged setting never silences the offer of care


def set_threshold(vault: Vault, value: int | None) -> int | None:
    """Store a new threshold (0–10), or None to switch the response off."""
    checked = rules.check_threshold(value)
    vault.settings.set(rules.SETTING_KEY, checked)
    return checked


def after_checkin(vault: Vault, checkin: CheckIn) -> HardMoment | None:
    return rules.after_checkin(checkin, threshold(vault))


def after_debrief(
    vault: Vault, practice: Practice, consent: ConsentAnswer | None = None
) -> HardMoment | None:
    return rules.after_debrief(practice, threshold(vault), consent)


def after_grounding(vault: Vault, use: GroundingUse) -> HardMoment | None:
    return rules.after_grounding(use)

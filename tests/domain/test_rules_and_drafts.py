"""Rules that used to live in widgets: the same answer for every front end, without Qt."""

from __future__ import annotations

from haven.domain.drafts import (
    JOURNAL_NEW,
    journal_key,
    journal_uid,
    practice_key,
)
from haven.domain.models import Debrief, Practice, PreBrief
from haven.domain.rules import felt_harder, practice_has_content


def test_a_practice_felt_harder_when_the_peak_passed_what_was_expected() -> None:
    assert felt_harder(predicted=3, peak=5)
    assert not felt_harder(predicted=5, peak=5)
    assert felt_harder(predicted=None, peak=7)
    assert not felt_harder(predicted=None, peak=6)
    assert not felt_harder(predicted=2, peak=None)


def test_a_new_practice_has_content_only_once_something_was_given() -> None:
    assert not practice_has_content(Practice(step_uid="s"))
    assert not practice_has_content(Practice(step_uid="s", pre=PreBrief(intention="   ")))
    assert practice_has_content(Practice(step_uid="s", pre=PreBrief(intention="slowly")))
    assert practice_has_content(Practice(step_uid="s", debrief=Debrief(comfort=0)))
    assert practice_has_content(Practice(step_uid="s", debrief=Debrief(consent_checked=False)))
    assert practice_has_content(Practice(step_uid="s", duration_seconds=0))


def test_a_stored_practice_is_always_worth_keeping() -> None:
    assert practice_has_content(Practice(step_uid="s", id=4))


def test_the_draft_keys_are_the_documented_ones() -> None:
    # docs/export-format.md, "drafts": journal:new, journal:<uid>, practice:<uid>
    assert journal_key(None) == JOURNAL_NEW == "journal:new"
    assert journal_key("abc") == "journal:abc"
    assert practice_key("abc") == "practice:abc"
    assert journal_uid("journal:abc") == "abc"
    assert journal_uid("journal:new") is None
    assert journal_uid("practice:abc") is None

"""Check-in conversations and agreements: the rules, without a vault."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from haven.domain.partner import (
    PROMPT_KEYS,
    Agreement,
    Answer,
    Conversation,
    ConversationKind,
    check_agreement,
    check_conversation,
    due_to_look_again,
    revised,
    suggested_look_again,
)

AT = datetime(2026, 11, 2, 20, 0, tzinfo=UTC)


def test_every_prompt_is_optional_for_both_people() -> None:
    talk = Conversation()
    check_conversation(talk)
    assert set(talk.answers) == set(PROMPT_KEYS) and talk.is_empty()
    talk.answer("signals").partner = "Still right for me."
    assert not talk.is_empty()


def test_an_answer_to_an_unknown_prompt_is_refused() -> None:
    talk = Conversation(answers={"not_a_prompt": Answer("a", "b")})
    with pytest.raises(ValueError, match="unknown prompt"):
        check_conversation(talk)


def test_a_regular_check_in_is_not_tied_to_a_practice() -> None:
    talk = Conversation(kind=ConversationKind.REGULAR, practice_uid="p-1")
    check_conversation(talk)
    assert talk.practice_uid is None
    after = Conversation(kind=ConversationKind.AFTER_PRACTICE, practice_uid="p-1")
    check_conversation(after)
    assert after.practice_uid == "p-1"


def test_an_agreement_needs_words_and_a_look_again_day_not_before_it_was_made() -> None:
    with pytest.raises(ValueError, match="no words"):
        check_agreement(Agreement(text="   "))
    with pytest.raises(ValueError, match="before the day it was agreed"):
        check_agreement(
            Agreement(text="Ask first", made_on=date(2026, 11, 2), look_again=date(2026, 11, 1))
        )
    fine = Agreement(text="  Ask first  ", made_on=date(2026, 11, 2))
    check_agreement(fine)
    assert fine.text == "Ask first"


def test_the_suggested_day_to_look_again_is_four_weeks_on() -> None:
    assert suggested_look_again(date(2026, 11, 2)) == date(2026, 11, 30)


def test_revising_keeps_the_earlier_wording_with_the_day_it_changed() -> None:
    first = Agreement(text="We hold hands on the sofa", made_on=date(2026, 10, 1))
    second = revised(first, "We hold hands, and either of us can stop", date(2026, 12, 1), AT)
    assert second.text == "We hold hands, and either of us can stop"
    assert [(v.text, v.changed_at) for v in second.history] == [("We hold hands on the sofa", AT)]
    assert second.uid == first.uid and second.made_on == first.made_on
    assert first.history == []  # the earlier object is left as it was


def test_saving_the_same_words_again_adds_no_history() -> None:
    item = Agreement(text="Tea after practice", look_again=date(2026, 12, 1))
    assert revised(item, " Tea after practice ", date(2026, 12, 1), AT) is item


def test_agreements_due_are_those_whose_day_has_come_earliest_first() -> None:
    today = date(2026, 12, 3)
    later = Agreement(text="later", look_again=date(2026, 12, 10))
    due_today = Agreement(text="today", look_again=today)
    overdue = Agreement(text="overdue", look_again=date(2026, 11, 20))
    open_ended = Agreement(text="no day", look_again=None)
    due = due_to_look_again([later, due_today, open_ended, overdue], today)
    assert [a.text for a in due] == ["overdue", "today"]

"""With my partner: a check-in walked through by keyboard ends in agreements; one kept for
later is carried on; an agreement changed keeps its earlier words; those due come first;
deleting is undone; nothing stays on screen after lock; no roadmap step ever moves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from haven.domain.clock import now
from haven.domain.models import RoadmapStep, StepState
from haven.domain.partner import PROMPTS, Agreement, Conversation, suggested_look_again
from haven.ui.core.session import Session
from haven.ui.partner import conversation as conversation_module
from haven.ui.partner.area import PartnerArea
from haven.usecases import partner
from tests.ui.conftest import shown_area, widgets_holding

MARKER = "harbour-willow-5521"
LOCK_MARKER = "quiet-orchard-8830"  # only in the lock test: other tests' widgets may linger


pytestmark = pytest.mark.usefixtures("answer_yes")


@pytest.fixture
def area(qtbot, open_session: Session) -> PartnerArea:
    return shown_area(qtbot, PartnerArea(open_session))  # type: ignore[return-value]


def press(widget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def test_a_check_in_walked_by_keyboard_ends_in_agreements_and_moves_no_step(
    qtbot, area: PartnerArea, open_session: Session
) -> None:
    vault = open_session.vault
    step = vault.roadmap.add(RoadmapStep(title="Hand massage", state=StepState.PRACTISING))
    page = area.conversation
    page.begin_button.setFocus()
    press(page.begin_button, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == conversation_module.FIRST_PROMPT
    first = PROMPTS[0].key
    assert page.mine[first].hasFocus()  # typing can start at once
    QTest.keyClicks(page.mine[first], f"Laughing at dinner {MARKER}")
    press(page.mine[first], Qt.Key.Key_Tab)  # Tab moves on; it is never typed into the box
    assert page.theirs[first].hasFocus()
    QTest.keyClicks(page.theirs[first], "Being asked first")
    for _ in PROMPTS:  # the other prompts are skipped: every one is optional
        page.next_button.click()
    assert page.stack.currentIndex() == conversation_module.AGREEMENTS_PAGE
    assert page.finish_button.isVisible() and not page.next_button.isVisible()
    QTest.keyClicks(page.agreement_text, "We check in every Sunday evening")
    page.share.setChecked(True)
    page.add_button.click()
    QTest.keyClicks(page.agreement_text, "Hand massage only when I ask for it")
    page.finish_button.click()  # the second was written, not added: it is kept too

    [talk] = vault.partner.conversations()
    assert talk.finished
    assert talk.answer(first).mine == f"Laughing at dinner {MARKER}"
    assert talk.answer(first).partner == "Being asked first"
    assert all(talk.answer(p.key).is_empty() for p in PROMPTS[1:])
    agreements = {a.text: a for a in vault.partner.agreements()}
    assert set(agreements) == {
        "We check in every Sunday evening",
        "Hand massage only when I ask for it",
    }
    sunday = agreements["We check in every Sunday evening"]
    assert sunday.share and sunday.conversation_uid == talk.uid
    assert sunday.look_again == suggested_look_again(talk.at.date())
    assert vault.roadmap.get(step.id).state is StepState.PRACTISING  # nothing moved
    assert page.stack.currentIndex() == conversation_module.START
    assert "2 agreement" in page.status.text()
    assert area.agreements.list.count() == 2  # the other tabs follow at once
    assert area.past.list.count() == 1


def test_kept_for_later_waits_on_the_start_page_and_carries_on(
    area: PartnerArea, open_session: Session
) -> None:
    page = area.conversation
    page.begin_button.click()
    page.mine[PROMPTS[1].key].setPlainText("Slower evenings")
    page.keep_button.click()
    [kept] = open_session.vault.partner.conversations()
    assert not kept.finished
    assert page.stack.currentIndex() == conversation_module.START
    assert page.kept.count() == 1 and page.carry_on_button.isVisible()

    page.kept.setCurrentRow(0)
    page.carry_on_button.click()
    assert page.mine[PROMPTS[1].key].toPlainText() == "Slower evenings"
    page.go(conversation_module.AGREEMENTS_PAGE)
    page.finish_button.click()
    [done] = open_session.vault.partner.conversations()
    assert done.uid == kept.uid and done.finished
    assert page.kept.count() == 0


def test_a_changed_agreement_keeps_its_earlier_words(
    area: PartnerArea, open_session: Session
) -> None:
    vault = open_session.vault
    partner.finish(vault, Conversation(), [Agreement(text="A hug when we say hello")])
    area.refresh()
    page = area.agreements
    page.list.setCurrentRow(0)
    page.text.setPlainText("A hug when we say hello, if I open my arms first")
    page.save_button.click()

    [changed] = vault.partner.agreements()
    assert changed.text == "A hug when we say hello, if I open my arms first"
    assert [v.text for v in changed.history] == ["A hug when we say hello"]
    assert "A hug when we say hello" in page.history.text()
    assert "Earlier words" in page.history.text()


def test_agreements_due_to_look_again_come_first_and_say_so(
    area: PartnerArea, open_session: Session
) -> None:
    vault = open_session.vault
    today = now().date()
    vault.partner.add_agreement(
        Agreement(text="Lights on for now", made_on=today - timedelta(days=2))
    )
    vault.partner.add_agreement(
        Agreement(
            text="Words first, then touch",
            made_on=today - timedelta(days=40),
            look_again=today - timedelta(days=5),
        )
    )
    area.refresh()
    first = area.agreements.list.item(0).text()
    assert first.startswith("Time to look again") and "Words first, then touch" in first
    assert "Time to look again" not in area.agreements.list.item(1).text()


def test_a_deleted_agreement_and_conversation_come_back_with_undo(
    area: PartnerArea, open_session: Session
) -> None:
    vault = open_session.vault
    talk = Conversation(note="We talked on the balcony")
    talk.answer("signals").mine = "The pause word still works"
    partner.finish(vault, talk, [Agreement(text="Tap twice means pause")])
    partner.revise_agreement(
        vault, vault.partner.agreements()[0], "Tap twice, or say 'pause'", None, share=False
    )
    area.refresh()

    area.agreements.list.setCurrentRow(0)
    area.agreements.delete_button.click()
    assert vault.partner.agreements() == []
    area.agreements.undo_bar.undo_button.click()
    [back] = vault.partner.agreements()
    assert back.text == "Tap twice, or say 'pause'"
    assert [v.text for v in back.history] == ["Tap twice means pause"]

    area.past.list.setCurrentRow(0)
    assert "The pause word still works" in area.past.text.text()
    area.past.delete_button.click()
    assert vault.partner.conversations() == []
    area.past.undo_bar.undo_button.click()
    assert [c.note for c in vault.partner.conversations()] == ["We talked on the balcony"]


def test_nothing_stays_on_screen_after_lock(area: PartnerArea, open_session: Session) -> None:
    vault = open_session.vault
    talk = Conversation()
    talk.answer("felt_good").partner = LOCK_MARKER
    partner.finish(vault, talk, [Agreement(text=f"agreed {LOCK_MARKER}")])
    area.refresh()
    area.past.list.setCurrentRow(0)
    area.agreements.list.setCurrentRow(0)
    area.conversation.begin_button.click()
    area.conversation.mine["boundary"].setPlainText(f"typed {LOCK_MARKER}")
    assert widgets_holding(LOCK_MARKER)
    area.clear_sensitive()
    assert [w.accessibleName() for w in widgets_holding(LOCK_MARKER)] == []


def test_the_look_again_day_starts_four_weeks_on(area: PartnerArea) -> None:
    page = area.conversation
    page.begin_button.click()
    shown = page.look_again.date()
    assert date(shown.year(), shown.month(), shown.day()) == now().date() + timedelta(days=28)

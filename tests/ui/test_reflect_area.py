"""The Reflect area: the Fear-or-danger page, the values sort and the kind word, each saved
in the vault, edited, deleted and brought back; nothing left on screen after lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from haven.domain.reflection import FearCheckEnding, Pile
from haven.ui.core.session import Session
from haven.ui.reflect.area import ReflectArea
from haven.ui.reflect.values import comparison_text
from tests.ui.conftest import shown_area, widgets_holding

MARKER = "periwinkle-harbour-7781"


pytestmark = pytest.mark.usefixtures("answer_yes")


@pytest.fixture
def area(qtbot, open_session: Session) -> ReflectArea:
    return shown_area(qtbot, ReflectArea(open_session))  # type: ignore[return-value]


# -- Fear or danger? ------------------------------------------------------------------------
def test_a_fear_page_is_saved_listed_and_edited(area: ReflectArea, open_session: Session) -> None:
    page = area.fear
    page.fields["happening"].setPlainText(f"A door slammed {MARKER}")
    page.fields["safe_now"].setPlainText("I am at home")
    page.save_button.click()
    [saved] = open_session.vault.reflections.fear_checks()
    assert saved.happening == f"A door slammed {MARKER}" and not saved.finished
    assert page.saved.list.count() == 1 and MARKER in page.saved.list.item(0).text()

    page.edit(saved)
    page.fields["will_do"].setPlainText("Breathe out slowly")
    page.finished.setChecked(True)
    page.for_therapy.setChecked(True)
    page.save_button.click()
    [again] = open_session.vault.reflections.fear_checks()
    assert again.uid == saved.uid and again.will_do == "Breathe out slowly"
    assert again.finished and again.share
    assert "on my list for therapy" in page.saved.list.item(0).text()


def test_the_therapy_choice_needs_a_finished_page(area: ReflectArea) -> None:
    assert not area.fear.for_therapy.isEnabled()
    area.fear.finished.setChecked(True)
    assert area.fear.for_therapy.isEnabled()


def test_an_empty_page_is_not_saved_and_says_so(area: ReflectArea, open_session: Session) -> None:
    area.fear.save_button.click()
    assert open_session.vault.reflections.fear_checks() == []
    assert "no words yet" in area.fear.status.text()


def test_a_page_can_end_in_pause_or_help_now(
    area: ReflectArea, open_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    window = area.window()
    monkeypatch.setattr(window, "open_pause", lambda: opened.append("pause"), raising=False)
    monkeypatch.setattr(window, "open_help_now", lambda: opened.append("help"), raising=False)
    area.fear.pause_button.click()  # empty: nothing saved, the Pause still opens
    assert opened == ["pause"] and open_session.vault.reflections.fear_checks() == []
    area.fear.fields["body"].setPlainText("Heart racing")
    area.fear.help_button.click()
    assert opened == ["pause", "help"]
    [saved] = open_session.vault.reflections.fear_checks()
    assert saved.ending is FearCheckEnding.HELP_NOW


def test_deleting_a_page_can_be_undone(area: ReflectArea, open_session: Session) -> None:
    area.fear.fields["happening"].setPlainText("A shout in the street")
    area.fear.save_button.click()
    uid = open_session.vault.reflections.fear_checks()[0].uid
    area.fear.saved.list.setCurrentRow(0)
    area.fear.saved.delete_button.click()
    assert open_session.vault.reflections.fear_checks() == []
    assert area.fear.saved.undo_bar.active
    area.fear.saved.undo_bar.undo_button.click()
    assert [c.uid for c in open_session.vault.reflections.fear_checks()] == [uid]
    assert area.fear.saved.list.count() == 1


# -- What closeness means to me --------------------------------------------------------------
def test_about_thirty_cards_each_with_three_choices_said_in_words(area: ReflectArea) -> None:
    rows = area.values.rows
    assert 28 <= len(rows) <= 34
    names = [b.accessibleName() for b in rows[0].buttons.values()]
    assert names == [
        f"{rows[0].text}: Matters a lot",
        f"{rows[0].text}: Matters some",
        f"{rows[0].text}: Not now",
    ]
    rows[0].buttons[Pile.A_LOT].setChecked(True)
    rows[0].buttons[Pile.NOT_NOW].setChecked(True)
    assert rows[0].pile() is Pile.NOT_NOW


def test_a_sort_is_saved_dated_and_a_later_one_compared(
    area: ReflectArea, open_session: Session
) -> None:
    page = area.values
    rows = {r.card: r for r in page.rows}
    rows["being-asked"].set_pile(Pile.A_LOT)
    rows["kissing"].set_pile(Pile.NOT_NOW)
    page.own.setText("Cooking together")
    page._add_own()
    page.rows[-1].set_pile(Pile.SOME)
    page.save_button.click()
    page.start_new()
    rows = {r.card: r for r in page.rows}
    rows["being-asked"].set_pile(Pile.A_LOT)
    rows["kissing"].set_pile(Pile.SOME)
    page.save_button.click()

    first, latest = open_session.vault.reflections.values_sorts()
    assert first.pile_of("own:1") is Pile.SOME and latest.pile_of("own:1") is None
    page.saved.list.setCurrentRow(1)  # the list is newest first: row 1 is the earlier sort
    page.compare_button.click()
    text = page.comparison.text()
    assert "Kissing: not now → matters some" in text
    assert "Cooking together: matters some → not sorted" in text
    assert "Being asked first" not in text
    assert comparison_text(latest, latest).startswith("Every card is in the same pile")


def test_a_card_becomes_a_roadmap_step(area: ReflectArea, open_session: Session) -> None:
    row = next(r for r in area.values.rows if r.card == "slow-massage")
    row.to_step.click()
    assert [s.title for s in open_session.vault.roadmap.list()] == ["A slow massage"]
    assert "on your roadmap" in area.values.status.text()


def test_an_empty_sort_is_not_saved(area: ReflectArea, open_session: Session) -> None:
    area.values.save_button.click()
    assert open_session.vault.reflections.values_sorts() == []
    assert "No card has been placed" in area.values.status.text()


def test_editing_a_sort_brings_back_its_own_cards(area: ReflectArea, open_session: Session) -> None:
    page = area.values
    page.own.setText("Reading aloud to each other")
    page._add_own()
    page.rows[-1].set_pile(Pile.A_LOT)
    page.save_button.click()
    page.start_new()
    assert all(not r.card.startswith("own:") for r in page.rows)
    page.edit(open_session.vault.reflections.latest_values_sort())
    own = [r for r in page.rows if r.card.startswith("own:")]
    assert [(r.text, r.pile()) for r in own] == [("Reading aloud to each other", Pile.A_LOT)]


# -- A kind word to myself -------------------------------------------------------------------
def test_a_kind_word_is_saved_edited_and_deleted_with_undo(
    area: ReflectArea, open_session: Session
) -> None:
    page = area.kind
    page.words.setPlainText("You are doing enough.")
    page.note.setPlainText("after a long day")
    page.save_button.click()
    [saved] = open_session.vault.reflections.kind_words()
    page.edit(saved)
    page.words.setPlainText("You are doing enough, and resting counts.")
    page.save_button.click()
    [edited] = open_session.vault.reflections.kind_words()
    assert edited.uid == saved.uid and edited.words.endswith("resting counts.")
    page.saved.list.setCurrentRow(0)
    page.saved.delete_button.click()
    assert open_session.vault.reflections.kind_words() == []
    page.saved.undo_bar.undo()
    assert [k.uid for k in open_session.vault.reflections.kind_words()] == [saved.uid]


def test_three_steps_are_shown_before_the_words(area: ReflectArea) -> None:
    texts = [label.text() for label in area.kind.findChildren(QLabel)]
    steps = next(t for t in texts if t.startswith("1. "))
    assert steps.splitlines()[0].startswith("1. This is a hard moment.")
    assert steps.splitlines()[2].startswith("3. What might you say to a good friend")


# -- lock ------------------------------------------------------------------------------------
def test_nothing_written_stays_on_screen_after_lock(area: ReflectArea) -> None:
    marker = "saffron-lighthouse-0419"  # used by no other test, whose widgets may linger
    area.fear.fields["happening"].setPlainText(marker)
    area.fear.save_button.click()
    area.kind.words.setPlainText(marker + " kind")
    area.kind.save_button.click()
    area.values.own.setText(marker + " card")
    area.values._add_own()
    area.values.rows[-1].set_pile(Pile.A_LOT)
    area.values.save_button.click()
    assert widgets_holding(marker)
    area.clear_sensitive()
    assert widgets_holding(marker) == []

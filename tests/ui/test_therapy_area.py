"""With my therapist: a session is logged, edited, deleted and brought back; the list to
bring gathers, ticks off and removes with undo; "since my last session" says what changed
and hands the exact dates to the Share area's summary; nothing stays on screen after lock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from haven.domain.models import JournalEntry, RoadmapStep, StepState
from haven.domain.therapy import TherapySession
from haven.ui.core.session import Session
from haven.ui.shell.main_window import MainWindow
from haven.ui.therapy.area import TherapyArea
from haven.usecases import therapy, to_bring
from tests.ui.conftest import shown_area, widgets_holding

MARKER = "lantern-meadow-4417"


pytestmark = pytest.mark.usefixtures("answer_yes")


@pytest.fixture
def area(qtbot, open_session: Session) -> TherapyArea:
    return shown_area(qtbot, TherapyArea(open_session))  # type: ignore[return-value]


def test_a_session_is_logged_with_a_linked_step_edited_and_listed(
    area: TherapyArea, open_session: Session
) -> None:
    vault = open_session.vault
    step = vault.roadmap.add(RoadmapStep(title="Holding hands on the sofa"))
    area.refresh()
    page = area.sessions
    page.day.setDate(QDate(2026, 11, 12))
    page.boxes["worked_on"].setPlainText(f"Naming the freeze {MARKER}")
    page.boxes["practice"].setPlainText("Twice this week, stop signal agreed first")
    page.step_boxes[0].setChecked(True)
    page.save_button.click()
    [saved] = vault.therapy.sessions()
    assert saved.day == date(2026, 11, 12) and saved.step_uids == [step.uid]
    assert page.list.count() == 1 and MARKER in page.list.item(0).text()

    page.edit(page.current() or saved)
    page.boxes["questions"].setPlainText("Why are evenings harder?")
    page.save_button.click()
    [again] = vault.therapy.sessions()
    assert again.uid == saved.uid and again.questions == "Why are evenings harder?"


def test_a_deleted_session_comes_back_with_undo(area: TherapyArea, open_session: Session) -> None:
    therapy.save_session(open_session.vault, TherapySession(day=date(2026, 11, 5), keep="x"))
    area.refresh()
    page = area.sessions
    page.list.setCurrentRow(0)
    page.delete_button.click()
    assert open_session.vault.therapy.sessions() == []
    assert page.undo_bar.active and "5 November 2026" in page.undo_bar.message.text()
    page.undo_bar.undo_button.click()
    assert [s.keep for s in open_session.vault.therapy.sessions()] == ["x"]


def test_the_list_adds_a_typed_line_ticks_it_off_and_undoes_a_removal(
    area: TherapyArea, open_session: Session
) -> None:
    vault = open_session.vault
    vault.journal.add(
        JournalEntry(body="Long day.", title="After dinner", share_with_therapist=True)
    )
    area.refresh()
    page = area.to_bring
    assert page.open_list.count() == 1 and "Journal" in page.open_list.item(0).text()
    page.line.setText(f"Ask about sleep {MARKER}")
    page.add_button.click()
    assert [i.source for i in to_bring.open_items(vault)] == ["Journal", "Typed"]

    page.open_list.setCurrentRow(1)
    page.talked_button.click()
    assert [i.source for i in to_bring.open_items(vault)] == ["Journal"]
    assert page.talked_list.count() == 1 and "Talked about on" in page.talked_list.item(0).text()

    page.open_list.setCurrentRow(0)
    page.remove_button.click()
    assert to_bring.open_items(vault) == [] and page.open_empty.isVisibleTo(page)
    page.undo_bar.undo_button.click()
    assert [i.source for i in to_bring.open_items(vault)] == ["Journal"]

    page.talked_list.setCurrentRow(0)
    page.reopen_button.click()
    assert len(to_bring.open_items(vault)) == 2


def test_the_chosen_item_stays_chosen_when_the_list_is_filled_again(
    area: TherapyArea, open_session: Session
) -> None:
    # A gathered item is listed anew (with a new uid) on every refresh: it is kept chosen by
    # where it came from.
    vault = open_session.vault
    for title in ("First", "Second"):
        vault.journal.add(JournalEntry(body="Long day.", title=title, share_with_therapist=True))
    area.refresh()
    page = area.to_bring
    page.open_list.setCurrentRow(1)
    chosen = page.chosen()
    assert chosen is not None
    area.refresh()
    again = page.chosen()
    assert again is not None and again.uid != chosen.uid and again.key == chosen.key
    assert page.open_list.currentRow() == 1


def test_since_my_last_session_is_warm_both_ways_and_hands_its_dates_to_share(
    area: TherapyArea, open_session: Session
) -> None:
    vault = open_session.vault
    today = date.today()
    last = today - timedelta(days=14)
    therapy.save_session(vault, TherapySession(day=last))
    step = vault.roadmap.add(RoadmapStep(title="A slow hug"))
    vault.roadmap.change_state(step.id, StepState.PRACTISING)
    vault.roadmap.change_state(step.id, StepState.NOT_STARTED)
    to_bring.add_typed(vault, "Evenings")
    area.show_section("since")
    area.refresh()
    page = area.since
    assert last.strftime("%B %Y") in page.period.text()
    steps_text = page.labels["steps"].text()
    assert "A slow hug: Now practising" in steps_text
    assert "You moved this step back. That is a normal part of pacing." in steps_text
    assert "failed" not in steps_text.lower()
    assert "Evenings (Typed)" in page.labels["to_bring"].text()
    assert "Distress:" in page.labels["ratings"].text()

    asked: list[tuple[str, str]] = []
    area.navigate.connect(lambda key, detail: asked.append((key, detail)))
    page.summary_button.click()
    assert asked == [("share", f"summary:{last.isoformat()}:{today.isoformat()}")]


def test_the_summary_button_opens_share_with_exactly_those_dates(
    qtbot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from haven.ui.share.summary import SummaryPanel

    saves: list[object] = []
    monkeypatch.setattr(SummaryPanel, "save", lambda self: saves.append(self))
    vault = unlocked.session.vault
    therapy.save_session(vault, TherapySession(day=date.today() - timedelta(days=20)))
    area = unlocked.workspace.show_area("therapy")
    area.refresh()
    area.since.refresh()
    area.since.summary_button.click()
    share = unlocked.workspace.show_area("share")
    assert share.tabs.currentWidget() is share.summary and len(saves) == 1
    assert share.summary.range.dates() == (date.today() - timedelta(days=20), date.today())


def test_the_practice_area_shows_what_was_agreed_for_the_step(qtbot, open_session: Session) -> None:
    from haven.ui.pacing.practice.area import PracticeArea

    vault = open_session.vault
    step = vault.roadmap.add(RoadmapStep(title="Holding hands"))
    vault.roadmap.change_state(step.id, StepState.PRACTISING)
    therapy.save_session(
        vault,
        TherapySession(day=date(2026, 11, 12), practice="Twice this week", step_uids=[step.uid]),
    )
    practice = PracticeArea(open_session)
    qtbot.addWidget(practice)
    practice.begin_new(step.uid)
    assert practice.agreed_note.text() == ("Agreed in therapy on 12 November 2026: Twice this week")
    assert practice.agreed_note.isVisibleTo(practice)


def test_nothing_stays_on_screen_after_lock(area: TherapyArea, open_session: Session) -> None:
    therapy.save_session(
        open_session.vault, TherapySession(day=date(2026, 11, 5), worked_on=MARKER)
    )
    to_bring.add_typed(open_session.vault, f"typed {MARKER}")
    area.refresh()
    area.sessions.edit(open_session.vault.therapy.sessions()[0])
    assert widgets_holding(MARKER)
    area.clear_sensitive()
    assert widgets_holding(MARKER) == []


def test_keyboard_only_a_line_is_added_with_enter_and_removed_with_delete(
    qtbot, area: TherapyArea, open_session: Session
) -> None:
    from PySide6.QtCore import Qt

    area.show_section("to_bring")
    page = area.to_bring
    page.line.setFocus()
    qtbot.keyClicks(page.line, "Ask about sleep")
    qtbot.keyClick(page.line, Qt.Key.Key_Return)
    assert [i.text for i in to_bring.open_items(open_session.vault)] == ["Ask about sleep"]
    page.open_list.setFocus()
    page.open_list.setCurrentRow(0)
    qtbot.keyClick(page.open_list, Qt.Key.Key_Delete)
    assert to_bring.open_items(open_session.vault) == []
    focused = page.undo_bar.undo_button  # the list is empty now; the keyboard stays here
    assert focused.hasFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in to_bring.open_items(open_session.vault)] == ["Ask about sleep"]


def test_the_roadmap_shows_what_was_agreed_for_the_chosen_step(
    qtbot, open_session: Session
) -> None:
    from haven.ui.pacing import common
    from haven.ui.pacing.roadmap.area import RoadmapArea

    vault = open_session.vault
    step = vault.roadmap.add(RoadmapStep(title="Holding hands"))
    therapy.save_session(
        vault,
        TherapySession(day=date(2026, 11, 12), practice="Twice this week", step_uids=[step.uid]),
    )
    roadmap = RoadmapArea(open_session)
    qtbot.addWidget(roadmap)
    roadmap.show()
    roadmap.refresh()
    common.select_row(roadmap.list, 0)
    assert roadmap.agreed.text() == "Agreed in therapy on 12 November 2026: Twice this week"
    roadmap.clear_sensitive()
    assert roadmap.agreed.text() == ""

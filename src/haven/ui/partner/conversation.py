"""A check-in conversation, one prompt at a time: each person may answer, any prompt may be
skipped, it can be kept for later, and it may end in agreements.

The pages: a start page (what kind of check-in, and conversations kept for later), one page
per prompt, and the agreements page. Saving goes through `haven.usecases.partner`; nothing
here touches the roadmap.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haven.domain.clock import now
from haven.domain.models import PracticeStatus
from haven.domain.partner import (
    PROMPTS,
    Agreement,
    Conversation,
    ConversationKind,
    suggested_look_again,
)
from haven.ui.core.session import Session
from haven.ui.kit.saved_list import RECORD_ROLE, word_wrapping_list
from haven.ui.kit.widgets import (
    action_button,
    heading,
    paragraph,
    scrolling,
    stacked_form,
    status_label,
    text_box,
)
from haven.ui.partner.common import day_edit, from_qdate, kind_words, to_qdate, tr
from haven.ui.therapy.common import long_day
from haven.usecases import partner

START, FIRST_PROMPT = 0, 1
AGREEMENTS_PAGE = FIRST_PROMPT + len(PROMPTS)
RECENT_PRACTICES = 12


class ConversationPage(QWidget):
    """The guided conversation. `changed` is emitted after anything is saved."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.current: Conversation | None = None
        self.pending: list[Agreement] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(scrolling(self._start_page()))
        self.mine: dict[str, QPlainTextEdit] = {}
        self.theirs: dict[str, QPlainTextEdit] = {}
        for n, prompt in enumerate(PROMPTS, start=1):
            self.stack.addWidget(scrolling(self._prompt_page(n, prompt)))
        self.stack.addWidget(scrolling(self._agreements_page()))
        self.back_button = action_button(tr("Back"), tr("Back to the previous question"))
        self.next_button = action_button(tr("Next"), tr("On to the next question"))
        self.keep_button = action_button(
            tr("Keep for later"), tr("Keep what you wrote and carry on another time")
        )
        self.finish_button = action_button(tr("Finish"), tr("Finish and keep the agreements"))
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.keep_button.clicked.connect(self.keep_for_later)
        self.finish_button.clicked.connect(self.finish)
        self.nav = QWidget()
        row = QHBoxLayout(self.nav)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.finish_button)
        self.status = status_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.status)
        self.go(START)

    # -- the pages -------------------------------------------------------------------------
    def _start_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(tr("A check-in together"), scale=1.2))
        column.addWidget(
            paragraph(
                tr(
                    "A few short questions to talk through together. Each of you can answer, "
                    "in your own words, or skip any of them. You can stop at any time: Keep "
                    "for later keeps what you wrote."
                ),
                hint=True,
            )
        )
        kinds = QGroupBox(tr("What kind of check-in"))
        kinds_layout = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ConversationKind, QRadioButton] = {}
        for kind in ConversationKind:
            button = QRadioButton(kind_words(kind))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
        self.kind_buttons[ConversationKind.REGULAR].setChecked(True)
        self.practice_choice = QComboBox()
        self.practice_choice.setAccessibleName(tr("Which practice"))
        form = stacked_form()
        form.addRow(tr("Which practice (optional)"), self.practice_choice)
        kinds_layout.addLayout(form)
        self.kind_buttons[ConversationKind.AFTER_PRACTICE].toggled.connect(
            self.practice_choice.setEnabled
        )
        self.practice_choice.setEnabled(False)
        column.addWidget(kinds)
        self.begin_button = action_button(tr("Begin"), tr("Begin the check-in"))
        self.begin_button.clicked.connect(self.begin)
        begin_row = QHBoxLayout()
        begin_row.addWidget(self.begin_button)
        begin_row.addStretch(1)
        column.addLayout(begin_row)
        column.addSpacing(8)
        column.addWidget(heading(tr("Kept for later"), scale=1.05))
        self.kept = word_wrapping_list(tr("Conversations kept for later"))
        self.kept.itemActivated.connect(lambda item: self.carry_on(item.data(RECORD_ROLE)))
        self.kept_empty = paragraph(tr("A conversation you keep for later waits here."), hint=True)
        self.carry_on_button = action_button(tr("Carry on"), tr("Carry on the chosen one"))
        self.carry_on_button.clicked.connect(self._carry_on_selected)
        column.addWidget(self.kept_empty)
        column.addWidget(self.kept)
        carry_row = QHBoxLayout()
        carry_row.addWidget(self.carry_on_button)
        carry_row.addStretch(1)
        column.addLayout(carry_row)
        column.addStretch(1)
        return page

    def _prompt_page(self, n: int, prompt) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            paragraph(tr("Question {n} of {total}").format(n=n, total=len(PROMPTS)), hint=True)
        )
        column.addWidget(heading(tr(prompt.question), scale=1.2))
        column.addWidget(paragraph(tr(prompt.hint), hint=True))
        self.mine[prompt.key] = text_box(tr("What I say"), lines=4)
        self.theirs[prompt.key] = text_box(tr("What my partner says"), lines=4)
        form = stacked_form()
        form.addRow(tr("What I say"), self.mine[prompt.key])
        form.addRow(tr("What my partner says"), self.theirs[prompt.key])
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _agreements_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(tr("Anything you agree on?"), scale=1.2))
        column.addWidget(
            paragraph(
                tr(
                    "An agreement is something you both said yes to, for now. Give it a day "
                    "to look at it again; you can change it whenever you like, and its "
                    "earlier words are kept. No agreement is needed to finish."
                ),
                hint=True,
            )
        )
        column.addWidget(
            paragraph(
                tr(
                    "Nothing on your roadmap moves by itself: a step changes only when you "
                    "change it in Roadmap."
                ),
                hint=True,
            )
        )
        self.agreement_text = text_box(tr("An agreement"), lines=2)
        self.look_again = day_edit(tr("Look at it again on"))
        self.share = QCheckBox(tr("Show it on the page for my partner"))
        form = stacked_form()
        form.addRow(tr("An agreement"), self.agreement_text)
        form.addRow(tr("Look at it again on"), self.look_again)
        column.addLayout(form)
        column.addWidget(self.share)
        self.add_button = action_button(tr("Add agreement"), tr("Add this agreement"))
        self.add_button.clicked.connect(self.add_agreement)
        self.remove_button = action_button(tr("Remove"), tr("Remove the chosen agreement"))
        self.remove_button.clicked.connect(self._remove_pending)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.pending_list = word_wrapping_list(tr("Agreements to keep"))
        column.addWidget(self.pending_list)
        self.note = text_box(tr("Anything else to remember"), lines=3)
        note_form = stacked_form()
        note_form.addRow(tr("Anything else to remember (optional)"), self.note)
        column.addLayout(note_form)
        column.addStretch(1)
        return page

    # -- moving ----------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(START, min(AGREEMENTS_PAGE, index))
        if self.current is None:
            index = START
        self._collect()
        self.stack.setCurrentIndex(index)
        talking = index != START
        self.nav.setVisible(talking)
        self.back_button.setEnabled(index > FIRST_PROMPT)
        self.next_button.setVisible(index < AGREEMENTS_PAGE)
        self.finish_button.setVisible(index == AGREEMENTS_PAGE)
        if FIRST_PROMPT <= index < AGREEMENTS_PAGE:
            self.mine[PROMPTS[index - FIRST_PROMPT].key].setFocus()
        elif index == AGREEMENTS_PAGE:
            self.agreement_text.setFocus()

    @Slot()
    def begin(self) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        practice_uid = (
            self.practice_choice.currentData() if kind is not ConversationKind.REGULAR else None
        )
        self._load(Conversation(kind=kind, practice_uid=practice_uid, at=now()))
        self.status.clear()
        self.go(FIRST_PROMPT)

    def carry_on(self, conversation: Conversation | None) -> None:
        if conversation is None:
            return
        self._load(conversation)
        self.status.setText(
            tr("Carrying on the check-in of {day}.").format(day=long_day(conversation.at.date()))
        )
        self.go(FIRST_PROMPT)

    def _carry_on_selected(self) -> None:
        item = self.kept.currentItem()
        self.carry_on(None if item is None else item.data(RECORD_ROLE))

    def _load(self, conversation: Conversation) -> None:
        self.current = conversation
        for prompt in PROMPTS:
            answer = conversation.answer(prompt.key)
            self.mine[prompt.key].setPlainText(answer.mine)
            self.theirs[prompt.key].setPlainText(answer.partner)
        self.note.setPlainText(conversation.note)
        self.pending = []
        self.pending_list.clear()
        self.agreement_text.clear()
        self.share.setChecked(False)
        self.look_again.setDate(to_qdate(suggested_look_again(conversation.at.date())))

    def _collect(self) -> None:
        if self.current is None:
            return
        for prompt in PROMPTS:
            answer = self.current.answer(prompt.key)
            answer.mine = self.mine[prompt.key].toPlainText()
            answer.partner = self.theirs[prompt.key].toPlainText()
        self.current.note = self.note.toPlainText()

    # -- agreements ------------------------------------------------------------------------
    @Slot()
    def add_agreement(self) -> None:
        text = self.agreement_text.toPlainText().strip()
        if not text:
            self.status.setText(tr("Write the agreement first, in a few words."))
            self.agreement_text.setFocus()
            return
        agreement = Agreement(
            text=text, look_again=from_qdate(self.look_again.date()), share=self.share.isChecked()
        )
        self.pending.append(agreement)
        item = QListWidgetItem(
            tr("{text}\nLook at it again on {day}").format(
                text=text,
                day=long_day(agreement.look_again),  # type: ignore[arg-type]
            )
        )
        item.setData(RECORD_ROLE, agreement)
        self.pending_list.addItem(item)
        self.agreement_text.clear()
        self.share.setChecked(False)
        self.status.setText(tr("Added. You can add another, or finish."))
        self.agreement_text.setFocus()

    def _remove_pending(self) -> None:
        row = self.pending_list.currentRow()
        if row >= 0:
            self.pending_list.takeItem(row)
            del self.pending[row]

    # -- saving ----------------------------------------------------------------------------
    @Slot()
    def keep_for_later(self) -> None:
        if self.current is None or not self._session.is_unlocked:
            return
        self._collect()
        partner.keep_for_later(self._session.vault, self.current)
        self._done(tr("Kept. You can carry on from Kept for later whenever you both like."))

    @Slot()
    def finish(self) -> None:
        if self.current is None or not self._session.is_unlocked:
            return
        if self.agreement_text.toPlainText().strip():
            self.add_agreement()  # written but not yet added: surely meant to be kept
        self._collect()
        count = len(self.pending)
        partner.finish(self._session.vault, self.current, self.pending)
        if count:
            words = tr("Finished, with {n} agreement(s). They are under Agreements.")
            self._done(words.format(n=count))
        else:
            self._done(tr("Finished. Thank you both for talking."))

    def _done(self, message: str) -> None:
        self.current = None
        self.pending = []
        self._clear_fields()
        self.go(START)
        self.status.setText(message)
        self.refresh()
        self.changed.emit()
        self.begin_button.setFocus()

    # -- the area's duties -----------------------------------------------------------------
    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        self.kept.clear()
        kept = partner.kept_for_later(vault)
        for c in kept:
            item = QListWidgetItem(f"{long_day(c.at.date())} · {kind_words(c.kind)}")
            item.setData(RECORD_ROLE, c)
            self.kept.addItem(item)
        self.kept.setVisible(bool(kept))
        self.carry_on_button.setVisible(bool(kept))
        self.kept_empty.setVisible(not kept)
        self._fill_practices()

    def _fill_practices(self) -> None:
        vault = self._session.vault
        titles = {s.uid: s.title for s in vault.roadmap.list()}
        done = vault.practices.list(status=PracticeStatus.DONE)
        done = sorted(done, key=lambda p: p.started_at, reverse=True)[:RECENT_PRACTICES]
        self.practice_choice.clear()
        self.practice_choice.addItem(tr("Not a particular one"), None)
        for p in done:
            title = titles.get(p.step_uid or "", tr("A practice"))
            self.practice_choice.addItem(f"{long_day(p.started_at.date())} · {title}", p.uid)

    def _clear_fields(self) -> None:
        for box in [*self.mine.values(), *self.theirs.values(), self.note, self.agreement_text]:
            box.clear()
        self.pending_list.clear()
        self.share.setChecked(False)

    def clear_sensitive(self) -> None:
        self.current = None
        self.pending = []
        self._clear_fields()
        self.kept.clear()
        self.practice_choice.clear()
        self.status.clear()
        self.go(START)

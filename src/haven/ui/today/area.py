"""Today: a quick check-in, and below it only what helps today.

The check-in is one keyboard-friendly form: distress and comfort (two separate scales, both
asked for), and optionally sleep, stress, tags and a note. Ctrl+Enter saves it from any
field. Below it: a review the person asked to be reminded of, if one has come (boundaries
with a "review by" date; the thresholds map when its chosen interval has passed), the last
practice, and ways to the journal, grounding and the safety plan. Never a streak, and never
a count of days without a check-in.

Links to other places go out through `navigate(area, detail)`: "journal", "safety",
"thresholds", "grounding" (area keys). The main window connects it.

After a check-in at or above the person's threshold, a calm panel offers care in place (see
calm/care_panel.py). Below everything: the history of check-ins, newest first, each one
open to change or delete (with Undo). A first-run card suggests where to start.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from haven.domain.clock import today
from haven.domain.models import Boundary, CheckIn, PracticeStatus
from haven.domain.ratings import words_for
from haven.store.repositories.thresholds import REVIEW_WEEKS_KEY
from haven.ui.calm.care_panel import CarePanel
from haven.ui.core.session import Session
from haven.ui.journal.widgets import TagsField, chain_tab_order, rating_keys, when_text
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.record_list import RecordList
from haven.ui.kit.widgets import heading, paragraph, status_label
from haven.ui.today.sleep_box import SleepHoursBox
from haven.ui.today.start_card import StartCard
from haven.usecases import hard_moments
from haven.usecases.records import RecordKind

MAX_BOUNDARIES_SHOWN = 3


class TodayArea(QWidget):
    navigate = Signal(str, str)  # (area key, detail for that area's open_detail, or "")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setAccessibleName(self.tr("Today"))

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(16)
        column.addWidget(heading(self.tr("Today"), scale=1.6))
        self.start_card = StartCard(session)
        self.start_card.navigate.connect(self.navigate)
        column.addWidget(self.start_card)
        column.addWidget(self._checkin_form())
        column.addWidget(self._helpful_things())
        column.addWidget(self._history())
        column.addStretch(1)
        content.setMaximumWidth(760)

        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a focus stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_checkin)

    # -- the check-in ---------------------------------------------------------------------
    def _checkin_form(self) -> QWidget:
        box = QFrame()
        box.setObjectName("CheckInForm")
        box.setAccessibleName(self.tr("Check-in"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(
            paragraph(
                self.tr(
                    "How are you right now? Distress and comfort are two separate scales: "
                    "you can feel some of both. Everything else is optional."
                ),
                hint=True,
            )
        )

        self.distress = RatingInput(self.tr("Distress right now"), "distress", optional=False)
        self.comfort = RatingInput(self.tr("Comfort right now"), "comfort", optional=False)
        self.stress = RatingInput(self.tr("Stress today"), "stress", optional=True)

        self.sleep = SleepHoursBox()
        self.sleep.setAccessibleName(self.tr("Hours of sleep last night"))
        self.sleep.setAccessibleDescription(
            self.tr("From 0 to 24, or Not recorded (the lowest value)")
        )
        self.sleep_hint = QLabel()
        self.sleep_hint.setWordWrap(True)
        self.sleep_hint.setProperty("role", "hint")
        self.sleep_hint.setAccessibleName(self.tr("About the hours of sleep"))
        self.sleep.lineEdit().textChanged.connect(self._check_sleep)
        sleep_box = QVBoxLayout()
        sleep_box.setSpacing(6)
        sleep_box.addWidget(self._buddy(self.tr("Sleep last night, in hours"), self.sleep))
        sleep_box.addWidget(self.sleep, 0, Qt.AlignmentFlag.AlignLeft)
        sleep_box.addWidget(self.sleep_hint)
        sleep_box.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(14)
        grid.addWidget(self.distress, 0, 0)
        grid.addWidget(self.comfort, 0, 1)
        grid.addWidget(self.stress, 1, 0)
        grid.addLayout(sleep_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)

        self.tags = TagsField(self.tr("Tags for this check-in, separated by commas"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("A note"))
        self.note.setPlaceholderText(self.tr("Anything you'd like to remember about today"))
        self.note.setTabChangesFocus(True)
        line = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(line * 3 + 24)
        # The spin box as tall and wide as the fields around it, so it reads as one of them.
        self.sleep.setMinimumHeight(self.tags.sizeHint().height())
        self.sleep.setMinimumWidth(self.sleep.fontMetrics().horizontalAdvance("Not recorded") + 64)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(12)
        form.addRow(self._buddy(self.tr("Tags"), self.tags), self.tags)
        form.addRow(self._buddy(self.tr("Note"), self.note), self.note)
        column.addLayout(form)

        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Save the check-in (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_checkin)
        keys = QLabel(self.tr("Ctrl+Enter saves from any field."))
        keys.setProperty("role", "hint")
        self.status = status_label()
        self.status.setAccessibleName(self.tr("Check-in message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(keys)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.status)
        self.care = CarePanel(self._session)
        self.care.grounding_requested.connect(lambda: self.go_to("grounding"))
        column.addWidget(self.care)

        self._set_tab_order()
        for rating in (self.distress, self.comfort, self.stress):
            rating.changed.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.note.textChanged.connect(self._edited)
        return box

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _set_tab_order(self) -> None:
        """Top to bottom; an optional rating's "Leave this out" comes before its slider."""
        chain_tab_order(
            *rating_keys(self.distress),
            *rating_keys(self.comfort),
            *rating_keys(self.stress),
            *(self.sleep, self.tags, self.note, self.save_button),
        )

    def _check_sleep(self, _text: str = "") -> None:
        self.sleep_hint.setText(self.sleep.problem() or "")
        self._edited()

    def _edited(self, *_: object) -> None:
        if self.status.text() and not self.sleep.problem():
            self.status.clear()

    def reset_form(self) -> None:
        self.distress.setValue(None)
        self.comfort.setValue(None)
        self.stress.setValue(None)
        self.sleep.reset()
        self.sleep_hint.clear()
        self.tags.setText("")
        self.note.clear()

    @Slot()
    def save_checkin(self) -> None:
        if not self._session.is_unlocked:
            return
        unset = [r for r in (self.distress, self.comfort) if r.is_unset()]
        if unset:
            self.status.setText(self._choose_first_text(unset))
            unset[0].slider().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        problem = self.sleep.problem()
        if problem:
            self.status.setText(problem + " " + self.tr("Nothing was saved yet."))
            self.sleep.setFocus()
            return
        checkin = CheckIn(
            distress=self.distress.value(),  # type: ignore[arg-type]
            comfort=self.comfort.value(),  # type: ignore[arg-type]
            sleep_hours=self.sleep.hours(),
            stress=self.stress.value(),
            note=self.note.toPlainText().strip(),
            tags=self.tags.tags(),
        )
        try:
            self._session.vault.checkins.add(checkin)
        except ValueError as trouble:
            self.status.setText(str(trouble) + " " + self.tr("Nothing was saved yet."))
            return
        self.reset_form()
        self._session.data_changed.emit()
        self.status.setText(self.tr("Saved. Thank you for checking in."))
        self.care.offer(hard_moments.after_checkin(self._session.vault, checkin))

    def _choose_first_text(self, unset: list[RatingInput]) -> str:
        if len(unset) == 2:
            what = self.tr("a number for distress and one for comfort")
        elif unset[0] is self.distress:
            what = self.tr("a number for distress")
        else:
            what = self.tr("a number for comfort")
        return self.tr(
            "Before saving, you might choose {what}. Any number is fine: it is only how "
            "it feels right now. Nothing was saved yet."
        ).format(what=what)

    # -- the history of check-ins ----------------------------------------------------------
    def _history(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Your check-ins"), scale=1.2))
        column.addWidget(
            paragraph(
                self.tr(
                    "Newest first. You can open one to change it, or delete it; a delete "
                    "can be undone."
                ),
                hint=True,
            )
        )
        self.history = RecordList(
            self._session,
            RecordKind.CHECKINS,
            name=self.tr("Your check-ins"),
            describe=self._describe_checkin,
            editor=_edit_checkin,
            empty_text=self.tr("No check-ins yet. The first one is above, whenever you like."),
            deleted_text=self.tr("The check-in was deleted."),
            delete_question=self.tr("Delete this check-in and its note?"),
        )
        self.history.view.setMinimumHeight(self.history.view.fontMetrics().lineSpacing() * 9)
        column.addWidget(self.history)
        return box

    def _describe_checkin(self, checkin: CheckIn) -> str:
        parts = [
            when_text(checkin.at),
            self.tr("distress {value}: {words}").format(
                value=checkin.distress, words=words_for(checkin.distress, "distress")
            ),
            self.tr("comfort {value}: {words}").format(
                value=checkin.comfort, words=words_for(checkin.comfort, "comfort")
            ),
        ]
        if checkin.stress is not None:
            parts.append(
                self.tr("stress {value}: {words}").format(
                    value=checkin.stress, words=words_for(checkin.stress, "stress")
                )
            )
        text = " · ".join(parts)
        if checkin.note:
            text += "\n" + checkin.note
        return text

    # -- what helps today ------------------------------------------------------------------
    def _helpful_things(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(10)
        column.addWidget(heading(self.tr("For today"), scale=1.2))

        self.reviews = QFrame()
        self.reviews.setFrameShape(QFrame.Shape.StyledPanel)
        self.reviews.setAccessibleName(self.tr("Reviews you asked to be reminded of"))
        reviews = QVBoxLayout(self.reviews)
        reviews.setContentsMargins(12, 10, 12, 10)
        self.boundaries_note = paragraph("")
        self.boundaries_note.setAccessibleName(self.tr("Boundaries ready for a look"))
        self.boundaries_list = paragraph("")
        self.boundaries_list.setAccessibleName(self.tr("Boundaries ready for a look"))
        self.open_safety_review = self._link_button(
            self.tr("Look at them in the safety plan"), "safety"
        )
        self.thresholds_note = paragraph("")
        self.thresholds_note.setAccessibleName(self.tr("The thresholds map"))
        self.open_thresholds = self._link_button(self.tr("Open the thresholds map"), "thresholds")
        reviews.setSpacing(8)
        reviews.addWidget(self.boundaries_note)
        reviews.addWidget(self.boundaries_list)
        reviews.addWidget(self.open_safety_review, 0, Qt.AlignmentFlag.AlignLeft)
        reviews.addWidget(self.thresholds_note)
        reviews.addWidget(self.open_thresholds, 0, Qt.AlignmentFlag.AlignLeft)
        self.reviews.hide()

        self.last_practice = paragraph("")
        self.last_practice.setAccessibleName(self.tr("Your last practice"))
        self.last_practice.hide()

        self.to_journal = self._link_button(self.tr("Write in the journal"), "journal")
        self.to_grounding = self._link_button(self.tr("Grounding"), "grounding")
        self.to_grounding.setAccessibleDescription(
            self.tr("Breathing and other ways to come back to the present")
        )
        self.to_safety = self._link_button(self.tr("My safety plan"), "safety")
        links = QHBoxLayout()
        links.setSpacing(8)
        for button in (self.to_journal, self.to_grounding, self.to_safety):
            links.addWidget(button)
        links.addStretch(1)

        column.addWidget(self.reviews)
        column.addWidget(self.last_practice)
        column.addLayout(links)
        return box

    def _link_button(self, text: str, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.go_to(key))
        return button

    # Links from Today that open a place inside an area.
    _PLACES: ClassVar[dict[str, tuple[str, str]]] = {}

    def go_to(self, key: str) -> None:
        """Ask the main window to show another place (see Workspace.navigate_to)."""
        self.navigate.emit(*self._PLACES.get(key, (key, "")))

    # -- Area -----------------------------------------------------------------------------
    def open_detail(self, detail: str) -> None:
        """ "start": Settings, under Help, brings back the "where you might start" card."""
        if detail == "start":
            self.start_card.show_again()
            self.start_card.setFocus()

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        self._show_reviews(vault.safety.reviews_due(today()), vault.thresholds.review_due(today()))
        self._show_last_practice()
        self.start_card.refresh()
        self.history.reload()
        known = {tag for tag, _count in vault.journal.tags()}
        for checkin in vault.checkins.list(newest_first=True, limit=200):
            known.update(checkin.tags)
        self.tags.set_known_tags(known)

    def _show_reviews(self, boundaries: list[Boundary], thresholds_due: bool) -> None:
        shown = boundaries[:MAX_BOUNDARIES_SHOWN]
        self.boundaries_note.setText(
            self.tr("When you feel ready, you asked to look at these boundaries again:")
            if shown
            else ""
        )
        self.boundaries_list.setText("\n".join(f"•  {b.text}" for b in shown))
        for widget in (self.boundaries_note, self.boundaries_list, self.open_safety_review):
            widget.setVisible(bool(shown))
        weeks = self._session.vault.settings.get(REVIEW_WEEKS_KEY)
        self.thresholds_note.setText(
            self.tr(
                "Your thresholds map might be ready for a look, whenever suits you. "
                "You chose to look at it every {weeks} weeks."
            ).format(weeks=weeks)
            if thresholds_due
            else ""
        )
        self.thresholds_note.setVisible(thresholds_due)
        self.open_thresholds.setVisible(thresholds_due)
        self.reviews.setVisible(bool(shown) or thresholds_due)

    def _show_last_practice(self) -> None:
        vault = self._session.vault
        done = vault.practices.list(status=PracticeStatus.DONE, newest_first=True, limit=1)
        if not done:
            self.last_practice.clear()
            self.last_practice.hide()
            return
        practice = done[0]
        step = vault.roadmap.get_by_uid(practice.step_uid) if practice.step_uid else None
        when = when_text(practice.ended_at or practice.started_at, with_time=False)
        peak = practice.debrief.distress_peak
        parts = [self.tr("Your last practice: {when}").format(when=when)]
        if step is not None:
            parts.append(f"“{step.title}”")
        parts.append(
            self.tr("peak distress {value} of 10").format(value=peak)
            if peak is not None
            else self.tr("peak distress not rated")
        )
        self.last_practice.setText(" · ".join(parts))
        self.last_practice.show()

    def clear_sensitive(self) -> None:
        self.reset_form()
        self.tags.wipe()
        self.status.clear()
        self.care.clear_sensitive()
        self.history.clear_sensitive()
        for label in (
            self.boundaries_note,
            self.boundaries_list,
            self.thresholds_note,
            self.last_practice,
        ):
            label.clear()
        self.reviews.hide()
        self.last_practice.hide()


def _edit_checkin(checkin: CheckIn, parent: QWidget) -> CheckIn | None:
    from haven.ui.today.edit_checkin import edit_checkin

    return edit_checkin(checkin, parent)

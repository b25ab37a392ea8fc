"""The safety plan's special pages: boundaries with their reviews, the checklist with its
answers, scripts with their starters, and the pause plan's two lists side by side."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.models import Boundary, ChecklistAnswer, ChecklistItem, Script
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.safety.editors import (
    BoundaryReviewDialog,
    message_button,
)
from haven.ui.safety.models import (
    SectionSpec,
    answer_words,
    day_words,
)
from haven.ui.safety.sections import (
    COPY_CLEAR_SECONDS,
    ItemList,
    PlanHost,
    SectionPage,
    _esc,
    _moment_words,
    _t,
)


class BoundariesPage(SectionPage):
    """Boundaries, each with a date to look at it again, and its review history."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.review_button = message_button(
            _t("Look at it again…"), _t("Review the chosen boundary: keep it or reword it")
        )
        self.review_button.clicked.connect(self.review)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        self.actions.addLayout(row)

    def extra_html(self, item: Boundary) -> str:
        if item.review_by is not None and item.review_by <= date.today():
            due = _t("It is ready to be looked at again, whenever you like.")
            due_html = f"<p><i>{_esc(due)}</i></p>"
        else:
            due_html = ""
        if not item.reviews:
            return due_html + f"<p>{_esc(_t('No reviews yet.'))}</p>"
        lines = []
        for review in reversed(item.reviews):
            words = [_t("Reviewed on {date}.").format(date=_moment_words(review.at))]
            words.append(_t("Before, it read: “{text}”").format(text=review.text))
            if review.note:
                words.append(_t("Note: {note}").format(note=review.note))
            if review.next_review_by:
                words.append(
                    _t("Next look by {date}.").format(date=day_words(review.next_review_by))
                )
            lines.append("<li>" + "<br>".join(_esc(w) for w in words) + "</li>")
        title = _esc(_t("Its history"))
        return f"{due_html}<p><b>{title}</b></p><ul>{''.join(lines)}</ul>"

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        self.review_button.setEnabled(item is not None)

    def review(self) -> BoundaryReviewDialog | None:
        boundary = self.list.current()
        if boundary is None:
            return None
        dialog = BoundaryReviewDialog(
            boundary, lambda values: self._save_review(boundary, values), self.window()
        )
        self.list.show_dialog(dialog)
        return dialog

    def _save_review(self, boundary: Boundary, values: dict[str, Any]) -> str | None:
        if not self._host.session.is_unlocked:
            return _t("Haven is locked, so this was not saved.")
        try:
            self._host.session.vault.safety.review_boundary(boundary.id, **values)
        except ValueError as exc:
            return _t(str(exc))
        self.list.reload(select_uid=boundary.uid)
        self.status.setText(_t("Saved. The earlier wording stays in its history."))
        self._host.changed()
        return None


class ChecklistPage(SectionPage):
    """Activities marked yes / maybe / not now; each mark keeps its date."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.mark_group = QButtonGroup(self)
        self.mark_buttons: dict[ChecklistAnswer, QRadioButton] = {}
        marks = QHBoxLayout()
        marks.addWidget(QLabel(_t("Where I am with it today:")))
        for answer in (ChecklistAnswer.YES, ChecklistAnswer.MAYBE, ChecklistAnswer.NOT_NOW):
            button = QRadioButton(answer_words(answer))
            button.setAccessibleName(answer_words(answer))
            self.mark_group.addButton(button)
            self.mark_buttons[answer] = button
            marks.addWidget(button)
        marks.addStretch(1)
        self.mark_note = QLineEdit()
        self.mark_note.setAccessibleName(_t("A note with this mark"))
        self.mark_note.setPlaceholderText(_t("Optional: a note with this mark"))
        self.mark_button = message_button(_t("Save this mark"))
        self.mark_button.clicked.connect(self.save_mark)
        self.mark_note.returnPressed.connect(self.save_mark)
        note_row = QHBoxLayout()
        note_row.addWidget(self.mark_note, 1)
        note_row.addWidget(self.mark_button)
        self.actions.addLayout(marks)
        self.actions.addLayout(note_row)

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        if item is not None:
            self.mark_buttons[ChecklistAnswer(item.answer)].setChecked(True)

    def extra_html(self, item: ChecklistItem) -> str:
        if not item.history:
            return ""
        lines = []
        for mark in reversed(item.history):
            text = _t("{date}: {answer}").format(
                date=_moment_words(mark.at), answer=answer_words(mark.answer)
            )
            if mark.note:
                text += f" — {mark.note}"
            lines.append(f"<li>{_esc(text)}</li>")
        return f"<p><b>{_esc(_t('Earlier marks'))}</b></p><ul>{''.join(lines)}</ul>"

    def chosen_answer(self) -> ChecklistAnswer | None:
        for answer, button in self.mark_buttons.items():
            if button.isChecked():
                return answer
        return None

    @Slot()
    def save_mark(self) -> None:
        item = self.list.current()
        answer = self.chosen_answer()
        if item is None or answer is None or not self._host.session.is_unlocked:
            return
        self._host.session.vault.safety.mark_checklist(
            item.id, answer, note=self.mark_note.text().strip()
        )
        self.mark_note.setText("")
        self.list.reload(select_uid=item.uid)
        self.status.setText(
            _t("Marked “{answer}” today. The earlier marks stay in its history.").format(
                answer=answer_words(answer)
            )
        )
        self._host.changed()

    def clear_sensitive(self) -> None:
        super().clear_sensitive()
        self.mark_note.setText("")


class ScriptsPage(SectionPage):
    """The person's own scripts, a Copy button, and the starter library to add from."""

    def __init__(self, host: PlanHost, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(host, spec, parent)
        self.copy_button = message_button(
            _t("Copy the words"), _t("Copy the chosen script's words to the clipboard")
        )
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.actions.addLayout(row)

        self.starters = resources.starter_scripts()
        box = QWidget()
        box.setAccessibleName(_t("Examples to start from"))
        self.starter_box = QComboBox()
        self.starter_box.setAccessibleName(_t("Example scripts"))
        self.starter_preview = paragraph("", hint=True)
        self.starter_preview.setAccessibleName(_t("The example's words"))
        self.starter_add = message_button(
            _t("Add to my scripts"), _t("Add this example to my scripts")
        )
        self.starter_add.clicked.connect(self.add_starter)
        self.starter_box.currentIndexChanged.connect(self._preview)
        pick = QHBoxLayout()
        pick.addWidget(self.starter_box, 1)
        pick.addWidget(self.starter_add)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.addWidget(heading(_t("Examples to start from"), scale=1.1))
        inner.addWidget(paragraph(_t("Starting points: you can change every word."), hint=True))
        inner.addLayout(pick)
        inner.addWidget(self.starter_preview)
        self.layout_.addWidget(box)
        self._fill_starters()

    def _fill_starters(self) -> None:
        self.starter_box.blockSignals(True)
        self.starter_box.clear()
        for raw in self.starters:
            self.starter_box.addItem(f"{raw['title']} ({raw['category']})", raw["id"])
        self.starter_box.blockSignals(False)
        self._preview()

    @Slot()
    def _preview(self, *_: object) -> None:
        raw = self._starter()
        self.starter_preview.setText(f"“{raw['body']}”" if raw else "")

    def _starter(self) -> dict[str, str] | None:
        index = self.starter_box.currentIndex()
        return self.starters[index] if 0 <= index < len(self.starters) else None

    @Slot()
    def add_starter(self) -> Script | None:
        raw = self._starter()
        if raw is None or not self._host.session.is_unlocked:
            return None
        script = Script(
            title=raw["title"], body=raw["body"], category=raw["category"], from_template=raw["id"]
        )
        self._host.session.vault.safety.add(script)
        self.list.reload(select_uid=script.uid)
        self.status.setText(
            _t("Added to your scripts. You might change the words so they sound like you.")
        )
        self._host.changed()
        return script

    @Slot()
    def copy(self) -> None:
        script = self.list.current()
        if script is None:
            return
        self._host.session.clipboard.copy(script.body, clear_after_s=COPY_CLEAR_SECONDS)
        self.status.setText(
            _t("Copied. Haven will clear it from the clipboard in {seconds} seconds.").format(
                seconds=COPY_CLEAR_SECONDS
            )
        )

    def show_details(self, item: Any | None) -> None:
        super().show_details(item)
        self.copy_button.setEnabled(item is not None)

    def clear_sensitive(self) -> None:
        super().clear_sensitive()
        # The examples are Haven's own words, not the person's: they can stay.
        self._preview()


class PausePlanPage(QWidget):
    """Two ordered lists: what I do, and what I ask my partner to do."""

    def __init__(
        self,
        host: PlanHost,
        mine: SectionSpec,
        partners: SectionSpec,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = _t("Pause plan")
        self.setAccessibleName(title)
        self.mine = ItemList(host, mine)
        self.partners = ItemList(host, partners)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(title, scale=1.45))
        layout.addWidget(
            paragraph(
                _t(
                    "What you can do, and what you might ask your partner to do, when one of "
                    "you needs a pause. The Pause button shows these steps, in this order."
                ),
                hint=True,
            )
        )
        layout.addWidget(heading(mine.title, scale=1.1))
        layout.addWidget(self.mine, 1)
        layout.addWidget(heading(partners.title, scale=1.1))
        layout.addWidget(self.partners, 1)

    def showEvent(self, event: Any) -> None:
        """Both lists line up: their button columns share one width."""
        width = max(item_list.buttons_width() for item_list in self.lists)
        for item_list in self.lists:
            item_list.set_buttons_width(width)
        super().showEvent(event)

    @property
    def lists(self) -> tuple[ItemList, ItemList]:
        return self.mine, self.partners

    def reload(self) -> None:
        for item_list in self.lists:
            item_list.reload()

    def clear_sensitive(self) -> None:
        for item_list in self.lists:
            item_list.clear_sensitive()

"""The roadmap's pages, built once: the first visit (the example or an empty roadmap), and
the main page with the overview of steps and the details of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from haven import resources
from haven.domain.models import (
    StepState,
)
from haven.ui.kit.flow import FlowLayout
from haven.ui.kit.rating import RatingInput
from haven.ui.kit.widgets import (
    action_button,
    field_label,
    heading,
    paragraph,
    scrolling,
    status_label,
    text_box,
)
from haven.ui.pacing import common
from haven.ui.pacing.common import DropListView, OrderedListModel

STEP_MIME = "application/x-haven-roadmap-step-ids"


def common_column(page: QWidget, max_width: int = 720) -> QWidget:
    """A start page kept to a readable width, top-left aligned."""
    page.setMaximumWidth(max_width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 8, 0, 0)
    row.addWidget(page, 1)
    row.addStretch(0)
    return holder


class RoadmapPages:
    """Part of `RoadmapArea` (see area.py); mixed in, so `self` is the RoadmapArea."""

    # -- building ---------------------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(14)
        column.addWidget(heading(self.tr("Your roadmap is empty for now"), scale=1.2))
        column.addWidget(
            paragraph(
                self.tr(
                    "A roadmap is a list of steps you define, in the order you choose. Each "
                    "step stays where it is until you change it, and moving back is always "
                    "possible."
                )
            )
        )
        try:
            intro = str(resources.load_json("templates/roadmap.json").get("intro", ""))
        except (resources.ResourceError, ValueError):
            intro = ""
        if intro:
            column.addWidget(paragraph(self.tr(intro), hint=True))
        self.example_button = action_button(
            self.tr("Start from a gentle example"),
            tip=self.tr("Adds example steps you can rename, reorder or delete"),
        )
        self.empty_button = action_button(
            self.tr("Start empty"), tip=self.tr("Write every step in your own words")
        )
        self.example_button.clicked.connect(self.add_example)
        self.empty_button.clicked.connect(self.start_empty)
        row = QHBoxLayout()
        row.addWidget(self.example_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return common_column(page)

    def _build_main_page(self) -> QWidget:
        # left: the ordered list
        self.model = OrderedListModel(STEP_MIME, self._row_text, self._row_accessible)
        self.model.on_drop = self._dropped
        self.list = DropListView()
        self.list.setAccessibleName(self.tr("Steps, in your order"))
        self.list.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the chosen step. Drag and drop works too.")
        )
        self.list.setModel(self.model)
        self.list.setMinimumWidth(230)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.move_requested.connect(self._key_move)

        self.up_button = action_button(
            self.tr("Move up"), self.tr("Move the step up"), self.tr("Move up (Alt+Up)")
        )
        self.down_button = action_button(
            self.tr("Move down"), self.tr("Move the step down"), self.tr("Move down (Alt+Down)")
        )
        self.delete_button = action_button(
            self.tr("Delete…"), self.tr("Delete the step"), self.tr("Delete the step (Delete)")
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_step)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new step, in your own words"))
        self.new_title.setAccessibleName(self.tr("Name of a new step"))
        self.add_button = action_button(self.tr("Add step"), self.tr("Add the new step"))
        self.new_title.returnPressed.connect(self.add_from_field)
        self.add_button.clicked.connect(self.add_from_field)
        self.list_status = status_label()

        moves = FlowLayout()  # wraps at a large font instead of cutting the buttons' text
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.delete_button)
        adding = QHBoxLayout()
        adding.addWidget(field_label(self.tr("New step"), self.new_title))
        adding.addWidget(self.new_title, 1)
        adding.addWidget(self.add_button)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(heading(self.tr("Steps"), scale=1.1))
        left.addWidget(
            paragraph(self.tr("Drag to reorder, or use Alt+Up and Alt+Down."), hint=True)
        )
        left.addWidget(self.list, 1)
        left.addLayout(moves)
        left.addLayout(adding)
        left.addWidget(self.list_status)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(340)

        # right: the chosen step
        self.detail_stack = QStackedWidget()
        nothing = QWidget()
        nothing_layout = QVBoxLayout(nothing)
        nothing_layout.addWidget(
            paragraph(self.tr("Choose a step to see where it is and what you noted."), hint=True)
        )
        nothing_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen step"))
        self.tabs.addTab(scrolling(self._build_overview()), self.tr("Overview"))
        self.tabs.addTab(scrolling(self._build_details()), self.tr("Details"))
        self.detail_stack.addWidget(nothing)
        self.detail_stack.addWidget(self.tabs)

        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(left_box, 2)
        row.addWidget(self.detail_stack, 3)
        return page

    def _build_overview(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        self.step_title = heading("", scale=1.25)
        self.step_title.setAccessibleName(self.tr("Step"))
        self.step_description = paragraph("")
        self.step_description.setAccessibleName(self.tr("What this step is"))
        self.state_text = QLabel()
        self.state_text.setAccessibleName(self.tr("Where this step is now"))
        self.state_text.setTextFormat(Qt.TextFormat.PlainText)
        self.move_back_button = action_button(
            self.tr("Move back a step"),
            tip=self.tr("One step back along your path. That is a normal part of pacing."),
        )
        self.move_back_button.clicked.connect(self.move_back)
        self.practise_button = action_button(
            self.tr("Plan a practice…"), self.tr("Plan a practice for this step")
        )
        self.practise_button.clicked.connect(self._plan_practice)
        bold = QFont(self.state_text.font())
        bold.setBold(True)
        self.state_text.setFont(bold)
        state_row = QHBoxLayout()
        state_row.addWidget(self.move_back_button)
        state_row.addWidget(self.practise_button)
        state_row.addStretch(1)
        self.message = status_label()
        self.message.setAccessibleName(self.tr("About the last change"))

        change_box = QGroupBox(self.tr("Change where this step is"))
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("New state for this step"))
        for state in StepState:
            self.state_combo.addItem(common.state_label(state), state.value)
        self.change_note = QLineEdit()
        self.change_note.setPlaceholderText(self.tr("A note, if you like"))
        self.change_note.setAccessibleName(self.tr("A note about this change"))
        self.change_button = action_button(self.tr("Save this change"))
        self.change_button.clicked.connect(self.change_state)
        self.change_note.returnPressed.connect(self.change_state)
        self.state_combo.currentIndexChanged.connect(self._update_change_button)
        move_label = QLabel(self.tr("Move it to"))
        move_label.setBuddy(self.state_combo)
        first_row = QHBoxLayout()
        first_row.addWidget(move_label)
        first_row.addWidget(self.state_combo)
        first_row.addStretch(1)
        second_row = QHBoxLayout()
        second_row.addWidget(self.change_note, 1)
        second_row.addWidget(self.change_button)
        change_layout = QVBoxLayout(change_box)
        change_layout.addLayout(first_row)
        change_layout.addLayout(second_row)

        ready_box = QGroupBox(self.tr("Readiness, as information only"))
        self.readiness = paragraph("")
        self.readiness.setAccessibleName(self.tr("How recent practices compare with your guide"))
        ready_layout = QVBoxLayout(ready_box)
        ready_layout.addWidget(self.readiness)
        ready_layout.addWidget(paragraph(self.tr("You decide when, and whether, to move on.")))

        practices_box = QGroupBox(self.tr("Practices for this step"))
        self.practice_list = QListWidget()
        self.practice_list.setAccessibleName(self.tr("Practices for this step, newest first"))
        common.wrapping_list(self.practice_list)
        self.no_practices = paragraph(self.tr("No practices for this step yet."), hint=True)
        practices_layout = QVBoxLayout(practices_box)
        # "Agreed in therapy on …", from the sessions log, when a session linked this step.
        self.agreed = paragraph("", hint=True)
        self.agreed.setAccessibleName(self.tr("Agreed in therapy"))
        self.agreed.hide()
        practices_layout.addWidget(self.agreed)
        practices_layout.addWidget(self.no_practices)
        practices_layout.addWidget(self.practice_list)

        timeline_box = QGroupBox(self.tr("Timeline"))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Every change to this step, newest first"))
        common.wrapping_list(self.timeline)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline)

        column.addWidget(self.step_title)
        column.addWidget(self.step_description)
        column.addWidget(self.state_text)
        column.addLayout(state_row)
        column.addWidget(self.message)
        column.addWidget(change_box)
        column.addWidget(timeline_box)
        column.addWidget(ready_box)
        column.addWidget(practices_box)
        column.addStretch(1)
        return content

    def _build_details(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("Step name"))
        self.description_field = text_box(self.tr("What this step is"), 4)
        self.notes_field = text_box(self.tr("Readiness notes"), 3)
        self.notes_field.setPlaceholderText(
            self.tr("What might tell you this step feels ready, in your own words")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Name"), self.title_field)
        form.addRow(self.tr("What this step is"), self.description_field)
        form.addRow(self.tr("Readiness notes"), self.notes_field)

        guide_box = QGroupBox(self.tr("A readiness guide of your own (optional)"))
        self.guide_check = QCheckBox(self.tr("Compare my recent practices with a guide"))
        self.guide_check.setAccessibleName(self.tr("Use a readiness guide"))
        self.guide_count = QSpinBox()
        self.guide_count.setRange(1, 20)
        self.guide_count.setValue(3)
        self.guide_count.setAccessibleName(self.tr("How many practices the guide counts"))
        self.guide_peak = RatingInput(
            self.tr("Peak distress at or below"), "distress", optional=False, initial=4
        )
        self.guide_check.toggled.connect(self._guide_toggled)
        count_row = QHBoxLayout()
        count_label = QLabel(self.tr("Number of recent practices"))
        count_label.setBuddy(self.guide_count)
        count_row.addWidget(count_label)
        count_row.addWidget(self.guide_count)
        count_row.addStretch(1)
        guide_layout = QVBoxLayout(guide_box)
        guide_layout.addWidget(self.guide_check)
        guide_layout.addLayout(count_row)
        guide_layout.addWidget(self.guide_peak)
        guide_layout.addWidget(
            paragraph(
                self.tr("The guide is only for you to compare with. Haven never moves a step."),
                hint=True,
            )
        )

        self.save_button = action_button(
            self.tr("Save changes"), self.tr("Save the step's details"), self.tr("Ctrl+S")
        )
        self.save_button.clicked.connect(self.save_details)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.details_status = status_label()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        save_row.addWidget(self.details_status, 1)

        column.addLayout(form)
        column.addWidget(guide_box)
        column.addLayout(save_row)
        column.addStretch(1)
        self._guide_toggled(False)
        return content

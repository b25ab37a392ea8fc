"""Building the thresholds map: the review bar, the three zone columns, the move and add
rows, the editor and the review reminder."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from haven.domain.models import Zone
from haven.ui.kit.widgets import action_button, heading, paragraph, status_label, text_box
from haven.ui.pacing import common
from haven.ui.pacing.common import DropListView, OrderedListModel

THRESHOLD_MIME = "application/x-haven-threshold-ids"


COLUMNS = (Zone.MANAGEABLE, Zone.NEEDS_BOUNDARIES, Zone.NOT_YET)


DEFAULT_REVIEW_WEEKS = 4


class ThresholdsPages:
    """Part of `ThresholdsArea` (see area.py); mixed in, so `self` is the ThresholdsArea."""

    # -- building ---------------------------------------------------------------------------
    def _build_review_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setAccessibleName(self.tr("A gentle reminder"))
        self.review_note = QLabel(self.tr("Your map is ready for a look whenever you like."))
        self.review_note.setWordWrap(True)
        self.review_note.setAccessibleName(self.tr("A gentle reminder"))
        self.bar_reviewed_button = action_button(
            self.tr("Reviewed today"), self.tr("I looked at my map today")
        )
        self.bar_reviewed_button.clicked.connect(self.mark_reviewed)
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.review_note, 1)
        row.addWidget(self.bar_reviewed_button)
        bar.hide()
        return bar

    def _build_columns(self) -> QHBoxLayout:
        self.models: dict[Zone, OrderedListModel] = {}
        self.views: dict[Zone, DropListView] = {}
        self.counts: dict[Zone, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for zone in COLUMNS:
            model = OrderedListModel(THRESHOLD_MIME, self._row_text, self._row_accessible)
            model.on_drop = partial(self._dropped, zone)
            view = DropListView()
            view.setModel(model)
            view.setAccessibleName(self.tr("Column: {zone}").format(zone=common.zone_label(zone)))
            view.setAccessibleDescription(
                self.tr(
                    "Ctrl+Left and Ctrl+Right move the chosen situation to another column. "
                    "Alt+Up and Alt+Down move it within this column."
                )
            )
            view.setMinimumWidth(150)
            view.selectionModel().currentChanged.connect(partial(self._current_changed, zone))
            view.move_requested.connect(self._key_move)
            title = heading(common.zone_label(zone), scale=1.1)
            title.setBuddy(view)
            count = QLabel()
            count.setProperty("role", "hint")
            count.setAccessibleName(self.tr("How many in this column"))
            top = QHBoxLayout()
            top.addWidget(title, 1)
            top.addWidget(count)
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addLayout(top)
            box.addWidget(view, 1)
            row.addLayout(box, 1)
            self.models[zone] = model
            self.views[zone] = view
            self.counts[zone] = count
        return row

    def _build_move_row(self) -> QHBoxLayout:
        self.move_buttons: dict[Zone, QPushButton] = {}
        row = QHBoxLayout()
        label = QLabel(self.tr("Move the chosen situation to:"))
        row.addWidget(label)
        for zone in COLUMNS:
            button = action_button(
                common.zone_label(zone),
                self.tr("Move to {zone}").format(zone=common.zone_label(zone)),
                self.tr("Move it to “{zone}” (Ctrl+Left / Ctrl+Right)").format(
                    zone=common.zone_label(zone)
                ),
            )
            button.clicked.connect(partial(self.move_current_to, zone))
            row.addWidget(button)
            self.move_buttons[zone] = button
        row.addStretch(1)
        self.delete_button = action_button(
            self.tr("Delete…"), self.tr("Delete the situation"), self.tr("Delete (Delete key)")
        )
        self.delete_button.clicked.connect(self.delete_item)
        row.addWidget(self.delete_button)
        return row

    def _build_add_row(self) -> QHBoxLayout:
        self.new_situation = QLineEdit()
        self.new_situation.setPlaceholderText(self.tr("A situation, in a few words"))
        self.new_situation.setAccessibleName(self.tr("A new situation"))
        self.new_zone = QComboBox()
        self.new_zone.setAccessibleName(self.tr("Column for the new situation"))
        for zone in COLUMNS:
            self.new_zone.addItem(common.zone_label(zone), zone.value)
        self.new_zone.setCurrentIndex(COLUMNS.index(Zone.NOT_YET))
        self.add_button = action_button(self.tr("Add"), self.tr("Add the situation"))
        self.new_situation.returnPressed.connect(self.add_from_field)
        self.add_button.clicked.connect(self.add_from_field)
        self.list_status = status_label()
        row = QHBoxLayout()
        row.addWidget(self.new_situation, 1)
        in_label = QLabel(self.tr("in"))
        in_label.setBuddy(self.new_zone)
        row.addWidget(in_label)
        row.addWidget(self.new_zone)
        row.addWidget(self.add_button)
        return row

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("About the chosen situation"))
        self.situation_field = QLineEdit()
        self.situation_field.setAccessibleName(self.tr("Situation"))
        self.boundary_field = text_box(self.tr("The boundary it needs"), 2)
        self.notes_field = text_box(self.tr("Notes"), 2)
        self.save_button = action_button(
            self.tr("Save changes"), self.tr("Save the situation"), self.tr("Ctrl+S")
        )
        self.save_button.clicked.connect(self.save_details)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.details_status = status_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Situation"), self.situation_field)
        form.addRow(self.tr("Boundary it needs"), self.boundary_field)
        form.addRow(self.tr("Notes"), self.notes_field)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        save_row.addWidget(self.details_status, 1)
        self.no_choice = paragraph(
            self.tr("Choose a situation in a column to see and change its words here."), hint=True
        )
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Every move of the chosen situation, newest first"))
        common.wrapping_list(self.history)
        history_label = QLabel(self.tr("How it has moved"))
        history_label.setBuddy(self.history)
        layout = QVBoxLayout(box)
        layout.addWidget(self.no_choice)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        self.editor_fields = (self.situation_field, self.boundary_field, self.notes_field)
        return box

    def _build_reminder(self) -> QGroupBox:
        box = QGroupBox(self.tr("A gentle reminder, if you want one"))
        self.remind_check = QCheckBox(self.tr("Remind me to look at the map every"))
        self.remind_check.setAccessibleName(self.tr("Remind me to look at the map"))
        self.remind_weeks = QSpinBox()
        self.remind_weeks.setRange(1, 52)
        self.remind_weeks.setValue(DEFAULT_REVIEW_WEEKS)
        self.remind_weeks.setSuffix(self.tr(" weeks"))
        self.remind_weeks.setAccessibleName(self.tr("How many weeks between reminders"))
        self.reviewed_button = action_button(
            self.tr("Reviewed today"), self.tr("I looked at my map today")
        )
        self.reviewed_text = QLabel()
        self.reviewed_text.setProperty("role", "hint")
        self.reviewed_text.setAccessibleName(self.tr("When you last looked"))
        self.remind_check.toggled.connect(self._reminder_changed)
        self.remind_weeks.valueChanged.connect(self._reminder_changed)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        row = QHBoxLayout()
        row.addWidget(self.remind_check)
        row.addWidget(self.remind_weeks)
        row.addStretch(1)
        row.addWidget(self.reviewed_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.reviewed_text)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The reminder only appears here, in Haven, and never shows what the map says."
                ),
                hint=True,
            )
        )
        return box

"""The summary for therapy: dates, sections, safety-plan parts and journal entries, chosen.

What goes in is decided by `haven.report.summary` (the same code as `haven export --format
pdf`); this panel only collects the choices. Journal entries: only those marked "share
with my therapist" in the dates are listed, each shown in full with its own checkbox, and
none is ticked to begin with; the journal section is off until the person turns it on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from haven.domain.models import JournalEntry
from haven.report import summary as S
from haven.ui.kit.widgets import heading, paragraph
from haven.ui.share.panel import PdfPanel, Prepared, RangePicker, hint


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


class EntryChoice(QFrame):
    """One shared journal entry: a checkbox with its title and date, and its text below."""

    def __init__(self, entry: JournalEntry) -> None:
        super().__init__()
        self.setObjectName("SharedEntry")
        self.uid = entry.uid
        when = f"{entry.at.day} {entry.at.strftime('%B %Y, %H:%M')}"
        title = entry.title.strip() or _t("Untitled entry")
        # The checkbox holds only the date (it cannot wrap); the title and text wrap below it.
        self.box = QCheckBox(when)
        self.box.setAccessibleName(_t("Include the entry {title}").format(title=title))
        self.title = paragraph(title)
        self.title.setStyleSheet("font-weight: bold")
        self.text = paragraph(entry.body, hint=True)
        self.text.setAccessibleName(_t("The text of {title}").format(title=title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        for label in (self.title, self.text):
            label.setContentsMargins(26, 0, 0, 0)
            layout.addWidget(label)

    def clear(self) -> None:
        self.box.setText("")
        self.box.setAccessibleName("")
        self.title.clear()
        self.title.setAccessibleName("")
        self.text.clear()
        self.text.setAccessibleName("")


class SummaryPanel(PdfPanel):
    what = "summary"
    save_title = "Save the summary for therapy"

    file_kind = "summary"

    def build_options(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            hint(
                _t(
                    "You choose what goes in. Nothing else from your journal is in the PDF. "
                    "You can look at every page before you save it."
                )
            )
        )
        layout.addWidget(heading(_t("Dates"), scale=1.1))
        self.range = RangePicker(default_days=S.DEFAULT_RANGE_DAYS)
        self.range.changed.connect(self._range_changed)
        layout.addWidget(self.range)

        layout.addWidget(heading(_t("What goes in"), scale=1.1))
        self.sections: dict[str, QCheckBox] = {}
        for name in S.SECTIONS:
            if name == S.JOURNAL:
                continue
            box = QCheckBox(_t(S.SECTION_TITLES[name]))
            box.setChecked(name in S.DEFAULT_SECTIONS)
            box.setAccessibleName(_t(S.SECTION_TITLES[name]))
            box.setToolTip(_t(S.SECTION_HELP[name]))
            box.setAccessibleDescription(_t(S.SECTION_HELP[name]))
            box.toggled.connect(self.invalidate)
            layout.addWidget(box)
            self.sections[name] = box
            if name == S.SAFETY_PLAN:
                layout.addWidget(self._safety_parts())
        safety = self.sections[S.SAFETY_PLAN]
        safety.toggled.connect(self._safety_toggled)

        layout.addWidget(heading(_t("Journal entries"), scale=1.1))
        self.journal = QCheckBox(_t(S.SECTION_TITLES[S.JOURNAL]))
        self.journal.setAccessibleName(_t("Include journal entries I choose below"))
        self.journal.setChecked(False)
        self.journal.toggled.connect(self._journal_toggled)
        layout.addWidget(self.journal)
        self.journal_hint = hint("")
        layout.addWidget(self.journal_hint)
        self.entries_box = QWidget()
        self.entries_layout = QVBoxLayout(self.entries_box)
        self.entries_layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.entries_box)
        self.entries: list[EntryChoice] = []
        self._journal_toggled(False)

    def _safety_parts(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 0, 0, 0)
        self.safety_parts: dict[str, QCheckBox] = {}
        for part in S.SAFETY_PARTS:
            title = _t(S.SAFETY_PART_TITLES[part])
            if part in S.PRIVATE_SAFETY_PARTS:
                # Other people's numbers and what triggers the person: only when ticked.
                title = _t("{part} (off unless you tick it)").format(part=title)
            box = QCheckBox(title)
            box.setChecked(part in S.DEFAULT_SAFETY_PARTS)
            box.setAccessibleName(
                _t("Safety plan: {part}").format(part=_t(S.SAFETY_PART_TITLES[part]))
            )
            box.toggled.connect(self.invalidate)
            column.addWidget(box)
            self.safety_parts[part] = box
        self.safety_holder = holder
        return holder

    @Slot(bool)
    def _safety_toggled(self, on: bool) -> None:
        self.safety_holder.setEnabled(on)

    @Slot(bool)
    def _journal_toggled(self, on: bool) -> None:
        self.entries_box.setEnabled(on)
        self._update_journal_hint()
        self.invalidate()

    def _update_journal_hint(self) -> None:
        if not self.entries:
            text = _t(
                "No entry in these dates is marked “share with my therapist”. You can mark "
                "an entry in the journal."
            )
        elif self.journal.isChecked():
            text = _t(
                "Only the entries you tick go in. These are the entries in the dates marked "
                "“share with my therapist”."
            )
        else:
            text = _t("No journal text goes in. Tick the box above to choose entries.")
        self.journal_hint.setText(text)
        self.journal_hint.setAccessibleName(text)

    @Slot()
    def _range_changed(self) -> None:
        self.reload()
        self.invalidate()

    # -- the shared entries ----------------------------------------------------------------
    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        dates = self.range.dates()
        assert dates is not None
        ticked = self.chosen_uids()
        self.forget_choices()
        for entry in S.shareable_entries(self._session.vault, *dates):
            choice = EntryChoice(entry)
            choice.box.setChecked(entry.uid in ticked)
            choice.box.toggled.connect(self.invalidate)
            self.entries_layout.addWidget(choice)
            self.entries.append(choice)
        self._update_journal_hint()
        self.invalidate()

    def forget_choices(self) -> None:
        for choice in self.entries:
            choice.clear()
            self.entries_layout.removeWidget(choice)
            choice.deleteLater()
        self.entries = []

    def chosen_uids(self) -> set[str]:
        return {c.uid for c in self.entries if c.box.isChecked()}

    # -- the summary ------------------------------------------------------------------------
    def options_now(self) -> S.SummaryOptions:
        dates = self.range.dates()
        assert dates is not None
        sections = {name for name, box in self.sections.items() if box.isChecked()}
        uids = self.chosen_uids() if self.journal.isChecked() else set()
        if uids:
            sections.add(S.JOURNAL)
        parts = {p for p, box in self.safety_parts.items() if box.isChecked()}
        if not parts:
            sections.discard(S.SAFETY_PLAN)
        return S.SummaryOptions(
            dates[0],
            dates[1],
            sections=frozenset(sections),
            journal_uids=frozenset(uids),
            safety_parts=frozenset(parts),
            discreet=self._session.settings.discreet_mode,
        )

    def prepare(self) -> Prepared | str:
        options = self.options_now()
        if not options.sections:
            return _t("Choose at least one part for the summary.")
        summary = S.build_summary(self._session.vault, options)
        theme = self._session.settings.theme

        def render() -> bytes:
            from haven.report.pdf.summary import render_pdf

            return render_pdf(summary, theme=theme)

        return Prepared(render, summary.describe())

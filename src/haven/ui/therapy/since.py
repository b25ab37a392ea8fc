"""Since my last session: what changed after the last logged session, said plainly, and one
button that makes the summary PDF for exactly that period (through the Share area, so the
same choices, warning and save dialog apply)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from haven.domain.ratings import legend
from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, card, paragraph, readable_column, scrolling
from haven.ui.pacing.common import day_text
from haven.ui.therapy.common import long_day, tr
from haven.usecases import therapy


class SincePage(QWidget):
    make_summary = Signal(str)  # "summary:<start>:<end>", for the Share area

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.view: therapy.SinceLastSession | None = None
        self.period = paragraph("")
        self.period.setAccessibleName(tr("The period"))
        self.summary_button = action_button(
            tr("Make the summary PDF for this period…"),
            tr("Make the summary PDF for the days since my last session"),
            tr("Opens Share with these dates; you choose what goes in before saving."),
        )
        self.summary_button.clicked.connect(self._make_summary)
        self.labels: dict[str, QLabel] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.period)
        button_row = QHBoxLayout()
        button_row.addWidget(self.summary_button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        for key, title in (
            ("steps", tr("Roadmap steps")),
            ("thresholds", tr("Thresholds")),
            ("practices", tr("Practices")),
            ("ratings", tr("Distress and comfort, then and now")),
            ("to_bring", tr("To bring to therapy")),
        ):
            frame, layout = card(title)
            label = paragraph("")
            label.setAccessibleName(title)
            layout.addWidget(label)
            self.labels[key] = label
            column.addWidget(frame)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(readable_column(content, max_width=760)))

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        view = therapy.since_last_session(self._session.vault)
        self.view = view
        if view.since is None:
            self.period.setText(
                tr(
                    "No session is logged yet, so this looks back over the last 90 days. "
                    "When you log a session, this page starts from it."
                )
            )
        else:
            self.period.setText(
                tr("Since your last session on {day}, up to today.").format(
                    day=long_day(view.since)
                )
            )
        self.labels["steps"].setText(
            "\n".join(f"• {m.title}: {tr(m.words)} ({day_text(m.change.at)})" for m in view.steps)
            or tr("No step moved in this time. Staying with a step is pacing too.")
        )
        self.labels["thresholds"].setText(
            "\n".join(
                f"• {m.situation}: {tr(m.words)} ({day_text(m.move.at)})" for m in view.thresholds
            )
            or tr("No situation moved on the map in this time.")
        )
        self.labels["practices"].setText(
            tr("No practice recorded in this time.")
            if view.practices == 0
            else tr("1 practice recorded in this time.")
            if view.practices == 1
            else tr("{n} practices recorded in this time.").format(n=view.practices)
        )
        self.labels["ratings"].setText(self._ratings_text(view))
        self.labels["to_bring"].setText(
            "\n".join(f"• {i.text} ({tr(i.source)})" for i in view.to_bring)
            or tr("Nothing on the list right now.")
        )

    @staticmethod
    def _ratings_text(view: therapy.SinceLastSession) -> str:
        then, now = view.then, view.now
        lines = []
        for scale, name in (("distress", tr("Distress")), ("comfort", tr("Comfort"))):
            lines.append(
                tr("{name}: the week up to the session {then}; the last 7 days {now}.").format(
                    name=name, then=then.words(scale), now=now.words(scale)
                )
            )
        lines.append(tr("Averages of your check-ins, 0 to 10."))
        lines.append(tr("Distress scale: {key}.").format(key=legend("distress")))
        lines.append(tr("Comfort scale: {key}.").format(key=legend("comfort")))
        return "\n".join(lines)

    def clear_sensitive(self) -> None:
        self.view = None
        self.period.setText("")
        for label in self.labels.values():
            label.setText("")

    @Slot()
    def _make_summary(self) -> None:
        if self.view is None:
            self.refresh()
        if self.view is None:
            return
        self.make_summary.emit(
            f"summary:{self.view.start.isoformat()}:{self.view.until.isoformat()}"
        )

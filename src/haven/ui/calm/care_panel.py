"""The calm answer to a hard moment: a panel in place, never a pop-up.

Shown after a check-in at or above the person's threshold, a practice whose peak or after
distress reached it, grounding that left distress higher, or a consent answer of "No" or
"Not sure" (the rules are in domain/hard_moments.py). It offers, and only offers: the pause
plan, a grounding tool, Help now, and adding the moment to what the person wants to talk
about in therapy. Once per event, closed with one button, no alarm colour (the theme draws
it like any quiet note), no sound, no count of how often it has appeared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from haven.domain.hard_moments import HardMoment, MomentKind
from haven.domain.ratings import words_for
from haven.ui.core.session import Session
from haven.ui.kit.widgets import action_button, heading, paragraph
from haven.usecases import to_bring


class CarePanel(QFrame):
    """Put one in an area; call `offer(moment)` after a save."""

    grounding_requested = Signal()
    help_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._moment: HardMoment | None = None
        self._answered: set[str] = set()  # event keys already answered: once per event
        self.setObjectName("CarePanel")
        self.setAccessibleName(self.tr("Something that might help"))

        self.title = heading("", scale=1.15)
        self.title.setWordWrap(True)
        self.body = paragraph("")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = action_button(
            self.tr("Open my pause plan"), tip=self.tr("Your pause plan, in its own window")
        )
        self.grounding_button = action_button(
            self.tr("Try a grounding tool"),
            tip=self.tr("Breathing, 5-4-3-2-1 or a body scan, in the Grounding area"),
        )
        self.help_button = action_button(
            self.tr("Help now"), tip=self.tr("Your own contacts and helplines")
        )
        self.bring_button = action_button(
            self.tr("Add this to what I want to talk about in therapy"),
            tip=self.tr("It will be in your summary for therapy, under things to talk about"),
        )
        self.close_button = action_button(self.tr("Close this"), self.tr("Close this note"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        self.note.setAccessibleName(self.tr("About adding this"))
        self.note.hide()

        self.pause_button.clicked.connect(self._pause)
        self.grounding_button.clicked.connect(self.grounding_requested)
        self.help_button.clicked.connect(self._help)
        self.bring_button.clicked.connect(self._bring)
        self.close_button.clicked.connect(self.dismiss)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        offers = QVBoxLayout()
        offers.setSpacing(6)
        for button in (
            self.pause_button,
            self.grounding_button,
            self.help_button,
            self.bring_button,
        ):
            offers.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addLayout(offers)
        layout.addWidget(self.note)
        self.hide()

    # -- showing -----------------------------------------------------------------------
    def offer(self, moment: HardMoment | None) -> bool:
        """Show the panel for this event, unless it was answered already. True when shown."""
        if moment is None or moment.key in self._answered:
            return False
        self._answered.add(moment.key)
        self._moment = moment
        title, body = self._words(moment)
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleDescription(body)
        added = self._session.is_unlocked and to_bring.is_added(self._session.vault, moment)
        self.bring_button.setEnabled(not added)
        self.note.setText(self._added_text() if added else "")
        self.note.setVisible(added)
        self.show()
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def moment(self) -> HardMoment | None:
        return self._moment if self.isVisible() else None

    def _words(self, moment: HardMoment) -> tuple[str, str]:
        rated = ""
        if moment.distress is not None:
            rated = self.tr("{value}: {words}").format(
                value=moment.distress, words=words_for(moment.distress, "distress")
            )
        offer = self.tr("If it would help, you might try one of these. There is no need to.")
        if moment.kind is MomentKind.CHECKIN:
            return (
                self.tr("That sounds like a hard moment."),
                self.tr("You rated your distress {rated}. Thank you for noting it.").format(
                    rated=rated
                )
                + " "
                + offer,
            )
        if moment.kind is MomentKind.PRACTICE:
            return (
                self.tr("This practice was harder than expected."),
                self.tr(
                    "Your distress reached {rated}. That is useful to know, and going slower "
                    "is always fine. What helped, even a little?"
                ).format(rated=rated)
                + " "
                + offer,
            )
        if moment.kind is MomentKind.GROUNDING:
            return (
                self.tr("Your distress was higher afterwards."),
                self.tr(
                    "That happens sometimes, and it is not something you did wrong. Another "
                    "tool, or something else, may suit this moment better."
                )
                + " "
                + offer,
            )
        if moment.kind is MomentKind.CONSENT_NO:
            return (
                self.tr("Thank you for saying so."),
                self.tr(
                    "If something happened that you did not want, it was not your fault. "
                    "A stop is always allowed, at any moment, with or without a reason."
                )
                + " "
                + offer,
            )
        return (
            self.tr("Not being sure is all right."),
            self.tr(
                "It can help to talk it through with your therapist or someone you trust. "
                "A stop is always allowed, at any moment, with or without a reason."
            )
            + " "
            + offer,
        )

    def _added_text(self) -> str:
        return self.tr(
            "Added. It is in your summary for therapy, under “Things I want to talk about”."
        )

    # -- the offers ----------------------------------------------------------------------
    @Slot()
    def _pause(self) -> None:
        if not self._session.request_pause():
            from haven.ui.calm.pause import PauseDialog

            dialog = PauseDialog(self._session, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    @Slot()
    def _help(self) -> None:
        if not self._session.request_help():
            self.help_requested.emit()

    @Slot()
    def _bring(self) -> None:
        if self._moment is None or not self._session.is_unlocked:
            return
        to_bring.add(self._session.vault, self._moment)
        self._session.data_changed.emit()
        self.bring_button.setEnabled(False)
        self.note.setText(self._added_text())
        self.note.show()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def dismiss(self) -> None:
        self._moment = None
        self.hide()

    def clear_sensitive(self) -> None:
        """The words can carry a rating: they go on lock (the event stays answered)."""
        self.title.clear()
        self.body.clear()
        self.note.clear()
        self.dismiss()

"""A page for a partner: only the parts of the safety plan the person ticks.

Made by `haven.report.partner_page` (the same code as `haven export --format
partner-page`). Every part starts unticked. Boundaries, scripts and agreements list each
item with its own checkbox; when a part is ticked its items are ticked too (agreements: the
ones marked "show it on the page for my partner"), and each can be taken out or added.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from haven.domain.models import Boundary, Script
from haven.report import partner_page as PP
from haven.report.partner_page import PART_WORDS
from haven.ui.kit.widgets import heading
from haven.ui.share.panel import PdfPanel, Prepared, hint

PART_TITLES = {
    "signals": "Stop and pause signals",
    "pause-plan": "My partner's steps of the pause plan",
    "boundaries": "Boundaries I choose",
    "scripts": "Scripts I choose",
    "agreements": "Agreements we made",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Share", text)


class PartnerPanel(PdfPanel):
    what = "partner page"
    save_title = "Save the page for a partner"

    file_kind = "partner-page"

    def build_options(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            hint(
                _t(
                    "One page with only the parts you tick: what your partner needs to know "
                    "to stop or pause. Your own notes and your steps of the pause plan stay out."
                )
            )
        )
        layout.addWidget(heading(_t("What goes in"), scale=1.1))
        self.parts: dict[str, QCheckBox] = {}
        self.item_boxes: dict[str, QWidget] = {}
        self.items: dict[str, list[tuple[str, QCheckBox]]] = {
            "boundaries": [],
            "scripts": [],
            "agreements": [],
        }
        self.marked_to_share: set[str] = set()
        for part in PP.PARTS:
            box = QCheckBox(_t(PART_TITLES[part]))
            box.setAccessibleName(_t(PART_TITLES[part]))
            box.setToolTip(_t(PP.PART_HELP[part]))
            box.setAccessibleDescription(_t(PP.PART_HELP[part]))
            box.toggled.connect(self.invalidate)
            layout.addWidget(box)
            self.parts[part] = box
            if part in self.items:
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(24, 0, 0, 0)
                holder.setEnabled(False)
                layout.addWidget(holder)
                self.item_boxes[part] = holder
                box.toggled.connect(lambda on, p=part: self._part_toggled(p, on))

    def _part_toggled(self, part: str, on: bool) -> None:
        self.item_boxes[part].setEnabled(on)
        for uid, box in self.items[part]:
            box.setChecked(on and (part != "agreements" or uid in self.marked_to_share))

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        ticked = {part: self._ticked(part) for part in self.items}
        self.forget_choices()
        safety = self._session.vault.safety
        agreements = self._session.vault.partner.agreements()
        self.marked_to_share = {a.uid for a in agreements if a.share}
        for part, rows in (
            ("boundaries", [(b.uid, b.text) for b in safety.list(Boundary)]),
            ("scripts", [(s.uid, s.title) for s in safety.list(Script)]),
            ("agreements", [(a.uid, a.text) for a in agreements]),
        ):
            column = self.item_boxes[part].layout()
            for uid, text in rows:
                short = text if len(text) <= 46 else text[:45].rstrip() + "…"
                box = QCheckBox(short)  # a checkbox cannot wrap; the whole text is its tip
                box.setToolTip(text)
                box.setAccessibleName(_t("Include: {text}").format(text=text))
                box.setChecked(uid in ticked[part])
                box.toggled.connect(self.invalidate)
                column.addWidget(box)
                self.items[part].append((uid, box))
        self.invalidate()

    def _ticked(self, part: str) -> set[str]:
        return {uid for uid, box in self.items[part] if box.isChecked()}

    def forget_choices(self) -> None:
        self.marked_to_share = set()
        for part, rows in self.items.items():
            column = self.item_boxes[part].layout()
            for _, box in rows:
                box.setText("")
                box.setToolTip("")
                box.setAccessibleName("")
                column.removeWidget(box)
                box.deleteLater()
            rows.clear()

    def chosen(self) -> tuple[list[str], set[str], set[str], set[str]]:
        parts = [p for p in PP.PARTS if self.parts[p].isChecked()]
        return (
            parts,
            self._ticked("boundaries"),
            self._ticked("scripts"),
            self._ticked("agreements"),
        )

    def prepare(self) -> Prepared | str:
        parts, boundaries, scripts, agreements = self.chosen()
        if not parts:
            return _t("Choose at least one part for the page.")
        page = PP.build_partner_page(self._session.vault, parts, boundaries, scripts, agreements)
        discreet = self._session.settings.discreet_mode
        counted = {
            "boundaries": page.boundaries,
            "scripts": page.scripts,
            "agreements": page.agreements,
        }
        words = []
        for p in PP.PARTS:
            if p not in parts:
                continue
            if p in counted:  # "2 of your boundaries": only the ticked ones go in
                words.append(
                    _t("{n} of {words}").format(n=len(counted[p] or ()), words=_t(PART_WORDS[p]))
                )
            else:
                words.append(_t(PART_WORDS[p]))
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + _t(" and ") + words[-1]
        contents = _t("It holds {listed}, and nothing else.").format(listed=listed)

        def render() -> bytes:
            return PP.render_page(page, discreet=discreet)

        return Prepared(render, contents)

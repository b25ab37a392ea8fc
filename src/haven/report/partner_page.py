"""A one-page PDF for a partner: only the parts of the safety plan the person picks.

`render_partner_page(vault, parts, …)` reads the chosen parts from an unlocked vault and
returns PDF bytes, made in memory like the therapy summary (same fonts, same care with
right-to-left text, same neutral metadata in discreet mode). The parts:

* "signals": the stop and pause signals, each with what it means;
* "pause-plan": the partner's own steps of the pause plan (the person's own steps stay
  out: this page is about what the partner can do);
* "boundaries": every boundary, or only those whose uid is in `boundary_uids`;
* "scripts": every script, or only those whose uid is in `script_uids`;
* "agreements": agreements from check-in conversations: those whose uid is in
  `agreement_uids`, or, when none are named, those the person marked for this page.

It is meant to fit one page. When the chosen text is long, the type gets a little smaller
(down to 8.5 pt); only when even that does not fit does it run onto a second page, which
then carries "Page N of M".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from haven.domain.models import Actor, Boundary, PausePlanStep, Script, Signal, SignalKind
from haven.domain.partner import Agreement
from haven.report.pdf import writer as P

if TYPE_CHECKING:
    from haven.store.vault import Vault

PARTS: tuple[str, ...] = ("signals", "pause-plan", "boundaries", "scripts", "agreements")
PART_HELP: dict[str, str] = {
    "signals": "the stop and pause signals, and what each one means",
    "pause-plan": "your partner's steps of the pause plan",
    "boundaries": "your boundaries",
    "scripts": "your scripts: words you might use",
    "agreements": "agreements from your check-in conversations",
}
TITLE = "Signals, pauses and boundaries"
INTRO = (
    "I chose to share this page with you. Either of us can stop or pause at any time, "
    "and that is always okay."
)
SIZES = (11.0, 10.0, 9.25, 8.5)


# How each part is named when telling the person what a saved page holds.
PART_WORDS: dict[str, str] = {
    "signals": "your stop and pause signals",
    "pause-plan": "your partner's steps of the pause plan",
    "boundaries": "your boundaries",
    "scripts": "your scripts",
    "agreements": "your agreements",
}


class PartnerPageError(ValueError):
    """Parts that cannot make a page (an unknown name, say)."""


@dataclass(frozen=True, slots=True)
class PartnerPage:
    """What goes on the page: each part None when it was not chosen."""

    stop_signals: tuple[Signal, ...] | None = None
    pause_signals: tuple[Signal, ...] | None = None
    partner_steps: tuple[PausePlanStep, ...] | None = None
    boundaries: tuple[Boundary, ...] | None = None
    scripts: tuple[Script, ...] | None = None
    agreements: tuple[Agreement, ...] | None = None

    @property
    def empty(self) -> bool:
        return (
            not any((self.stop_signals, self.pause_signals, self.partner_steps, self.boundaries))
            and not self.scripts
            and not self.agreements
        )


def check_parts(parts: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(parts)
    unknown = sorted(chosen - set(PARTS))
    if unknown:
        raise PartnerPageError(
            f"Haven does not know the partner-page part {', '.join(repr(u) for u in unknown)}. "
            f"The parts are: {', '.join(PARTS)}."
        )
    return chosen


def build_partner_page(
    vault: Vault,
    parts: Iterable[str],
    boundary_uids: Iterable[str] | None = None,
    script_uids: Iterable[str] | None = None,
    agreement_uids: Iterable[str] | None = None,
) -> PartnerPage:
    """Read only the chosen parts (and, for boundaries and scripts, the chosen items)."""
    chosen = check_parts(parts)
    safety = vault.safety
    values: dict[str, Any] = {}
    if "signals" in chosen:
        signals = safety.list(Signal)
        values["stop_signals"] = tuple(s for s in signals if s.kind == SignalKind.STOP)
        values["pause_signals"] = tuple(s for s in signals if s.kind == SignalKind.PAUSE)
    if "pause-plan" in chosen:
        values["partner_steps"] = tuple(
            s for s in safety.list(PausePlanStep) if s.actor == Actor.PARTNER
        )
    if "boundaries" in chosen:
        picked = None if boundary_uids is None else set(boundary_uids)
        values["boundaries"] = tuple(
            dataclasses.replace(b, reviews=[])
            for b in safety.list(Boundary)
            if picked is None or b.uid in picked
        )
    if "scripts" in chosen:
        picked = None if script_uids is None else set(script_uids)
        values["scripts"] = tuple(
            s for s in safety.list(Script) if picked is None or s.uid in picked
        )
    if "agreements" in chosen:
        picked = None if agreement_uids is None else set(agreement_uids)
        values["agreements"] = tuple(
            dataclasses.replace(a, history=[])  # only today's words go on the page
            for a in vault.partner.agreements()
            if (a.share if picked is None else a.uid in picked)
        )
    return PartnerPage(**values)


def render_partner_page(
    vault: Vault,
    parts: Iterable[str],
    boundary_uids: Iterable[str] | None = None,
    script_uids: Iterable[str] | None = None,
    *,
    discreet: bool = False,
    agreement_uids: Iterable[str] | None = None,
) -> bytes:
    """The partner page as PDF bytes, built in memory."""
    page = build_partner_page(vault, parts, boundary_uids, script_uids, agreement_uids)
    return render_page(page, discreet=discreet)


def render_page(page: PartnerPage, *, discreet: bool = False) -> bytes:
    doc: Any = None
    for size in SIZES:
        doc = _lay_out(page, size)
        if doc.pages_count == 1:
            break
    else:  # too long for one page even in small type: number the pages
        doc = _lay_out(page, SIZES[-1], numbered=True)
    return P.finish(doc, title=TITLE, discreet=discreet)


def _lay_out(page: PartnerPage, size: float, *, numbered: bool = False) -> Any:
    doc = P.new_document()
    doc.numbered = numbered
    scale = size / P.BODY
    w = P.Writer(doc)
    doc.add_page()
    doc.set_y(P.TOP + 2)
    w._style(P.H1 * scale, "B", P.ACCENT)
    doc.multi_cell(doc.epw, P.H1 * scale * 0.3528 * 1.25, TITLE, align="L", new_x="LMARGIN")
    doc.ln(2.5 * scale)
    w.muted(INTRO, size=size, after=5 * scale)

    def heading(text: str, note: str = "") -> None:
        w.room(22 * scale)
        doc.ln(1.5 * scale)
        w.para(text, size=P.H2 * scale, style="B", after=0.8 * scale)
        if note:
            w.muted(note, size=size - 1, after=1.8 * scale)

    def item(text: str, note: str = "", marker: str = "•") -> None:
        body = w.clean(text).strip()
        if not body:
            return
        w.room(size * P.LINE * 2)
        y = doc.get_y()
        w._style(size, "", P.MUTED)
        doc.set_xy(doc.l_margin, y)
        doc.cell(6, size * P.LINE, marker)
        doc.set_xy(doc.l_margin, y)
        w.para(body, size=size, indent=6, after=0.5 if note else 1.4 * scale)
        if note.strip():
            w.muted(note, size=size - 1, indent=6, after=1.8 * scale)

    if page.empty:
        w.para("There is nothing in the chosen parts of the safety plan yet.", size=size)
    if page.stop_signals:
        heading("Stop signals", "If you hear or see one of these, we stop.")
        for s in page.stop_signals:
            item(*P.signal_text(s))
    if page.pause_signals:
        heading("Pause signals", "One of these means: let's pause for now.")
        for s in page.pause_signals:
            item(*P.signal_text(s))
    if page.partner_steps:
        heading("When we pause: your steps")
        for i, step in enumerate(page.partner_steps, start=1):
            item(step.text, marker=f"{i}.")
    if page.boundaries:
        heading("My boundaries")
        for b in page.boundaries:
            item(b.text)
    if page.scripts:
        heading("Words I might use")
        for s in page.scripts:
            w.room(size * P.LINE * 3)
            w.para(s.title, size=size, style="B", after=0.4)
            w.para(s.body, size=size, after=2.4 * scale)
    if page.agreements:
        heading("What we agreed", "Either of us can ask to look at one again, at any time.")
        for a in page.agreements:
            when = f"Agreed on {_day(a.made_on)}"
            if a.look_again is not None:
                when += f"; we look at it again on {_day(a.look_again)}"
            item(a.text, note=when + ".")
    return doc


def _day(value: Any) -> str:
    return f"{value.day} {value:%B %Y}"

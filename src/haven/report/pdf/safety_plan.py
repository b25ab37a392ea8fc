"""The summary's safety-plan section: the parts the person chose, in the plan's order.

Apart from summary.py because it is the longest section and the only one drawn from the
safety plan's many record kinds; off by default, the person's to add.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from haven.report import summary as S
from haven.report.palette import ChartPalette
from haven.report.pdf.writer import Writer, short_day, signal_text


def render(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    plan = summary.safety_plan
    assert plan is not None
    w.h1(
        S.SECTION_TITLES[S.SAFETY_PLAN],
        "The parts of my safety plan I chose to share.",
        fresh_page=summary.glance is None,  # after page 1 "At a glance", sections follow on
    )
    if not plan.parts:
        w.para("No part of the safety plan was chosen.")
    for part in plan.parts:
        w.h2(S.SAFETY_PART_TITLES[part], outline=True)
        if part == "boundaries":
            _items(
                w,
                plan.boundaries,
                lambda b: w.bullet(
                    b.text,
                    note=f"To look at again by {short_day(b.review_by)}" if b.review_by else "",
                ),
            )
        elif part == "triggers":
            _items(w, plan.triggers, lambda t: _trigger(w, t))
        elif part == "signals":
            w.h3("Stop signals")
            _items(w, plan.stop_signals, lambda s: _signal(w, s))
            w.h3("Pause signals")
            _items(w, plan.pause_signals, lambda s: _signal(w, s))
        elif part == "pause-plan":
            w.h3("What I do")
            _numbered(w, [s.text for s in plan.my_pause_steps or ()])
            w.h3("What my partner does")
            _numbered(w, [s.text for s in plan.partner_pause_steps or ()])
        elif part == "contacts":
            contacts = plan.contacts or ()
            if contacts:
                w.table(
                    ["Name", "Who", "How to reach", "When to call"],
                    [[c.name, c.relation, c.how_to_reach, c.when_to_call] for c in contacts],
                    (0.2, 0.2, 0.25, 0.35),
                )
            else:
                w.muted("Nothing written here yet.")
        elif part == "routines":
            _items(
                w,
                plan.routines,
                lambda r: _titled(w, r.title, r.kind, r.description),
            )
        elif part == "scripts":
            _items(w, plan.scripts, lambda s: _titled(w, s.title, s.category, s.body))
        elif part == "checklist":
            items = plan.checklist or ()
            if items:
                w.table(
                    ["Activity", "My answer"],
                    [[i.activity, i.answer.label] for i in items],
                    (0.75, 0.25),
                )
            else:
                w.muted("Nothing written here yet.")


def _trigger(w: Writer, trigger: Any) -> None:
    notes = []
    if trigger.contexts.strip():
        notes.append(f"When it shows up: {trigger.contexts.strip()}")
    if trigger.what_helps.strip():
        notes.append(f"What helps: {trigger.what_helps.strip()}")
    w.bullet(trigger.text, note=" · ".join(notes))


def _signal(w: Writer, signal: Any) -> None:
    label, meaning = signal_text(signal)
    w.bullet(label, note=meaning)


def _items(w: Writer, items: Sequence[Any] | None, draw: Callable[[Any], None]) -> None:
    if not items:
        w.muted("Nothing written here yet.")
        return
    for item in items:
        draw(item)


def _numbered(w: Writer, texts: Sequence[str]) -> None:
    if not texts:
        w.muted("Nothing written here yet.")
    for i, text in enumerate(texts, start=1):
        w.bullet(text, marker=f"{i}.")


def _titled(w: Writer, title: str, kind: str, body: str) -> None:
    w.room(22)
    w.para(title, style="B", after=0.4)
    if kind.strip():
        w.muted(kind, after=0.8)
    w.para(body, after=3.2)

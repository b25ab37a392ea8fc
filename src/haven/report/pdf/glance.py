"""Page 1 of the summary for therapy: "At a glance", what a therapist reads in two minutes.

In this order, each part only when its section was chosen: the period; distress and comfort
at the start and at the end of it, in numbers and in the scale's own words; what changed
(roadmap steps, thresholds, practices); the things the person wants to talk about; how to
read the ratings. The details follow on the next pages.

Lists are cut to what fits one page; what is left out is counted and said to be further on,
never dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from haven.domain.ratings import words_for_mean
from haven.domain.trends import MIN_PATTERN_DIFFERENCE, Window
from haven.report import summary_model as M
from haven.report.pdf.writer import (
    ACCENT,
    BODY,
    COMFORT_WORDS,
    DISTRESS_WORDS,
    H2,
    H3,
    SMALL,
    Writer,
    plural,
    short_day,
)

if TYPE_CHECKING:
    from haven.report.summary_model import Summary

AT_A_GLANCE = "At a glance"
MAX_CHANGES = 4  # per list (steps, situations) on page 1; the rest are in the details
MAX_TALK = 7
MAX_PRACTICE_STEPS = 4


def short_date(day: date) -> str:
    """'2 Oct': enough on a page that names its period."""
    return f"{day.day} {day.strftime('%b')}"


def _window_name(window: Window, which: str) -> str:
    n = window.length
    length = {14: "two weeks", 7: "week", 1: "day"}.get(n, f"{n} days")
    return f"{which} {length} ({_span(window.first, window.last)})"


def _span(first: date, last: date) -> str:
    return short_date(first) if first == last else f"{short_date(first)} – {short_date(last)}"


def level_words(value: float | None, scale: str) -> str:
    """'3.7 · upset, still fairly steady', or a calm dash when there was no check-in."""
    if value is None:
        return "no check-ins in these days"
    return f"{value:.1f} · {words_for_mean(value, scale)}"


def change_words(before: float | None, after: float | None) -> str:
    """'about the same' under 1 point (the patterns' rule), else 'n.n lower' / 'higher'."""
    if before is None or after is None:
        return "–"
    diff = round(after, 1) - round(before, 1)
    if abs(diff) < MIN_PATTERN_DIFFERENCE - 1e-9:
        return "about the same"
    return f"{abs(diff):.1f} {'higher' if diff > 0 else 'lower'}"


def render_glance(w: Writer, summary: Summary) -> None:
    pdf = w.pdf
    glance = summary.glance
    assert glance is not None
    pdf.add_page()
    pdf.set_y(pdf.t_margin - 4)
    w._style(20, "B", ACCENT)
    pdf.multi_cell(pdf.epw, 20 * 0.3528 * 1.25, summary.title, align="L", new_x="LMARGIN")
    pdf.ln(1)
    w.para(f"{summary.range_text} · {plural(glance.range_days, 'day')}", size=13, after=0.8)
    made = short_day(summary.made_on)
    note = f"{summary.prepared_note} on {made}" if summary.prepared_note else f"Made on {made}"
    w.muted(
        f"{note}. This summary holds only the parts I chose. Everything else stays private.",
        after=3,
    )
    pdf.start_section(AT_A_GLANCE, level=0)
    w._style(H2 + 2, "B", ACCENT)
    pdf.multi_cell(pdf.epw, (H2 + 2) * 0.3528 * 1.3, AT_A_GLANCE, align="L", new_x="LMARGIN")
    pdf.ln(0.8)
    y = pdf.get_y()
    pdf.set_line_width(0.35)
    pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
    pdf.ln(2.5)

    if glance.start is not None and glance.end is not None:
        _levels(w, glance)
    changed = [glance.step_changes, glance.zone_moves, glance.practices]
    if any(part is not None for part in changed):
        _what_changed(w, glance)
    if glance.talk_about is not None:
        _talk(w, glance.talk_about)
    if not summary.sections:
        w.para("Only the dates: no section was chosen.", after=2)
    _how_to_read(w)


def _levels(w: Writer, glance: M.Glance) -> None:
    start, end = glance.start, glance.end
    assert start is not None and end is not None
    w.para("Distress and comfort, at the start and at the end", size=H3, style="B", after=1)
    days = glance.checkin_days or 0
    if not days:
        w.para("There are no check-ins in this period.", after=2)
        return
    w.table(
        ["", _window_name(start, "First"), _window_name(end, "Last"), "Change"],
        [
            [
                "Distress",
                level_words(start.distress, "distress"),
                level_words(end.distress, "distress"),
                change_words(start.distress, end.distress),
            ],
            [
                "Comfort",
                level_words(start.comfort, "comfort"),
                level_words(end.comfort, "comfort"),
                change_words(start.comfort, end.comfort),
            ],
        ],
        (0.14, 0.34, 0.34, 0.18),
        size=BODY - 1,
    )
    w.muted(
        f"Averages of the days with a check-in ({plural(days, 'day')} in the period). "
        "A change under 1 point is called about the same.",
        after=2.5,
    )


def _lines(w: Writer, label: str, rows: Sequence[str], none: str, more_where: str) -> None:
    if not rows:
        w.bullet(f"{label}: {none}")
        return
    shown = list(rows[:MAX_CHANGES])
    extra = len(rows) - len(shown)
    if extra:
        shown.append(f"and {extra} more in {more_where}")
    w.bullet(f"{label}:", note="\n".join(shown))


def _what_changed(w: Writer, glance: M.Glance) -> None:
    w.para("What changed in this period", size=H3, style="B", after=1)
    if glance.step_changes is not None:
        rows = []
        for c in glance.step_changes:
            move = (
                f"added as {c.to_state}"
                if c.from_state is None
                else (f"{c.from_state} → {c.to_state}")
            )
            back = " (moved back: a normal part of pacing)" if c.moved_back else ""
            rows.append(f"{short_date(c.day)}: {c.step}, {move}{back}")
        _lines(w, "Roadmap steps", rows, "no step changed.", "the roadmap")
    if glance.zone_moves is not None:
        rows = []
        for m in glance.zone_moves:
            move = (
                f"placed in {m.to_zone}"
                if m.from_zone is None
                else (f"{m.from_zone} → {m.to_zone}")
            )
            back = " (moved back: information, not failure)" if m.easier is False else ""
            rows.append(f"{short_date(m.day)}: {m.situation}, {move}{back}")
        _lines(w, "Thresholds", rows, "no situation moved.", "the thresholds map")
    if glance.practices is not None:
        total = glance.practice_count
        if not total:
            w.bullet("Practices: none finished in this period.")
        else:
            named = [f"{title} ({n})" for title, n in glance.practices[:MAX_PRACTICE_STEPS]]
            rest = len(glance.practices) - len(named)
            if rest:
                named.append(f"{plural(rest, 'more step')}")
            w.bullet(f"Practices: {plural(total, 'finished practice')}.", note=", ".join(named))
    w.pdf.ln(1)


def _talk(w: Writer, items: Sequence[M.TalkItem]) -> None:
    w.para("Things I want to talk about", size=H3, style="B", after=1)
    if not items:
        w.para("Nothing is on my list to bring right now.", after=2)
        return
    newest_first = sorted(items, key=lambda i: i.day, reverse=True)
    for item in newest_first[:MAX_TALK]:
        meta = [short_date(item.day)]
        if item.source:
            meta.append(item.source)
        if item.step:
            meta.append(item.step)
        w.bullet(_clip(item.text), note=" · ".join(meta))
    extra = len(items) - MAX_TALK
    if extra > 0:
        w.muted(
            f"And {extra} more, listed under “{M.SECTION_TITLES[M.TALK_ABOUT]}” at the end.",
            after=2,
        )


CLIP = 220


def _clip(text: str) -> str:
    """Page 1 holds a line or two of each; a longer note is given in full at the end."""
    flat = " ".join(text.split())
    return flat if len(flat) <= CLIP else flat[: CLIP - 1].rstrip(" .,;…") + "…"


def needs_full_list(items: Sequence[M.TalkItem] | None) -> bool:
    """Whether the details repeat the list in full: when page 1 could not hold all of it,
    or cut a note short."""
    if not items:
        return False
    return len(items) > MAX_TALK or any(_clip(i.text) != " ".join(i.text.split()) for i in items)


def _how_to_read(w: Writer) -> None:
    pdf = w.pdf
    pdf.ln(1)
    w.para(
        f"How to read the ratings. Distress, from 0 to 10: {DISTRESS_WORDS}. "
        f"Comfort, from 0 to 10: {COMFORT_WORDS}. "
        "They are two separate scales, never one mood: a day can hold some of both.",
        size=SMALL,
        fill=True,
        padding=2.5,
        after=2,
    )

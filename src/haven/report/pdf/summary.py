"""The therapy summary as a PDF: `render_pdf(summary)` lays out a
`haven.report.summary.Summary` and returns the PDF's bytes, all in memory.

Page 1 is "At a glance" (glance.py): the period, distress and comfort at its start and end,
what changed, the things to talk about, the ratings' words. The details follow, each
section also a PDF bookmark. Without a glance (an older caller), a title page with a table
of contents. The page, fonts, charts
and metadata come from the shared writer (`haven.report.pdf.writer`). Nothing is written
to disk here; the caller saves the one file the person asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from haven.domain import trends
from haven.domain.models import (
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
)
from haven.domain.trends import Bucket
from haven.report import summary as S
from haven.report.palette import ChartPalette
from haven.report.pdf import glance
from haven.report.pdf import reflections as reflections_pdf
from haven.report.pdf import safety_plan as safety_plan_pdf

if TYPE_CHECKING:
    from matplotlib.figure import Figure

from haven.report.pdf.writer import (
    ACCENT,
    BODY,
    COMFORT_WORDS,
    DISTRESS_WORDS,
    H2,
    H3,
    MUTED,
    MY_PATTERN_NOTE,
    RULE,
    STRESS_WORDS,
    Writer,
    finish,
    long_moment,
    new_document,
    num,
    plural,
    print_palette,
    short_day,
    whole,
)

# -- the summary ---------------------------------------------------------------------------


def render_pdf(summary: S.Summary, theme: str | ChartPalette = "light") -> bytes:
    """The summary as PDF bytes, built in memory."""
    palette = print_palette(theme)
    pdf = new_document(footer_left=summary.full_title)
    w = Writer(pdf)
    if summary.glance is not None:
        glance.render_glance(w, summary)
    else:
        _title_page(w, summary)
    sections: dict[str, Callable[[Writer, S.Summary, ChartPalette], None]] = {
        S.CHECKINS: _checkins,
        S.PRACTICES: _practices,
        S.ROADMAP: _roadmap,
        S.THRESHOLDS: _thresholds,
        S.SAFETY_PLAN: safety_plan_pdf.render,
        S.TALK_ABOUT: _talk_about,
        S.REFLECTIONS: reflections_pdf.render,
        S.JOURNAL: _journal,
    }
    for name in summary.sections:
        sections[name](w, summary, palette)
    return finish(pdf, title=summary.full_title, discreet=summary.options.discreet)


def _h1(w: Writer, summary: S.Summary, title: str, intro: str = "") -> None:
    """Sections follow one another after page 1 ("At a glance"), so the details stay short;
    without it (an older caller), each starts on its own page."""
    w.h1(title, intro, fresh_page=summary.glance is None)


def _covered_on_page_one(summary: S.Summary, count: int) -> bool:
    """Whether page 1 listed every one of `count` changes (it shows up to MAX_CHANGES)."""
    return summary.glance is not None and count <= glance.MAX_CHANGES


def _title_page(w: Writer, summary: S.Summary) -> None:
    pdf = w.pdf
    pdf.add_page()
    pdf.set_y(58)
    w._style(27, "B", ACCENT)
    pdf.multi_cell(pdf.epw, 27 * 0.3528 * 1.2, summary.title, align="L", new_x="LMARGIN")
    pdf.ln(3)
    w.para(summary.range_text, size=15, after=2)
    made = short_day(summary.made_on)
    note = f"{summary.prepared_note} on {made}" if summary.prepared_note else f"Made on {made}"
    w.muted(note, size=BODY, after=0)
    pdf.ln(14)
    pdf.insert_toc_placeholder(lambda doc, outline: _contents(w, summary, outline))


def _contents(w: Writer, summary: S.Summary, outline: Sequence[Any]) -> None:
    pdf = w.pdf
    w.para("In this summary", size=H2, style="B", after=2.5)
    top = [s for s in outline if s.level == 0]
    if not top:
        w.para("Only the dates: no section was chosen.")
    for section in top:
        y = pdf.get_y()
        link = pdf.add_link(page=section.page_number)
        w._style(BODY)
        pdf.cell(pdf.epw - 20, 7.5, section.name, link=link)
        w._style(BODY, "", MUTED)
        pdf.cell(20, 7.5, str(section.page_number), align="R", link=link)
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, y + 7.5, pdf.l_margin + pdf.epw, y + 7.5)
        pdf.set_xy(pdf.l_margin, y + 7.5)
    pdf.ln(5)
    w.muted(
        "This summary holds only the parts I chose. Everything else stays private.",
        size=BODY - 0.5,
        after=8,
    )
    rated = {S.CHECKINS, S.PRACTICES, S.JOURNAL} & set(summary.sections)
    if rated:
        w.para("How to read the ratings", size=H3, style="B", after=1.5)
        w.para(
            f"Distress, from 0 to 10: {DISTRESS_WORDS}.\n"
            f"Comfort, from 0 to 10: {COMFORT_WORDS}.\n"
            "They are two separate scales, never one mood: a day can hold some of both.",
            size=BODY - 0.5,
            fill=True,
            padding=4,
        )


def _checkins(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    c = summary.checkins
    assert c is not None
    options = summary.options
    bucket = trends.choose_bucket(options.start, options.end)
    if bucket == Bucket.DAY:
        how = "Each dot is one day; the line is the 7-day average."
    else:
        how = f"Each point is a {bucket.label}."
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.CHECKINS],
        "Distress (above) and comfort (below) are two separate scales, each from 0 to 10. " + how,
    )
    if not c.days_with_checkins:
        w.para("There are no check-ins in this period.")
        return
    from haven.report.progress_chart import ProgressChart

    chart = ProgressChart(palette, figsize=(7.2, 3.4), font_size=9)
    chart.set_data(c.daily, c.peaks, c.events)
    chart.set_range(options.start, options.end)
    _only_chosen_in_legend(chart, c)
    w.chart(chart.figure)

    w.h2("In numbers")
    d, k = c.distress, c.comfort
    assert d is not None and k is not None
    rows = [
        ["Average over the period", num(d.mean), num(k.mean)],
        ["Lowest day", whole(d.lowest), whole(k.lowest)],
        ["Highest day", whole(d.highest), whole(k.highest)],
    ]
    on_page_one = summary.glance is not None and summary.glance.start is not None
    if not on_page_one and (d.first_weeks is not None or k.first_weeks is not None):
        rows.append(["Average, first two weeks", num(d.first_weeks), num(k.first_weeks)])
    if not on_page_one and (d.last_weeks is not None or k.last_weeks is not None):
        rows.append(["Average, last two weeks", num(d.last_weeks), num(k.last_weeks)])
    if c.latest is not None:
        day, dl, kl = c.latest
        rows.append([f"Latest 7-day average (to {short_day(day)})", num(dl), num(kl)])
    w.table(
        ["", "Distress", "Comfort"],
        rows,
        (0.56, 0.22, 0.22),
        align=("L", "R", "R"),
        size=BODY - 1,
        compact=True,
    )
    # Days with a check-in, never "out of" the days in the range: no count of missed days.
    facts = [
        f"These figures come from {plural(c.checkins, 'check-in')} on "
        f"{plural(c.days_with_checkins, 'day')}."
    ]
    if c.sleep_hours is not None:
        facts.append(
            f"Sleep: {c.sleep_hours:.1f} hours a night on average "
            f"({plural(c.sleep_nights, 'night')} noted)."
        )
    if c.stress is not None:
        facts.append(
            f"Stress: {c.stress:.1f} on average, on {plural(c.stress_days, 'day')} "
            f"({STRESS_WORDS})."
        )
    for fact in facts:
        w.para(fact, after=1.2)
    if summary.glance is None:  # page 1 gives the scales' words otherwise
        w.muted(f"Distress: {DISTRESS_WORDS}. Comfort: {COMFORT_WORDS}.", after=3)
    if c.patterns:
        w.h2("Patterns in my own entries")
        w.muted(MY_PATTERN_NOTE, after=2.5)
        for pattern in c.patterns:
            w.bullet(pattern)


PRACTICE_FIGSIZE = (7.2, 1.85)


def _only_chosen_in_legend(chart: Any, c: S.CheckinSummary) -> None:
    """Name in the legend only the markers this summary can hold: no "Roadmap step change"
    in a summary without the roadmap, say."""
    from haven.domain.events import EventKind

    kinds = {e.kind for e in c.events}
    unwanted = set()
    if not c.peaks:
        unwanted.add(chart.peak_line)
    for kind in EventKind:
        if kind not in kinds:
            unwanted |= {line for (_, k), line in chart.event_lines.items() if k == kind}
    # The chart's own entries, in its own order (it rebuilds them when the bucket changes).
    entries = [(a, label) for a, label in chart._legend_entries() if a not in unwanted]
    if chart.legend is not None:
        chart.legend.remove()
    chart.legend = chart.figure.legend(
        handles=[a for a, _ in entries],
        labels=[label for _, label in entries],
        loc="lower center",
        ncol=max(1, (len(entries) + 1) // 2),
        frameon=False,
        fontsize=chart._font_size * 0.9,
        handlelength=2.2,
        columnspacing=1.6,
    )
    for text in chart.legend.get_texts():
        text.set_color(chart.palette.text)


def _practice_figure(step: S.StepPractices, palette: ChartPalette) -> Figure:
    from haven.report.pacing_charts import practice_chart

    practices = [
        Practice(
            step.step_uid,
            pre=PreBrief(distress_now=p.before),
            debrief=Debrief(distress_peak=p.peak, distress_after=p.after),
            status=PracticeStatus.DONE,
            started_at=p.at,
            uid=p.uid,
        )
        for p in step.points
    ]
    shown = RoadmapStep(title=step.title, uid=step.step_uid)  # type: ignore[arg-type]
    fig = practice_chart(practices, shown, palette, figsize=PRACTICE_FIGSIZE)
    fig.axes[0].set_title("", loc="left")  # the heading above says it
    fig.axes[0].set_xlabel("")  # "before, at the peak and afterwards" is in the line above
    fig.subplots_adjust(top=0.95, bottom=0.45)
    return fig


def _practices(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    p = summary.practices
    assert p is not None
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.PRACTICES],
        "For each roadmap step: distress before each practice, at its peak, and afterwards. "
        f"{DISTRESS_WORDS[0].upper()}{DISTRESS_WORDS[1:]}.",
    )
    if not p.steps:
        w.para("There are no finished practices in this period.")
        return

    def value(v: int | None) -> str:
        return "–" if v is None else str(v)

    rows = []
    for step in p.steps:
        last = step.points[-1]
        latest = f"{value(last.before)} / {value(last.peak)} / {value(last.after)}"
        rows.append(
            [
                step.title,
                str(len(step.points)),
                " / ".join(num(step.mean(when)) for when in ("before", "peak", "after")),
                f"{latest} ({glance.short_date(last.day)})",
            ]
        )
    w.table(
        ["Step", "Practices", "Average: before / peak / after", "Latest"],
        rows,
        (0.31, 0.15, 0.31, 0.23),
        align=("L", "R", "L", "L"),
        size=BODY - 1,
        compact=True,
    )
    chart_h = w.pdf.epw * PRACTICE_FIGSIZE[1] / PRACTICE_FIGSIZE[0] + 3
    for step in p.steps:
        if len(step.points) < 2:
            continue  # one practice is in the table; a chart of one point says nothing more
        first, last = step.points[0], step.points[-1]
        w.h2(step.title, outline=True, keep=14 + chart_h)
        w.muted(
            f"{plural(len(step.points), 'practice')}, from {short_day(first.day)} "
            f"to {short_day(last.day)}: before, at the peak and afterwards.",
            after=0.5,
        )
        w.chart(_practice_figure(step, palette))


def _state_change(change: S.StepChange) -> str:
    if change.from_state is None:
        words = f"Added: {change.to_state}"
    else:
        words = f"{change.from_state} → {change.to_state}"
    if change.moved_back:
        words += " (moved back: a normal part of pacing)"
    return words


def _roadmap(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    r = summary.roadmap
    assert r is not None
    on_page_one = bool(r.changes) and _covered_on_page_one(summary, len(r.changes))
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.ROADMAP],
        "The steps go at my own pace. Moving back or pausing a step is information, not failure."
        + (" This period's changes are listed on page 1." if on_page_one else ""),
    )
    w.h2("Where each step is now")
    if r.steps:
        numbered = list(enumerate(r.steps, start=1))
        waiting = [(i, s) for i, s in numbered if s.since is None and summary.glance is not None]
        shown = [(i, s) for i, s in numbered if (i, s) not in waiting]
        w.table(
            ["", "Step", "Now", "Since"],
            [[str(i), s.title, s.state, short_day(s.since) if s.since else ""] for i, s in shown],
            (0.07, 0.47, 0.2, 0.26),
            align=("R", "L", "L", "L"),
            size=BODY - 1,
            compact=True,
        )
        if waiting:
            names = ", ".join(f"{i}. {s.title}" for i, s in waiting)
            w.para(f"Not started yet: {names}.", size=BODY - 1, after=2)
    else:
        w.para("There are no steps on the roadmap yet.")
    if on_page_one:
        return
    w.h2("Changes in this period", keep=20)
    if r.changes:
        w.table(
            ["Date", "Step", "Change"],
            [[short_day(c.day), c.step, _state_change(c)] for c in r.changes],
            (0.24, 0.36, 0.40),
        )
    else:
        w.para("No step changed in this period.")


def _thresholds(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    t = summary.thresholds
    assert t is not None
    options = summary.options
    moves_on_page_one = bool(t.moves) and _covered_on_page_one(summary, len(t.moves))
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.THRESHOLDS],
        "How many situations sat in each zone, over the period: feels manageable, "
        "needs boundaries, or not yet."
        + (" This period's moves are listed on page 1." if moves_on_page_one else ""),
    )
    if not t.thresholds:
        w.para("There are no situations on the map yet.")
        return
    from haven.report.pacing_charts import thresholds_chart

    fig = thresholds_chart(
        list(t.thresholds), options.start, options.end, palette, figsize=(7.2, 2.1)
    )
    w.chart(fig)
    if t.counts_text:
        w.muted(t.counts_text, after=3)
    w.h2("Where each situation is now")
    rows = []
    for zone, items in t.by_zone:
        if not items:
            rows.append([zone, "None at the moment.", ""])
        for n, (situation, boundary) in enumerate(items):
            rows.append([zone if n == 0 else "", situation, boundary.strip()])
    w.table(
        ["Zone", "Situation", "Boundary"],
        rows,
        (0.22, 0.36, 0.42),
        size=BODY - 1,
        compact=True,
    )
    if moves_on_page_one:
        return
    w.h2("Moves in this period", keep=20)
    if t.moves:
        w.table(
            ["Date", "Situation", "Move"],
            [
                [
                    short_day(m.day),
                    m.situation,
                    f"Placed: {m.to_zone}"
                    if m.from_zone is None
                    else f"{m.from_zone} → {m.to_zone}"
                    + (" (moved back: information, not failure)" if m.easier is False else ""),
                ]
                for m in t.moves
            ],
            (0.22, 0.38, 0.40),
        )
    else:
        w.para("No situation moved in this period.")


def _talk_about(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    items = summary.talk_about
    assert items is not None
    if summary.glance is not None and not glance.needs_full_list(items):
        return  # page 1 already holds every item, whole
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.TALK_ABOUT],
        "Notes I wrote after practices, marked as something to bring to therapy.",
    )
    if not items:
        w.para("Nothing was marked in this period.")
    for item in items:
        w.room(20)
        meta = short_day(item.day) + (f" · {item.step}" if item.step else "")
        w.muted(meta, after=0.6)
        w.para(item.text, after=4)


def _journal(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    entries = summary.journal
    assert entries is not None
    _h1(
        w,
        summary,
        S.SECTION_TITLES[S.JOURNAL],
        "Only entries I marked to share with my therapist, and chose for this summary.",
    )
    if not entries:
        w.para("No entry was chosen for this period.")
    pdf = w.pdf
    for i, entry in enumerate(entries):
        w.room(36)
        if i and pdf.get_y() > pdf.t_margin + 0.5:
            y = pdf.get_y() + 1
            pdf.set_draw_color(*RULE)
            pdf.line(pdf.l_margin + 50, y, pdf.l_margin + pdf.epw - 50, y)
            pdf.ln(5)
        w.para(entry.title or long_moment(entry.at), size=H3 + 0.5, style="B", after=0.6)
        meta = [long_moment(entry.at)] if entry.title else []
        if entry.distress is not None:
            meta.append(f"distress {entry.distress}")
        if entry.comfort is not None:
            meta.append(f"comfort {entry.comfort}")
        if entry.mood_label.strip():
            meta.append(f"mood: {entry.mood_label.strip()}")
        if entry.tags:
            meta.append("tags: " + ", ".join(entry.tags))
        if meta:
            w.muted(" · ".join(meta), after=2)
        w.para(entry.body, after=3)

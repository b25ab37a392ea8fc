"""The therapy summary as a PDF: calm layout, vector charts, embedded fonts, all in memory.

`render_pdf(summary)` lays out a `haven.report.summary.Summary` and returns the PDF's bytes.
Nothing is written to disk here; the caller saves the one file the person asked for.

How it is made, and why:

* **Layout** with fpdf2: A4, generous margins, ragged-right text, one section per page
  start, a title page with the range, a table of contents with page numbers (and the same
  sections as PDF bookmarks), the ratings' words, and "Page N of M" on every page.
* **Fonts**: DejaVu Sans and DejaVu Sans Bold, the TTF files that ship inside matplotlib,
  embedded as subsets. DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic letters.
  A paragraph that holds right-to-left or other complex script is shaped with HarfBuzz
  (uharfbuzz, through fpdf2's text shaping), so Arabic letters join and Hebrew and Arabic
  read right to left; it is then aligned right. Shaping is switched on only for such
  paragraphs: it costs about five times as much as plain layout. Without uharfbuzz the
  letters still appear, unjoined. Characters the font does not have (most emoji) become
  a small box, "□", instead of vanishing silently; emoji joiners and variation selectors
  are dropped.
* **Charts** are matplotlib figures saved as PDF (vector) in memory and placed onto the
  pages as form XObjects with pikepdf. fpdf2 can also draw SVG, but its SVG reader drops
  the hatching that tells the threshold zones apart without colour, and clipping, so the
  charts are taken over in matplotlib's own PDF instead: exact, and still no raster image.
* **Metadata**: the title and "Haven" as the creating program, or, in discreet mode,
  nothing at all (no title, creator, producer or date), and no Haven name in the text.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain import trends
from haven.domain.models import (
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
)
from haven.domain.ratings import COMFORT_ANCHORS, DISTRESS_ANCHORS, STRESS_ANCHORS
from haven.domain.trends import Bucket
from haven.report import reflections_pdf
from haven.report import summary as S
from haven.report.palette import LIGHT, ChartPalette, palette_for

if TYPE_CHECKING:
    from fpdf import FPDF
    from matplotlib.figure import Figure

# -- look ----------------------------------------------------------------------------------

FONT = "DejaVu"
PAGE_FORMAT = "A4"
MARGIN = 20.0  # mm, left and right
TOP = 22.0
BOTTOM = 20.0
LINE = 0.3528 * 1.45  # line height in mm per point of font size

BODY = 10.5
SMALL = 9.0
H1 = 19.0
H2 = 13.0
H3 = 11.0

TEXT = (38, 53, 53)  # the app's own text colour (#263535)
MUTED = (84, 101, 99)
ACCENT = (31, 94, 88)  # a calm, dark teal for headings
RULE = (210, 220, 216)
FILL = (239, 243, 241)

MY_PATTERN_NOTE = (
    "These are patterns in my own entries, not causes. Many things shape how a day feels."
)
MISSING_GLYPH = "□"
# Dropped outright: they only join or vary emoji, which the font does not have anyway.
_DROP = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))

DISTRESS_WORDS = "0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine"
COMFORT_WORDS = "0 = no comfort at all, 5 = somewhat at ease, 10 = completely at ease and safe"
STRESS_WORDS = "0 = no stress, 5 = some stress, 10 = the most stress you can imagine"
assert DISTRESS_ANCHORS[5] in DISTRESS_WORDS and COMFORT_ANCHORS[10] in COMFORT_WORDS
assert STRESS_ANCHORS[10] in STRESS_WORDS

# Charts: the light palette on white paper.
PRINT = dataclasses.replace(LIGHT, name="print", background="#ffffff")
PRINT_HIGH_CONTRAST = dataclasses.replace(
    LIGHT,
    name="print-high-contrast",
    background="#ffffff",
    text="#000000",
    muted="#1a1a1a",
    grid="#c8c8c8",
    line_width=3.0,
    raw_alpha=0.8,
    fill_alpha=0.85,
)


def print_palette(theme: str | ChartPalette | None) -> ChartPalette:
    """Paper is white: the light palette, or a high-contrast one with heavier lines. A dark
    theme prints with light colours (dark pages waste ink and read poorly on paper)."""
    if isinstance(theme, ChartPalette):
        return theme
    if theme == "high-contrast":
        return PRINT_HIGH_CONTRAST
    palette_for(theme)  # an unknown name falls back quietly, as everywhere else
    return PRINT


# -- fonts and text ------------------------------------------------------------------------


@cache
def font_dir() -> Path:
    """matplotlib's bundled TTF folder, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "mpl-data" / "fonts" / "ttf"
        if (folder / "DejaVuSans.ttf").is_file():
            return folder
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def shaping_available() -> bool:
    return importlib.util.find_spec("uharfbuzz") is not None


_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),
)


def needs_shaping(text: str) -> bool:
    """True when the text holds right-to-left or complex-script letters."""
    return any(
        lo <= ord(ch) <= hi for ch in text if ord(ch) >= 0x0590 for lo, hi in _COMPLEX_RANGES
    )


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction reads right to left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class Glyphs:
    """Which characters the embedded font can draw, and text cleaned to fit it."""

    def __init__(self, codepoints: Iterable[int]) -> None:
        self.codepoints = frozenset(codepoints) | {0x0A}

    def clean(self, text: str) -> str:
        out: list[str] = []
        for ch in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "):
            cp = ord(ch)
            if cp in _DROP:
                continue
            if cp in self.codepoints:
                out.append(ch)
            elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
                out.append("\n" if ch in "\u2028\u2029\x0b\x0c" else "")
            elif not out or out[-1] != MISSING_GLYPH:
                out.append(MISSING_GLYPH)
        return "".join(out)


# -- the document --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartSlot:
    """Where a chart goes: page (from 1), top-left corner and size in mm, and the chart."""

    page: int
    x: float
    y: float
    w: float
    h: float
    pdf: bytes


@cache
def _fpdf_class() -> type[FPDF]:
    from fpdf import FPDF

    class Document(FPDF):
        """fpdf2 with Haven's fonts, a quiet footer and room for vector charts."""

        def __init__(self, footer_left: str = "") -> None:
            super().__init__(orientation="P", unit="mm", format=PAGE_FORMAT)
            self.footer_left = footer_left
            self.numbered = True
            self.charts: list[ChartSlot] = []
            self.set_margins(MARGIN, TOP, MARGIN)
            self.set_auto_page_break(True, margin=BOTTOM)
            folder = font_dir()
            self.add_font(FONT, "", str(folder / "DejaVuSans.ttf"))
            self.add_font(FONT, "B", str(folder / "DejaVuSans-Bold.ttf"))
            regular = set(self.fonts[FONT.lower()].cmap)
            bold = set(self.fonts[FONT.lower() + "B"].cmap)
            self.glyphs = Glyphs(regular & bold)
            self.set_lang("en")
            self.set_display_mode("fullwidth", "continuous")
            self.set_draw_color(*RULE)
            self.set_text_color(*TEXT)
            self.set_font(FONT, "", BODY)

        def shaping(self, on: bool) -> None:
            on = on and shaping_available()
            if on != bool(self.text_shaping):
                self.set_text_shaping(on)

        def footer(self) -> None:
            if not self.numbered:
                return
            saved = self.text_shaping
            self.text_shaping = None
            self.set_y(-13)
            self.set_font(FONT, "", 8)
            self.set_text_color(*MUTED)
            if self.footer_left and self.page_no() > 1:
                self.cell(self.epw * 0.75, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            self.cell(self.epw, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.text_shaping = saved

    return Document


def new_document(footer_left: str = "") -> Any:
    return _fpdf_class()(footer_left)


class Writer:
    """Small layout vocabulary over fpdf2: headings, paragraphs, lists, tables, charts."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf

    # -- text ------------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        return self.pdf.glyphs.clean(text)

    def _style(self, size: float, style: str = "", color: tuple[int, int, int] = TEXT) -> None:
        self.pdf.set_font(FONT, style, size)
        self.pdf.set_text_color(*color)

    def room(self, height: float) -> None:
        """Start a new page unless `height` mm still fit on this one."""
        if self.pdf.get_y() + height > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def para(
        self,
        text: str,
        *,
        size: float = BODY,
        style: str = "",
        color: tuple[int, int, int] = TEXT,
        indent: float = 0.0,
        right: float = 0.0,
        after: float = 2.2,
        fill: bool = False,
        padding: float = 0.0,
    ) -> None:
        text = self.clean(text).strip("\n")
        if not text.strip():
            return
        pdf = self.pdf
        pdf.shaping(needs_shaping(text))
        self._style(size, style, color)
        if fill:
            pdf.set_fill_color(*FILL)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            pdf.epw - indent - right,
            size * LINE,
            text,
            align="R" if is_rtl(text) else "L",
            new_x="LMARGIN",
            new_y="NEXT",
            fill=fill,
            padding=padding,
        )
        pdf.shaping(False)
        pdf.ln(after)

    def muted(self, text: str, **kwargs: Any) -> None:
        kwargs.setdefault("size", SMALL)
        self.para(text, color=MUTED, **kwargs)

    def bullet(self, text: str, *, note: str = "", marker: str = "•", indent: float = 0.0) -> None:
        """One list item: a marker, the text, and an optional muted line under it."""
        pdf = self.pdf
        self.room(BODY * LINE * 2)
        y = pdf.get_y()
        self._style(BODY, "", MUTED)
        rtl = is_rtl(self.clean(text))  # a right-to-left item has its marker on the right
        sides = {"right": indent + 6} if rtl else {"indent": indent + 6}
        pdf.set_xy(pdf.l_margin + pdf.epw - indent - 6 if rtl else pdf.l_margin + indent, y)
        pdf.cell(6, BODY * LINE, marker, align="R" if rtl else "L")
        pdf.set_xy(pdf.l_margin, y)
        self.para(text, after=0.6 if note else 1.6, **sides)
        if note:
            self.muted(note, after=1.8, **sides)

    def h1(self, title: str, intro: str = "") -> None:
        pdf = self.pdf
        if pdf.page == 0 or pdf.get_y() > pdf.t_margin + 0.5:  # not on a fresh page already
            pdf.add_page()
        pdf.start_section(title, level=0)
        self._style(H1, "B", ACCENT)
        pdf.multi_cell(pdf.epw, H1 * 0.3528 * 1.25, title, align="L", new_x="LMARGIN")
        pdf.ln(1.5)
        y = pdf.get_y()
        pdf.set_line_width(0.35)
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
        pdf.ln(4)
        if intro:
            self.muted(intro, size=BODY - 0.5, after=4)

    def h2(self, title: str, *, outline: bool = False, keep: float = 32.0) -> None:
        pdf = self.pdf
        self.room(keep)
        pdf.ln(2.5)
        if outline:
            pdf.start_section(self.clean(title), level=1, strict=False)
        text = self.clean(title)
        pdf.shaping(needs_shaping(text))
        self._style(H2, "B", TEXT)
        pdf.multi_cell(
            pdf.epw,
            H2 * LINE,
            text,
            align="R" if is_rtl(text) else "L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.shaping(False)
        pdf.ln(1.8)

    def h3(self, title: str) -> None:
        self.room(24)
        self.pdf.ln(0.8)
        self.para(title, size=H3, style="B", after=1.2)

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        headings: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        align: Sequence[str] | None = None,
        size: float = BODY - 0.5,
    ) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        cells = [[self.clean(c) for c in row] for row in rows]
        heads = [self.clean(h) for h in headings] if headings else None
        everything = [*(heads or []), *(c for row in cells for c in row)]
        pdf.shaping(any(needs_shaping(c) for c in everything))
        self._style(size)
        self.room(size * LINE * (3 if heads else 2) + 4)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.25)
        with pdf.table(
            col_widths=tuple(widths),
            width=pdf.epw,
            text_align="LEFT",
            v_align="TOP",
            borders_layout="HORIZONTAL_LINES",
            line_height=size * LINE,
            padding=(1.4, 2.0, 1.4, 2.0),
            first_row_as_headings=heads is not None,
            headings_style=FontFace(emphasis="BOLD", color=TEXT, fill_color=FILL),
        ) as table:
            for row in [heads] if heads else []:
                r = table.row()
                for i, c in enumerate(row):
                    r.cell(c, align=(align[i] if align else "L"))
            for row in cells:
                r = table.row()
                for i, c in enumerate(row):
                    a = "R" if is_rtl(c) else (align[i] if align else "L")
                    r.cell(c, align=a)
        pdf.shaping(False)
        pdf.ln(3)

    # -- charts ----------------------------------------------------------------------------
    def chart(self, fig: Figure, width: float | None = None) -> None:
        """Leave room for a chart (drawn in place later, as vector graphics)."""
        from haven.report.charts import figure_to_bytes

        pdf = self.pdf
        w_in, h_in = fig.get_size_inches()
        w = min(width or pdf.epw, pdf.epw)
        h = w * float(h_in) / float(w_in)
        self.room(h + 2)
        x = pdf.l_margin + (pdf.epw - w) / 2
        y = pdf.get_y()
        pdf.charts.append(ChartSlot(pdf.page, x, y, w, h, figure_to_bytes(fig, "pdf")))
        pdf.set_y(y + h + 3)


# -- numbers and dates in words ------------------------------------------------------------


def num(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}"


def whole(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def short_day(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def long_moment(moment: datetime) -> str:
    day = f"{moment.strftime('%A')} {moment.day} {moment.strftime('%B')} {moment.year}"
    return f"{day}, {moment:%H:%M}"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one}" if n == 1 else f"{n:,} {many or one + 's'}"


# -- the summary ---------------------------------------------------------------------------


def render_pdf(summary: S.Summary, theme: str | ChartPalette = "light") -> bytes:
    """The summary as PDF bytes, built in memory."""
    palette = print_palette(theme)
    pdf = new_document(footer_left=summary.full_title)
    w = Writer(pdf)
    _title_page(w, summary)
    sections: dict[str, Callable[[Writer, S.Summary, ChartPalette], None]] = {
        S.CHECKINS: _checkins,
        S.PRACTICES: _practices,
        S.ROADMAP: _roadmap,
        S.THRESHOLDS: _thresholds,
        S.SAFETY_PLAN: _safety_plan,
        S.TALK_ABOUT: _talk_about,
        S.REFLECTIONS: reflections_pdf.render,
        S.JOURNAL: _journal,
    }
    for name in summary.sections:
        sections[name](w, summary, palette)
    return finish(pdf, title=summary.full_title, discreet=summary.options.discreet)


def finish(pdf: Any, *, title: str, discreet: bool) -> bytes:
    """fpdf2's output, with the charts placed as vector forms and the metadata set."""
    import pikepdf

    raw = bytes(pdf.output())
    doc = pikepdf.open(BytesIO(raw))
    charts = []
    mm = 72 / 25.4
    for slot in pdf.charts:
        chart = pikepdf.open(BytesIO(slot.pdf))
        charts.append(chart)
        page = doc.pages[slot.page - 1]
        height = float(page.mediabox[3]) - float(page.mediabox[1])
        rect = pikepdf.Rectangle(
            slot.x * mm,
            height - (slot.y + slot.h) * mm,
            (slot.x + slot.w) * mm,
            height - slot.y * mm,
        )
        page.add_overlay(chart.pages[0], rect)
    info = doc.docinfo
    for key in list(info.keys()):
        del info[key]
    if not discreet:
        info["/Title"] = title
        info["/Creator"] = "Haven"
    if "/Metadata" in doc.Root:
        del doc.Root["/Metadata"]
    out = BytesIO()
    doc.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    for chart in charts:
        chart.close()
    doc.close()
    return out.getvalue()


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
    w.h1(
        S.SECTION_TITLES[S.CHECKINS],
        "Distress (above) and comfort (below) are two separate scales, each from 0 to 10. " + how,
    )
    if not c.days_with_checkins:
        w.para("There are no check-ins in this period.")
        return
    from haven.report.charts import ProgressChart

    chart = ProgressChart(palette, figsize=(7.2, 4.5), font_size=9)
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
    if d.first_weeks is not None or k.first_weeks is not None:
        rows.append(["Average, first two weeks", num(d.first_weeks), num(k.first_weeks)])
    if d.last_weeks is not None or k.last_weeks is not None:
        rows.append(["Average, last two weeks", num(d.last_weeks), num(k.last_weeks)])
    if c.latest is not None:
        day, dl, kl = c.latest
        rows.append([f"Latest 7-day average (to {short_day(day)})", num(dl), num(kl)])
    w.table(["", "Distress", "Comfort"], rows, (0.56, 0.22, 0.22), align=("L", "R", "R"))
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
    w.muted(f"Distress: {DISTRESS_WORDS}. Comfort: {COMFORT_WORDS}.", after=3)
    if c.patterns:
        w.h2("Patterns in my own entries")
        w.muted(MY_PATTERN_NOTE, after=2.5)
        for pattern in c.patterns:
            w.bullet(pattern)


PRACTICE_FIGSIZE = (7.2, 3.0)


def _only_chosen_in_legend(chart: Any, c: S.CheckinSummary) -> None:
    """Name in the legend only the markers this summary can hold: no "Roadmap step change"
    in a summary without the roadmap, say."""
    from haven.domain.trends import EventKind

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
    from haven.report.charts import practice_chart

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
    fig.subplots_adjust(top=0.95, bottom=0.34)
    return fig


def _practices(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    p = summary.practices
    assert p is not None
    w.h1(
        S.SECTION_TITLES[S.PRACTICES],
        "For each roadmap step: distress before each practice, at its peak, and afterwards. "
        f"{DISTRESS_WORDS[0].upper()}{DISTRESS_WORDS[1:]}.",
    )
    if not p.steps:
        w.para("There are no finished practices in this period.")
        return
    for step in p.steps:
        first, last = step.points[0], step.points[-1]
        chart_h = w.pdf.epw * PRACTICE_FIGSIZE[1] / PRACTICE_FIGSIZE[0] + 3
        w.h2(step.title, outline=True, keep=48 + (chart_h if len(step.points) > 1 else 0))
        when = (
            f"on {short_day(first.day)}"
            if first.day == last.day
            else f"from {short_day(first.day)} to {short_day(last.day)}"
        )
        w.para(f"{plural(len(step.points), 'practice')}, {when}.", after=1.5)
        rows = [
            ["Average", num(step.mean("before")), num(step.mean("peak")), num(step.mean("after"))]
        ]
        if len(step.points) > 1:

            def value(v: int | None) -> str:
                return "–" if v is None else str(v)

            rows.append(
                [
                    f"Latest ({short_day(last.day)})",
                    value(last.before),
                    value(last.peak),
                    value(last.after),
                ]
            )
        w.table(
            ["Distress", "Before", "At the peak", "Afterwards"],
            rows,
            (0.4, 0.2, 0.2, 0.2),
            align=("L", "R", "R", "R"),
        )
        if len(step.points) > 1:
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
    w.h1(
        S.SECTION_TITLES[S.ROADMAP],
        "The steps go at my own pace. Moving back or pausing a step is information, not failure.",
    )
    w.h2("Where each step is now")
    if r.steps:
        w.table(
            ["", "Step", "Now", "Since"],
            [
                [str(i), s.title, s.state, short_day(s.since) if s.since else ""]
                for i, s in enumerate(r.steps, start=1)
            ],
            (0.07, 0.47, 0.2, 0.26),
            align=("R", "L", "L", "L"),
        )
    else:
        w.para("There are no steps on the roadmap yet.")
    w.h2("Changes in this period")
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
    w.h1(
        S.SECTION_TITLES[S.THRESHOLDS],
        "How many situations sat in each zone, over the period: feels manageable, "
        "needs boundaries, or not yet.",
    )
    if not t.thresholds:
        w.para("There are no situations on the map yet.")
        return
    from haven.report.charts import thresholds_chart

    fig = thresholds_chart(
        list(t.thresholds), options.start, options.end, palette, figsize=(7.2, 3.3)
    )
    w.chart(fig)
    if t.counts_text:
        w.muted(t.counts_text, after=3)
    w.h2("Where each situation is now")
    for zone, items in t.by_zone:
        w.h3(zone)
        if not items:
            w.muted("None at the moment.", after=2)
        for situation, boundary in items:
            w.bullet(situation, note=f"Boundary: {boundary}" if boundary.strip() else "")
    w.h2("Moves in this period")
    if t.moves:
        w.table(
            ["Date", "Situation", "Move"],
            [
                [
                    short_day(m.day),
                    m.situation,
                    f"Placed: {m.to_zone}"
                    if m.from_zone is None
                    else f"{m.from_zone} → {m.to_zone}",
                ]
                for m in t.moves
            ],
            (0.22, 0.38, 0.40),
        )
    else:
        w.para("No situation moved in this period.")


_FORMS = {"word": "a word", "gesture": "a gesture", "tap": "a tap", "sound": "a sound"}


def signal_text(signal: Any) -> tuple[str, str]:
    """('red (a word)', meaning) for a list of signals."""
    form = signal.form.strip()
    label = signal.signal.strip()
    if form:
        label += f" ({_FORMS.get(form.lower(), form)})"
    return label, signal.meaning.strip()


def _safety_plan(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    plan = summary.safety_plan
    assert plan is not None
    w.h1(S.SECTION_TITLES[S.SAFETY_PLAN], "The parts of my safety plan I chose to share.")
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


def _talk_about(w: Writer, summary: S.Summary, palette: ChartPalette) -> None:
    items = summary.talk_about
    assert items is not None
    w.h1(
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
    w.h1(
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

"""The PDF writer both documents use: A4 page, fonts, shaping, headings, paragraphs, charts.

The summary (`haven.report.pdf.summary`) and the partner page (`haven.report.partner_page`)
lay out their own sections with this `Writer`; the partner page needs nothing else.

* **Layout** with fpdf2: A4, generous margins, ragged-right text, "Page N of M" on every
  page.
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
  pages as form XObjects with pikepdf (`finish`). fpdf2 can also draw SVG, but its SVG
  reader drops the hatching that tells the threshold zones apart without colour, and
  clipping, so the charts are taken over in matplotlib's own PDF instead: exact, and still
  no raster image.
* **Metadata**: the title and "Haven" as the creating program, or, in discreet mode,
  nothing at all (no title, creator, producer or date), and no Haven name in the text.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.domain.ratings import COMFORT_ANCHORS, DISTRESS_ANCHORS, STRESS_ANCHORS
from haven.domain.wording import day_words, legend, moment_words
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

DISTRESS_WORDS = legend("distress")
COMFORT_WORDS = legend("comfort")
STRESS_WORDS = legend("stress")
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

    def h1(self, title: str, intro: str = "", *, fresh_page: bool = True) -> None:
        """A top-level section. `fresh_page=False` lets it follow on the same page when at
        least a heading, its intro and a few lines still fit (the compact summary)."""
        pdf = self.pdf
        if pdf.page == 0:
            pdf.add_page()
        elif pdf.get_y() > pdf.t_margin + 0.5:  # not on a fresh page already
            if fresh_page:
                pdf.add_page()
            else:
                self.room(42)
                if pdf.get_y() > pdf.t_margin + 0.5:
                    pdf.ln(7)
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
        compact: bool = False,
    ) -> None:
        """A table with rules between rows; `compact` tightens the rows (the summary's details)."""
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
            padding=(0.8, 2.0, 0.8, 2.0) if compact else (1.4, 2.0, 1.4, 2.0),
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


short_day = day_words  # one day formatter for the CLI, the PDFs and the charts
long_moment = moment_words


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one}" if n == 1 else f"{n:,} {many or one + 's'}"


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


# -- words both documents use --------------------------------------------------------------
_FORMS = {"word": "a word", "gesture": "a gesture", "tap": "a tap", "sound": "a sound"}


def signal_text(signal: Any) -> tuple[str, str]:
    """('red (a word)', meaning) for a list of signals."""
    form = signal.form.strip()
    label = signal.signal.strip()
    if form:
        label += f" ({_FORMS.get(form.lower(), form)})"
    return label, signal.meaning.strip()

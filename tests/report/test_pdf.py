"""The therapy summary PDF, checked with the real PDF tools (poppler and qpdf).

pdftotext finds what was chosen and nothing else; qpdf finds the file sound; pdfimages
finds no raster image (the charts are vector); pdffonts finds every font embedded; pdfinfo
and the uncompressed file find no "Haven" in discreet mode.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pikepdf
import pytest

from haven.demo import populate
from haven.domain.models import JournalEntry
from haven.report import summary as S
from haven.report.pdf import writer as P
from haven.report.pdf.summary import render_pdf
from haven.report.protect import PasswordProblem, protect
from haven.store import Vault
from tests.report.test_summary import (
    END,
    PRIVATE,
    SHARED_OTHER,
    SHARED_OUTSIDE,
    SHARED_PICKED,
    START,
    TZ,
    Filled,
    fill,
)

TOOLS = ("pdftotext", "pdfinfo", "pdfimages", "pdffonts", "qpdf")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts) and qpdf installed",
)


# -- the real tools -------------------------------------------------------------------------
def _run(*argv: str) -> str:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def tool(tmp_path: Path):
    """Run a PDF tool on bytes (written to a private temporary file first)."""
    counter = iter(range(10_000))

    def run(name: str, data: bytes, *options: str) -> str:
        path = tmp_path / f"doc-{next(counter)}.pdf"
        path.write_bytes(data)
        if name == "pdftotext":
            return _run(name, *options, str(path), "-")
        return _run(name, *options, str(path))

    return run


def text_of(tool, data: bytes) -> str:
    """The words of the PDF, with every run of white space (line ends too) as one space."""
    return " ".join(unicodedata.normalize("NFKC", tool("pdftotext", data)).split())


def qpdf_ok(tool, data: bytes, *options: str) -> None:
    out = tool("qpdf", data, "--check", *options)
    assert "No syntax or stream encoding errors found" in out


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault)


def render(vault: Vault, **kwargs: object) -> bytes:
    return render_pdf(S.build_summary(vault, S.SummaryOptions(START, END, **kwargs)))  # type: ignore[arg-type]


# == what is in it ================================================================================
def test_the_chosen_sections_are_there_and_the_file_is_sound(
    vault: Vault, filled: Filled, tool
) -> None:
    data = render(vault)

    qpdf_ok(tool, data)
    text = text_of(tool, data)
    assert "Summary for therapy" in text
    assert "1 March – 31 May 2026" in text
    assert "Prepared by me with Haven" in text
    for heading in (
        "Check-ins",
        "In numbers",
        "Average over the period",
        "Practices",
        "Sitting close",
        "Roadmap",
        "Where each step is now",
        "At a glance",
        "What changed in this period",
        "This period's changes are listed on page 1.",
        "moved back: a normal part of pacing",
        "Thresholds map",
        "Where each situation is now",
        "A hug from behind",
        "Say my name first",
        "Things I want to talk about",
        "I would like to talk about the evening walk.",
    ):
        assert heading in text, heading
    # Other people's numbers travel only when the person ticks them, and the safety plan
    # only when the person adds it.
    assert "Robin Example" not in text
    assert "Stop signals" not in text
    with_plan = text_of(tool, render(vault, sections=S.DEFAULT_SECTIONS | {S.SAFETY_PLAN}))
    for part in ("Safety plan", "Stop signals", "Let go gently and stay near."):
        assert part in with_plan, part
    # The ratings with their words, and the figures.
    assert "0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine" in text
    assert "0 = no comfort at all" in text
    assert "These figures come from 92 check-ins on 92 days." in text
    assert "out of" not in text  # no count of missed days
    assert "Distress (0–10)" in text  # the chart's own words: vector text, not a picture


def test_by_default_there_is_no_journal_text(vault: Vault, filled: Filled, tool) -> None:
    text = text_of(tool, render(vault))

    assert "Journal entries I chose to share" not in text
    for marker in (SHARED_PICKED, SHARED_OTHER, SHARED_OUTSIDE, PRIVATE):
        assert marker not in text


def test_only_the_picked_journal_entry_is_in_it(vault: Vault, filled: Filled, tool) -> None:
    data = render(
        vault,
        sections={"journal"},
        journal_uids={filled.picked.uid, filled.private.uid},
    )

    text = text_of(tool, data)
    assert "Journal entries I chose to share" in text
    assert SHARED_PICKED in text
    assert "distress 3 · comfort 7 · tags: calm" in text
    for marker in (SHARED_OTHER, SHARED_OUTSIDE, PRIVATE):
        assert marker not in text
    assert "Check-ins" not in text


def test_unselected_sections_leave_no_trace(vault: Vault, filled: Filled, tool) -> None:
    text = text_of(tool, render(vault, sections={"checkins"}))

    assert "Check-ins" in text
    for absent in (
        "Where each step is now",
        "Roadmap step change",  # not even in the chart's legend
        "Practice peak",
        "Threshold move",
        "Thresholds map",
        "Safety plan",
        "Robin Example",
        "red (a word)",
    ):
        assert absent not in text
    assert "I would like to talk about" not in text


def test_page_numbers_on_every_page(vault: Vault, filled: Filled, tool) -> None:
    data = render(vault)

    pages = int(re.search(r"^Pages:\s+(\d+)$", tool("pdfinfo", data), re.M).group(1))  # type: ignore[union-attr]
    text = text_of(tool, data)
    assert pages >= 3
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text


def test_charts_are_vector_and_fonts_embedded(vault: Vault, filled: Filled, tool) -> None:
    data = render(vault)

    images = tool("pdfimages", data, "-list").strip().splitlines()
    assert len(images) == 2, images  # the header lines only: no raster image at all
    fonts = tool("pdffonts", data).strip().splitlines()[2:]
    assert fonts
    for line in fonts:
        assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), line
        emb = line.split()[-5]
        assert emb == "yes", line
    assert any("DejaVuSans" in line for line in fonts)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        forms = [
            name
            for page in pdf.pages
            for name, xobj in page.resources.get("/XObject", {}).items()
            if xobj.get("/Subtype") == "/Form"
        ]
    assert len(forms) == 3  # the progress chart, the step's practices, the thresholds


def test_the_metadata_names_the_summary(vault: Vault, filled: Filled, tool) -> None:
    info = tool("pdfinfo", render(vault))

    assert "Title:           Summary for therapy, 1 March – 31 May 2026" in info
    assert "Creator:         Haven" in info


def test_discreet_mode_leaves_haven_out_entirely(
    vault: Vault, filled: Filled, tool, tmp_path: Path
) -> None:
    data = render(vault, discreet=True)

    assert "Haven" not in text_of(tool, data)
    info = tool("pdfinfo", data)
    for key in ("Title:", "Creator:", "Producer:", "CreationDate:"):
        assert key not in info
    assert "haven" not in info.lower()
    # Nowhere in the file's bytes either, once every stream is uncompressed.
    raw = tmp_path / "raw.pdf"
    plain = tmp_path / "plain.pdf"
    raw.write_bytes(data)
    _run("qpdf", "--qdf", "--object-streams=disable", str(raw), str(plain))
    assert b"haven" not in plain.read_bytes().lower()


def test_a_password_is_really_needed(vault: Vault, filled: Filled, tool) -> None:
    password = "a long pässword for the PDF"
    data = protect(render(vault), password)

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data), password="not it")
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6
        assert pdf.encryption.stream_method.name == "aesv3"  # AES-256
        assert pdf.encryption.bits == 256
        assert len(pdf.pages) >= 3
    qpdf_ok(tool, data, f"--password={password}")
    assert SHARED_PICKED.encode() not in data
    assert b"Summary for therapy" not in data


def test_an_empty_password_is_refused() -> None:
    with pytest.raises(PasswordProblem):
        protect(b"%PDF-1.7", "")


def test_emoji_and_right_to_left_text_in_a_shared_entry(vault: Vault, tool) -> None:
    entry = vault.journal.add(
        JournalEntry(
            title="ערב שקט",
            body="Evening by the window. مساء هادئ على الشرفة 🌙🌊 👨‍👩‍👧 ❤️\n\nשלום עולם.",
            at=datetime(2026, 4, 1, 21, 0, tzinfo=TZ),
            share_with_therapist=True,
        )
    )

    data = render(vault, sections={"journal"}, journal_uids={entry.uid})

    qpdf_ok(tool, data)
    text = text_of(tool, data)
    assert "ערב שקט" in text
    assert "שלום עולם" in text
    assert "مساء هادئ" in text
    assert "Evening by the window." in text
    assert P.MISSING_GLYPH in text  # an emoji the font lacks is a box, not silently gone
    assert "❤" in text  # one it has is kept


def test_text_cleaning_keeps_what_the_font_has() -> None:
    glyphs = P.Glyphs(ord(c) for c in "abc ❤□")

    assert glyphs.clean("a\u200db\ufe0fc ❤️") == "abc ❤"
    assert glyphs.clean("a🌙🌊b") == "a□b"
    assert glyphs.clean("a\r\nb\tc") == "a\nb    c"


def test_shaping_is_used_only_where_it_is_needed() -> None:
    assert P.needs_shaping("שלום") and P.needs_shaping("a مساء")
    assert not P.needs_shaping("Plain words, café, Ελληνικά, кириллица")
    assert P.is_rtl("שלום and more") and not P.is_rtl("more and שלום")


def test_an_empty_journal_and_no_sections_still_make_a_sound_pdf(vault: Vault, tool) -> None:
    full = render(vault, sections=set(S.SECTIONS))
    bare = render(vault, sections=set())

    qpdf_ok(tool, full)
    qpdf_ok(tool, bare)
    assert "There are no check-ins in this period." in text_of(tool, full)
    assert "Only the dates: no section was chosen." in text_of(tool, bare)


def test_high_contrast_prints_too(vault: Vault, filled: Filled, tool) -> None:
    summary = S.build_summary(vault, S.SummaryOptions(START, END, sections={"checkins"}))

    qpdf_ok(tool, render_pdf(summary, theme="high-contrast"))
    qpdf_ok(tool, render_pdf(summary, theme="dark"))


@pytest.mark.slow
def test_a_year_of_demo_data_renders(vault: Vault, tool) -> None:
    end = date(2026, 5, 31)
    populate(vault, years=1, end=end)
    chosen = S.SummaryOptions(end - timedelta(days=364), end, sections=set(S.SECTIONS))

    data = render_pdf(S.build_summary(vault, chosen))

    qpdf_ok(tool, data)
    text = text_of(tool, data)
    assert "Journal entries I chose to share" in text
    assert "Page 1 of" in text
    assert len(tool("pdfimages", data, "-list").strip().splitlines()) == 2


def test_triggers_can_be_shared_with_where_they_show_up_and_what_helps(
    vault: Vault, filled: Filled, tool
) -> None:
    from haven.domain.models import Trigger

    vault.safety.add(
        Trigger(
            text="Footsteps behind me",
            contexts="dark streets",
            what_helps="Turning to look, a slow breath",
        )
    )
    shared = text_of(tool, render(vault, sections={"safety-plan"}, safety_parts={"triggers"}))
    assert "Triggers and reminders" in shared
    assert "Footsteps behind me" in shared
    assert "When it shows up: dark streets · What helps: Turning to look" in shared
    left_out = text_of(tool, render(vault, sections={"safety-plan"}, safety_parts={"signals"}))
    assert "Footsteps behind me" not in left_out

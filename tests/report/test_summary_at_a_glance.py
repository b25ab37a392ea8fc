"""A summary a therapist reads in two minutes: page 1 is "At a glance", and the default
summary of the demo journal's last 90 days fits in at most four pages (issue 13)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from haven import demo
from haven.report import summary as S
from haven.report.pdf.summary import render_pdf
from haven.store import Vault
from haven.usecases import to_bring

END = date(2026, 12, 3)

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
    reason="pdfinfo and pdftotext (Debian package poppler-utils) read the PDF",
)


def _pdf(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    return path


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def _page_text(path: Path, first: int, last: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(last), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    demo.populate(vault, years=1, end=END)
    return vault


def test_the_default_90_day_summary_of_the_demo_fits_in_four_pages_with_the_glance_first(
    demo_vault: Vault, tmp_path: Path
) -> None:
    options = S.SummaryOptions.last_days(90, end=END)
    assert S.SAFETY_PLAN not in options.sections  # a choice, off by default
    path = _pdf(tmp_path, render_pdf(S.build_summary(demo_vault, options, made_on=END)))

    assert _pages(path) <= 4
    page_one = _page_text(path, 1, 1)
    assert "At a glance" in page_one
    assert "Distress and comfort, at the start and at the end" in page_one
    assert "What changed in this period" in page_one
    assert "Things I want to talk about" in page_one
    # Every open item on the list to bring is on page 1 (the demo's list is short), except
    # a journal entry's: journal entries travel only when the person adds them one by one.
    items = to_bring.open_items(demo_vault)
    shared = [i for i in items if i.kind != "journal"]
    assert shared and len(shared) < len(items)
    for item in shared:
        words = " ".join(item.text.split())
        assert words[:60] in page_one, words
    for item in items:
        if item.kind == "journal":
            assert item.text not in _page_text(path, 1, _pages(path))
    assert "Page 1 of" in page_one


def test_page_one_gives_start_and_end_in_numbers_and_words(
    demo_vault: Vault, tmp_path: Path
) -> None:
    options = S.SummaryOptions.last_days(90, end=END)
    path = _pdf(tmp_path, render_pdf(S.build_summary(demo_vault, options, made_on=END)))
    page_one = _page_text(path, 1, 1)

    assert re.search(r"First two weeks .* Last two weeks", page_one)
    # A number with its words from the scale, such as "3.9 · upset, still fairly steady".
    assert re.search(r"\d\.\d · [a-z]", page_one)
    assert "A change under 1 point is called about the same." in page_one


def test_adding_the_safety_plan_adds_pages_the_person_chose(
    demo_vault: Vault, tmp_path: Path
) -> None:
    base = S.SummaryOptions.last_days(90, end=END)
    plain = _pdf(tmp_path, render_pdf(S.build_summary(demo_vault, base, made_on=END)))
    pages_without = _pages(plain)
    with_plan = S.SummaryOptions.last_days(90, end=END)
    with_plan = S.SummaryOptions(
        with_plan.start, with_plan.end, sections=S.DEFAULT_SECTIONS | {S.SAFETY_PLAN}
    )
    path = tmp_path / "with-plan.pdf"
    path.write_bytes(render_pdf(S.build_summary(demo_vault, with_plan, made_on=END)))

    assert "Safety plan" in _page_text(path, 1, _pages(path))
    assert "Safety plan" not in _page_text(plain, 1, pages_without)


def test_a_situation_moved_back_is_named_with_the_same_warmth_as_a_step(
    vault: Vault, tmp_path: Path
) -> None:
    from haven.domain.models import Threshold, Zone

    situation = vault.thresholds.add(Threshold("Being woken with touch", Zone.NEEDS_BOUNDARIES))
    vault.thresholds.move(situation.id, Zone.NOT_YET)
    options = S.SummaryOptions.last_days(90, end=date.today())
    path = _pdf(tmp_path, render_pdf(S.build_summary(vault, options)))

    page_one = _page_text(path, 1, 1)
    assert "Being woken with touch, Needs boundaries → Not yet (moved back: information" in page_one

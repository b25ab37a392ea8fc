"""The partner page: one page, with only the parts (and items) the person picked."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from haven.domain.models import Script
from haven.domain.partner import Agreement
from haven.report import partner_page as PP
from haven.store import Vault
from tests.report.test_summary import Filled, fill

pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("pdftotext", "pdfinfo", "qpdf")),
    reason="needs poppler-utils (pdftotext, pdfinfo) and qpdf installed",
)


def run(tmp_path: Path, tool: str, data: bytes) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    argv = [tool, str(path), "-"] if tool == "pdftotext" else [tool, str(path)]
    if tool == "qpdf":
        argv = [tool, "--check", str(path)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def words(tmp_path: Path, data: bytes) -> str:
    return " ".join(run(tmp_path, "pdftotext", data).split())


def pages(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault)


def test_every_part_on_one_page(vault: Vault, filled: Filled, tmp_path: Path) -> None:
    data = PP.render_partner_page(vault, PP.PARTS)

    assert "No syntax or stream encoding errors" in run(tmp_path, "qpdf", data)
    assert pages(data) == 1
    text = words(tmp_path, data)
    for expected in (
        "Signals, pauses and boundaries",
        "Either of us can stop or pause at any time",
        "Stop signals",
        "red (a word)",
        "We stop.",
        "Pause signals",
        "yellow (a word)",
        "When we pause: your steps",
        "Let go gently and stay near.",
        "My boundaries",
        "I decide the pace.",
        "Words I might use",
        "Asking for space",
    ):
        assert expected in text, expected
    assert "Page 1" not in text  # a single page needs no number


def test_only_the_chosen_parts(vault: Vault, filled: Filled, tmp_path: Path) -> None:
    text = words(tmp_path, PP.render_partner_page(vault, ["signals"]))

    assert "red (a word)" in text
    for absent in (
        "Let go gently",
        "I decide the pace.",
        "Asking for space",
        "My boundaries",
        "Words I might use",
    ):
        assert absent not in text


def test_the_persons_own_pause_steps_and_other_plan_parts_never_appear(
    vault: Vault, filled: Filled, tmp_path: Path
) -> None:
    text = words(tmp_path, PP.render_partner_page(vault, PP.PARTS))

    assert "Let go gently and stay near." in text
    assert "I breathe out slowly." not in text  # the person's own step
    assert "Robin Example" not in text  # contacts are never on this page
    assert "Tea before bed" not in text
    assert "Holding hands" not in text  # the checklist


def test_single_boundaries_and_scripts_can_be_picked(
    vault: Vault, filled: Filled, tmp_path: Path
) -> None:
    data = PP.render_partner_page(
        vault,
        ["boundaries", "scripts"],
        boundary_uids={filled.boundaries[1].uid},
        script_uids={filled.scripts[0].uid},
    )

    text = words(tmp_path, data)
    assert "No touch while I'm asleep." in text
    assert "I decide the pace." not in text
    assert "Asking for space" in text
    assert "Slowing down" not in text


def test_a_long_page_gets_smaller_type_then_numbered_pages(
    vault: Vault, filled: Filled, tmp_path: Path
) -> None:
    for n in range(6):
        vault.safety.add(Script(title=f"Script {n}", body="Some words I might say. " * 12))
    fits = PP.render_partner_page(vault, ["scripts"])
    for n in range(30):
        vault.safety.add(Script(title=f"More {n}", body="Some words I might say. " * 12))
    long = PP.render_partner_page(vault, ["scripts"])

    assert pages(fits) == 1
    assert pages(long) > 1
    assert f"Page 1 of {pages(long)}" in words(tmp_path, long)


def test_discreet_mode_names_no_app(vault: Vault, filled: Filled, tmp_path: Path) -> None:
    plain = PP.render_partner_page(vault, ["signals"])
    discreet = PP.render_partner_page(vault, ["signals"], discreet=True)

    assert "Creator:         Haven" in run(tmp_path, "pdfinfo", plain)
    info = run(tmp_path, "pdfinfo", discreet)
    assert not re.search(r"^(Title|Creator|Producer):", info, re.M)
    assert "Haven" not in words(tmp_path, discreet)


def test_unknown_parts_are_refused(vault: Vault) -> None:
    with pytest.raises(PP.PartnerPageError, match="'contacts'"):
        PP.render_partner_page(vault, ["signals", "contacts"])


def test_an_empty_plan_says_so(vault: Vault, tmp_path: Path) -> None:
    text = words(tmp_path, PP.render_partner_page(vault, PP.PARTS))

    assert "There is nothing in the chosen parts of the safety plan yet." in text


def _agreements(vault: Vault) -> tuple[Agreement, Agreement]:
    from datetime import date

    from haven.usecases import partner

    marked = vault.partner.add_agreement(
        Agreement(
            text="Tea break halfway",
            made_on=date(2026, 10, 4),
            look_again=date(2026, 11, 1),
            share=True,
        )
    )
    partner.revise_agreement(
        vault, marked, "Tea break whenever either of us asks", date(2026, 11, 1), share=True
    )
    private = vault.partner.add_agreement(
        Agreement(text="I tell my sister before a practice", made_on=date(2026, 10, 4))
    )
    return marked, private


def test_agreements_marked_for_the_page_go_in_with_their_days_and_without_history(
    vault: Vault, filled: Filled, tmp_path: Path
) -> None:
    _agreements(vault)
    text = words(tmp_path, PP.render_partner_page(vault, ["agreements"]))

    assert "What we agreed" in text
    assert "Tea break whenever either of us asks" in text
    assert "Agreed on 4 October 2026; we look at it again on 1 November 2026." in text
    assert "Tea break halfway" not in text  # the earlier wording stays in Haven
    assert "I tell my sister" not in text  # not marked for this page


def test_single_agreements_can_be_picked(vault: Vault, filled: Filled, tmp_path: Path) -> None:
    _marked, private = _agreements(vault)
    text = words(
        tmp_path, PP.render_partner_page(vault, ["agreements"], agreement_uids=[private.uid])
    )
    assert "I tell my sister before a practice" in text
    assert "Tea break" not in text

"""In discreet mode no export's metadata says "Haven" or "therapy", as `pdfinfo` reads it.

A file manager, a desktop search index or a PDF viewer's "Properties" show the document
information (title, author, subject, keywords, creator, producer) and the XMP metadata
stream without opening the pages. In discreet mode those must say nothing about Haven or
what the file is for. Checked with poppler's own `pdfinfo`, for every export a person can
make: the summary and the partner page (with and without a password; with one, `pdfinfo`
is given it, since the metadata is encrypted with the rest), and the CSV table, which
carries no metadata at all: its first line is the column header.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from haven.report import csv_export
from haven.report import partner_page as PP
from haven.report import summary as S
from haven.report.pdf import summary as P
from haven.report.protect import protect
from haven.store import Vault
from tests.report.test_summary import END, START, Filled, fill

pytestmark = pytest.mark.skipif(
    shutil.which("pdfinfo") is None, reason="needs poppler-utils (pdfinfo) installed"
)

TELLING = re.compile(r"haven|therap", re.IGNORECASE)
FIELDS = ("Title", "Subject", "Keywords", "Author", "Creator", "Producer")
PASSWORD = "a password only for this PDF"


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault)


def summary_pdf(vault: Vault, discreet: bool) -> bytes:
    return P.render_pdf(S.build_summary(vault, S.SummaryOptions(START, END, discreet=discreet)))


def partner_pdf(vault: Vault, discreet: bool) -> bytes:
    return PP.render_partner_page(vault, PP.PARTS, discreet=discreet)


EXPORTS: dict[str, Callable[[Vault, bool], bytes]] = {
    "summary": summary_pdf,
    "partner page": partner_pdf,
}


def pdfinfo(tmp_path: Path, data: bytes, *options: str) -> str:
    path = tmp_path / "export.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdfinfo", *options, str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def fields(info: str) -> dict[str, str]:
    found = {}
    for line in info.splitlines():
        key, _, value = line.partition(":")
        if key in FIELDS:
            found[key] = value.strip()
    return found


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_outside_discreet_mode_the_metadata_names_the_file(
    vault: Vault, filled: Filled, tmp_path: Path, export: str
) -> None:
    info = fields(pdfinfo(tmp_path, EXPORTS[export](vault, False)))

    # The check below can fail: without discreet mode the telling words are there.
    assert info["Creator"] == "Haven"
    assert info["Title"]


@pytest.mark.parametrize("password", [False, True], ids=["open", "with a password"])
@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_in_discreet_mode_pdfinfo_shows_nothing_telling(
    vault: Vault, filled: Filled, tmp_path: Path, export: str, password: bool
) -> None:
    data = EXPORTS[export](vault, True)
    options: tuple[str, ...] = ()
    if password:
        data = protect(data, PASSWORD)
        options = ("-upw", PASSWORD)

    info = pdfinfo(tmp_path, data, *options)
    xmp = pdfinfo(tmp_path, data, "-meta", *options)

    assert fields(info) == {}  # no title, subject, keywords, author, creator or producer
    assert "Metadata Stream: no" in info
    assert not TELLING.search(info)
    assert not TELLING.search(xmp)
    if password:
        assert "AES-256" in info


def test_the_csv_table_carries_no_metadata(vault: Vault, filled: Filled) -> None:
    data = csv_export.export_csv(vault)
    first_line = data.decode("utf-8-sig").splitlines()[0]

    assert first_line == ",".join(csv_export.COLUMNS)
    assert not TELLING.search(first_line)

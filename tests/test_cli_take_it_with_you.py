# ruff: noqa: F811  (pytest fixtures imported from tests.test_cli are parameters here)
"""`haven import` for Day One and older Daylio files, and `haven export --format markdown`.

Every import format on the command line comes from the one registry
(haven.exchange.formats); the export writes a new private file and says it is not
encrypted, as every other plain export does.
"""

from __future__ import annotations

import stat
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from haven.domain.models import JournalEntry
from haven.exchange import formats
from haven.store import Vault
from tests.support.dayone import entry as dayone_entry
from tests.support.dayone import write_zip
from tests.test_cli import (  # noqa: F401  (fixtures)
    cheap_secrets_and_no_terminal,
    haven,
    journal,
    opened,
    pf,
    snapshot,
)

DATA = Path(__file__).parent / "exchange" / "data"
NOT_ENCRYPTED = "It is not encrypted: keep it somewhere private."


def test_import_help_lists_every_registered_format(haven) -> None:
    result = haven("import", "--help")

    assert result.code == 0
    for name in formats.NAMES:
        assert name in result.out


def test_the_older_daylio_sample_imports_through_the_cli(
    haven,
    journal: str,
    data_dir: Path,
    pf: list[str],
) -> None:
    result = haven(
        "import", str(DATA / "daylio-export-sample-old.csv"), "--format", "daylio-csv", *pf
    )

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Read 4 journal entries from Daylio, from 30 December 2018 to 2 January 2019.",
        "Added 4 journal entries.",
    ]


def test_a_day_one_zip_imports_and_says_what_was_not_brought_in(
    haven,
    journal: str,
    data_dir: Path,
    pf: list[str],
    tmp_path: Path,
) -> None:
    items = [
        dayone_entry(
            f"{i:032X}",
            f"2024-0{i}-01T08:00:00Z",
            f"# Day {i}\n\nText {i}",
            photos=6,
            location=True,
        )
        for i in (1, 2)
    ]
    path = write_zip(tmp_path / "Day One export.zip", items)

    first = haven("import", str(path), "--format", "dayone-json", *pf)
    again = haven("import", str(path), "--format", "dayone-json", *pf)

    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        "Read 2 journal entries from Day One, from 1 January 2024 to 1 February 2024.",
        "12 photos were not brought in.",
        "2 locations were not brought in.",
        "Added 2 journal entries.",
    ]
    assert again.out.splitlines()[-1].startswith("There was nothing new to add.")
    with opened(data_dir) as vault:
        assert sorted(e.title for e in vault.journal.list()) == ["Day 1", "Day 2"]


def test_a_broken_day_one_file_is_refused_before_the_passphrase_is_asked(
    haven,
    journal: str,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "Journal.json"
    path.write_text('{"metadata" : {"version" : "1.0"}, "entries" : [{"uuid" : "A",', "utf-8")
    before = snapshot(data_dir)

    result = haven("import", str(path), "--format", "dayone-json")  # no passphrase given

    assert result.code == 1
    assert "cut short" in result.err and result.err.rstrip().endswith("Nothing was imported.")
    assert snapshot(data_dir) == before


@pytest.fixture
def filled(journal: str, data_dir: Path) -> Path:
    with opened(data_dir) as vault:
        vault.journal.add(
            JournalEntry(
                body="Walked by the river.\n\n  Indented line kept.\n",
                title="Quiet Sunday",
                tags=["walk", "نوم"],
                at=datetime.fromisoformat("2024-03-03T21:40:00+01:00"),
                distress=3,
                comfort=7,
                share_with_therapist=True,
                mood_label="good",
            )
        )
        vault.journal.add(
            JournalEntry(
                body="שלום, a mixed line.", at=datetime.fromisoformat("2024-03-04T08:05:00-05:00")
            )
        )
    return data_dir


def test_markdown_export_writes_a_private_zip_and_says_it_is_not_encrypted(
    haven,
    filled: Path,
    pf: list[str],
    tmp_path: Path,
) -> None:
    out = tmp_path / "journal.zip"

    result = haven("export", "--format", "markdown", "--out", str(out), *pf)

    assert result.code == 0, result.err
    assert f"Your Markdown export is saved at {out}. {NOT_ENCRYPTED}" in result.out
    assert "2 journal entries as Markdown files" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "README.md" in names and "checkins.csv" in names and "practices.csv" in names
    assert "journal/2024/2024-03-03-2140-quiet-sunday-" in " ".join(names)


def test_markdown_export_never_overwrites_or_follows_a_link(
    haven,
    filled: Path,
    pf: list[str],
    tmp_path: Path,
) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    link = tmp_path / "journal.zip"
    link.symlink_to(target)

    result = haven("export", "--format", "markdown", "--out", str(link), *pf)

    assert result.code == 1
    assert "already exists" in result.err
    assert target.read_text() == "keep me"


def test_markdown_export_refuses_options_it_does_not_take(
    haven,
    filled: Path,
    tmp_path: Path,
) -> None:
    result = haven(
        "export", "--format", "markdown", "--out", str(tmp_path / "j.zip"), "--from", "2024-01-01"
    )

    assert result.code == 2
    assert "--from does not go with --format markdown" in result.err


def test_the_markdown_zip_imports_back_exactly_into_another_journal(
    haven,
    filled: Path,
    pf: list[str],
    tmp_path: Path,
) -> None:
    out = tmp_path / "journal.zip"
    assert haven("export", "--format", "markdown", "--out", str(out), *pf).code == 0
    other = tmp_path / "other-journal"
    Vault.create(other, "another long passphrase", kdf=formats_kdf())[0].lock()
    other_pf = tmp_path / "other-pass"
    other_pf.write_text("another long passphrase\n")

    result = haven(
        "import",
        str(out),
        "--format",
        "markdown-zip",
        "--data-dir",
        str(other),
        "--passphrase-file",
        str(other_pf),
    )
    again = haven(
        "import",
        str(out),
        "--format",
        "markdown-zip",
        "--data-dir",
        str(other),
        "--passphrase-file",
        str(other_pf),
    )

    assert result.code == 0, result.err
    assert "Added 2 journal entries." in result.out
    assert "There was nothing new to add." in again.out
    with opened(filled) as mine:
        originals = mine.journal.list()
    with opened(other, "another long passphrase") as theirs:
        copies = theirs.journal.list()

    def shape(e: JournalEntry) -> tuple[object, ...]:
        return (
            e.uid,
            e.title,
            e.body,
            e.tags,
            e.at.isoformat(),
            e.distress,
            e.comfort,
            e.share_with_therapist,
            e.mood_label,
        )

    assert [shape(e) for e in copies] == [shape(e) for e in originals]


def formats_kdf():  # a cheap key derivation for a second journal made in a test
    from haven.store.keyfile import CHEAP_KDF

    return CHEAP_KDF


def test_with_a_passphrase_file_a_broken_file_is_still_told_before_a_wrong_passphrase(
    haven, journal: str, data_dir: Path, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong-pass"
    wrong.write_text("not the passphrase at all\n")
    broken = tmp_path / "Journal.json"
    broken.write_text('{"entries" : [', "utf-8")
    before = snapshot(data_dir)

    file_first = haven(
        "import", str(broken), "--format", "dayone-json", "--passphrase-file", str(wrong)
    )
    good = haven(
        "import",
        str(DATA / "dayone-Journal.json"),
        "--format",
        "dayone-json",
        "--passphrase-file",
        str(wrong),
    )

    assert file_first.code == 1 and "cut short" in file_first.err
    assert "passphrase" not in file_first.err
    assert good.code == 1
    assert "That passphrase didn't open this journal. Nothing was changed." in good.err
    assert snapshot(data_dir) == before

"""The contract every import format keeps, checked for each one in the registry.

Like Picard's plugin tests: one set of rules, run over `haven.exchange.formats.IMPORT_FORMATS`.
A new format is one module, one registry line, and one `Sample` below (a test fails until
it has one). For each format:

- the preview reads and checks the file without writing anything anywhere;
- the import adds what the preview said, in one transaction;
- importing the same file again adds nothing;
- a broken file is refused, naming its line or entry, and nothing is imported;
- a failure half-way through writing leaves the journal as it was;
- nothing the file held is readable in any file Haven wrote (the vault locked).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from haven.domain.models import JournalEntry
from haven.exchange import formats
from haven.exchange.haven_json import export_document
from haven.exchange.markdown_zip import export_markdown
from haven.exchange.text_import import ImportProblem
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.store.repositories.journal import JournalRepository
from tests.store.test_no_plaintext import files_containing, needles_for
from tests.support.dayone import entry as dayone_entry
from tests.support.dayone import escape, write_json, write_zip

MARKER = "Qx9ContractMarkerText"
NOTHING = "Nothing was imported."


@dataclass(frozen=True)
class Sample:
    """A good file (three entries, one holding MARKER) and a broken one, for one format."""

    good: Callable[[Path], Path]
    broken: Callable[[Path], Path]
    where: str  # what the broken file's message names: "line 3", "entry 2"…


def _jrnl_good(folder: Path) -> Path:
    entries = [
        {
            "date": f"2024-03-0{i}",
            "time": "21:40",
            "title": f"Day {i}.",
            "body": body,
            "tags": ["@calm"],
            "starred": False,
        }
        for i, body in ((1, "Quiet."), (2, f"{MARKER} by the river."), (3, "Tea."))
    ]
    path = folder / "jrnl.json"
    path.write_text(json.dumps({"tags": {"@calm": 3}, "entries": entries}), "utf-8")
    return path


def _jrnl_broken(folder: Path) -> Path:
    doc = json.loads(_jrnl_good(folder).read_text("utf-8"))
    doc["entries"][1]["date"] = "2024-13-40"
    path = folder / "jrnl-broken.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"


def _daylio(folder: Path, rows: list[list[str]], name: str) -> Path:
    out = io.StringIO()
    out.write(DAYLIO_HEADER + "\n")
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC).writerows(rows)
    path = folder / name
    path.write_text(out.getvalue(), "utf-8", newline="")
    return path


def _daylio_rows() -> list[list[str]]:
    return [
        ["2024-03-03", "3 March", "Sunday", "9:40 pm", "good", "walk", "", "Tea."],
        ["2024-03-02", "2 March", "Saturday", "8:00 am", "meh", "", "", f"{MARKER} today."],
        ["2024-03-01", "1 March", "Friday", "7:15 pm", "rad", "", "Title", "Quiet."],
    ]


def _daylio_broken(folder: Path) -> Path:
    rows = _daylio_rows()
    rows[1][3] = "25:99"
    return _daylio(folder, rows, "daylio-broken.csv")


def _dayone_items() -> list[dict[str, Any]]:
    return [
        dayone_entry(f"{i:032X}", f"2024-03-0{i}T20:40:00Z", text, photos=i - 1)
        for i, text in (
            (1, "# Day 1\n\nQuiet\\."),
            (2, escape(f"{MARKER} by the river.")),
            (3, "Tea"),
        )
    ]


def _dayone_broken(folder: Path) -> Path:
    items = _dayone_items()
    items[1]["creationDate"] = "not a date"
    return write_json(folder / "Journal.json", items)


def _made_by_haven(folder: Path, write: Callable[[Vault], bytes], name: str) -> Path:
    """A file exported from another journal holding three entries."""
    other, _ = Vault.create(folder / "other-vault", "another passphrase here", kdf=CHEAP_KDF)
    try:
        for i, body in ((1, "Quiet."), (2, f"{MARKER} by the river."), (3, "Tea.")):
            other.journal.add(
                JournalEntry(
                    body=body, title=f"Day {i}", at=datetime(2024, 3, i, 21, 40).astimezone()
                )
            )
        path = folder / name
        path.write_bytes(write(other))
    finally:
        other.lock()
    return path


def _haven_good(folder: Path) -> Path:
    return _made_by_haven(
        folder, lambda v: json.dumps(export_document(v)).encode("utf-8"), "haven.json"
    )


def _haven_broken(folder: Path) -> Path:
    doc = json.loads(_haven_good(folder).read_text("utf-8"))
    doc["journal"][1]["at"] = "yesterday-ish"
    path = folder / "haven-broken.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def _markdown_good(folder: Path) -> Path:
    return _made_by_haven(folder, lambda v: export_markdown(v)[0], "journal-markdown.zip")


def _markdown_broken(folder: Path) -> Path:
    import zipfile

    good = _markdown_good(folder)
    path = folder / "markdown-broken.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("journal/") and b"by the river" in data:
                data = data.replace(b'date: "2024', b'date: "someday')
            target.writestr(name, data)
    return path


SAMPLES: dict[str, Sample] = {
    "haven-json": Sample(_haven_good, _haven_broken, "journal entry 2"),
    "jrnl-json": Sample(_jrnl_good, _jrnl_broken, "entry 2"),
    "daylio-csv": Sample(
        lambda f: _daylio(f, _daylio_rows(), "daylio.csv"), _daylio_broken, "line 3"
    ),
    "dayone-json": Sample(
        lambda f: write_zip(f / "dayone.zip", _dayone_items()), _dayone_broken, "entry 2"
    ),
    "markdown-zip": Sample(_markdown_good, _markdown_broken, "-day-2-"),
}

FORMATS = [pytest.param(f, id=f.name) for f in formats.IMPORT_FORMATS]


def test_every_registered_format_has_a_contract_sample() -> None:
    assert set(SAMPLES) == set(formats.NAMES)


def test_the_format_names_are_the_documented_ones() -> None:
    assert formats.NAMES == (
        "haven-json",
        "jrnl-json",
        "daylio-csv",
        "dayone-json",
        "markdown-zip",
    )


def _files(root: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_preview_reads_everything_and_writes_nothing(
    fmt: formats.ImportFormat, vault: Vault, inbox: Path, tmp_path: Path
) -> None:
    path = SAMPLES[fmt.name].good(inbox)
    before = _files(tmp_path)

    preview = fmt.preview(path)

    assert _files(tmp_path) == before
    assert "3 journal entries" in preview.summary
    assert len(preview.first) == 3 and all(line.strip() for line in preview.first)
    assert preview.already_present(vault) == 0
    assert vault.journal.count() == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_import_adds_what_the_preview_said_and_again_adds_nothing(
    fmt: formats.ImportFormat, vault: Vault, inbox: Path
) -> None:
    path = SAMPLES[fmt.name].good(inbox)

    first = fmt.apply(vault, fmt.preview(path))
    again_preview = fmt.preview(path)
    present = again_preview.already_present(vault)
    second = fmt.apply(vault, again_preview)

    assert first.startswith("Added 3 journal entries")
    assert vault.journal.count() == 3
    assert vault.journal.count_matches(MARKER) == 1
    assert present == 3
    assert second.startswith("There was nothing new to add.")
    assert vault.journal.count() == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_broken_file_names_where_and_imports_nothing(
    fmt: formats.ImportFormat, vault: Vault, inbox: Path
) -> None:
    sample = SAMPLES[fmt.name]
    path = sample.broken(inbox)

    with pytest.raises(ImportProblem) as caught:
        fmt.apply(vault, fmt.preview(path))

    message = str(caught.value)
    assert sample.where in message
    assert message.endswith(NOTHING)
    assert vault.journal.count() == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failure_while_writing_leaves_the_journal_as_it_was(
    fmt: formats.ImportFormat, vault: Vault, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.journal.add(JournalEntry(body="Here before the import."))
    preview = fmt.preview(SAMPLES[fmt.name].good(inbox))
    real_add, real_add_many = JournalRepository.add, JournalRepository.add_many

    def add_then_fail(self: JournalRepository, entry: JournalEntry) -> JournalEntry:
        real_add(self, entry)
        raise OSError("the disk is full")

    def add_many_then_fail(
        self: JournalRepository, entries: list[JournalEntry], **kw: Any
    ) -> list[JournalEntry]:
        real_add_many(self, entries, **kw)
        raise OSError("the disk is full")

    monkeypatch.setattr(JournalRepository, "add", add_then_fail)
    monkeypatch.setattr(JournalRepository, "add_many", add_many_then_fail)
    with pytest.raises(OSError):
        fmt.apply(vault, preview)

    assert [e.body for e in vault.journal.list()] == ["Here before the import."]
    assert vault.journal.count_matches(MARKER) == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_from_the_file_is_readable_on_disk_after_the_import(
    fmt: formats.ImportFormat, vault: Vault, inbox: Path, data_dir: Path, isolated_home: Path
) -> None:
    path = SAMPLES[fmt.name].good(inbox)

    fmt.apply(vault, fmt.preview(path))
    vault.lock()

    assert files_containing(data_dir, needles_for(MARKER)) == []
    assert files_containing(isolated_home, needles_for(MARKER)) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("haven-json", "haven-json"),
        ("jrnl-json", "jrnl-json"),
        ("daylio-csv", "daylio-csv"),
        ("dayone-json", "dayone-json"),
        ("markdown-zip", "markdown-zip"),
    ],
)
def test_the_format_of_each_sample_is_guessed(name: str, expected: str, inbox: Path) -> None:
    assert formats.guess(SAMPLES[name].good(inbox)).name == expected


def test_a_day_one_journal_json_alone_is_guessed_too(inbox: Path) -> None:
    path = write_json(inbox / "Journal.json", _dayone_items())

    assert formats.guess(path).name == "dayone-json"

"""The Markdown export (a zip of one file per entry, CSV tables, a README) and reading it back."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from haven.domain.models import CheckIn, Debrief, JournalEntry, Practice, PracticeStatus, PreBrief
from haven.exchange.markdown_zip import (
    entry_filename,
    entry_markdown,
    export_markdown,
    import_markdown_zip,
    preview_markdown_zip,
)
from haven.exchange.text_import import ImportProblem
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF

ARABIC = "أشعر بالأمان الآن، وأتنفس ببطء."
HEBREW = "אני מרגישה בטוחה יותר היום."
BIG = ("Slow breath in, slow breath out.\n" * 32_768)[: 1024 * 1024]
NOTHING = "Nothing was imported."


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


ENTRIES = [
    JournalEntry(
        body="Walked by the river.\n\n  Indented, and a trailing space \n",
        title="Quiet Sunday",
        tags=["walk", "sleep"],
        at=at("2024-03-03T21:40:00+01:00"),
        distress=3,
        comfort=7,
        share_with_therapist=True,
        mood_label="good ",
    ),
    JournalEntry(
        body=f"{ARABIC}\n{HEBREW}", title=HEBREW, tags=["שקט"], at=at("2024-03-04T08:05:00-05:00")
    ),
    JournalEntry(body="---\ntitle: not front matter\n---", at=at("2024-03-05T00:00:00+05:30")),
    JournalEntry(
        body=BIG, title='A "quoted" title: with colon', at=at("2023-12-31T23:59:59+00:00")
    ),
    JournalEntry(
        body="=SUM(A1) and @mention",
        title="-starts with a dash",
        at=at("2024-01-01T12:00:00+14:00"),
    ),
]


def shape(e: JournalEntry) -> tuple[object, ...]:
    return (
        e.uid, e.title, e.body, e.tags, e.at.isoformat(), e.distress, e.comfort,
        e.share_with_therapist, e.mood_label,
    )  # fmt: skip


@pytest.fixture
def source(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(tmp_path / "source", "another long passphrase", kdf=CHEAP_KDF)
    for entry in ENTRIES:
        vault.journal.add(JournalEntry(**{f: getattr(entry, f) for f in (
            "body", "title", "tags", "at", "distress", "comfort", "share_with_therapist",
            "mood_label")}))  # fmt: skip
    vault.checkins.add(CheckIn(distress=4, comfort=6, note="=cmd|' /C calc'!A0", tags=["tea"],
                               at=at("2024-03-03T09:00:00+01:00")))  # fmt: skip
    vault.practices.save(
        Practice(
            step_uid=None,
            pre=PreBrief(intention="Go slowly", distress_now=3, comfort_now=5),
            debrief=Debrief(distress_peak=5, distress_after=2, comfort=6, what_helped="Breathing"),
            status=PracticeStatus.DONE,
            started_at=at("2024-03-03T20:00:00+01:00"),
        )
    )
    yield vault
    vault.lock()


@pytest.fixture
def exported(source: Vault, tmp_path: Path) -> Path:
    path = tmp_path / "journal.zip"
    path.write_bytes(export_markdown(source)[0])
    return path


def test_the_zip_holds_a_readme_one_file_per_entry_and_two_tables(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        names = archive.namelist()

    assert names[0] == "README.md"
    assert len([n for n in names if n.startswith("journal/") and n.endswith(".md")]) == 5
    assert {"checkins.csv", "practices.csv"} <= set(names)
    assert "journal/2024/2024-03-03-2140-quiet-sunday-" in " ".join(names)


def test_an_entry_file_has_a_small_front_matter_then_the_body() -> None:
    text = entry_markdown(ENTRIES[0])

    assert text.splitlines()[:8] == [
        "---",
        f'uid: "{ENTRIES[0].uid}"',
        'date: "2024-03-03T21:40:00+01:00"',
        'title: "Quiet Sunday"',
        'tags: ["walk", "sleep"]',
        "distress: 3",
        "comfort: 7",
        'mood: "good "',
    ]
    assert text.endswith("---\n\n" + ENTRIES[0].body + "\n")


def test_file_names_are_readable_and_unique() -> None:
    names = {entry_filename(e) for e in ENTRIES}

    assert len(names) == len(ENTRIES)
    assert entry_filename(ENTRIES[0]).startswith("journal/2024/2024-03-03-2140-quiet-sunday-")


def test_importing_it_back_restores_every_entry_exactly(
    source: Vault, exported: Path, vault: Vault
) -> None:
    report = import_markdown_zip(vault, exported)
    again = import_markdown_zip(vault, exported)

    assert (report.added, again.added, again.skipped_existing) == (5, 0, 5)
    originals = sorted(shape(e) for e in source.journal.list())
    assert sorted(shape(e) for e in vault.journal.list()) == originals


def test_the_tables_hold_notes_and_guard_against_formulas(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        checkins = list(csv.reader(io.StringIO(archive.read("checkins.csv").decode("utf-8-sig"))))
        practices = list(csv.reader(io.StringIO(archive.read("practices.csv").decode("utf-8-sig"))))

    assert checkins[0] == ["date", "distress", "comfort", "sleep_hours", "stress", "tags", "note"]
    assert checkins[1][0] == "2024-03-03T09:00:00+01:00"
    assert checkins[1][-1] == "'=cmd|' /C calc'!A0"  # shown as text, never run
    assert practices[1][:3] == ["2024-03-03T20:00:00+01:00", "", "done"]
    assert "Go slowly" in practices[1] and "Breathing" in practices[1]


def test_the_readme_explains_the_layout_and_that_it_is_not_encrypted(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        readme = archive.read("README.md").decode("utf-8")

    assert "not encrypted" in readme
    for part in ("journal/YEAR/", "checkins.csv", "practices.csv", "front matter", "markdown-zip"):
        assert part in readme


def _rewrite(exported: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(target, "w") as out:
        for name in src.namelist():
            out.writestr(name, change(name, src.read(name)))
    return target


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace(b'date: "2024-03-03T21:40:00+01:00"', b'date: "soon"'),
         "'date' 'soon' is not a date"),
        (lambda t: t.replace(b"---\n", b"", 1), "does not start with a front matter"),
        (lambda t: t.replace(b"\n---\n\n", b"\n\n", 1), "never closed"),
        (lambda t: t.replace(b"distress: 3", b"distress: 30"), "distress"),
        (lambda t: t.replace(b'tags: ["sleep", "walk"]', b"tags: 12"), "'tags' should be"),
        (lambda t: t.replace(b"uid: ", b"uuid: "), "'uid' is missing"),
        (lambda t: t.replace(b"Walked", b"\xff\xfeWalked"), "not UTF-8"),
    ],
)  # fmt: skip
def test_a_broken_entry_file_is_named_and_nothing_is_imported(
    exported: Path, tmp_path: Path, vault: Vault, change, expected: str
) -> None:
    broken = _rewrite(
        exported,
        tmp_path / "broken.zip",
        lambda name, data: change(data) if "quiet-sunday" in name else data,
    )

    with pytest.raises(ImportProblem) as caught:
        import_markdown_zip(vault, broken)

    message = str(caught.value)
    assert "broken.zip, journal/2024/2024-03-03-2140-quiet-sunday-" in message
    assert expected in message and message.endswith(NOTHING)
    assert vault.journal.count() == 0


def test_an_empty_body_is_refused_by_name(exported: Path, tmp_path: Path) -> None:
    broken = _rewrite(
        exported,
        tmp_path / "empty.zip",
        lambda name, data: (
            data.split(b"\n---\n", 1)[0] + b"\n---\n\n" if "quiet-sunday" in name else data
        ),
    )

    with pytest.raises(ImportProblem) as caught:
        preview_markdown_zip(broken)

    assert "quiet-sunday" in str(caught.value) and "empty" in str(caught.value)


def test_a_file_that_is_not_a_zip_or_not_haven_s_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "notes.zip"
    plain.write_text("just text")
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpeg", b"\xff\xd8")

    with pytest.raises(ImportProblem, match="not a zip file"):
        preview_markdown_zip(plain)
    with pytest.raises(ImportProblem, match="no 'journal' folder"):
        preview_markdown_zip(other)


def test_a_file_saved_again_on_windows_is_read(exported: Path, tmp_path: Path) -> None:
    windows = _rewrite(
        exported,
        tmp_path / "windows.zip",
        lambda name, data: data.replace(b"\n", b"\r\n") if "quiet-sunday" in name else data,
    )

    entry = next(e for e in preview_markdown_zip(windows).entries if e.title == "Quiet Sunday")

    assert entry.body == ENTRIES[0].body

"""Importing a jrnl journal (`jrnl --export json`): all of it, exactly, or nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from haven.domain.clock import from_text
from haven.domain.models import JournalEntry
from haven.exchange import export_document
from haven.exchange.jrnl_json import import_jrnl, parse_jrnl, preview_jrnl
from haven.exchange.text_import import ImportProblem, ImportReport, import_entries
from haven.store import Vault
from haven.store.repositories import journal as journal_store

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "jrnl-export-sample.json"
NOTHING = "Nothing was imported."
ARABIC = "أشعر بالأمان الآن، وأتنفس ببطء."
HEBREW = "אני מרגישה בטוחה יותר היום."
EMOJI = "A quiet evening 🌙🕯️ with tea 🍵 and a family emoji 👩‍👩‍👧"
BIG_BODY = ("Slow breath in, slow breath out. " * 32_768)[: 1024 * 1024]


def entry(**fields: Any) -> dict[str, Any]:
    base = {
        "title": "A calm morning.",
        "body": "Tea by the window.",
        "date": "2024-03-01",
        "time": "08:15",
        "tags": [],
        "starred": False,
    }
    return base | fields


def write_jrnl(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False), "utf-8")
    return path


def problem_for(path: Path) -> str:
    with pytest.raises(ImportProblem) as caught:
        preview_jrnl(path)
    message = str(caught.value)
    assert message.endswith(NOTHING)
    return message


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's local zone is New York's (a POSIX rule, so no tz database is needed)."""
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- what an entry becomes ---------------------------------------------------------------------
def test_the_sample_previews_as_three_entries_oldest_first() -> None:
    preview = preview_jrnl(SAMPLE)

    assert preview.count == 3
    assert (preview.first, preview.last) == (date(2024, 3, 1), date(2024, 3, 2))
    assert [e.title for e in preview.first_entries(2)] == [
        "Slept badly again.",
        "Session with @therapy went well.",
    ]
    assert preview.describe() == "3 journal entries from jrnl, from 1 March 2024 to 2 March 2024."


def test_title_and_body_are_kept_as_they_are() -> None:
    second = preview_jrnl(SAMPLE).entries[1]

    assert second.title == "Session with @therapy went well."
    assert second.body == (
        "We talked about the panic on the bus and a plan for next week.\nDistress 6, comfort 4."
    )


def test_tags_lose_their_sigil_and_a_starred_entry_is_tagged_starred() -> None:
    entries = preview_jrnl(SAMPLE).entries

    assert [e.tags for e in entries] == [["sleep"], ["starred", "therapy"], ["sleep", "walk"]]


def test_date_and_time_become_local_wall_time_with_the_zone_of_that_day(
    tmp_path: Path, new_york: None
) -> None:
    path = write_jrnl(
        tmp_path / "j.json",
        [entry(date="2024-01-15", time="08:15"), entry(date="2024-07-15", time="21:30")],
    )

    winter, summer = preview_jrnl(path).entries

    assert winter.at.replace(tzinfo=None) == datetime(2024, 1, 15, 8, 15)
    assert winter.at.utcoffset() == timedelta(hours=-5)
    assert summer.at.replace(tzinfo=None) == datetime(2024, 7, 15, 21, 30)
    assert summer.at.utcoffset() == timedelta(hours=-4)


def test_an_entry_with_only_a_title_keeps_its_text_in_the_body(
    vault: Vault, tmp_path: Path
) -> None:
    """A one-sentence jrnl entry has an empty body: the sentence becomes the body, once."""
    path = write_jrnl(tmp_path / "j.json", [entry(title="Just breathing today.", body="")])

    report = import_jrnl(vault, path)

    (saved,) = vault.journal.list()
    assert report.added == 1
    assert (saved.title, saved.body) == ("", "Just breathing today.")


def test_an_entry_with_neither_title_nor_body_is_refused_by_number(tmp_path: Path) -> None:
    path = write_jrnl(tmp_path / "j.json", [entry(), entry(title=" ", body="\n")])

    message = problem_for(path)

    assert "entry 2" in message
    assert "title and body are both empty" in message


def test_jrnl_to_haven_to_json_keeps_every_entry_s_text_date_and_tags(vault: Vault) -> None:
    sample = json.loads(SAMPLE.read_text("utf-8"))["entries"]

    import_jrnl(vault, SAMPLE)
    exported = export_document(vault)["journal"]

    assert len(exported) == len(sample)
    for original, out in zip(sample, exported, strict=True):
        at = from_text(out["at"])
        assert (out["title"], out["body"]) == (original["title"], original["body"])
        assert at.strftime("%Y-%m-%d %H:%M") == f"{original['date']} {original['time']}"
        expected = {t.lstrip("@") for t in original["tags"]} | (
            {"starred"} if original["starred"] else set()
        )
        assert set(out["tags"]) == expected


def test_long_notes_emoji_and_right_to_left_text_come_through_unchanged(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_jrnl(
        tmp_path / "j.json",
        [
            entry(title="Long.", body=BIG_BODY, time="08:00"),
            entry(title="🌙", body=EMOJI, time="09:00"),
            entry(title=ARABIC, body=HEBREW, time="10:00", tags=["@שלום"]),
        ],
    )

    import_jrnl(vault, path)

    big, emoji, rtl = vault.journal.list(newest_first=False)
    assert big.body == BIG_BODY
    assert (emoji.title, emoji.body) == ("🌙", EMOJI)
    assert (rtl.title, rtl.body, rtl.tags) == (ARABIC, HEBREW, ["שלום"])


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes())

    assert preview_jrnl(path).count == 3


def test_extra_keys_from_other_jrnl_versions_are_ignored(tmp_path: Path) -> None:
    path = write_jrnl(tmp_path / "j.json", [entry(uuid="ABC", creator_device_agent="x")])

    assert preview_jrnl(path).count == 1


# -- twice, and a preview ----------------------------------------------------------------------
def test_importing_the_same_file_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    first = import_jrnl(vault, SAMPLE)
    second = import_jrnl(vault, SAMPLE)

    assert first == ImportReport(added=3, skipped_existing=0)
    assert second == ImportReport(added=0, skipped_existing=3)
    assert vault.journal.count() == 3
    assert second.describe() == (
        "There was nothing new to add. 3 were already in your journal, "
        "and Haven left them as they were."
    )


def test_a_newer_export_adds_only_the_new_entries(vault: Vault, tmp_path: Path) -> None:
    doc = json.loads(SAMPLE.read_text("utf-8"))
    import_jrnl(vault, SAMPLE)
    doc["entries"].append(entry(date="2024-03-05", title="New today."))
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), "utf-8")

    preview = preview_jrnl(newer)
    assert preview.already_present(vault) == 3
    report = import_entries(vault, preview)

    assert report == ImportReport(added=1, skipped_existing=3)
    assert report.describe() == (
        "Added 1 journal entry. 3 were already in your journal, and Haven left them as they were."
    )


def test_identical_entries_in_one_file_are_both_kept_and_not_added_again(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_jrnl(tmp_path / "j.json", [entry(), entry()])

    assert import_jrnl(vault, path).added == 2
    assert import_jrnl(vault, path).added == 0
    assert vault.journal.count() == 2


def test_the_same_entry_gets_the_same_uid_in_any_time_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = SAMPLE.read_bytes()
    here = [e.uid for e in parse_jrnl(data).entries]
    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    try:
        there = [e.uid for e in parse_jrnl(data).entries]
    finally:
        monkeypatch.undo()
        time.tzset()

    assert here == there
    assert len(set(here)) == 3


def test_a_preview_writes_no_file_anywhere(tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))

    preview_jrnl(SAMPLE)

    assert sorted(tmp_path.rglob("*")) == before


# -- files that are refused, with nothing imported -----------------------------------------------
def test_malformed_json_is_refused_with_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"entries": [\n  {"title": "a",, "body": "b"}\n]}\n', "utf-8")

    message = problem_for(path)

    assert "bad.json is not valid JSON: at line 2, column 17, a name in double quotes" in message


def test_a_file_cut_short_is_refused_as_cut_short() -> None:
    message = problem_for(DATA / "jrnl-truncated.json")

    assert "jrnl-truncated.json is not valid JSON" in message
    assert "cut short" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\n", "is empty"),
        (b'{"tags": {}, "entries": []}', "holds no entries"),
    ],
    ids=["zero-bytes", "only-whitespace", "no-entries"],
)
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(content)

    assert expected in problem_for(path)


@pytest.mark.parametrize(
    ("missing", "expected"),
    [("date", "'date' is missing"), ("body", "'body' is missing")],
)
def test_a_missing_key_is_named_with_the_entry_number(
    tmp_path: Path, missing: str, expected: str
) -> None:
    broken = entry()
    del broken[missing]
    path = write_jrnl(tmp_path / "j.json", [entry(), entry(), broken])

    with pytest.raises(ImportProblem) as caught:
        preview_jrnl(path)

    assert f"entry 3: {expected}." in str(caught.value)
    assert caught.value.entry == 3


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"date": "01/03/2024"}, "the date '01/03/2024' is not a date like 2024-03-01"),
        ({"date": "2024-02-30"}, "the date '2024-02-30' is not a day of the calendar"),
        ({"time": "25:00"}, "the time '25:00' is not a time of day like 21:30"),
        ({"time": "8 pm"}, "the time '8 pm' is not a time of day like 21:30"),
        ({"time": ""}, "the time '' is not a time of day"),
        ({"tags": "@sleep"}, "'tags' should be a list of words"),
        ({"starred": "yes"}, "'starred' should be true or false"),
        ({"body": 42}, "'body' should be text, but it is 42"),
    ],
)
def test_a_bad_field_is_refused_with_the_entry_number_and_what_is_wrong(
    tmp_path: Path, fields: dict[str, Any], expected: str
) -> None:
    path = write_jrnl(tmp_path / "j.json", [entry(), entry(**fields)])

    message = problem_for(path)

    assert "entry 2" in message
    assert expected in message


def test_an_entry_that_is_not_an_object_is_refused(tmp_path: Path) -> None:
    path = write_jrnl(tmp_path / "j.json", [entry(), "just text"])  # type: ignore[list-item]

    assert "entry 2: it is not a JSON object" in problem_for(path)


def test_latin1_bytes_are_refused_as_not_utf8_with_how_to_export_again(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    text = json.dumps({"entries": [entry(body="Café au lait")]}, ensure_ascii=False, indent=1)
    path.write_bytes(text.encode("latin-1"))
    cafe_line = text[: text.index("Café")].count("\n") + 1

    message = problem_for(path)

    assert cafe_line == 5
    assert f"latin.json is not UTF-8 text: line {cafe_line} holds bytes" in message
    assert "jrnl --export json" in message


def test_utf16_is_refused_as_utf16(tmp_path: Path) -> None:
    path = tmp_path / "wide.json"
    path.write_bytes(SAMPLE.read_text("utf-8").encode("utf-16"))

    assert "is saved as UTF-16 text, but Haven reads UTF-8 text" in problem_for(path)


def test_a_daylio_csv_given_as_jrnl_is_recognised() -> None:
    message = problem_for(DATA / "daylio-export-sample.csv")

    assert "looks like a Daylio CSV export, not a jrnl JSON export" in message


def test_a_haven_export_given_as_jrnl_is_recognised(vault: Vault, tmp_path: Path) -> None:
    vault.journal.add(JournalEntry(body="Mine."))
    path = tmp_path / "haven.json"
    path.write_text(json.dumps(export_document(vault)), "utf-8")

    assert "looks like a Haven export, not a jrnl export" in problem_for(path)


@pytest.mark.parametrize(
    "doc", [[1, 2], {"journal": []}, {"entries": {"a": 1}}], ids=["list", "no-entries", "dict"]
)
def test_other_json_is_refused_as_not_a_jrnl_export(tmp_path: Path, doc: Any) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps(doc), "utf-8")

    message = problem_for(path)

    assert "not a jrnl export" in message or "'entries' should be a list" in message


def test_a_missing_file_is_refused_plainly(tmp_path: Path) -> None:
    assert "Haven could not find" in problem_for(tmp_path / "nowhere.json")


# -- size, and all or nothing ------------------------------------------------------------------
def many_entries(n: int) -> list[dict[str, Any]]:
    start = datetime(2010, 1, 1, 6, 0)
    return [
        entry(
            date=(start + timedelta(hours=7 * i)).strftime("%Y-%m-%d"),
            time=(start + timedelta(hours=7 * i, minutes=i % 60)).strftime("%H:%M"),
            title=f"Entry {i}.",
            body=f"Number {i} of many. @walk",
            tags=["@walk"],
            starred=i % 10 == 0,
        )
        for i in range(n)
    ]


@pytest.mark.slow
def test_fifty_thousand_entries_import_in_one_go(vault: Vault, tmp_path: Path) -> None:
    path = write_jrnl(tmp_path / "big.json", many_entries(50_000))

    report = import_jrnl(vault, path)  # its speed is measured in bench/bench_import.py

    assert report == ImportReport(added=50_000, skipped_existing=0)
    assert vault.journal.count() == 50_000
    assert dict(vault.journal.tags()) == {"walk": 50_000, "starred": 5_000}
    assert vault.journal.count_matches("Number 49999") == 1


@pytest.mark.slow
def test_a_bad_entry_near_the_end_of_a_big_file_imports_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    vault.journal.add(JournalEntry(body="Already here."))
    entries = many_entries(50_000)
    entries[39_999]["time"] = "24:61"
    path = write_jrnl(tmp_path / "big.json", entries)

    with pytest.raises(ImportProblem) as caught:
        import_jrnl(vault, path)

    assert "entry 40000" in str(caught.value)
    assert vault.journal.count() == 1


def test_a_failure_while_writing_leaves_the_vault_as_it_was(  # e.g. a full disk
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.journal.add(JournalEntry(body="Already here."))
    path = write_jrnl(tmp_path / "j.json", many_entries(2_500))
    preview = preview_jrnl(path)
    real_insert = journal_store._insert_batch
    batches: list[int] = []

    def insert_then_fail(conn: Any, batch: list[JournalEntry]) -> None:
        batches.append(len(batch))
        if len(batches) == 3:
            raise OSError("disk full")
        real_insert(conn, batch)

    monkeypatch.setattr(journal_store, "_insert_batch", insert_then_fail)
    monkeypatch.setattr(journal_store, "BATCH_CHARS", 20_000)  # several batches, as at scale
    with pytest.raises(OSError):
        import_entries(vault, preview)

    assert len(batches) == 3 and sum(batches) < 2_500
    assert vault.journal.count() == 1
    assert vault.journal.tags() == []
    assert vault.journal.count_matches("Number") == 0


@pytest.mark.parametrize("name", ["", "jrnl-json\x1f2024-03-01\x1f21:40\x1fT\x1fB", "ü🌙" * 500])
def test_the_fast_uid_is_exactly_uuid5(name: str) -> None:
    import uuid

    from haven.exchange.text_import import UID_NAMESPACE, uid5

    assert uid5(name) == str(uuid.uuid5(UID_NAMESPACE, name))

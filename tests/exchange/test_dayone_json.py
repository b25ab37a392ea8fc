"""Importing a Day One journal from its JSON export (a zip with Journal.json, or the file).

The files are written the way Day One writes them (tests/support/dayone.py): pretty-printed
with `"key" : value`, "/" escaped as "\\/", Markdown punctuation escaped with a backslash,
photos referenced as `![](dayone-moment://…)`, UTC `creationDate` and an IANA `timeZone`.
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from haven.exchange.dayone_json import import_dayone, preview_dayone, split_title, unescape
from haven.exchange.text_import import ImportProblem
from haven.exchange.zip_input import MAX_RATIO
from haven.store import Vault
from tests.support.dayone import dumps, entry, escape, write_json, write_zip

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "dayone-Journal.json"
NOTHING = "Nothing was imported."
BIG_NOTE = ("Slow breath in, slow breath out. " * 32_768)[: 1024 * 1024]
UUIDS = [f"{i:032X}" for i in range(1, 50)]


def refused(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        preview_dayone(path)
    assert str(caught.value).endswith(NOTHING)
    return caught.value


# -- what an entry becomes ---------------------------------------------------------------------
def test_a_heading_first_line_becomes_the_title_and_escapes_are_removed() -> None:
    tea = preview_dayone(SAMPLE).entries[0]

    assert tea.title == "Tea starts the day."
    assert tea.body == (
        "A slow morning. Walked to the bakery (the one by the river) - felt steady."
    )
    assert "dayone-moment" not in tea.body and "\\" not in tea.body


def test_tags_are_kept_and_starred_becomes_a_tag() -> None:
    tea = preview_dayone(SAMPLE).entries[0]

    assert tea.tags == ["morning", "starred", "walks"]


def test_the_local_time_comes_from_the_entry_s_own_time_zone() -> None:
    entries = preview_dayone(SAMPLE).entries

    london_winter, london_summer, jerusalem, new_york = (e.at for e in entries[:4])
    assert london_winter.isoformat() == "2023-01-05T10:20:30+00:00"
    assert london_summer.isoformat() == "2023-03-26T10:30:00+01:00"  # the clocks had changed
    assert jerusalem.isoformat() == "2023-07-01T01:45:00+03:00"  # the next day, locally
    assert new_york.isoformat() == "2023-07-01T02:00:00-04:00"


def test_right_to_left_text_and_a_hebrew_heading_come_through() -> None:
    jerusalem = preview_dayone(SAMPLE).entries[2]

    assert (jerusalem.title, jerusalem.body) == ("שבוע רגוע", "أشعر بالأمان الآن، وأتنفس ببطء.")
    assert jerusalem.tags == ["שקט"]


def test_photos_locations_and_weather_are_counted_and_named_in_the_preview() -> None:
    preview = preview_dayone(SAMPLE)

    assert preview.left_out[:3] == [
        "4 photos were not brought in.",
        "2 locations were not brought in.",
        "2 weather notes were not brought in.",
    ]
    assert "1 entry has no time zone Haven knows" in preview.left_out[3]


def test_an_entry_with_only_a_photo_says_so_instead_of_being_empty() -> None:
    only_photo = preview_dayone(SAMPLE).entries[3]

    assert only_photo.body == (
        "(A Day One entry with no text, only 1 photo, which was not brought in.)"
    )


def test_a_real_backslash_and_punctuation_survive_unescaping() -> None:
    last = preview_dayone(SAMPLE).entries[-1]

    assert last.body == "A note with a backslash \\ and 3*4 = 12, #hash and [brackets]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title\n\nBody", ("Title", "Body")),
        ("### Small heading ###\nBody", ("Small heading", "Body")),
        ("#hashtag first\nBody", ("", "#hashtag first\nBody")),
        ("# Only a heading", ("", "Only a heading")),
        ("Plain first line\n\n\n\nSecond", ("", "Plain first line\n\nSecond")),
        ("", ("", "")),
    ],
)
def test_split_title(text: str, expected: tuple[str, str]) -> None:
    assert split_title(text) == expected


def test_unescape_leaves_backslashes_before_letters() -> None:
    assert unescape(r"C:\Users \. \\ \n") == r"C:\Users . \ \n"


def test_a_huge_note_and_an_empty_text_come_through(vault: Vault, tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "Journal.json",
        [
            entry(UUIDS[0], "2024-01-01T08:00:00Z", escape(BIG_NOTE)),
            entry(UUIDS[1], "2024-01-02T08:00:00Z", ""),
        ],
    )

    import_dayone(vault, path)

    big, empty = vault.journal.list(newest_first=False)
    assert big.body == BIG_NOTE
    assert empty.body == "(A Day One entry with no text.)"


# -- zip or JSON, idempotent, all or nothing -------------------------------------------------------
def test_the_zip_export_and_the_json_alone_give_the_same_entries(tmp_path: Path) -> None:
    items = [
        entry(UUIDS[0], "2024-01-01T08:00:00Z", "# Hello\n\nWorld", photos=3),
        entry(UUIDS[1], "2024-01-02T08:00:00Z", "Second"),
    ]
    from_zip = preview_dayone(write_zip(tmp_path / "export.zip", items))
    from_json = preview_dayone(write_json(tmp_path / "Journal.json", items))

    assert [(e.uid, e.title, e.body, e.at) for e in from_zip.entries] == [
        (e.uid, e.title, e.body, e.at) for e in from_json.entries
    ]
    assert from_zip.left_out == ["3 photos were not brought in."]


def test_importing_twice_adds_nothing_and_a_newer_export_adds_only_new_entries(
    vault: Vault, tmp_path: Path
) -> None:
    first = [entry(UUIDS[0], "2024-01-01T08:00:00Z", "One")]
    import_dayone(vault, write_zip(tmp_path / "a.zip", first))
    again = import_dayone(vault, write_zip(tmp_path / "b.zip", first))
    edited = [
        entry(UUIDS[0], "2024-01-01T08:00:00Z", "One, edited later in Day One"),
        entry(UUIDS[1], "2024-01-03T08:00:00Z", "Two"),
    ]
    newer = import_dayone(vault, write_zip(tmp_path / "c.zip", edited))

    assert (again.added, again.skipped_existing) == (0, 1)
    assert (newer.added, newer.skipped_existing) == (1, 1)  # the same uuid is the same entry
    assert [e.body for e in vault.journal.list(newest_first=False)] == ["One", "Two"]


def test_a_bad_entry_names_it_and_nothing_is_imported(vault: Vault, tmp_path: Path) -> None:
    items = [entry(UUIDS[i], f"2024-01-{i + 1:02d}T08:00:00Z", f"Entry {i}") for i in range(5)]
    items[3]["creationDate"] = "yesterday"
    path = write_json(tmp_path / "Journal.json", items)

    with pytest.raises(ImportProblem) as caught:
        import_dayone(vault, path)

    message = str(caught.value)
    assert "Journal.json, entry 4" in message and "'yesterday'" in message
    assert caught.value.entry == 4 and message.endswith(NOTHING)
    assert vault.journal.count() == 0


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"uuid": None}, "its 'uuid' is missing"),
        ({"text": 12}, "'text' should be text"),
        ({"tags": "sleep"}, "'tags' should be a list of words"),
        ({"starred": "yes"}, "'starred' should be true or false"),
    ],
)
def test_malformed_fields_are_named(
    tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    item = entry(UUIDS[0], "2024-01-01T08:00:00Z", "Hello")
    item.update(change)

    assert expected in str(refused(write_json(tmp_path / "Journal.json", [item])))


def test_two_entries_with_one_uuid_are_refused(tmp_path: Path) -> None:
    items = [
        entry(UUIDS[0], "2024-01-01T08:00:00Z", "A"),
        entry(UUIDS[0], "2024-01-02T08:00:00Z", "B"),
    ]

    message = str(refused(write_json(tmp_path / "Journal.json", items)))

    assert "entry 2" in message and "same uuid as" in message


def test_a_cut_short_file_is_refused_as_cut_short(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    path = tmp_path / "Journal.json"
    path.write_bytes(data[: len(data) // 2])

    assert "cut short" in str(refused(path))


def test_other_json_and_a_jrnl_export_are_refused_with_what_they_look_like(
    tmp_path: Path,
) -> None:
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(
        '{"tags": {}, "entries": [{"date": "2024-01-01", "time": "08:00", '
        '"title": "Hi.", "body": ""}]}'
    )
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}')

    assert "looks like a jrnl export" in str(refused(jrnl))
    assert "not a Day One export" in str(refused(other))


# -- zip input is guarded ---------------------------------------------------------------
def test_a_zip_without_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/abc.jpeg", b"\xff\xd8")

    assert "holds no Day One journal" in str(refused(path))


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    good = write_zip(tmp_path / "good.zip", [entry(UUIDS[0], "2024-01-01T08:00:00Z", "Hi")])
    path = tmp_path / "bad.zip"
    path.write_bytes(good.read_bytes()[:60])

    assert "damaged or cut short" in str(refused(path))


@pytest.mark.parametrize("name", ["../Journal.json", "/etc/Journal.json", "a/../../Journal.json"])
def test_a_member_name_pointing_outside_the_zip_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(name, dumps({"entries": []}))

    assert "points outside the zip" in str(refused(path))


def test_a_zip_bomb_is_stopped_before_it_fills_the_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    size = 64 * 1024 * 1024  # 64 MiB of one byte packs to about 64 KiB
    chunk = b" " * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("Journal.json", "w", force_zip64=True) as member,
    ):
        for _ in range(size // len(chunk)):
            member.write(chunk)
    assert path.stat().st_size * MAX_RATIO < size  # it really is a bomb by Haven's measure

    assert "zip bomb" in str(refused(path))


def test_times_keep_their_order_across_time_zones(tmp_path: Path) -> None:
    items = [
        entry(UUIDS[0], "2024-05-01T22:00:00Z", "Later, in Tokyo", zone="Asia/Tokyo"),
        entry(
            UUIDS[1], "2024-05-01T21:00:00Z", "Earlier, in Los Angeles", zone="America/Los_Angeles"
        ),
    ]

    earlier, later = preview_dayone(write_json(tmp_path / "Journal.json", items)).entries

    assert earlier.body == "Earlier, in Los Angeles" and later.body == "Later, in Tokyo"
    assert later.at - earlier.at == timedelta(hours=1)
    assert later.at.utcoffset() == timedelta(hours=9)
    assert earlier.at.replace(tzinfo=None) == datetime(2024, 5, 1, 14, 0)

"""Importing a Daylio mood diary (its CSV export): every row, exactly, or nothing."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from haven.domain.models import JournalEntry
from haven.exchange.daylio_csv import import_daylio, note_to_text, preview_daylio
from haven.exchange.text_import import ImportProblem, ImportReport
from haven.store import Vault

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "daylio-export-sample.csv"
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"
NOTHING = "Nothing was imported."
ARABIC = "أشعر بالأمان الآن، وأتنفس ببطء."
HEBREW = "אני מרגישה בטוחה יותר היום."
EMOJI = "A quiet evening 🌙🕯️ with tea 🍵 and a family emoji 👩‍👩‍👧"
BIG_NOTE = ("Slow breath in, slow breath out. " * 32_768)[: 1024 * 1024]


def row(
    full_date: str = "2024-03-01",
    clock: str = "9:40 pm",
    mood: str = "good",
    activities: str = "",
    title: str = "",
    note: str = "A calm evening.",
) -> list[str]:
    return [full_date, "1 March", "Friday", clock, mood, activities, title, note]


def write_daylio(path: Path, rows: list[list[str]], header: str = HEADER) -> Path:
    """Write rows as Daylio does: every text field quoted, doubled quotes, \\n line ends."""
    out = io.StringIO()
    out.write(header + "\n")
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerows(rows)
    path.write_text(out.getvalue(), "utf-8", newline="")
    return path


def problem_for(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        preview_daylio(path)
    assert str(caught.value).endswith(NOTHING)
    return caught.value


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's local zone is New York's (a POSIX rule, so no tz database is needed)."""
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- what a row becomes ----------------------------------------------------------------------------
def test_the_sample_previews_as_four_entries_oldest_first() -> None:
    preview = preview_daylio(SAMPLE)

    assert preview.count == 4
    assert (preview.first, preview.last) == (date(2024, 2, 28), date(2024, 3, 3))
    assert [e.at.strftime("%Y-%m-%d %H:%M") for e in preview.entries] == [
        "2024-02-28 19:30",
        "2024-03-01 08:15",
        "2024-03-02 23:05",
        "2024-03-03 21:40",
    ]
    assert [e.mood_label for e in preview.first_entries()] == ["rad", "awful", "meh"]


def test_a_note_s_html_becomes_plain_text_under_its_title() -> None:
    sunday = preview_daylio(SAMPLE).entries[3]

    assert sunday.title == "Quiet Sunday"
    assert sunday.body == "Walked by the river with J.\nFelt calm most of the day."


def test_real_line_breaks_and_doubled_quotes_in_a_note_are_kept() -> None:
    _, friday, saturday, _ = preview_daylio(SAMPLE).entries

    assert (friday.title, friday.body) == ("Rough night", "Woke at 4.\nTea helped a little.")
    assert saturday.body == 'Couldn\'t settle after the call, "just tired" I told myself.'


def test_activities_become_tags_and_the_mood_label_loses_its_trailing_space() -> None:
    _, friday, saturday, sunday = preview_daylio(SAMPLE).entries

    assert saturday.mood_label == "meh"
    assert saturday.tags == ["bad sleep", "stressed / frustrated", "tired"]
    assert sunday.tags == ["friends", "good sleep", "nature / walk"]
    assert friday.tags == ["bad sleep"]


def test_a_row_without_note_or_title_keeps_its_mood_and_activities_as_text(
    tmp_path: Path,
) -> None:
    path = write_daylio(
        tmp_path / "d.csv",
        [row(mood="rad", note="", clock="7:00 pm"), row(activities="tea | reading", note="")],
    )

    only_mood, with_activities = preview_daylio(path).entries

    assert (only_mood.title, only_mood.body, only_mood.tags) == ("", "Mood: rad", [])
    assert with_activities.body == "Mood: good\nActivities: tea, reading"
    assert with_activities.tags == ["reading", "tea"]


def test_a_row_with_only_a_title_keeps_the_title_as_its_text(tmp_path: Path) -> None:
    path = write_daylio(tmp_path / "d.csv", [row(title="Small win", note="")])

    (entry,) = preview_daylio(path).entries

    assert (entry.title, entry.body) == ("", "Small win")


def test_custom_mood_names_are_kept(tmp_path: Path) -> None:
    path = write_daylio(tmp_path / "d.csv", [row(mood="  Tired but hopeful 🌱  ")])

    assert preview_daylio(path).entries[0].mood_label == "Tired but hopeful 🌱"


def test_a_full_date_file_without_note_title_is_read() -> None:
    newer_night, older_morning = reversed(preview_daylio(DATA / "daylio-no-note-title.csv").entries)

    assert older_morning.at.replace(tzinfo=None) == datetime(2019, 11, 1, 7, 3)
    assert (older_morning.mood_label, older_morning.body) == (
        "Sleepy but ok",
        "Mood: Sleepy but ok",
    )
    assert newer_night.at.replace(tzinfo=None) == datetime(2019, 11, 2, 22, 12)
    assert (newer_night.title, newer_night.body) == ("", "Finished the book.\nSlept & dreamt.")
    assert (newer_night.mood_label, newer_night.tags) == ("fugly", ["reading", "tea"])


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        ("9:40 pm", (21, 40)),
        ("12:05 am", (0, 5)),
        ("12:30 pm", (12, 30)),
        ("1:00 AM", (1, 0)),
        ("11:59 p.m.", (23, 59)),
        ("21:40", (21, 40)),
        ("00:00", (0, 0)),
    ],
)
def test_twelve_and_twenty_four_hour_times_are_read(
    tmp_path: Path, clock: str, expected: tuple[int, int]
) -> None:
    path = write_daylio(tmp_path / "d.csv", [row(clock=clock)])

    at = preview_daylio(path).entries[0].at

    assert (at.hour, at.minute) == expected


def test_times_are_local_wall_time_with_the_zone_of_that_day(
    tmp_path: Path, new_york: None
) -> None:
    path = write_daylio(
        tmp_path / "d.csv", [row(full_date="2024-07-15"), row(full_date="2024-01-15")]
    )

    winter, summer = preview_daylio(path).entries

    assert winter.at.replace(tzinfo=None) == datetime(2024, 1, 15, 21, 40)
    assert winter.at.utcoffset() == timedelta(hours=-5)
    assert summer.at.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("One<br>two<br/>three<br />four", "One\ntwo\nthree\nfour"),
        (
            "<b>Bold</b>, <i>italic</i>, <u>under</u>, <strike>gone</strike>",
            "Bold, italic, under, gone",
        ),
        ('<span style="color:red">red</span>', "red"),
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("<ul><li>tea</li><li>walk</li></ul>", "• tea\n• walk"),
        ("Fish &amp; chips &quot;ok&quot; &#39;fine&#39; &lt;3", "Fish & chips \"ok\" 'fine' <3"),
        ("Said &lt;b&gt; aloud", "Said <b> aloud"),
        ("I <3 you and a < b > c", "I <3 you and a < b > c"),
        ("<sigh> long day", "<sigh> long day"),
        ("Line one\r\nLine two\rthree", "Line one\nLine two\nthree"),
        ("Non&nbsp;breaking", "Non breaking"),
        ("  <br>Padded<br>  ", "Padded"),
    ],
)
def test_note_html_becomes_plain_text(note: str, expected: str) -> None:
    assert note_to_text(note) == expected


def test_long_notes_emoji_and_right_to_left_text_come_through_unchanged(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_daylio(
        tmp_path / "d.csv",
        [
            row(clock="8:00 am", title="Long", note=BIG_NOTE),
            row(clock="9:00 am", title="🌙", note=EMOJI, mood="🙂 ok"),
            row(clock="10:00 am", title=ARABIC, note=HEBREW, activities="שלום | سلام"),
        ],
    )

    import_daylio(vault, path)

    big, emoji, rtl = vault.journal.list(newest_first=False)
    assert big.body == BIG_NOTE
    assert (emoji.title, emoji.body, emoji.mood_label) == ("🌙", EMOJI, "🙂 ok")
    assert (rtl.title, rtl.body, rtl.tags) == (ARABIC, HEBREW, sorted(["שלום", "سلام"]))


def test_a_utf8_byte_order_mark_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes().replace(b"\n", b"\r\n"))

    entries = preview_daylio(path).entries

    assert len(entries) == 4
    assert entries[1].body == "Woke at 4.\nTea helped a little."


def test_blank_lines_between_rows_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text(SAMPLE.read_text("utf-8").replace("\n2024-03-02", "\n\n2024-03-02"), "utf-8")

    assert preview_daylio(path).count == 4


def test_the_import_is_saved_with_mood_label_title_and_tags(vault: Vault) -> None:
    report = import_daylio(vault, SAMPLE)

    saved = vault.journal.list(newest_first=False)
    assert report == ImportReport(added=4, skipped_existing=0)
    assert [(e.title, e.mood_label) for e in saved] == [
        ("", "rad"),
        ("Rough night", "awful"),
        ("", "meh"),
        ("Quiet Sunday", "good"),
    ]
    assert saved[3].tags == ["friends", "good sleep", "nature / walk"]
    assert saved[3].at.strftime("%Y-%m-%d %H:%M") == "2024-03-03 21:40"


# -- twice -----------------------------------------------------------------------------------------
def test_importing_the_same_file_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    assert import_daylio(vault, SAMPLE) == ImportReport(added=4, skipped_existing=0)
    assert import_daylio(vault, SAMPLE) == ImportReport(added=0, skipped_existing=4)
    assert vault.journal.count() == 4


def test_a_newer_export_with_rows_on_top_adds_only_those(vault: Vault, tmp_path: Path) -> None:
    import_daylio(vault, SAMPLE)
    lines = SAMPLE.read_text("utf-8").split("\n", 1)
    newer = tmp_path / "newer.csv"
    newer.write_text(
        f'{lines[0]}\n2024-03-04,4 March,Monday,8:00 am,good,"","","New day."\n{lines[1]}',
        "utf-8",
    )

    preview = preview_daylio(newer)

    assert preview.already_present(vault) == 4
    assert import_daylio(vault, newer) == ImportReport(added=1, skipped_existing=4)


def test_identical_rows_are_both_kept_and_not_added_again(vault: Vault, tmp_path: Path) -> None:
    path = write_daylio(tmp_path / "d.csv", [row(note=""), row(note="")])

    assert import_daylio(vault, path).added == 2
    assert import_daylio(vault, path).added == 0
    assert vault.journal.count() == 2


def test_a_preview_writes_no_file_anywhere(tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))

    preview_daylio(SAMPLE)

    assert sorted(tmp_path.rglob("*")) == before


# -- files that are refused, with nothing imported -----------------------------------------------
def test_a_file_cut_inside_a_quoted_note_names_the_line_where_the_row_starts() -> None:
    problem = problem_for(DATA / "daylio-truncated.csv")

    assert problem.line == 4
    assert "daylio-truncated.csv, line 4: the file ends inside this row's quotes" in str(problem)
    assert "cut short" in str(problem)


def test_line_numbers_count_the_lines_of_multi_line_notes(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        SAMPLE.read_text("utf-8") + '2024-02-27,27 February,Tuesday,9:40 xm,good,"","",""\n',
        "utf-8",
    )

    problem = problem_for(path)

    assert problem.line == 7  # header, three one-line rows, one two-line row, one more
    assert "d.csv, line 7: the time '9:40 xm' is not a time of day like 9:40 pm" in str(problem)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty: it holds no entries"),
        (b"\n\n", "is empty: it holds no entries"),
        (HEADER.encode() + b"\n", "has its column names but no entries"),
        (b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n\r\n", "has its column names but no entries"),
    ],
    ids=["zero-bytes", "blank-lines", "header-only", "bom-header-only"],
)
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)

    assert expected in str(problem_for(path))


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = write_daylio(
        tmp_path / "d.csv",
        [["2024-03-01", "1 March", "Friday", "9:40 pm", "", "", ""]],
        header="full_date,date,weekday,time,activities,note_title,note",
    )

    problem = problem_for(path)

    assert "does not look like a Daylio CSV export" in str(problem)
    assert "'mood' is missing" in str(problem)


def test_some_other_csv_is_refused_with_the_columns_it_should_have(tmp_path: Path) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("Date,Amount,Payee\n2024-03-01,12.50,Cafe\n", "utf-8")

    message = str(problem_for(path))

    assert f"should name the columns {HEADER}" in message
    assert "'full_date', 'time', 'mood', 'activities', 'note' are missing" in message


def test_a_row_with_too_few_fields_is_refused_by_line(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(HEADER + "\n" + ",".join(row()) + "\n2024-03-02,2 March,Sat\n", "utf-8")

    problem = problem_for(path)

    assert problem.line == 3
    assert "line 3: this row has 3 fields, but the first line names 8 columns" in str(problem)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"full_date": "03/01/2024"}, "the date '03/01/2024' is not a date like 2024-03-01"),
        ({"full_date": "2023-02-29"}, "the date '2023-02-29' is not a day of the calendar"),
        ({"full_date": ""}, "the date '' is not a date"),
        ({"clock": "13:10 pm"}, "the time '13:10 pm' is not a time of day"),
        ({"clock": "0:10 am"}, "the time '0:10 am' is not a time of day"),
        ({"clock": "24:00"}, "the time '24:00' is not a time of day"),
        ({"clock": "evening"}, "the time 'evening' is not a time of day"),
    ],
)
def test_a_bad_date_or_time_is_refused_by_line(
    tmp_path: Path, fields: dict[str, str], expected: str
) -> None:
    path = write_daylio(tmp_path / "d.csv", [row(), row(), row(**fields)])

    problem = problem_for(path)

    assert problem.line == 4
    assert f"d.csv, line 4: {expected}" in str(problem)


def test_broken_quoting_is_refused_by_line(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(HEADER + '\n2024-03-01,1 March,Friday,9:40 pm,good,"","a"b,""\n', "utf-8")

    problem = problem_for(path)

    assert problem.line == 2
    assert "line 2: this row cannot be read as CSV" in str(problem)


def test_latin1_bytes_are_refused_as_not_utf8_with_how_to_export_again() -> None:
    problem = problem_for(DATA / "daylio-latin1.csv")

    assert "daylio-latin1.csv is not UTF-8 text: line 2 holds bytes" in str(problem)
    assert "export it again from Daylio" in str(problem)
    assert problem.line == 2


def test_utf16_is_refused_as_utf16() -> None:
    message = str(problem_for(DATA / "daylio-utf16.csv"))

    assert "is saved as UTF-16 text, but Haven reads UTF-8 text" in message
    assert "save it as UTF-8" in message


def test_a_spreadsheet_s_semicolons_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(SAMPLE.read_text("utf-8").replace(",", ";"), "utf-8")

    assert "separated by semicolons, not commas" in str(problem_for(path))


def test_a_jrnl_export_given_as_daylio_is_recognised() -> None:
    message = str(problem_for(DATA / "jrnl-export-sample.json"))

    assert "looks like a jrnl JSON export, not a Daylio CSV export" in message


def test_a_missing_file_is_refused_plainly(tmp_path: Path) -> None:
    assert "Haven could not find" in str(problem_for(tmp_path / "nowhere.csv"))


# -- size, and all or nothing ------------------------------------------------------------------
def many_rows(n: int) -> list[list[str]]:
    start = datetime(2030, 1, 1, 21, 0)
    rows = []
    for i in range(n):  # newest first, as Daylio writes them
        at = start - timedelta(hours=5 * i, minutes=i % 60)
        rows.append(
            row(
                full_date=at.strftime("%Y-%m-%d"),
                clock=at.strftime("%I:%M %p").lstrip("0").lower(),
                mood=("rad", "good", "meh ", "bad", "awful")[i % 5],
                activities="walk | tea" if i % 2 else "",
                title=f"Day {i}" if i % 3 else "",
                note=f"Note {i}<br>with a <b>second</b> line" if i % 4 else "",
            )
        )
    return rows


@pytest.mark.slow
def test_fifty_thousand_rows_import_in_one_go(vault: Vault, tmp_path: Path) -> None:
    path = write_daylio(tmp_path / "big.csv", many_rows(50_000))

    report = import_daylio(vault, path)  # its speed is measured in bench/, not here

    assert report == ImportReport(added=50_000, skipped_existing=0)
    assert vault.journal.count() == 50_000
    assert dict(vault.journal.tags()) == {"walk": 25_000, "tea": 25_000}
    assert vault.journal.count_matches("Note 49999") == 1


@pytest.mark.slow
def test_a_bad_row_near_the_end_of_a_big_file_imports_nothing(vault: Vault, tmp_path: Path) -> None:
    vault.journal.add(JournalEntry(body="Already here."))
    rows = many_rows(50_000)
    rows[39_999][0] = "2030-13-01"
    path = write_daylio(tmp_path / "big.csv", rows)

    problem = problem_for(path)
    with pytest.raises(ImportProblem):
        import_daylio(vault, path)

    assert problem.line == 40_001  # one-line rows after the header
    assert vault.journal.count() == 1


def test_a_json_file_that_is_not_jrnl_is_called_json(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(json.dumps([{"a": 1}]), "utf-8")

    assert "looks like a JSON file, not a Daylio CSV export" in str(problem_for(path))

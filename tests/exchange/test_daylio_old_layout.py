"""Daylio's older 7-column export: `year,date,weekday,time,mood,activities,note`.

There is no `full_date` and no `note_title`: the day is `year` plus `date` ("2 January").
The files here are written the way Daylio wrote them: a header line, every text field
quoted, doubled quotes, real line breaks inside notes, newest row first.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from haven.exchange.daylio_csv import import_daylio, preview_daylio
from haven.exchange.text_import import ImportProblem
from haven.store import Vault

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "daylio-export-sample-old.csv"
OLD_HEADER = "year,date,weekday,time,mood,activities,note"
NOTHING = "Nothing was imported."
ARABIC = "أشعر بالأمان الآن، وأتنفس ببطء."
HEBREW = "אני מרגישה בטוחה יותר היום."
BIG_NOTE = ("Slow breath in, slow breath out. " * 32_768)[: 1024 * 1024]


def old_row(
    year: str = "2019",
    day: str = "2 January",
    clock: str = "10:15 pm",
    mood: str = "good",
    activities: str = "",
    note: str = "A calm evening.",
) -> list[str]:
    return [year, day, "Wednesday", clock, mood, activities, note]


def write_old(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    out.write(OLD_HEADER + "\n")
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC).writerows(rows)
    path.write_text(out.getvalue(), "utf-8", newline="")
    return path


def refused(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        preview_daylio(path)
    assert str(caught.value).endswith(NOTHING)
    return caught.value


def test_the_shared_sample_reads_as_four_entries_oldest_first_across_the_new_year() -> None:
    entries = preview_daylio(SAMPLE).entries

    assert [e.at.replace(tzinfo=None) for e in entries] == [
        datetime(2018, 12, 30, 9, 50),
        datetime(2018, 12, 31, 19, 5),
        datetime(2019, 1, 1, 0, 30),  # "12:30 am" on New Year's Day
        datetime(2019, 1, 2, 22, 15),
    ]
    assert [e.mood_label for e in entries] == ["awful", "rad", "meh", "good"]
    assert entries[0].body == "Bad dream.\nTea and a blanket helped."
    assert entries[2].body == 'Long day, "fine" they said.'
    assert entries[2].tags == ["family", "stressed / frustrated"]
    assert entries[3].body == "Finished the library book.\nSlept early."


def test_a_row_with_an_empty_note_keeps_its_mood_and_activities_as_text() -> None:
    rad = preview_daylio(SAMPLE).entries[1]

    assert (rad.title, rad.body) == ("", "Mood: rad\nActivities: friends, nature / walk")


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2 January", (1, 2)), ("January 2", (1, 2)), ("2 Jan", (1, 2)), ("31 december", (12, 31))],
)
def test_day_and_month_are_read_in_either_order_and_short(
    tmp_path: Path, day: str, expected: tuple[int, int]
) -> None:
    path = write_old(tmp_path / "old.csv", [old_row(year="2020", day=day)])

    at = preview_daylio(path).entries[0].at

    assert (at.year, at.month, at.day) == (2020, *expected)


def test_unicode_right_to_left_and_a_one_megabyte_note_come_through(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_old(
        tmp_path / "old.csv",
        [
            old_row(day="3 January", note=BIG_NOTE),
            old_row(day="2 January", note=HEBREW, activities="שלום | سلام", mood="🙂 ok"),
            old_row(day="1 January", note=ARABIC),
        ],
    )

    import_daylio(vault, path)

    arabic, hebrew, big = vault.journal.list(newest_first=False)
    assert arabic.body == ARABIC
    assert (hebrew.body, hebrew.mood_label, hebrew.tags) == (
        HEBREW,
        "🙂 ok",
        sorted(["سلام", "שלום"]),
    )
    assert big.body == BIG_NOTE


def test_importing_the_old_sample_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    first = import_daylio(vault, SAMPLE)
    second = import_daylio(vault, SAMPLE)

    assert (first.added, second.added, second.skipped_existing) == (4, 0, 4)
    assert vault.journal.count() == 4


@pytest.mark.parametrize(
    ("year", "day", "expected"),
    [
        ("19", "2 January", "the year '19' is not a year like 2019"),
        ("2019", "2 Janvier", "the date '2 Janvier' is not a day and month like 2 January"),
        ("2019", "2019-01-02", "is not a day and month like 2 January"),
        ("2019", "31 February", "is not a day of the calendar"),
    ],
)
def test_a_bad_year_or_day_names_its_line(
    tmp_path: Path, year: str, day: str, expected: str
) -> None:
    path = write_old(tmp_path / "old.csv", [old_row(day="3 January"), old_row(year=year, day=day)])

    problem = refused(path)

    assert "old.csv, line 3" in str(problem) and expected in str(problem)
    assert problem.line == 3


def test_a_file_cut_inside_a_note_is_refused_and_nothing_is_imported(
    vault: Vault, tmp_path: Path
) -> None:
    data = SAMPLE.read_bytes()
    path = tmp_path / "cut.csv"
    path.write_bytes(data[: data.index(b"Tea and")])

    with pytest.raises(ImportProblem) as caught:
        import_daylio(vault, path)

    assert "line 5" in str(caught.value) and "cut short" in str(caught.value)
    assert vault.journal.count() == 0


def test_an_old_file_missing_a_column_names_both_layouts(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text("year,weekday,time,mood,activities,note\n2019,Wed,10:15 pm,good,,Hi\n")

    message = str(refused(path))

    assert "'date' is missing" in message
    assert "year,date,weekday,time,mood,activities,note" in message

"""The CSV for a spreadsheet: one table, documented columns, BOM, no formulas, no notes."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from haven.domain.models import CheckIn, Debrief, Practice, PracticeStatus, PreBrief, RoadmapStep
from haven.report import csv_export as C
from haven.store import Vault
from tests.report.test_summary import CHECKIN_NOTE, TZ, WHAT_HELPED, Filled, fill


def table(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault)


def test_the_columns_are_the_documented_ones(vault: Vault, filled: Filled) -> None:
    data = C.export_csv(vault)

    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    assert data.decode("utf-8-sig").split("\r\n")[0] == ",".join(C.COLUMNS)
    assert C.COLUMNS == (
        "kind", "date", "time", "distress", "comfort", "sleep_hours", "stress", "tags", "step",
        "distress_before", "distress_peak", "distress_after", "comfort_before", "comfort_after",
        "duration_minutes",
    )  # fmt: skip
    assert C.__doc__ is not None
    for column in C.COLUMNS:
        assert column in C.__doc__


def test_check_ins_and_finished_practices_oldest_first(vault: Vault, filled: Filled) -> None:
    rows = table(C.export_csv(vault))[1:]

    kinds = [r[0] for r in rows]
    assert kinds.count("check-in") == 107
    assert kinds.count("practice") == 3  # the draft is left out
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    first = dict(zip(C.COLUMNS, rows[0], strict=True))
    assert first["kind"] == "check-in"
    assert first["date"] == "2026-02-19"
    assert first["time"] == "20:00"
    assert (first["distress"], first["comfort"], first["sleep_hours"], first["stress"]) == (
        "2",
        "8",
        "5.5",
        "3",
    )
    assert first["tags"] == "walk"
    assert first["step"] == first["distress_peak"] == ""
    practice = dict(zip(C.COLUMNS, next(r for r in rows if r[0] == "practice"), strict=True))
    assert practice == {
        "kind": "practice",
        "date": "2026-03-05",
        "time": "19:00",
        "distress": "",
        "comfort": "",
        "sleep_hours": "",
        "stress": "",
        "tags": "",
        "step": "Sitting close",
        "distress_before": "3",
        "distress_peak": "6",
        "distress_after": "2",
        "comfort_before": "6",
        "comfort_after": "7",
        "duration_minutes": "20",
    }


def test_no_written_text_goes_in(vault: Vault, filled: Filled) -> None:
    data = C.export_csv(vault).decode("utf-8-sig")

    assert CHECKIN_NOTE not in data
    assert WHAT_HELPED not in data
    assert "Go slowly" not in data


def test_a_date_range_keeps_records_by_their_own_date(vault: Vault, filled: Filled) -> None:
    rows = table(C.export_csv(vault, date(2026, 3, 1), date(2026, 3, 31)))[1:]

    assert {r[1][:7] for r in rows} == {"2026-03"}
    assert [r[0] for r in rows].count("check-in") == 31
    assert C.count_rows(C.export_csv(vault, date(2026, 3, 1), date(2026, 3, 31))) == (31, 2)


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tx"])
def test_cells_that_could_be_formulas_are_made_text(text: str) -> None:
    assert C.safe_cell(text) == "'" + text
    assert C.safe_cell("calm = okay") == "calm = okay"
    assert C.safe_cell(None) == ""


def test_formula_injection_through_tags_and_step_titles(vault: Vault) -> None:
    step = vault.roadmap.add(RoadmapStep(title="=cmd|' /C calc'!A0"))
    vault.checkins.add(
        CheckIn(distress=1, comfort=9, at=datetime(2026, 1, 2, 9, tzinfo=TZ), tags=["+evil"])
    )
    vault.practices.save(
        Practice(
            step.uid,
            pre=PreBrief(distress_now=2),
            debrief=Debrief(distress_peak=3),
            status=PracticeStatus.DONE,
            started_at=datetime(2026, 1, 3, 9, tzinfo=TZ),
        )
    )

    rows = table(C.export_csv(vault))

    assert rows[1][C.COLUMNS.index("tags")] == "'+evil"
    assert rows[2][C.COLUMNS.index("step")] == "'=cmd|' /C calc'!A0"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))


def test_accents_and_other_scripts_survive(vault: Vault) -> None:
    vault.checkins.add(
        CheckIn(distress=4, comfort=5, at=datetime(2026, 1, 2, 9, tzinfo=TZ), tags=["café", "שקט"])
    )

    rows = table(C.export_csv(vault))

    assert rows[1][C.COLUMNS.index("tags")] == "café; שקט"


def test_an_empty_journal_gives_just_the_header(vault: Vault) -> None:
    data = C.export_csv(vault)

    assert table(data) == [list(C.COLUMNS)]
    assert C.count_rows(data) == (0, 0)

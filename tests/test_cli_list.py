"""`haven list checkins|practices|grounding`: what was saved, as text or as JSON."""

# The command-line fixtures (haven, journal, pf, filled) are shared with test_cli.py by import.
# ruff: noqa: F811

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from haven.domain.models import CheckIn, Debrief, GroundingTool, GroundingUse, Practice
from haven.usecases import records
from tests.report.test_summary import Filled
from tests.test_cli import (  # noqa: F401
    Result,
    cheap_secrets_and_no_terminal,
    filled,
    haven,
    journal,
    needs_poppler,
    opened,
    pdf_words,
    pf,
)

CET = timezone(timedelta(hours=1))


def fill(data_dir: Path) -> None:
    with opened(data_dir) as vault:
        for day, distress in ((1, 9), (2, 4), (3, 6)):
            vault.checkins.add(
                CheckIn(
                    distress=distress,
                    comfort=4,
                    at=datetime(2026, 11, day, 21, 0, tzinfo=CET),
                    note=f"day {day}",
                    tags=["evening"],
                )
            )
        vault.practices.finish(
            vault.practices.save(
                Practice(
                    step_uid=None,
                    started_at=datetime(2026, 11, 2, 20, 0, tzinfo=CET),
                    debrief=Debrief(distress_peak=7, distress_after=3),
                )
            )
        )
        vault.grounding.add(
            GroundingUse(
                GroundingTool.BODY_SCAN,
                at=datetime(2026, 11, 3, 22, 0, tzinfo=CET),
                distress_before=6,
                distress_after=4,
            )
        )


def test_list_checkins_json_returns_what_was_saved(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    fill(data_dir)
    result = haven("list", "checkins", "--json", *pf)
    assert result.code == 0, result.err
    listed = json.loads(result.out)
    with opened(data_dir) as vault:
        saved = vault.checkins.list()
    assert [c["uid"] for c in listed] == [c.uid for c in saved]
    assert listed[0] == {
        "uid": saved[0].uid,
        "at": "2026-11-01T21:00:00+01:00",
        "distress": 9,
        "comfort": 4,
        "sleep_hours": None,
        "stress": None,
        "note": "day 1",
        "tags": ["evening"],
    }


def test_list_keeps_both_days_of_from_and_to(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    fill(data_dir)
    result = haven("list", "checkins", "--from", "2026-11-02", "--to", "2026-11-03", "--json", *pf)
    assert [c["note"] for c in json.loads(result.out)] == ["day 2", "day 3"]


def test_an_edit_and_a_delete_show_in_the_list_and_undo_puts_it_back(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    fill(data_dir)
    with opened(data_dir) as vault:
        first, second = vault.checkins.list()[:2]
        first.note = "It eased by midnight."
        records.edit_checkin(vault, first)
        deleted = records.delete(vault, "checkins", second.id)
    notes = [c["note"] for c in json.loads(haven("list", "checkins", "--json", *pf).out)]
    assert notes == ["It eased by midnight.", "day 3"]
    with opened(data_dir) as vault:
        records.restore(vault, deleted)
    notes = [c["note"] for c in json.loads(haven("list", "checkins", "--json", *pf).out)]
    assert notes == ["It eased by midnight.", "day 2", "day 3"]


def test_list_as_text_gives_the_words_for_each_rating(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    fill(data_dir)
    lines = haven("list", "checkins", *pf).out.splitlines()
    assert lines[0].startswith("2026-11-01 21:00  distress 9 (extremely distressed)")
    assert "comfort 4 (a little at ease)" in lines[0] and lines[0].endswith("day 1")
    practice = haven("list", "practices", *pf).out
    assert "finished" in practice and "peak distress 7 (very upset, hard to manage)" in practice
    grounding = json.loads(haven("list", "grounding", "--json", *pf).out)
    assert grounding[0]["tool"] == "body_scan" and grounding[0]["distress_after"] == 4


def test_an_empty_list_says_so_calmly(
    haven: Callable[..., Result], journal: str, pf: list[str]
) -> None:
    result = haven("list", "grounding", *pf)
    assert (result.code, result.out) == (0, "There are no grounding uses in that time.\n")
    assert json.loads(haven("list", "practices", "--json", *pf).out) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "moods"], "invalid choice"),
        (["list", "checkins", "--from", "yesterday"], "not a date Haven understands"),
    ],
)
def test_list_refuses_what_it_cannot_read(
    haven: Callable[..., Result], journal: str, argv: list[str], message: str
) -> None:
    result = haven(*argv)
    assert result.code == 2 and message in result.err


@needs_poppler
def test_export_pdf_leaves_support_contacts_out_unless_named(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    plain = tmp_path / "plain.pdf"
    assert haven("export", "--format", "pdf", "--out", str(plain), *pf).code == 0
    assert "Robin Example" not in pdf_words(plain)
    named = tmp_path / "named.pdf"
    result = haven(
        "export", "--format", "pdf", "--out", str(named),
        "--include", "safety-plan,safety-plan:contacts", *pf,
    )  # fmt: skip
    assert result.code == 0, result.err
    text = pdf_words(named)
    assert "Robin Example" in text and "Let go gently and stay near." in text

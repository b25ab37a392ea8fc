"""Property tests: every importer, fed anything, either reads it (and everything it read is
within Haven's bounds) or refuses it with an ImportProblem. Never another exception.

A fixed, derandomised budget keeps these fast and repeatable in CI.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.domain.limits import YEAR_MAX, YEAR_MIN, has_lone_surrogate
from haven.exchange import ImportProblem, validate_document
from haven.exchange.daylio_csv import parse_daylio
from haven.exchange.jrnl_json import parse_jrnl
from haven.exchange.text_import import ImportPreview
from haven.exchange.text_import import ImportProblem as FileImportProblem

FAST = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text as files carry it: any code point, lone surrogates included (JSON can escape them).
any_text = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=30)
years = st.integers(min_value=1, max_value=9999)
dates = (
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        years,
        st.integers(1, 12),
        st.integers(1, 28),
    )
    | any_text
)
times = (
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 30), st.integers(0, 70)) | any_text
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=8,
)


def _within_bounds(preview: ImportPreview) -> None:
    for entry in preview.entries:
        assert YEAR_MIN <= entry.at.year <= YEAR_MAX
        for text in (entry.title, entry.body, *entry.tags):
            assert not has_lone_surrogate(text)


@FAST
@given(st.binary(max_size=400))
def test_jrnl_reads_or_refuses_any_bytes(data: bytes) -> None:
    with contextlib.suppress(FileImportProblem):
        _within_bounds(parse_jrnl(data))


@FAST
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "title": any_text,
                "body": any_text | json_values,
                "date": dates,
                "time": times,
                "tags": st.lists(any_text, max_size=3) | json_values,
                "starred": st.booleans() | json_values,
            }
        ),
        min_size=1,
        max_size=4,
    )
)
def test_jrnl_reads_or_refuses_any_entries(entries: list[dict[str, Any]]) -> None:
    data = json.dumps({"tags": {}, "entries": entries}).encode("utf-8")  # escapes surrogates
    try:
        _within_bounds(parse_jrnl(data))
    except FileImportProblem as problem:
        assert str(problem)


@FAST
@given(st.binary(max_size=400))
def test_daylio_reads_or_refuses_any_bytes(data: bytes) -> None:
    with contextlib.suppress(FileImportProblem):
        _within_bounds(parse_daylio(data))


HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
printable = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@FAST
@given(
    st.lists(
        st.tuples(dates, times, printable, printable, printable, printable),
        min_size=1,
        max_size=4,
    )
)
def test_daylio_reads_or_refuses_any_rows(rows: list[tuple[str, ...]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for full_date, clock, mood, activities, title, note in rows:
        writer.writerow([full_date, "", "", clock, mood, activities, title, note])
    data = out.getvalue().encode("utf-8", "surrogatepass")
    try:
        _within_bounds(parse_daylio(data))
    except FileImportProblem as problem:
        assert str(problem)


# -- haven-json: a real export with one field replaced by anything -------------------------
BASE: dict[str, Any] = {
    "format": "haven-export",
    "version": 1,
    "exported_at": "2026-03-14T12:00:00+00:00",
    "checkins": [
        {
            "uid": "c1",
            "at": "2026-03-14T09:00:00+01:00",
            "distress": 3,
            "comfort": 6,
            "sleep_hours": 7.5,
            "stress": 2,
            "note": "ok",
            "tags": ["calm"],
        }
    ],
    "journal": [
        {
            "uid": "j1",
            "at": "2026-03-14T21:00:00+01:00",
            "title": "t",
            "body": "words",
            "tags": [],
            "share_with_therapist": False,
        }
    ],
    "roadmap": [{"uid": "r1", "title": "hold hands", "position": 0, "state": "not_started"}],
}


def _with(doc: dict[str, Any], section: str, field: str, value: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(doc))
    changed[section][0][field] = value
    return changed


@FAST
@given(
    st.sampled_from(
        [
            ("checkins", "at"),
            ("checkins", "distress"),
            ("checkins", "sleep_hours"),
            ("checkins", "note"),
            ("checkins", "tags"),
            ("journal", "at"),
            ("journal", "title"),
            ("journal", "body"),
            ("roadmap", "position"),
            ("roadmap", "title"),
        ]
    ),
    json_values,
)
def test_haven_json_validates_or_refuses_any_field_value(
    where: tuple[str, str], value: Any
) -> None:
    doc = json.loads(json.dumps(_with(BASE, *where, value)))  # as it would be read from a file
    try:
        counts = validate_document(doc)
        assert (counts["checkins"], counts["journal"], counts["roadmap"]) == (1, 1, 1)
    except ImportProblem as problem:
        assert str(problem)


@FAST
@given(json_values)
def test_haven_json_refuses_any_other_document(doc: Any) -> None:
    try:
        validate_document(doc)
    except ImportProblem as problem:
        assert str(problem)

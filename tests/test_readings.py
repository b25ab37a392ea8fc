"""The Learn readings: every one has a full header, stays short and plain, and names the
sources its facts come from, each with the date it was checked (issue 14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import textstat

from haven import readings
from haven.resources import ResourceError

ALL = readings.all_readings()
IDS = [r.id for r in ALL]

# The topics the issue asks the readings to cover, each with the reading that covers it.
TOPICS = {
    "fight, flight, freeze, fawn": "body-alarm",
    "triggers and reminders": "triggers-and-reminders",
    "mixed feelings": "mixed-feelings",
    "fear responses and real danger": "fear-or-danger",
    "sex as mutual care": "sex-as-mutual-care",
    "ongoing consent": "consent-can-change",
    "pacing and moving back": "pacing-and-moving-back",
    "stop and pause signals": "stop-and-pause-signals",
    "sleep and stress": "sleep-and-stress",
    "self-compassion": "self-compassion",
    "talking with a partner": "talking-with-a-partner",
    "working with a therapist": "working-with-a-therapist",
    "peer support": "peer-support",
    "community resources and legal protections": "help-and-legal-protection",
}


def test_there_are_at_least_fourteen_readings_covering_every_topic() -> None:
    assert len(ALL) >= 14
    assert set(TOPICS.values()) <= set(IDS)


@pytest.mark.parametrize("reading", ALL, ids=IDS)
def test_each_reading_has_a_title_a_one_line_summary_and_an_order(
    reading: readings.Reading,
) -> None:
    assert reading.title and len(reading.title) <= 60
    assert reading.summary and "\n" not in reading.summary and len(reading.summary) <= 120
    assert reading.order < 999


@pytest.mark.parametrize("reading", ALL, ids=IDS)
def test_each_reading_is_150_to_500_words(reading: readings.Reading) -> None:
    assert 150 <= readings.word_count(reading.plain_text()) <= 500


@pytest.mark.parametrize("reading", ALL, ids=IDS)
def test_each_reading_is_at_grade_eight_or_below(reading: readings.Reading) -> None:
    # Flesch-Kincaid grade level, as textstat computes it (pyphen syllables, offline).
    assert textstat.flesch_kincaid_grade(reading.plain_text()) <= 8


@pytest.mark.parametrize("reading", ALL, ids=IDS)
def test_each_reading_names_its_sources_with_a_link_and_the_day_checked(
    reading: readings.Reading,
) -> None:
    assert reading.sources
    for source in reading.sources:
        assert source.title
        assert source.url.startswith(("https://", "http://"))
        assert source.checked <= date(2026, 12, 3)


@pytest.mark.parametrize("reading", ALL, ids=IDS)
def test_each_reading_has_real_headings_and_no_instructions_in_capitals(
    reading: readings.Reading,
) -> None:
    # Real headings let a screen reader jump through a reading; shouting is not Haven's voice.
    assert reading.body.count("\n## ") + reading.body.startswith("## ") >= 2
    for banned in ("you should", "you must", "failed", "relapse", "!"):
        assert banned not in reading.body.lower(), banned


def test_readings_that_touch_on_harm_start_with_a_content_note() -> None:
    needs_note = [r.id for r in ALL if any(w in r.plain_text().lower() for w in ("harm", "trauma"))]
    assert needs_note
    assert [i for i in needs_note if not readings.get(i).content_note] == []


def test_search_finds_readings_by_any_word_of_the_title_or_body() -> None:
    found = [r.id for r in readings.search("nightmares")]
    assert "sleep-and-stress" in found
    assert [r.id for r in readings.search("FRIES reversible")] == ["consent-can-change"]
    assert readings.search("zebra-crossing-xylophone") == []
    assert len(readings.search("  ")) == len(ALL)


def test_a_header_without_sources_dates_is_refused_with_the_reading_named() -> None:
    source = "- A page | https://example.org | checked soon"
    text = f"---\ntitle: T\nsummary: S\nsources:\n{source}\n---\nx"
    with pytest.raises(ResourceError, match="'broken'"):
        readings.parse("broken", text)


def test_a_file_without_a_header_is_refused() -> None:
    with pytest.raises(ResourceError, match="no header"):
        readings.parse("plain", "Just words, no header.")


def test_the_word_counter_and_the_grade_formula_can_fail() -> None:
    """The limits are real: a long, dense text is over both."""
    dense = (
        "Notwithstanding considerable interdisciplinary disagreement, psychotherapeutic "
        "interventions demonstrate heterogeneous effectiveness. "
    ) * 60
    assert readings.word_count(dense) > 500
    assert textstat.flesch_kincaid_grade(dense) > 8


def test_readings_live_in_the_resource_folder() -> None:
    folder = readings.folder()
    assert folder.name == "learn" and folder.is_dir()
    assert sorted(p.stem for p in Path(folder).glob("*.md")) == sorted(IDS)

"""One day formatter and one legend per scale, for the CLI, the PDFs, the charts and the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from haven.domain.ratings import legend
from haven.domain.wording import day_words, moment_words
from haven.exchange import text_import
from haven.report import charts, summary
from haven.report.pdf import writer


def test_a_day_is_written_one_way_everywhere() -> None:
    day = date(2026, 3, 3)
    assert day_words(day) == "3 March 2026"
    for formatter in (summary.format_day, charts.format_day, writer.short_day, text_import._day):
        assert formatter is day_words


def test_a_moment_reads_with_its_weekday_and_time() -> None:
    moment = datetime(2026, 3, 3, 21, 7, tzinfo=timezone(timedelta(hours=1)))
    assert moment_words(moment) == "Tuesday 3 March 2026, 21:07"
    assert writer.long_moment(moment) == moment_words(moment)


def test_the_pdf_legends_are_the_scales_own_words() -> None:
    assert (
        writer.DISTRESS_WORDS
        == legend("distress")
        == ("0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine")
    )
    assert legend("comfort") == writer.COMFORT_WORDS
    assert legend("stress") == writer.STRESS_WORDS

"""Progress charts: drawn in memory, reusing artists, downsampled, described in words."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from haven.domain import events, trends
from haven.domain.events import Event, EventKind, PracticePoint
from haven.domain.models import (
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
    Threshold,
    Zone,
    ZoneMove,
)
from haven.domain.trends import DailyPoint, Scale
from haven.report import charts, pacing_charts, progress_chart
from haven.report.palette import DARK, LIGHT, PALETTES, palette_for

TZ = timezone(timedelta(hours=1))
D0 = date(2026, 3, 2)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def nums(days: list[date]) -> list[float]:
    from matplotlib import dates as mdates

    return [float(mdates.date2num(d)) for d in days]


def xy(line: object) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in line.get_xydata()]  # type: ignore[attr-defined]


def same(a: list[tuple[float, float]], b: list[tuple[float, float | None]]) -> bool:
    """Equal pairs, where None (a gap) matches NaN."""
    return len(a) == len(b) and all(
        x1 == x2 and ((y2 is None and math.isnan(y1)) or y1 == y2)
        for (x1, y1), (x2, y2) in zip(a, b, strict=True)
    )


SMALL = [
    DailyPoint(day(0), 2.0, 8.0, 1),
    DailyPoint(day(1), 4.0, 6.0, 2),
    DailyPoint(day(9), 6.0, 3.0, 1),
]


def ten_years() -> list[DailyPoint]:
    start = date(2016, 4, 1)
    return [
        DailyPoint(start + timedelta(days=i), float(i % 11), float((i * 7) % 11), 1)
        for i in range(3650)
    ]


@pytest.fixture
def chart() -> progress_chart.ProgressChart:
    c = progress_chart.ProgressChart("light")
    c.set_data(
        SMALL,
        peaks=[PracticePoint(day(1), datetime(2026, 3, 3, 21, tzinfo=TZ), 3, 7, 2, "s", "p")],
        events=[
            Event(day(1), EventKind.STEP, "Holding hands: Practising"),
            Event(day(9), EventKind.ZONE, "Lights off: Feels manageable"),
        ],
    )
    c.set_range(day(0), day(9))
    return c


# -- importing stays light; the font cache lives in Haven's cache -----------------------------

_CHILD = """
import json, os, sys
import haven.report.progress_chart as progress_chart
imported_early = "matplotlib" in sys.modules
chart = progress_chart.ProgressChart()
chart.figure.canvas.draw()
import matplotlib
print(json.dumps({"early": imported_early, "env": os.environ["MPLCONFIGDIR"],
                  "configdir": matplotlib.get_configdir()}))
"""


def test_importing_charts_does_not_load_matplotlib_and_its_cache_goes_to_havens(
    tmp_path: Path,
) -> None:
    home = tmp_path / "child-home"
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    expected = home / "cache" / "haven" / "matplotlib"
    assert seen["early"] is False
    assert Path(seen["env"]) == expected
    assert Path(seen["configdir"]) == expected
    assert not (home / ".config" / "matplotlib").exists()
    assert not (home / ".cache" / "matplotlib").exists()


# -- the progress chart ---------------------------------------------------------------------


def test_the_progress_chart_holds_daily_values_and_rolling_means(
    chart: progress_chart.ProgressChart,
) -> None:
    x = nums([p.day for p in SMALL])
    assert xy(chart.dot_lines[Scale.DISTRESS]) == list(zip(x, [2.0, 4.0, 6.0], strict=True))
    assert xy(chart.dot_lines[Scale.COMFORT]) == list(zip(x, [8.0, 6.0, 3.0], strict=True))
    all_days = nums([day(i) for i in range(10)])
    # 7-day trailing means: days 0–1 hold 2 and 4; days 8 has none in 2–8; day 9 only 6.
    distress = [2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 4.0, None, 6.0]
    comfort = [8.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 6.0, None, 3.0]
    assert same(xy(chart.avg_lines[Scale.DISTRESS]), list(zip(all_days, distress, strict=True)))
    assert same(xy(chart.avg_lines[Scale.COMFORT]), list(zip(all_days, comfort, strict=True)))
    assert xy(chart.peak_line) == [(nums([day(1)])[0], 7.0)]
    assert chart.distress_ax.get_ylabel() == "Distress (0–10)"
    assert chart.comfort_ax.get_ylabel() == "Comfort (0–10)"


def test_the_two_scales_have_different_colours_and_neither_is_red() -> None:
    for palette in PALETTES.values():
        assert palette.distress.lower() != palette.comfort.lower()
        for colour in (palette.distress, palette.comfort, palette.practice):
            r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            assert not (r > 180 and g < 110 and b < 110), f"{colour} reads as an alarm red"
    assert palette_for("no-such-theme") is LIGHT


def test_set_range_moves_the_limits_and_reuses_the_same_lines(
    chart: progress_chart.ProgressChart,
) -> None:
    lines_before = [*chart.lines, *chart.distress_ax.lines, *chart.comfort_ax.lines]
    chart.set_range(day(1), day(2))
    lo, hi = chart.distress_ax.get_xlim()
    assert (lo, hi) == (nums([day(1)])[0] - 0.5, nums([day(2)])[0] + 0.5)
    assert chart.comfort_ax.get_xlim() == (lo, hi)  # the panels share the date axis
    assert [*chart.lines, *chart.distress_ax.lines, *chart.comfort_ax.lines] == lines_before
    assert all(a is b for a, b in zip(chart.lines, lines_before, strict=False))
    assert xy(chart.dot_lines[Scale.DISTRESS]) == [(nums([day(1)])[0], 4.0)]


def test_ten_years_are_averaged_by_month_and_short_ranges_by_day() -> None:
    c = progress_chart.ProgressChart()
    data = ten_years()
    c.set_data(data)
    c.set_range(data[0].day, data[-1].day)
    assert c.bucket == trends.Bucket.MONTH
    for line in c.lines:
        assert len(line.get_xdata()) <= 600
    assert 115 <= len(c.avg_lines[Scale.DISTRESS].get_xdata()) <= 125
    assert len(c.dot_lines[Scale.DISTRESS].get_xdata()) == 0  # no raw dots when averaged
    assert any("monthly average" in t.get_text() for t in c.legend.get_texts())
    c.set_range(data[-1].day - timedelta(days=29), data[-1].day)
    assert c.bucket == trends.Bucket.DAY
    assert len(c.dot_lines[Scale.DISTRESS].get_xdata()) == 30
    assert len(c.avg_lines[Scale.DISTRESS].get_xdata()) <= 32
    assert any("7-day average" in t.get_text() for t in c.legend.get_texts())


def test_event_words_show_when_few_and_hide_when_crowded(
    chart: progress_chart.ProgressChart,
) -> None:
    assert [t.get_visible() for _, t in chart.event_texts] == [True, True]
    assert "Holding hands: Practising" in chart.event_texts[0][1].get_text()
    chart.set_range(day(2), day(8))  # neither marker in view
    assert [t.get_visible() for _, t in chart.event_texts] == [False, False]
    many = [Event(day(i * 3), EventKind.ZONE, f"Situation {i}: Not yet") for i in range(12)]
    chart.set_data(SMALL, events=many)
    chart.set_range(day(0), day(40))
    assert not any(t.get_visible() for _, t in chart.event_texts)
    assert "12 threshold moves" in chart.summary()


def test_a_range_without_checkins_says_so(chart: progress_chart.ProgressChart) -> None:
    chart.set_range(day(3), day(7))
    assert chart.empty_text.get_visible()
    assert charts.NO_CHECKINS_TEXT in chart.summary()
    chart.set_range(day(0), day(7))
    assert not chart.empty_text.get_visible()


def test_the_theme_recolours_the_same_chart(chart: progress_chart.ProgressChart) -> None:
    from matplotlib.colors import to_hex

    chart.set_theme("dark")
    assert to_hex(chart.figure.get_facecolor()) == DARK.background
    assert to_hex(chart.avg_lines[Scale.DISTRESS].get_color()) == DARK.distress.lower()
    assert to_hex(chart.legend.get_texts()[0].get_color()) == DARK.text


# -- words for screen readers ---------------------------------------------------------------


def test_the_summary_gives_range_averages_latest_means_and_points(
    chart: progress_chart.ProgressChart,
) -> None:
    text = chart.summary()
    assert text.startswith("Distress and comfort from 2 March 2026 to 11 March 2026.")
    assert "3 days with check-ins" in text
    assert "distress averaged 4.0 and comfort averaged 5.7" in text
    assert "latest 7-day averages, up to 11 March 2026, are distress 6.0 and comfort 3.0" in text
    assert "3 daily points" in text
    assert "1 practice peak marked on the distress panel, averaging 7.0" in text
    assert "3 March 2026: Holding hands: Practising." in text
    assert "!" not in text and "should" not in text


def test_the_summary_of_a_long_range_counts_averaged_points() -> None:
    data = ten_years()
    text = charts.summary_text(data, data[0].day, data[-1].day)
    assert "3650 days with check-ins" in text
    assert "120 monthly averages" in text


# -- practice and thresholds charts ---------------------------------------------------------


def practice(n: int, before: int | None, peak: int | None, after: int | None) -> Practice:
    return Practice(
        step_uid="hands",
        status=PracticeStatus.DONE,
        started_at=datetime(2026, 3, 2 + n, 21, tzinfo=TZ),
        pre=PreBrief(distress_now=before),
        debrief=Debrief(distress_peak=peak, distress_after=after),
    )


def test_the_practice_chart_shows_before_peak_and_after_for_each_practice() -> None:
    step = RoadmapStep(title="Holding hands", uid="hands")
    fig = pacing_charts.practice_chart(
        [practice(4, 2, 5, 1), practice(1, 4, 7, None)], step, theme="high-contrast"
    )
    (ax,) = fig.axes
    lines = {line.get_label(): line for line in ax.lines}
    assert set(lines) == {"Before", "At the peak", "Afterwards"}
    assert xy(lines["Before"]) == [(1.0, 4.0), (2.0, 2.0)]
    assert xy(lines["At the peak"]) == [(1.0, 7.0), (2.0, 5.0)]
    assert math.isnan(xy(lines["Afterwards"])[0][1])  # not recorded: a gap, not a zero
    assert ax.get_title(loc="left") == "Holding hands"
    points = events.practice_points([practice(1, 4, 7, None)], "hands")
    assert pacing_charts.practice_summary_text(points, "Holding hands") == (
        "Practices for 'Holding hands': 1 finished practice, from 3 March 2026 to "
        "3 March 2026. Average distress before 4.0, at the peak 7.0, afterwards not "
        "recorded. The latest, on 3 March 2026: before 4, at the peak 7, afterwards "
        "not recorded."
    )


def test_the_practice_chart_without_practices_says_so() -> None:
    fig = pacing_charts.practice_chart([], RoadmapStep(title="Kissing", uid="k"))
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "No finished practices for this step yet." in texts


def test_the_thresholds_chart_stacks_the_zone_counts() -> None:
    start = datetime(2026, 3, 2, 12, tzinfo=TZ)
    items = [
        Threshold("Lights off", zone=Zone.MANAGEABLE, created_at=start),
        Threshold(
            "Hugs",
            zone=Zone.NEEDS_BOUNDARIES,
            created_at=start,
            history=[ZoneMove(Zone.NOT_YET, Zone.NEEDS_BOUNDARIES, at=start + timedelta(days=2))],
        ),
    ]
    fig = pacing_charts.thresholds_chart(items, day(0), day(4), "dark")
    (ax,) = fig.axes
    assert [c.get_label() for c in ax.collections] == [z.label for z in events.ZONE_ORDER]
    assert ax.get_ylim()[1] >= 2
    counts = events.zone_counts_over_time(items, [day(0), day(4)])
    assert pacing_charts.thresholds_summary_text(counts) == (
        "Situations in each zone from 2 March 2026 to 6 March 2026. At the start, on "
        "2 March 2026: Feels manageable 1, Needs boundaries 0, Not yet 1. At the end, on "
        "6 March 2026: Feels manageable 1, Needs boundaries 1, Not yet 0."
    )


# -- nothing touches the disk ---------------------------------------------------------------


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_drawing_and_exporting_charts_writes_no_file(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Path(os.environ["MPLCONFIGDIR"]).is_relative_to(isolated_home)
    monkeypatch.delenv("MPLCONFIGDIR")
    charts.prepare_matplotlib()  # the default is Haven's cache, inside the isolated home
    assert Path(os.environ["MPLCONFIGDIR"]).is_relative_to(isolated_home / "xdg_cache_home")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = files_under(tmp_path)

    progress = progress_chart.ProgressChart("high-contrast")
    progress.set_data(ten_years())
    progress.set_range_choice("all", today=date(2026, 3, 30))
    figures = [
        progress.figure,
        pacing_charts.practice_chart(
            [practice(1, 3, 5, 2)], RoadmapStep(title="Hands", uid="hands")
        ),
        pacing_charts.thresholds_chart([Threshold("Lights off")], day(0), day(30)),
    ]
    outputs = {}
    for fig in figures:
        FigureCanvasAgg(fig).draw()
        for fmt in ("pdf", "svg", "png"):
            outputs[fmt] = charts.figure_to_bytes(fig, fmt)  # type: ignore[arg-type]

    assert files_under(tmp_path) == before
    assert outputs["pdf"].startswith(b"%PDF") and b"Matplotlib" not in outputs["pdf"]
    assert b"<svg" in outputs["svg"]
    assert outputs["png"].startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="pdf, svg or png"):
        charts.figure_to_bytes(figures[0], "jpg")  # type: ignore[arg-type]


# -- markers over long ranges ------------------------------------------------------------------


def two_years_of_practices() -> tuple[list[DailyPoint], list[PracticePoint], list[Event]]:
    """Two years from a Monday: a check-in every day, three practices a week (peaks 3, 8
    and 5), and a step change and a threshold move every other week."""
    start = D0
    daily = [DailyPoint(start + timedelta(days=i), 3.0, 6.0, 1) for i in range(730)]
    peaks = []
    marks = []
    for week in range(104):
        monday = start + timedelta(weeks=week)
        for offset, peak in ((0, 3), (2, 8), (4, 5)):
            d = monday + timedelta(days=offset)
            at = datetime(d.year, d.month, d.day, 20, tzinfo=TZ)
            peaks.append(PracticePoint(d, at, 2, peak, 1, "s", f"p{week}-{offset}"))
        if week % 2 == 0:
            marks.append(Event(monday + timedelta(days=1), EventKind.STEP, f"Step {week}: Next"))
            marks.append(Event(monday + timedelta(days=2), EventKind.ZONE, f"Place {week}: Yes"))
            marks.append(Event(monday + timedelta(days=5), EventKind.ZONE, f"Other {week}: Yes"))
    return daily, peaks, marks


def in_view(line: object, lo: date, hi: date) -> list[tuple[float, float]]:
    low, high = nums([lo, hi])
    return [(x, y) for x, y in xy(line) if low - 0.5 <= x <= high + 0.5]


def test_over_two_years_a_weeks_peaks_are_one_mark_at_the_weeks_highest() -> None:
    daily, peaks, marks = two_years_of_practices()
    chart = progress_chart.ProgressChart("light")
    chart.set_data(daily, peaks, marks)
    chart.set_range(D0, D0 + timedelta(days=729))
    assert chart.marks_by_week
    drawn = xy(chart.peak_line)
    assert len(peaks) == 312
    assert len(drawn) == 104  # one a week, not 312
    assert {y for _, y in drawn} == {8.0}  # each week's highest
    thursdays = nums([D0 + timedelta(weeks=w, days=3) for w in range(104)])
    assert [x for x, _ in drawn] == thursdays
    # Markers: one per week and kind (52 step weeks, 52 threshold weeks), not 156 lines.
    segments = chart.event_lines[(Scale.DISTRESS, EventKind.ZONE)].get_xdata()
    assert sum(1 for x in segments if not math.isnan(x)) == 2 * 52  # two ends per line
    assert len(chart.event_texts) == 104
    assert any(t.get_text().strip() == "2 × threshold move" for _, t in chart.event_texts)
    labels = [t.get_text() for t in chart.legend.get_texts()]
    assert "Practice peaks (distress), highest of each week" in labels


def test_up_to_six_months_every_peak_is_its_own_mark() -> None:
    daily, peaks, marks = two_years_of_practices()
    chart = progress_chart.ProgressChart("light")
    chart.set_data(daily, peaks, marks)
    end = D0 + timedelta(days=729)
    chart.set_range(end - timedelta(days=182), end)  # 183 days: still one by one
    assert not chart.marks_by_week
    shown = in_view(chart.peak_line, end - timedelta(days=182), end)
    assert len(shown) == sum(1 for p in peaks if p.day >= end - timedelta(days=182))
    assert {y for _, y in shown} == {3.0, 8.0, 5.0}
    chart.set_range(end - timedelta(days=183), end)  # 184 days: one a week
    assert chart.marks_by_week
    assert len(in_view(chart.peak_line, end - timedelta(days=183), end)) <= 27
    chart.set_range(end - timedelta(days=89), end)  # and back again
    assert not chart.marks_by_week
    assert "Practice peak (distress)" in [t.get_text() for t in chart.legend.get_texts()]


def test_weekly_peaks_and_events_are_domain_rules() -> None:
    assert events.MARKERS_BY_WEEK_AFTER_DAYS == 183
    assert not events.markers_by_week(D0, D0 + timedelta(days=182))
    assert events.markers_by_week(D0, D0 + timedelta(days=183))
    _, peaks, marks = two_years_of_practices()
    first_week = events.weekly_peaks(peaks[:3])
    assert [(p.day, p.peak) for p in first_week] == [(D0 + timedelta(days=3), 8)]
    weekly = events.weekly_events(marks[:3])
    assert [(e.day, e.kind, e.label) for e in weekly] == [
        (D0 + timedelta(days=3), EventKind.STEP, "Step 0: Next"),
        (D0 + timedelta(days=3), EventKind.ZONE, "2 × threshold move"),
    ]

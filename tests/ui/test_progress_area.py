"""Progress: what the charts hold, the range selector, patterns, lazy matplotlib, no files,
and nothing left in any widget, axes or pixel buffer after lock."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtTest import QTest

from haven.domain.clock import ensure_aware, today
from haven.domain.events import EventKind
from haven.domain.models import (
    CheckIn,
    Debrief,
    Practice,
    PracticeStatus,
    PreBrief,
    RoadmapStep,
    StepState,
    Threshold,
    Zone,
)
from haven.domain.trends import Scale
from haven.report.palette import DARK
from haven.ui.core.session import Session
from haven.ui.progress.area import ProgressArea
from tests.conftest import PASSPHRASE
from tests.ui.conftest import widgets_holding

TAG = "marigold-quay-5520"  # a marker: must never outlive a lock
STEP = "Holding hands"
OTHER_STEP = "Slow dancing in the kitchen"
SITUATION = "Lights off, lantern on"
DAYS = 21
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".pdf", ".ps", ".eps", ".bmp", ".tif", ".webp"}


# -- helpers ----------------------------------------------------------------------------------


def pump(condition=None, timeout_ms: int = 5000) -> None:
    """Run Qt events until `condition()` holds; with no condition, for a few short turns.

    A QEventLoop instance is used rather than qtbot.waitUntil's static calls: cheap, and
    it keeps the waits short and explicit.
    """
    loop = QEventLoop()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    if condition is None:
        for _ in range(5):
            loop.processEvents(flags, 20)
        return
    deadline = datetime.now() + timedelta(milliseconds=timeout_ms)
    while not condition():
        if datetime.now() > deadline:
            raise AssertionError(f"timed out waiting for {condition.__name__}")
        loop.processEvents(flags, 20)


def num(day: date) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(day))


def noon(day: date, hour: int = 12) -> datetime:
    return ensure_aware(datetime(day.year, day.month, day.day, hour))


def xy(line) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in line.get_xydata()]


def distress_of(i: int) -> int:
    return (i * 3) % 7 + 1


def comfort_of(i: int) -> int:
    return 9 - (i % 4)


def tagged(i: int) -> bool:
    return i % 4 == 0  # 6 of 21 days


def rolling(values: dict[date, float], first: date, last: date) -> list[tuple[date, float]]:
    """7-day trailing means over calendar days, skipping days without a value."""
    out, day = [], first
    while day <= last:
        window = [values[d] for d in values if day - timedelta(days=6) <= d <= day]
        out.append((day, sum(window) / len(window)))
        day += timedelta(days=1)
    return out


@pytest.fixture
def end() -> date:
    return today()


@pytest.fixture
def first(end: date) -> date:
    return end - timedelta(days=DAYS - 1)


@pytest.fixture
def filled(open_session: Session, first: date, end: date) -> Session:
    """Three weeks of check-ins, two steps with practices, a step change, a threshold move."""
    vault = open_session.vault
    for i in range(DAYS):
        vault.checkins.add(
            CheckIn(
                distress=distress_of(i),
                comfort=comfort_of(i),
                at=noon(first + timedelta(days=i)),
                tags=[TAG] if tagged(i) else [],
                sleep_hours=5.0 if i % 3 == 0 else 8.0,
            )
        )
    step = vault.roadmap.add(RoadmapStep(STEP, created_at=noon(first)))
    other = vault.roadmap.add(RoadmapStep(OTHER_STEP, created_at=noon(first)))
    vault.roadmap.change_state(step.id, StepState.PRACTISING, at=noon(end - timedelta(days=10)))
    for day, before, peak, after, uid in (
        (end - timedelta(days=5), 3, 6, 2, step.uid),
        (end - timedelta(days=2), 2, 4, 1, step.uid),
        (end - timedelta(days=8), 5, 8, 4, other.uid),
    ):
        vault.practices.save(
            Practice(
                step_uid=uid,
                status=PracticeStatus.DONE,
                started_at=noon(day, 20),
                pre=PreBrief(distress_now=before),
                debrief=Debrief(distress_peak=peak, distress_after=after),
            )
        )
    item = vault.thresholds.add(
        Threshold(SITUATION, zone=Zone.NOT_YET, created_at=noon(end - timedelta(days=15)))
    )
    vault.thresholds.move(item.id, Zone.MANAGEABLE, at=noon(end - timedelta(days=3)))
    return open_session


def make_area(qtbot, session: Session) -> ProgressArea:
    area = ProgressArea(session)
    qtbot.addWidget(area)
    area.resize(1000, 900)
    area.set_range_choice("30d")
    area.show()
    qtbot.waitExposed(area)
    settle(area)
    return area


def settle(area: ProgressArea) -> None:
    """Wait until every chart, summary and the patterns are in place."""

    def ready() -> bool:
        return bool(area.pattern_texts()) and not area.summary_pending

    ready.__name__ = "the area to finish drawing"
    pump(ready)


@pytest.fixture
def area(qtbot, filled: Session) -> ProgressArea:
    return make_area(qtbot, filled)


# -- the progress chart -----------------------------------------------------------------------


def test_the_chart_holds_daily_values_rolling_means_peaks_and_markers(
    area: ProgressArea, first: date, end: date
) -> None:
    views = area.views
    assert views is not None
    chart = views.chart
    days = [first + timedelta(days=i) for i in range(DAYS)]
    distress = {d: float(distress_of(i)) for i, d in enumerate(days)}
    comfort = {d: float(comfort_of(i)) for i, d in enumerate(days)}

    assert xy(chart.dot_lines[Scale.DISTRESS]) == [(num(d), distress[d]) for d in days]
    assert xy(chart.dot_lines[Scale.COMFORT]) == [(num(d), comfort[d]) for d in days]
    for scale, values in ((Scale.DISTRESS, distress), (Scale.COMFORT, comfort)):
        got = xy(chart.avg_lines[scale])
        want = [(num(d), v) for d, v in rolling(values, first, end)]
        assert [x for x, _ in got] == [x for x, _ in want]
        assert all(math.isclose(a, b) for (_, a), (_, b) in zip(got, want, strict=True))

    peaks = sorted(xy(chart.peak_line))
    assert peaks == [
        (num(end - timedelta(days=8)), 8.0),
        (num(end - timedelta(days=5)), 6.0),
        (num(end - timedelta(days=2)), 4.0),
    ]
    step_x = [x for x in chart.event_lines[(Scale.DISTRESS, EventKind.STEP)].get_xdata()]
    zone_x = [x for x in chart.event_lines[(Scale.DISTRESS, EventKind.ZONE)].get_xdata()]
    assert num(end - timedelta(days=10)) in step_x
    assert num(end - timedelta(days=3)) in zone_x
    shown = [t.get_text().strip() for _, t in chart.event_texts if t.get_visible()]
    assert f"{STEP}: Practising" in shown
    assert any(text.startswith(SITUATION) for text in shown)

    # The legend is Qt text below the chart; the drawn one is hidden.
    words = [label.text() for label in area.legend_row.labels]
    assert words == [
        "Distress, daily",
        "Comfort, daily",
        "Distress, 7-day average",
        "Comfort, 7-day average",
        "Practice peak (distress)",
        "Roadmap step change",
        "Threshold move",
    ]
    assert chart.legend is not None and not chart.legend.get_visible()

    summary = area.progress_summary.text()
    assert f"{DAYS} days with check-ins" in summary
    assert views.progress_canvas.accessibleDescription() == summary
    assert views.progress_canvas.accessibleName()


def test_hovering_a_marker_names_it(area: ProgressArea, end: date) -> None:
    views = area.views
    assert views is not None
    ax = views.chart.distress_ax
    views.progress_canvas.draw()
    x, _ = ax.transData.transform((num(end - timedelta(days=10)), 5))
    assert views.hover.texts_at(ax, x + 2, 0) == [
        f"{(end - timedelta(days=10)).day} "
        f"{(end - timedelta(days=10)).strftime('%B')} {(end - timedelta(days=10)).year}: "
        f"{STEP}: Practising"
    ]
    px, py = ax.transData.transform((num(end - timedelta(days=5)), 6))
    assert any("distress 6 at its peak" in t for t in views.hover.texts_at(ax, px, py))


def test_changing_the_range_moves_the_limits_and_reuses_the_figure(
    area: ProgressArea, end: date
) -> None:
    views = area.views
    assert views is not None
    chart, canvas = views.chart, views.progress_canvas
    figure = chart.figure
    lines = [*chart.lines, *chart.distress_ax.lines, *chart.comfort_ax.lines]
    draws: list[int] = []
    canvas.mpl_connect("draw_event", lambda _e: draws.append(1))

    area.set_range_choice("90d")
    pump(lambda: bool(draws) and not area.summary_pending)
    assert chart.distress_ax.get_xlim() == (
        num(end - timedelta(days=89)) - 0.5,
        num(end) + 0.5,
    )
    assert area.views.progress_canvas is canvas and chart.figure is figure
    assert [*chart.lines, *chart.distress_ax.lines, *chart.comfort_ax.lines] == lines
    assert all(a is b for a, b in zip(chart.lines, lines, strict=False))
    assert "from" in area.progress_summary.text()
    assert not area.from_date.isVisible()

    # Keyboard: the selector moves on with the arrow keys; custom dates show two date fields.
    area.range_box.setFocus()
    QTest.keyClick(area.range_box, Qt.Key.Key_Down)  # 90 days -> a year
    pump(lambda: not area.summary_pending)
    assert chart.distress_ax.get_xlim()[0] == num(end - timedelta(days=364)) - 0.5
    area.set_custom_range(end - timedelta(days=12), end - timedelta(days=6))
    pump(lambda: not area.summary_pending)
    assert area.from_date.isVisible() and area.to_date.isVisible()
    assert chart.distress_ax.get_xlim() == (
        num(end - timedelta(days=12)) - 0.5,
        num(end - timedelta(days=6)) + 0.5,
    )
    assert xy(chart.dot_lines[Scale.DISTRESS])[0][0] == num(end - timedelta(days=12))
    assert len(chart.dot_lines[Scale.DISTRESS].get_xdata()) == 7
    assert [*chart.lines, *chart.distress_ax.lines, *chart.comfort_ax.lines] == lines


# -- practices and thresholds -----------------------------------------------------------------


def practice_lines(area: ProgressArea) -> dict[str, list[tuple[float, float]]]:
    views = area.views
    assert views is not None and views.practice_canvas is not None
    (ax,) = views.practice_canvas.figure.axes
    return {line.get_label(): xy(line) for line in ax.lines}


def test_the_practice_chart_shows_before_peak_and_after_for_the_chosen_step(
    area: ProgressArea, filled: Session
) -> None:
    assert [area.step_box.itemText(i) for i in range(area.step_box.count())] == [
        STEP,
        OTHER_STEP,
    ]
    assert area.step_box.currentText() == STEP  # the most recent practice's step
    assert practice_lines(area) == {
        "Before": [(1.0, 3.0), (2.0, 2.0)],
        "At the peak": [(1.0, 6.0), (2.0, 4.0)],
        "Afterwards": [(1.0, 2.0), (2.0, 1.0)],
    }
    assert "2 finished practices" in area.practice_summary.text()

    other = next(s for s in filled.vault.roadmap.list() if s.title == OTHER_STEP)
    area.choose_step(other.uid)
    pump(lambda: "1 finished practice" in area.practice_summary.text())
    assert practice_lines(area) == {
        "Before": [(1.0, 5.0)],
        "At the peak": [(1.0, 8.0)],
        "Afterwards": [(1.0, 4.0)],
    }
    views = area.views
    assert views is not None and views.practice_canvas is not None
    assert views.practice_canvas.accessibleDescription() == area.practice_summary.text()


def test_the_thresholds_timeline_counts_situations_in_each_zone(
    area: ProgressArea, end: date
) -> None:
    views = area.views
    assert views is not None and views.thresholds_canvas is not None
    (ax,) = views.thresholds_canvas.figure.axes
    assert [c.get_label() for c in ax.collections] == [
        "Feels manageable",
        "Needs boundaries",
        "Not yet",
    ]
    text = area.thresholds_summary.text()
    assert "Feels manageable 0, Needs boundaries 0, Not yet 1" in text  # at the start
    assert text.endswith("Feels manageable 1, Needs boundaries 0, Not yet 0.")
    assert views.thresholds_canvas.accessibleDescription() == text


# -- patterns ----------------------------------------------------------------------------------


def test_patterns_follow_the_range_and_the_domain_rules(
    qtbot, open_session: Session, end: date
) -> None:
    """The last 30 days: 12 tagged days at distress 2 and 18 others at 6. The 30 days before
    them: tagged, at distress 9. "Last 30 days" reports only the first; "Last 90 days" both,
    as the domain's `find_patterns` does for the same dates."""
    from haven.domain import patterns

    vault = open_session.vault
    for i in range(60):
        recent = i < 30
        tag = [TAG] if (i < 12 or not recent) else []
        vault.checkins.add(
            CheckIn(
                distress=(2 if tag else 6) if recent else 9,
                comfort=6,
                at=noon(end - timedelta(days=i)),
                tags=tag,
            )
        )
    area = make_area(qtbot, open_session)
    texts = area.pattern_texts()
    assert texts[0] == (
        f"On days tagged '{TAG}' (12 days), distress averaged 2.0; on other days (18 days), "
        "6.0. Comfort was about the same."
    )
    checkins = vault.checkins.list()
    expected = patterns.pattern_sentences(
        patterns.find_patterns(checkins, end - timedelta(days=29), end),
        max_tags=8,
        include_waiting=True,
    )
    assert texts == expected

    area.set_range_choice("90d")
    pump(lambda: area.pattern_texts() and area.pattern_texts() != texts)
    wider = area.pattern_texts()
    assert wider[0].startswith(f"On days tagged '{TAG}' (42 days), distress averaged 7.0;")
    assert wider == patterns.pattern_sentences(
        patterns.find_patterns(checkins, end - timedelta(days=89), end),
        max_tags=8,
        include_waiting=True,
    )


def test_patterns_say_not_enough_yet_with_little_data(
    qtbot, open_session: Session, end: date
) -> None:
    for i in range(3):
        open_session.vault.checkins.add(
            CheckIn(distress=4, comfort=5, at=noon(end - timedelta(days=i)), tags=[TAG][: i % 2])
        )
    area = make_area(qtbot, open_session)
    texts = area.pattern_texts()
    assert texts and all("not enough yet" in t for t in texts)
    assert any(TAG in t for t in texts)
    assert "There are no roadmap steps yet" in area.practice_summary.text()
    assert area.views is not None and area.views.practice_canvas is None
    assert "no situations on the thresholds map yet" in area.thresholds_summary.text()


def test_an_empty_journal_shows_calm_words(qtbot, open_session: Session) -> None:
    area = make_area(qtbot, open_session)
    assert "No check-ins in this range yet." in area.progress_summary.text()
    assert area.pattern_texts() == [
        "There is not enough yet to see patterns in these dates. They appear once at least "
        "10 days have a tag, or sleep hours, and 10 days do not."
    ]
    for text in (area.progress_summary.text(), *area.pattern_texts()):
        assert "!" not in text and "should" not in text


# -- theme --------------------------------------------------------------------------------------


def test_colours_follow_the_theme(area: ProgressArea, filled: Session) -> None:
    from matplotlib.colors import to_hex

    filled.settings.theme = "dark"
    filled.settings_changed.emit()
    pump(lambda: area.views is not None and area.views.practice_canvas is not None)
    views = area.views
    assert views is not None
    assert to_hex(views.chart.figure.get_facecolor()) == DARK.background
    assert to_hex(views.chart.avg_lines[Scale.DISTRESS].get_color()) == DARK.distress.lower()
    assert views.practice_canvas is not None
    assert to_hex(views.practice_canvas.figure.get_facecolor()) == DARK.background
    swatches = dict((text, swatch) for text, swatch in area.legend_row.entries())
    assert swatches["Distress, 7-day average"].colour == DARK.distress.lower()


# -- matplotlib only when shown; nothing on disk; nothing after lock ----------------------------

_LAZY_CHILD = """
import json, os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
import haven.ui.progress.area
seen = {"after_import": "matplotlib" in sys.modules}
from haven import config
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.shell.main_window import MainWindow
from haven.ui.core.session import Session
app = QApplication([])
data = Path(sys.argv[1])
Vault.create(data, "a passphrase for this test only", kdf=CHEAP_KDF)[0].lock()
session = Session(data, config.PlainSettings(), kdf=CHEAP_KDF)
window = MainWindow(session)
window.show()
loop = QEventLoop()
window.unlock_view.unlock_with_passphrase("a passphrase for this test only")
while window.workspace is None:
    loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
for _ in range(5):
    loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
session.data_changed.emit()
seen["after_window_and_unlock"] = "matplotlib" in sys.modules
area = window.workspace.show_area("progress")
for _ in range(5):
    loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
seen["after_shown"] = "matplotlib" in sys.modules
seen["pyplot"] = "matplotlib.pyplot" in sys.modules
seen["mplconfigdir"] = os.environ.get("MPLCONFIGDIR")
session.lock()
print(json.dumps(seen))
"""


def test_the_main_window_lists_progress_and_redraws_it_after_lock_and_unlock(
    qtbot, unlocked
) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    keys = [entry.key for entry in workspace.entries]
    assert "progress" in keys
    assert [e.order for e in workspace.entries if e.key == "progress"] == [70]
    area = workspace.show_area("progress")
    assert isinstance(area, ProgressArea)
    settle(area)
    assert area.views is not None and area.progress_summary.text()

    unlocked.session.lock()
    assert area.progress_summary.text() == "" and area.pattern_texts() == []
    unlocked.unlock_view.unlock_with_passphrase(PASSPHRASE)
    pump(lambda: unlocked.stack.currentWidget() is workspace)
    settle(area)
    assert "No check-ins in this range yet." in area.progress_summary.text()


def test_matplotlib_is_imported_only_when_progress_is_shown(tmp_path: Path) -> None:
    home = tmp_path / "child-home"
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", _LAZY_CHILD, str(tmp_path / "vault")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["after_import"] is False
    assert seen["after_window_and_unlock"] is False
    assert seen["after_shown"] is True
    assert seen["pyplot"] is False
    assert Path(seen["mplconfigdir"]) == home / "cache" / "haven" / "matplotlib"


def files_under(*roots: Path) -> set[Path]:
    return {p for root in roots for p in root.rglob("*") if p.is_file()}


def test_drawing_writes_no_file_anywhere(
    qtbot,
    filled: Session,
    isolated_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    end: date,
) -> None:
    import haven.ui.progress.canvas  # noqa: F401  (matplotlib's own font cache comes first)

    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = files_under(tmp_path)

    area = make_area(qtbot, filled)
    for choice in ("90d", "year", "all", "30d"):
        area.set_range_choice(choice)
        pump(lambda: not area.summary_pending)
    area.set_custom_range(end - timedelta(days=9), end)
    area.choose_step(area.step_box.itemData(1))
    filled.settings.theme = "high-contrast"
    filled.settings_changed.emit()
    views = area.views
    assert views is not None
    for canvas in (views.progress_canvas, views.practice_canvas, views.thresholds_canvas):
        assert canvas is not None
        canvas.draw()
    pump()

    after = files_under(tmp_path)
    assert after == before, sorted(after - before)
    assert not [p for p in after if p.suffix.lower() in IMAGE_SUFFIXES]


def test_lock_empties_every_chart_summary_pattern_and_pixel(
    area: ProgressArea, filled: Session
) -> None:
    import numpy as np

    views = area.views
    assert views is not None
    practice, thresholds = views.practice_canvas, views.thresholds_canvas
    assert practice is not None and thresholds is not None
    for canvas in (views.progress_canvas, practice, thresholds):
        canvas.draw()
    assert widgets_holding(TAG)  # shown before the lock, in the patterns
    drawn = np.asarray(views.progress_canvas.buffer_rgba()).reshape(-1, 4)
    assert len(np.unique(drawn, axis=0)) > 10

    filled.lock()
    # Widgets of earlier tests wait for their deferred delete; let Qt finish those first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert widgets_holding(TAG) == []
    assert widgets_holding(STEP) == []
    assert area.pattern_texts() == []
    assert area.step_box.count() == 0
    for label in (area.progress_summary, area.practice_summary, area.thresholds_summary):
        assert label.text() == "" and label.accessibleName() == ""
    chart = views.chart
    assert all(len(line.get_xdata()) == 0 for line in chart.lines)
    assert all(len(line.get_xdata()) == 0 for line in chart.event_lines.values())
    assert chart.event_texts == []
    for fig in (chart.figure, practice.figure, thresholds.figure):
        texts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
        assert not any(STEP in t or SITUATION in t or TAG in t for t in texts)
    assert practice.figure.axes == [] and thresholds.figure.axes == []
    for canvas in (views.progress_canvas, practice, thresholds):
        assert canvas.accessibleDescription() == ""
        pixels = np.asarray(canvas.buffer_rgba()).reshape(-1, 4)
        assert len(np.unique(pixels, axis=0)) == 1  # the drawn pixels are gone: one blank
    assert views.hover.texts_at(chart.distress_ax, 100.0, 100.0) == []

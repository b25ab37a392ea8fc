"""Progress area benchmark on the 10-year data set, beside the floors it cannot go below.

    .venv/bin/python bench/bench_progress.py [--data DIR] [--runs 5] [--opens 3]
        [--switches 32] [--search-reps 100] [--json FILE]

A benchmark, not a test: it prints the machine and one markdown table (the figures in
bench/README.md come from it). Everything runs offscreen (QT_QPA_PLATFORM=offscreen)
and each figure that depends on process state is measured in a fresh process:

(a) floor: a bare PySide6 window, from process start to its first paint (bench/startup.py's
    BARE program);
(b) floor: importing matplotlib's Qt canvas (`matplotlib.backends.backend_qtagg`) in a
    process that already has a QApplication, with a warm font cache;
(c) opening Progress with "Everything" in range, with matplotlib already imported: from the
    click in the navigation (the area is built then) to the progress chart drawn, and to all
    three charts and the patterns drawn and painted; the median of --opens fresh processes;
(d) changing the range among 30 days / 90 days / a year / everything, in those processes:
    select, set_range, draw, paint and the summary words; median and p95 over all switches
    (wall clock, and the UI thread's CPU time, which other busy processes inflate less);
(e) peak memory (ru_maxrss) of the whole app process with Progress open: unlock through the
    unlock window (Argon2id, 128 MiB for a moment), open Progress, draw. A second process
    opens with the already-derived key instead, to show the peak without Argon2. VmRSS after
    drawing is given too;
(f) journal search p50 / p95 and unlock time, to keep those figures current.

Ranges end on the data set's last day (2026-03-01, bench/generate.py's fixed end), so
"Last 30 days" holds 30 days of check-ins whatever today's date is.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, REPO / "src"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from bench.bench_vault import SEARCH_WORDS, machine, percentile, time_ms  # noqa: E402
from bench.generate import DEFAULT_END, DEFAULT_OUT, ensure_dataset, read_passphrase  # noqa: E402
from bench.startup import BARE  # noqa: E402

MPL_CACHE = REPO / "bench" / "out" / "mplconfig"
SWITCH_CYCLE = ("30d", "90d", "year", "all")
TARGET_FIRST_DRAW_MS = 150.0
TARGET_SWITCH_MS = 60.0
TARGET_PEAK_MIB = 250.0

IMPORT_CANVAS = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
t = time.perf_counter()
import matplotlib.backends.backend_qtagg
print(time.perf_counter() - t)
"""


# -- helpers ------------------------------------------------------------------------------------
def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "HAVEN_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MPLCONFIGDIR"] = str(MPL_CACHE)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def run_child(args: list[str], stdin: str = "") -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args],
        input=stdin,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {args} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def wall_of(code: str) -> float:
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return time.perf_counter() - t


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


# -- the children: each a fresh process -----------------------------------------------------------
class _Pump:
    """Runs pending Qt events through a QEventLoop *instance*. (PySide6 6.12.0's static
    QCoreApplication.processEvents() dropped a reference to None on every call, which aborts
    a waiting loop after some thousands of calls; the project now pins PySide6 below 6.12,
    and this works the same with either.)"""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop

        self.loop = QEventLoop()

    def processEvents(self) -> None:
        self.loop.processEvents()


def _app_with_window(data: Path) -> tuple[_Pump, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from haven.config import PlainSettings
    from haven.ui.core.session import Session
    from haven.ui.shell.main_window import MainWindow

    QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(data, PlainSettings())
    window = MainWindow(session)
    window.show()
    pump = _Pump()
    pump.processEvents()
    return pump, session, window


def _wait(pump: _Pump, done: Any, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the app did not get there in time")
        pump.processEvents()


def _open_progress(pump: _Pump, window: Any, end: date) -> dict[str, float]:
    """Click Progress in the navigation; time until each chart has drawn and painted.

    The practice and thresholds charts are made in the event-loop turn after the progress
    chart's draw, so draws are timed by wrapping ChartCanvas.draw (the bench's own stopwatch).
    """
    from haven.domain.trends import RangeChoice
    from haven.ui.progress.area import ProgressArea
    from haven.ui.progress.canvas import ChartCanvas

    workspace = window.workspace
    index = next(i for i, e in enumerate(workspace.entries) if e.key == "progress")
    ProgressArea.today = staticmethod(lambda: end)  # type: ignore[assignment]
    ProgressArea.default_range = RangeChoice.EVERYTHING
    drawn: dict[int, tuple[float, float]] = {}
    original = ChartCanvas.draw

    def timed_draw(canvas: ChartCanvas) -> None:
        original(canvas)
        drawn.setdefault(id(canvas), (time.perf_counter(), time.thread_time()))

    ChartCanvas.draw = timed_draw  # type: ignore[method-assign]
    try:
        t0, c0 = time.perf_counter(), time.thread_time()
        workspace.nav.setCurrentRow(index)  # what a click or the arrow keys do
        area = workspace.areas[index]
        assert isinstance(area, ProgressArea)
        views = area.views
        assert views is not None

        def all_drawn() -> bool:
            canvases = (views.progress_canvas, views.practice_canvas, views.thresholds_canvas)
            return (
                bool(area.pattern_texts())
                and None not in canvases
                and all(id(c) in drawn for c in canvases)
            )

        _wait(pump, lambda: id(views.progress_canvas) in drawn)
        first_wall, first_cpu = drawn[id(views.progress_canvas)]
        _wait(pump, all_drawn)
        pump.processEvents()  # the paint that follows the draws
        painted, c1 = time.perf_counter(), time.thread_time()
    finally:
        ChartCanvas.draw = original  # type: ignore[method-assign]
    return {
        "progress_drawn": first_wall - t0,
        "cpu_progress_drawn": first_cpu - c0,
        "all_painted": painted - t0,
        "cpu_all_painted": c1 - c0,
        "daily_points": len(views.chart._daily),
    }


def child_open(data: Path, passphrase: str, end: date, switches: int) -> dict[str, Any]:
    from haven.report import charts

    charts.prepare_matplotlib()
    pump, session, window = _app_with_window(data)
    t = time.perf_counter()
    import matplotlib.backends.backend_qtagg  # noqa: F401  (the floor (b), in this process)

    canvas_import = time.perf_counter() - t
    # The rest of what the area loads with matplotlib: Figure, axes, dates, ticker.
    import haven.ui.progress.canvas  # noqa: F401

    mpl_import = time.perf_counter() - t
    window.unlock_view.unlock_with_passphrase(passphrase)
    _wait(pump, lambda: session.is_unlocked and window.workspace is not None)
    pump.processEvents()
    opened = _open_progress(pump, window, end)

    from haven.ui.progress import data as progress_data

    area = window.workspace.show_area("progress")
    t = time.perf_counter()
    progress_data.load(session.vault)
    load_s = time.perf_counter() - t

    canvas = area.views.progress_canvas
    draws = [0]
    canvas.mpl_connect("draw_event", lambda _e: draws.__setitem__(0, draws[0] + 1))
    wall, cpu, sequence = [], [], []
    for i in range(switches):
        choice = SWITCH_CYCLE[i % len(SWITCH_CYCLE)]
        before = draws[0]
        t0, c0 = time.perf_counter(), time.thread_time()
        area.set_range_choice(choice)
        _wait(pump, lambda b=before: draws[0] > b and not area.summary_pending)
        pump.processEvents()  # paint
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        sequence.append(choice)
    session.lock()
    return {
        "canvas_import_in_app": canvas_import,
        "mpl_import_in_app": mpl_import,
        "open": opened,
        "load": load_s,
        "switch_wall": wall,
        "switch_cpu": cpu,
        "sequence": sequence,
    }


def child_memory(data: Path, how: str, secret: str, end: date) -> dict[str, Any]:
    pump, session, window = _app_with_window(data)
    if how == "passphrase":
        window.unlock_view.unlock_with_passphrase(secret)
        _wait(pump, lambda: session.is_unlocked and window.workspace is not None)
    else:
        session.open_with_key(bytes.fromhex(secret))
        window._show_workspace()
    pump.processEvents()
    unlocked_rss = status_kib("VmRSS")
    unlocked_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _open_progress(pump, window, end)
    return {
        "unlocked_rss_kib": unlocked_rss,
        "unlocked_peak_kib": unlocked_peak,
        "rss_kib": status_kib("VmRSS"),
        "hwm_kib": status_kib("VmHWM"),
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


# -- the run --------------------------------------------------------------------------------------
class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, figure: str, measured: str, target: str = "—", note: str = "") -> None:
        self.rows.append((figure, measured, target, note))
        print(f"  {figure}: {measured}  {note}", flush=True)

    def markdown(self) -> str:
        lines = ["| Figure | Measured | Target | Notes |", "|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


def verdict(value: float, target: float) -> str:
    return "✓" if value <= target else "✗ over"


def measure(args: argparse.Namespace, table: Table) -> None:
    passphrase = read_passphrase(args.passphrase_file)
    data = ensure_dataset(args.data, passphrase=passphrase)
    end = date.fromisoformat(args.end)
    counts = data.counts
    table.add(
        "Data set",
        f"{counts['checkins']:,} check-ins, {counts['practices']:,} practices,"
        f" {counts['state_changes']} step changes, {counts['zone_moves']} zone moves,"
        f" {counts['thresholds']} situations",
        note=f"10 years to {end.isoformat()}; ranges end there",
    )

    # Warm the font cache and the OS file cache once (not counted).
    MPL_CACHE.mkdir(parents=True, exist_ok=True)
    wall_of(IMPORT_CANVAS)
    wall_of(BARE)

    # (a) and (b): the floors.
    bare = [wall_of(BARE) for _ in range(args.runs)]
    table.add(
        "(a) Floor: bare PySide6 window, process start to first paint, median",
        ms(statistics.median(bare)),
        note=f"{args.runs} fresh processes, min {ms(min(bare))}",
    )
    imports = []
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_CANVAS],
            env=child_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        imports.append(float(done.stdout.strip().splitlines()[-1]))
    table.add(
        "(b) Floor: import matplotlib.backends.backend_qtagg, median",
        ms(statistics.median(imports)),
        note=f"{args.runs} fresh processes with a QApplication, warm font cache",
    )

    # (c) and (d): opening Progress and changing the range, in one fresh app process.
    runs = [
        run_child(
            [
                *("--child-open", "--data", str(args.data), "--end", args.end),
                *("--switches", str(args.switches)),
            ],
            stdin=passphrase + "\n",
        )
        for _ in range(args.opens)
    ]

    def median_of(key: str, part: str = "open") -> float:
        return statistics.median(r[part][key] if part else r[key] for r in runs)

    table.add(
        "… in the app: backend_qtagg, then all of matplotlib Progress uses",
        f"{statistics.median(r['canvas_import_in_app'] for r in runs) * 1000:.0f} ms, then"
        f" +{statistics.median(r['mpl_import_in_app'] for r in runs) * 1000:.0f} ms",
        note="Figure, axes, dates, ticker: loaded on first open, before (c) starts here",
    )
    first = median_of("progress_drawn") * 1000
    firsts = ", ".join(f"{r['open']['progress_drawn'] * 1000:.0f}" for r in runs)
    table.add(
        f"(c) Open Progress, Everything in range: click to progress chart drawn, median of"
        f" {len(runs)}",
        f"{first:.0f} ms",
        f"≤ {TARGET_FIRST_DRAW_MS:.0f} ms {verdict(first, TARGET_FIRST_DRAW_MS)}",
        f"runs {firsts} ms; UI-thread CPU {ms(median_of('cpu_progress_drawn'))}; reads the"
        f" vault, builds the figure, draws {runs[0]['open']['daily_points']:,} days",
    )
    table.add(
        "… click to all three charts drawn and painted, median",
        ms(median_of("all_painted")),
        note=f"with the patterns; UI-thread CPU {ms(median_of('cpu_all_painted'))};"
        f" reading the vault alone (warm) {ms(median_of('load', ''))}",
    )
    wall = [x for r in runs for x in r["switch_wall"]]
    cpu = [x for r in runs for x in r["switch_cpu"]]
    p50, p95 = percentile(wall, 0.5) * 1000, percentile(wall, 0.95) * 1000
    table.add(
        f"(d) Change the range ({len(wall)} switches, 30d/90d/year/all), p50 / p95",
        f"{p50:.0f} / {p95:.0f} ms",
        f"≤ {TARGET_SWITCH_MS:.0f} ms {verdict(p95, TARGET_SWITCH_MS)}",
        f"select, set_range, draw, paint, summary words; UI-thread CPU p50 / p95"
        f" {percentile(cpu, 0.5) * 1000:.0f} / {percentile(cpu, 0.95) * 1000:.0f} ms",
    )

    # (e) memory, in fresh processes: through the unlock window, and with the key.
    from haven.store import Vault

    vault = Vault(args.data)
    unlock_total, derive_s, open_s = [], [], []
    key = b""
    for _ in range(args.unlocks):
        t0 = time.perf_counter()
        key = vault.derive_key(passphrase)
        t1 = time.perf_counter()
        vault.open_with_key(key)
        t2 = time.perf_counter()
        vault.lock()
        derive_s.append(t1 - t0)
        open_s.append(t2 - t1)
        unlock_total.append(t2 - t0)
    real = run_child(
        ["--child-memory", "passphrase", "--data", str(args.data), "--end", args.end],
        stdin=passphrase + "\n",
    )
    keyed = run_child(
        ["--child-memory", "key", "--data", str(args.data), "--end", args.end],
        stdin=key.hex() + "\n",
    )
    peak = real["peak_kib"] / 1024
    table.add(
        "(e) Peak memory (ru_maxrss), unlock window → Progress drawn",
        mib(real["peak_kib"]),
        f"≤ {TARGET_PEAK_MIB:.0f} MiB {verdict(peak, TARGET_PEAK_MIB)}",
        f"peak right after unlock (Argon2id m=128 MiB) {mib(real['unlocked_peak_kib'])};"
        f" VmRSS after unlock {mib(real['unlocked_rss_kib'])}",
    )
    table.add(
        "… VmRSS with Progress open and drawn",
        mib(real["rss_kib"]),
        note="what stays in use after the draw",
    )
    table.add(
        "… peak when opened with the derived key (no Argon2 in the process)",
        mib(keyed["peak_kib"]),
        f"≤ {TARGET_PEAK_MIB:.0f} MiB {verdict(keyed['peak_kib'] / 1024, TARGET_PEAK_MIB)}",
        f"VmRSS after drawing {mib(keyed['rss_kib'])}; the gap to the first peak is Argon2's",
    )

    # (f) unlock and search, as bench/bench_vault.py measures them.
    kdf = vault.key_file().slots["passphrase"].kdf
    table.add(
        "(f) Unlock (derive_key + open_with_key), median",
        ms(statistics.median(unlock_total)),
        "≤ 1 s",
        f"Argon2id {ms(statistics.median(derive_s))} (t={kdf.time_cost},"
        f" m={kdf.memory_kib // 1024} MiB, p={kdf.parallelism}); open"
        f" {statistics.median(open_s) * 1000:.1f} ms; {args.unlocks} runs",
    )
    vault.open_with_key(key)
    try:
        for word in SEARCH_WORDS:
            samples = time_ms(lambda w=word: vault.journal.search(w, limit=20), args.search_reps)
            table.add(
                f"… search '{word}', p50 / p95",
                f"{percentile(samples, 0.5):.2f} / {percentile(samples, 0.95):.2f} ms",
                "p95 ≤ 5 ms",
                f"{args.search_reps} runs, vault.journal.search(limit=20)",
            )
    finally:
        vault.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--end", default=DEFAULT_END.isoformat(), help="the day ranges end on")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per floor")
    parser.add_argument("--switches", type=int, default=32, help="range changes per open")
    parser.add_argument("--opens", type=int, default=3, help="fresh app processes for (c), (d)")
    parser.add_argument("--unlocks", type=int, default=3)
    parser.add_argument("--search-reps", type=int, default=100)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child-open", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-memory", choices=("passphrase", "key"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    end = date.fromisoformat(args.end)
    if args.child_open:
        secret = sys.stdin.readline().rstrip("\n")
        print(json.dumps(child_open(args.data, secret, end, args.switches)))
        return 0
    if args.child_memory:
        secret = sys.stdin.readline().rstrip("\n")
        print(json.dumps(child_memory(args.data, args.child_memory, secret, end)))
        return 0

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    info = machine()
    info["load average"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print("Machine:", json.dumps(info, indent=2), flush=True)
    table = Table()
    measure(args, table)
    info["load average after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    text = "\n".join(
        [
            f"Run on {info['date']}: {info['cpu']}, {info['nproc']} CPUs, {info['memory']};"
            f" Python {info['python']}; {info['os']}; load average {info['load average']}"
            f" before, {info['load average after']} after.",
            "",
            table.markdown(),
        ]
    )
    print()
    print(text)
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "rows": table.rows}, indent=2, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

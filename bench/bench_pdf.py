"""Summary PDF and import benchmarks: a year and ten years of demo data, 20,000 jrnl entries.

    .venv/bin/python bench/bench_pdf.py [--reps 5] [--json FILE]

Everything happens in a temporary folder that is removed afterwards: demo vaults (fictional
data, cheap key derivation, since unlocking is not what is measured here) and a generated
jrnl JSON export. Prints the machine, then one markdown table with each figure's target.

Figures:

* summary PDF, 1 year / 10 years: `build_summary` + `render_pdf` for the whole span, with
  the default sections (every section but the journal), and for 1 year also with every
  section, journal included (every entry marked for sharing). "warm" is the median of
  `--reps` runs in one process after a first run; "first in a new process" is one run in a
  fresh interpreter, and includes loading matplotlib, fpdf2 and pikepdf (what `haven export
  --format pdf` pays once).
* import 20,000 jrnl entries: `preview_jrnl` (read and check the whole file) +
  `import_entries` (one transaction) into an empty vault.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, REPO / "src"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from haven.demo import populate  # noqa: E402
from haven.report import summary as S  # noqa: E402
from haven.store import Vault  # noqa: E402
from haven.store.keyfile import CHEAP_KDF  # noqa: E402

PASSPHRASE = "benchmark passphrase, fictional data only"
END = date(2026, 3, 1)  # fixed, so the data is the same from one day to the next
PDF_ONE_YEAR_TARGET_S = 1.5
IMPORT_TARGET_S = 5.0
JRNL_ENTRIES = 20_000

WORDS = (
    "calm", "slow", "evening", "walk", "river", "tea", "window", "breath", "pause", "friend",
    "quiet", "kitchen", "music", "rain", "sofa", "morning", "light", "garden", "book", "talk",
    "rest", "warm", "gentle", "steady", "small", "step", "choice",
)  # fmt: skip


def machine() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = "unknown"
    with contextlib.suppress(OSError):
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return {
        "date": datetime.now().date().isoformat(),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "load average": load,
        "python": platform.python_version(),
    }


def demo_vault(where: Path, years: int) -> Vault:
    vault, _ = Vault.create(where, PASSPHRASE, kdf=CHEAP_KDF)
    populate(vault, years=years, end=END)
    return vault


def options(years: int, sections: frozenset[str] = S.DEFAULT_SECTIONS) -> S.SummaryOptions:
    start = END.replace(year=END.year - years) + timedelta(days=1)
    return S.SummaryOptions(start, END, sections=sections)


def render(vault: Vault, chosen: S.SummaryOptions) -> bytes:
    from haven.report.pdf.summary import render_pdf

    return render_pdf(S.build_summary(vault, chosen))


def warm_seconds(fn: Callable[[], Any], reps: int) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) of `reps` runs after one warm-up run."""
    fn()
    wall, cpu = [], []
    for _ in range(reps):
        c, t = time.process_time(), time.perf_counter()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


_FIRST_RUN = """
import sys, time
sys.path[:0] = {paths!r}
from haven.store import Vault
from haven.report import summary as S
from datetime import date
vault = Vault({where!r}); vault.unlock({passphrase!r})
chosen = S.SummaryOptions(date.fromisoformat({start!r}), date.fromisoformat({end!r}))
c, t = time.process_time(), time.perf_counter()
from haven.report.pdf.summary import render_pdf
data = render_pdf(S.build_summary(vault, chosen))
print(time.perf_counter() - t, time.process_time() - c, len(data))
"""


def first_run_seconds(where: Path, chosen: S.SummaryOptions) -> tuple[float, float]:
    program = _FIRST_RUN.format(
        paths=[str(REPO), str(REPO / "src")],
        where=str(where),
        passphrase=PASSPHRASE,
        start=chosen.start.isoformat(),
        end=chosen.end.isoformat(),
    )
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=300
    ).stdout.split()
    return float(out[0]), float(out[1])


def jrnl_export(n: int, seed: int = 7) -> bytes:
    """A jrnl JSON export with `n` entries of about 60 words, all fictional."""
    rng = random.Random(seed)
    start = datetime(2012, 1, 1, 8, 0)
    entries = []
    for i in range(n):
        moment = start + timedelta(hours=5 * i, minutes=rng.randrange(60))
        body = " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "."
        tags = [f"@{rng.choice(WORDS)}"] if i % 3 == 0 else []
        entries.append(
            {
                "title": f"Entry {i + 1}.",
                "body": body,
                "date": moment.strftime("%Y-%m-%d"),
                "time": moment.strftime("%H:%M"),
                "tags": tags,
                "starred": i % 50 == 0,
            }
        )
    return json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False).encode("utf-8")


def import_seconds(folder: Path) -> tuple[float, int]:
    from haven.exchange.jrnl_json import preview_jrnl
    from haven.exchange.text_import import import_entries

    path = folder / "jrnl.json"
    path.write_bytes(jrnl_export(JRNL_ENTRIES))
    vault, _ = Vault.create(folder / "import-vault", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        t = time.perf_counter()
        report = import_entries(vault, preview_jrnl(path))
        elapsed = time.perf_counter() - t
    finally:
        vault.lock()
    return elapsed, report.added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=5, help="warm runs per figure (default 5)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    info = machine()
    print("Machine:", json.dumps(info, indent=2), flush=True)
    rows: list[tuple[str, str, str, str]] = []
    raw: dict[str, Any] = {"machine": info}

    def add(figure: str, measured: str, target: str = "—", note: str = "") -> None:
        rows.append((figure, measured, target, note))
        print(f"  {figure}: {measured}  {note}", flush=True)

    with tempfile.TemporaryDirectory(prefix="haven-bench-pdf-") as tmp:
        folder = Path(tmp)
        for years in (1, 10):
            where = folder / f"demo-{years}"
            vault = demo_vault(where, years)
            chosen = options(years)
            try:
                size = len(render(vault, chosen))
                wall, cpu = warm_seconds(lambda v=vault, o=chosen: render(v, o), args.reps)
                pages = _pages(render(vault, chosen))
                target = f"≤ {PDF_ONE_YEAR_TARGET_S} s" if years == 1 else "—"
                add(
                    f"Summary PDF, {years} year{'s' if years > 1 else ''}, default sections, warm",
                    f"{wall:.2f} s",
                    target,
                    f"CPU {cpu:.2f} s; {pages} pages, {size / 1024:.0f} KiB",
                )
                raw[f"pdf_{years}y_warm_s"] = wall
                if years == 1:
                    every = options(1, frozenset(S.SECTIONS))
                    wall_all, cpu_all = warm_seconds(lambda v=vault, o=every: render(v, o), 3)
                    add(
                        "Summary PDF, 1 year, every section with shared journal entries, warm",
                        f"{wall_all:.2f} s",
                        "—",
                        f"CPU {cpu_all:.2f} s; {_pages(render(vault, every))} pages",
                    )
                    raw["pdf_1y_all_warm_s"] = wall_all
            finally:
                vault.lock()
            first, first_cpu = first_run_seconds(where, chosen)
            add(
                f"Summary PDF, {years} year{'s' if years > 1 else ''}, first in a new process",
                f"{first:.2f} s",
                "—",
                f"CPU {first_cpu:.2f} s; includes loading matplotlib, fpdf2, pikepdf",
            )
            raw[f"pdf_{years}y_first_s"] = first
        seconds, added = import_seconds(folder)
        add(
            f"Import {JRNL_ENTRIES:,} jrnl entries (check + write)",
            f"{seconds:.2f} s",
            f"≤ {IMPORT_TARGET_S:g} s",
            f"{added:,} added in one transaction",
        )
        raw["import_jrnl_s"] = seconds
    print()
    print("| Figure | Measured | Target | Notes |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    return 0


def _pages(data: bytes) -> int:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


if __name__ == "__main__":
    raise SystemExit(main())

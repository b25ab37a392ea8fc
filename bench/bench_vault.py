"""Vault benchmarks on the 10-year data set: unlock, search, and the cost of each pragma.

    .venv/bin/python bench/bench_vault.py [--data DIR] [--reps 250] [--json FILE]

Creates the data set with bench/generate.py first when DIR (default bench/out/vault) holds
none. Prints the machine, then one markdown table of every figure with its target. Pragma
costs are measured on a scratch copy (bench/out/scratch), so the data set stays as made.

The search figures time `vault.journal.search` itself (the windowed search in
src/haven/store/repositories/journal.py; bench/README.md tells how it came about).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, REPO / "src"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from bench.generate import DEFAULT_OUT, ensure_dataset, read_passphrase  # noqa: E402
from haven.domain.models import CheckIn  # noqa: E402
from haven.store import Vault  # noqa: E402
from haven.store.repositories.journal import (  # noqa: E402
    fts_query,
)
from haven.store.vault import _PRAGMAS, DB_NAME, KEY_NAME  # noqa: E402

SCRATCH = REPO / "bench" / "out" / "scratch"
# Rare to very common in the demo journal (see haven.demo: RARE_WORDS and demo.json).
SEARCH_WORDS = ("lighthouse", "lentils", "sister", "calm", "felt", "felt calm")
COMMON_WORD = "felt"
SEARCH_TARGET_MS = 5.0


# -- timing helpers -------------------------------------------------------------------------
def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q from 0 to 1)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


class Samples(list[float]):
    """Wall-clock milliseconds, with the process's CPU milliseconds for the same runs.

    CPU time is what the work itself costs; on a busy machine the wall time also holds the
    waits for a core, so both are reported.
    """

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def time_ms(fn: Callable[[], Any], reps: int, warmup: int = 5) -> Samples:
    for _ in range(warmup):
        fn()
    samples = Samples()
    for _ in range(reps):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
        samples.cpu.append((time.process_time() - c) * 1000)
    return samples


def p50_p95(samples: list[float]) -> str:
    return f"{percentile(samples, 0.5):.2f} / {percentile(samples, 0.95):.2f} ms"


def cpu_note(samples: Samples) -> str:
    return f"CPU {percentile(samples.cpu, 0.5):.2f} / {percentile(samples.cpu, 0.95):.2f} ms"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []
        self.raw: dict[str, Any] = {}

    def add(self, figure: str, measured: str, target: str = "—", note: str = "") -> None:
        self.rows.append((figure, measured, target, note))
        print(f"  {figure}: {measured}  {note}", flush=True)

    def markdown(self) -> str:
        lines = ["| Figure | Measured | Target | Notes |", "|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


# -- the machine ------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    from sqlcipher3 import dbapi2 as sqlcipher

    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")  # the provider answers once keyed
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
        "sqlcipher": f"{cipher} (SQLite {sqlite}, {provider})",
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


# -- the search we propose for JournalRepository.search ----------------------------------------
# JournalRepository.search, first phase (the ids of one page, newest first):
WINDOW_QUERY = "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ? AND rowid BETWEEN ? AND ?"


def explain(vault: Vault, sql: str, params: list[Any]) -> list[str]:
    return [row[3] for row in vault.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


# -- pragmas on a scratch copy -------------------------------------------------------------------
@contextlib.contextmanager
def scratch_copy(data: Path, key: bytes) -> Iterator[Vault]:
    if SCRATCH.exists():
        shutil.rmtree(SCRATCH)
    SCRATCH.mkdir(parents=True)
    for name in (DB_NAME, KEY_NAME):
        shutil.copy2(data / name, SCRATCH / name)
    vault = Vault(SCRATCH)
    vault.open_with_key(key)
    try:
        yield vault
    finally:
        vault.lock()


def bench_checkin(i: int) -> CheckIn:
    at = datetime(2030, 1, 1, 20, 0, tzinfo=UTC) + timedelta(minutes=i)
    return CheckIn(distress=3, comfort=6, at=at, stress=2, note="Benchmark.", tags=["walk"])


def insert_checkins(vault: Vault, count: int, *, each_own_transaction: bool) -> float:
    """Seconds to add `count` check-ins, each saved on its own (as the app saves) or in one go."""
    t = time.perf_counter()
    if each_own_transaction:
        for i in range(count):
            vault.checkins.add(bench_checkin(i))
    else:
        with vault.transaction():
            for i in range(count):
                vault.checkins.add(bench_checkin(i))
    elapsed = time.perf_counter() - t
    with vault.transaction() as conn:  # leave the copy as it was for the next measurement
        conn.execute(
            "DELETE FROM checkin_tags WHERE checkin_id IN"
            " (SELECT id FROM checkins WHERE note = 'Benchmark.')"
        )
        conn.execute("DELETE FROM checkins WHERE note = 'Benchmark.'")
    return elapsed


def delete_entries(vault: Vault, ids: list[int]) -> float:
    t = time.perf_counter()
    for entry_id in ids:
        with vault.transaction() as conn:
            conn.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))
    return time.perf_counter() - t


def pragma_costs(vault: Vault, table: Table, reps: int) -> None:
    conn = vault.conn
    n = 1000

    def per_row(seconds: float, rows: int) -> str:
        return f"{seconds:.2f} s ({seconds / rows * 1000:.2f} ms each)"

    # synchronous: FULL is what Haven uses (an fsync of the WAL on every commit).
    conn.execute("PRAGMA synchronous = FULL")
    full = insert_checkins(vault, n, each_own_transaction=True)
    conn.execute("PRAGMA synchronous = NORMAL")
    normal = insert_checkins(vault, n, each_own_transaction=True)
    conn.execute("PRAGMA synchronous = FULL")
    table.add("Insert 1,000 check-ins, one commit each, synchronous=FULL (Haven)", per_row(full, n))
    table.add("… same, synchronous=NORMAL", per_row(normal, n), note="WAL, no fsync per commit")
    batch = insert_checkins(vault, n, each_own_transaction=False)
    table.add("Insert 1,000 check-ins in one transaction (FULL)", per_row(batch, n))

    conn.execute("PRAGMA journal_mode = DELETE")
    rollback = insert_checkins(vault, n, each_own_transaction=True)
    conn.execute("PRAGMA journal_mode = WAL")
    table.add(
        "… one commit each, journal_mode=DELETE instead of WAL (FULL)",
        per_row(rollback, n),
        note="rollback journal: more fsyncs",
    )

    conn.execute("PRAGMA foreign_keys = OFF")
    no_fk = insert_checkins(vault, n, each_own_transaction=False)
    conn.execute("PRAGMA foreign_keys = ON")
    with_fk = insert_checkins(vault, n, each_own_transaction=False)
    table.add(
        "Insert 1,000 check-ins + tags in one transaction, foreign_keys ON / OFF",
        f"{with_fk:.3f} s / {no_fk:.3f} s",
    )

    # secure_delete overwrites deleted content; it costs on deletes (here with the FTS trigger).
    oldest = [
        r[0] for r in conn.execute("SELECT id FROM journal_entries ORDER BY at_utc, id LIMIT 400")
    ]
    conn.execute("PRAGMA secure_delete = ON")
    on = delete_entries(vault, oldest[:200])
    conn.execute("PRAGMA secure_delete = OFF")
    off = delete_entries(vault, oldest[200:])
    conn.execute("PRAGMA secure_delete = ON")
    table.add(
        "Delete 200 journal entries, one commit each, secure_delete ON / OFF",
        f"{on:.2f} s / {off:.2f} s ({on / 200 * 1000:.1f} / {off / 200 * 1000:.1f} ms each)",
    )

    # FTS5 'optimize' merges the index's segments into one. add_many (which demo.populate
    # uses) writes a segment per batch, as a bulk import does; rare words then probe each.
    rare = SEARCH_WORDS[0]
    before = time_ms(lambda: vault.journal.count_matches(rare), reps)
    before_search = time_ms(lambda: vault.journal.search(rare), reps)
    t = time.perf_counter()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO journal_fts(journal_fts) VALUES ('optimize')")
    took = time.perf_counter() - t
    after = time_ms(lambda: vault.journal.count_matches(rare), reps)
    after_search = time_ms(lambda: vault.journal.search(rare), reps)
    table.add(
        "FTS5 'optimize' after the bulk insert: time it takes",
        f"{took * 1000:.0f} ms",
        note="20,000 entries",
    )
    table.add(
        f"… count_matches '{rare}' p50 before / after",
        f"{percentile(before, 0.5):.2f} / {percentile(after, 0.5):.2f} ms",
    )
    table.add(
        f"… search '{rare}' p95 before / after",
        f"{percentile(before_search, 0.95):.2f} / {percentile(after_search, 0.95):.2f} ms",
    )

    # temp_store: the current search sorts its matches in a temporary b-tree.
    word = COMMON_WORD
    short = max(20, reps // 5)
    conn.execute("PRAGMA temp_store = FILE")
    on_disk = time_ms(lambda: vault.journal.search(word, limit=20), short, warmup=2)
    conn.execute("PRAGMA temp_store = MEMORY")
    in_memory = time_ms(lambda: vault.journal.search(word, limit=20), short, warmup=2)
    table.add(
        f"Search '{word}' (current query), temp_store MEMORY / FILE, p50",
        f"{percentile(in_memory, 0.5):.1f} / {percentile(on_disk, 0.5):.1f} ms",
        note=f"CPU {percentile(in_memory.cpu, 0.5):.1f} / {percentile(on_disk.cpu, 0.5):.1f} ms",
    )


def memory_security_child(data: Path, setting: str, reps: int) -> None:
    """Run in a fresh process: cipher_memory_security cannot be switched off once on."""
    from sqlcipher3 import dbapi2 as sqlcipher

    key = bytes.fromhex(sys.stdin.readline().strip())
    vault = Vault(data)
    conn = sqlcipher.connect(str(vault.db_path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in _PRAGMAS:
        if "cipher_memory_security" in pragma:
            pragma = f"PRAGMA cipher_memory_security = {setting}"
        conn.execute(pragma)
    vault._conn = conn  # the bench's own connection, opened like Vault._open opens one
    vault._data_key = bytearray(key)
    search = time_ms(lambda: vault.journal.search(COMMON_WORD, limit=20), reps)
    listing = time_ms(lambda: vault.checkins.list(), max(10, reps // 10), warmup=1)
    insert = insert_checkins(vault, 1000, each_own_transaction=False)
    vault.lock()
    print(
        json.dumps(
            {
                "setting": setting,
                "search_p50": percentile(search, 0.5),
                "search_cpu_p50": percentile(search.cpu, 0.5),
                "list_p50": percentile(listing, 0.5),
                "list_cpu_p50": percentile(listing.cpu, 0.5),
                "insert_s": insert,
            }
        )
    )


def memory_security(key: bytes, reps: int, table: Table) -> None:
    results = {}
    for setting in ("ON", "OFF"):
        proc = subprocess.run(
            [sys.executable, __file__, "--child-memsec", setting, "--data", str(SCRATCH)],
            input=key.hex() + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
        results[setting] = json.loads(proc.stdout.strip().splitlines()[-1])
    on, off = results["ON"], results["OFF"]
    table.add(
        f"cipher_memory_security ON / OFF: search '{COMMON_WORD}' (current query) p50",
        f"{on['search_p50']:.2f} / {off['search_p50']:.2f} ms",
        note=f"CPU {on['search_cpu_p50']:.2f} / {off['search_cpu_p50']:.2f} ms",
    )
    table.add(
        "cipher_memory_security ON / OFF: list all 3,650 check-ins p50",
        f"{on['list_p50']:.1f} / {off['list_p50']:.1f} ms",
        note=f"CPU {on['list_cpu_p50']:.1f} / {off['list_cpu_p50']:.1f} ms",
    )
    table.add(
        "cipher_memory_security ON / OFF: insert 1,000 check-ins, one transaction",
        f"{on['insert_s']:.3f} / {off['insert_s']:.3f} s",
    )


# -- the run ------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--reps", type=int, default=250, help="repetitions per search figure")
    parser.add_argument("--unlocks", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child-memsec", choices=("ON", "OFF"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_memsec:
        memory_security_child(args.data, args.child_memsec, args.reps)
        return 0

    info = machine()
    print("Machine:", json.dumps(info, indent=2))
    table = Table()
    passphrase = read_passphrase(args.passphrase_file)
    data = ensure_dataset(args.data, passphrase=passphrase)
    if data.generated:
        table.add(
            "Generate the data set (Vault.create + demo.populate + lock)",
            f"{data.seconds_create + data.seconds_populate + data.seconds_lock:.1f} s",
            "well under 60 s",
            f"populate {data.seconds_populate:.1f} s",
        )
    counts = data.counts
    size = (args.data / DB_NAME).stat().st_size
    table.add(
        "Data set",
        f"{counts['checkins']:,} check-ins, {counts['journal_entries']:,} entries,"
        f" {counts['practices']:,} practices, {counts['roadmap_steps']} steps",
        note=f"{size / 1e6:.1f} MB on disk",
    )

    # Unlock: Argon2 (derive_key) apart from opening the database (open_with_key).
    derive, opening, total = [], [], []
    key = b""
    for _ in range(args.unlocks):
        vault = Vault(args.data)
        t0 = time.perf_counter()
        key = vault.derive_key(passphrase)
        t1 = time.perf_counter()
        vault.open_with_key(key)
        t2 = time.perf_counter()
        vault.lock()
        derive.append(t1 - t0)
        opening.append(t2 - t1)
        total.append(t2 - t0)
    kdf = Vault(args.data).key_file().slots["passphrase"].kdf
    table.add(
        "Unlock total (derive_key + open_with_key), median",
        f"{statistics.median(total) * 1000:.0f} ms",
        "≤ 1 s",
        f"{args.unlocks} runs, max {max(total) * 1000:.0f} ms",
    )
    table.add(
        "… Argon2id derive_key, median",
        f"{statistics.median(derive) * 1000:.0f} ms",
        "0.3–0.5 s",
        f"t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB, p={kdf.parallelism}",
    )
    table.add(
        "… open_with_key (key, check, pragmas, schema), median",
        f"{statistics.median(opening) * 1000:.1f} ms",
        "≤ 100 ms",
    )

    vault = Vault(args.data)
    vault.open_with_key(key)
    try:
        t = time.perf_counter()
        problems = vault.check()
        table.add(
            "vault.check() (integrity, foreign keys, FTS)",
            f"{(time.perf_counter() - t) * 1000:.0f} ms",
            note="sound" if not problems else "; ".join(problems),
        )
        listing = time_ms(lambda: vault.checkins.list(), 20, warmup=2)
        table.add("List all check-ins (10 years), p50", f"{percentile(listing, 0.5):.1f} ms")
        page = time_ms(lambda: vault.journal.list(limit=50), 100)
        table.add(
            "Journal page of 50 newest entries, p50 / p95", p50_p95(page), note=cpu_note(page)
        )

        target = f"p95 ≤ {SEARCH_TARGET_MS:g} ms"
        for word in SEARCH_WORDS:
            hits = vault.journal.count_matches(word)
            samples = time_ms(lambda w=word: vault.journal.search(w, limit=20), args.reps)
            table.raw[f"search:{word}"] = samples
            table.add(
                f"Search '{word}' ({hits:,} of {counts['journal_entries']:,} entries), p50 / p95",
                p50_p95(samples),
                target,
                f"{cpu_note(samples)}; vault.journal.search(limit=20)",
            )
        for word in SEARCH_WORDS:
            samples = time_ms(lambda w=word: vault.journal.count_matches(w), args.reps)
            table.add(
                f"count_matches '{word}', p50 / p95", p50_p95(samples), target, cpu_note(samples)
            )

        print("EXPLAIN QUERY PLAN, one window of the search:")
        print(*explain(vault, WINDOW_QUERY, [fts_query(COMMON_WORD), 1, 20_000]), sep="\n")
    finally:
        vault.lock()

    with scratch_copy(args.data, key) as scratch:
        pragma_costs(scratch, table, args.reps)
    memory_security(key, args.reps, table)
    shutil.rmtree(SCRATCH, ignore_errors=True)

    print()
    print(f"Machine: {info}")
    print()
    print(table.markdown())
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "rows": table.rows}, indent=2, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

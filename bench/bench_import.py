"""The whole `haven import` command at 20,000 entries of ~1 KB, beside its floor.

    .venv/bin/python bench/bench_import.py [--entries 20000] [--runs 3] [--big 100000]
                                           [--json FILE]

Everything happens in a temporary folder that is removed afterwards. A jrnl JSON export of
fictional entries (about 1 KB each) is generated; each run makes a new journal with
`haven init` (the real Argon2id cost, as a person's journal has) and then times, in a fresh
process under `/usr/bin/time -v`:

* the command: `python -m haven --passphrase-file F import FILE --format jrnl-json`:
  interpreter start, reading and checking the file, unlocking (Argon2id), writing the
  entries and their search index in one transaction, and the hourly automatic backup that
  follows a change (the first import into a journal always makes one);
* the floor: the same rows written into a SQLCipher vault (Haven's schema and pragmas) in
  one transaction by the cheapest means measured: rows with `executemany`, the FTS insert
  trigger dropped, then the search index filled with one `INSERT … SELECT`. Only that
  transaction is timed (the rows are built in memory first); its process's peak memory is
  reported too;
* the same command as an ordinary user would run it, when the benchmark runs as root: root
  may lock any amount of memory (CAP_IPC_LOCK), so every lock `cipher_memory_security`
  asks for succeeds and costs its full system call; an ordinary account may lock only
  `ulimit -l` (8 MiB by default since Linux 5.16), and the locks past it fail at once. The run drops
  that one capability with `setpriv`, which leaves everything else as it was;
* an experiment, never how Haven runs: the same command with SQLCipher's
  `cipher_memory_security` left off, to show what that protection costs here;
* where the command's time goes, measured in one process with the same steps the command
  takes (start-up excluded).

Then, once, the command with `--big` entries, to show it still works and what it costs.
Wall-clock figures depend on what else runs on the two cores: the load average at start is
printed, and CPU time (user + system) beside each figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase, fictional data only"
TARGET_S = 3.0
MEMORY_TARGET_MIB = 400

WORDS = (
    "calm", "slow", "evening", "walk", "river", "tea", "window", "breath", "pause", "friend",
    "quiet", "kitchen", "music", "rain", "sofa", "morning", "light", "garden", "book", "talk",
    "rest", "warm", "gentle", "steady", "small", "step", "choice", "sister", "letter", "bread",
)  # fmt: skip


def jrnl_export(n: int, seed: int = 7) -> bytes:
    """A jrnl JSON export with `n` fictional entries of about 1 KB of text each."""
    rng = random.Random(seed)
    start = datetime(2000, 1, 1, 8, 0)
    entries = []
    for i in range(n):
        moment = start + timedelta(hours=3 * i, minutes=rng.randrange(60))
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < 1000:
            words.append(rng.choice(WORDS))
        entries.append(
            {
                "title": f"Entry {i + 1} was {rng.choice(WORDS)}.",
                "body": " ".join(words).capitalize() + ".",
                "date": moment.strftime("%Y-%m-%d"),
                "time": moment.strftime("%H:%M"),
                "tags": [f"@{rng.choice(WORDS)}"] if i % 3 == 0 else [],
                "starred": i % 50 == 0,
            }
        )
    return json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False).encode("utf-8")


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO)])
    out.pop("HAVEN_PASSPHRASE_FILE", None)
    return out


def timed(argv: list[str], home: Path) -> dict[str, float]:
    """Run under /usr/bin/time -v; wall, user, system seconds and peak memory (MiB)."""
    environment = env() | {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                           "XDG_CACHE_HOME": str(home / "cache")}  # fmt: skip
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv], capture_output=True, text=True, env=environment
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stdout}\n{done.stderr}")
    err = done.stderr

    def field(name: str) -> str:
        found = re.search(rf"{re.escape(name)}: (.+)", err)
        assert found, name
        return found[1].strip()

    clock = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    wall = (
        float(clock[-1])
        + 60 * float(clock[-2])
        + (3600 * float(clock[0]) if len(clock) == 3 else 0)
    )
    return {
        "wall": wall,
        "user": float(field("User time (seconds)")),
        "sys": float(field("System time (seconds)")),
        "rss_mib": int(field("Maximum resident set size (kbytes)")) / 1024,
        "stdout": done.stdout,  # type: ignore[dict-item]
    }


def new_journal(folder: Path, passphrase_file: Path) -> Path:
    data = folder / "journal"
    subprocess.run(
        [sys.executable, "-m", "haven", "--data-dir", str(data), "--passphrase-file",
         str(passphrase_file), "init"],
        check=True, capture_output=True, env=env() | {"HOME": str(folder)},
    )  # fmt: skip
    return data


# An experiment, never how Haven runs: the same command with SQLCipher's
# cipher_memory_security left off, to show what that protection costs a bulk import.
WITHOUT_MEMORY_SECURITY = r"""
import sys
import haven.store.vault as vault
import haven.store.sqlcipher_library as library
library.MEMORY_SECURITY = False
vault._PRAGMAS = tuple(p for p in vault._PRAGMAS if "cipher_memory_security" not in p)
from haven.launch import main
sys.exit(main(sys.argv[1:]))
"""


# Root without CAP_IPC_LOCK: the kernel holds it to RLIMIT_MEMLOCK, as any ordinary account.
AS_ORDINARY_USER = ["setpriv", "--bounding-set=-ipc_lock", "--inh-caps=-ipc_lock"]


def can_run_as_ordinary_user() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def run_command(
    folder: Path,
    export: Path,
    passphrase_file: Path,
    *,
    memory_security: bool = True,
    ordinary_user: bool = False,
) -> dict[str, float]:
    data = new_journal(folder, passphrase_file)
    start = (
        [sys.executable, "-m", "haven"]
        if memory_security
        else [sys.executable, "-c", WITHOUT_MEMORY_SECURITY]
    )
    if ordinary_user:
        start = [*AS_ORDINARY_USER, *start]
    result = timed(
        [*start, "--data-dir", str(data), "--passphrase-file",
         str(passphrase_file), "import", str(export), "--format", "jrnl-json"],
        folder,
    )  # fmt: skip
    assert "Added" in str(result["stdout"]), result["stdout"]
    shutil.rmtree(data)
    return result


FLOOR = r"""
import json, sys, time
from pathlib import Path
from haven.domain.clock import ensure_aware
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.store.repositories._base import moment
folder, export = Path(sys.argv[1]), Path(sys.argv[2])
vault, _ = Vault.create(folder / "floor", "floor passphrase, fictional", kdf=CHEAP_KDF)
from datetime import datetime
rows = []
for i, e in enumerate(json.loads(export.read_bytes())["entries"]):
    at = ensure_aware(datetime.fromisoformat(f"{e['date']}T{e['time']}"))
    text, utc = moment(at)
    rows.append((f"floor-{i}", text, utc, e["title"], e["body"]))
conn = vault.conn
cpu, t = time.process_time(), time.perf_counter()
conn.execute("BEGIN IMMEDIATE")
conn.execute("DROP TRIGGER journal_fts_insert")
conn.executemany(
    "INSERT INTO journal_entries (uid, at, at_utc, title, body) VALUES (?,?,?,?,?)", rows
)
conn.execute(
    "INSERT INTO journal_fts(rowid, title, body) SELECT id, title, body FROM journal_entries"
)
conn.execute(
    "CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN "
    "INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
)
conn.execute("COMMIT")
print(json.dumps({"floor_wall": time.perf_counter() - t, "floor_cpu": time.process_time() - cpu}))
vault.lock()
"""

STEPS = r"""
import json, sys, time
from pathlib import Path
from haven.exchange import formats
from haven.store import Vault
from haven.store.backups import AutoBackup
folder, export, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
Vault.create(folder / "steps", passphrase)[0].lock()  # the real Argon2id cost
out = {}
def step(name, fn):
    cpu, t = time.process_time(), time.perf_counter()
    value = fn()
    out[name] = (time.perf_counter() - t, time.process_time() - cpu)
    return value
fmt = formats.get("jrnl-json")
preview = step("read and check the file", lambda: fmt.preview(export))
vault = Vault(folder / "steps")
step("unlock (Argon2id)", lambda: vault.unlock(passphrase))
step("write entries, tags and search index", lambda: fmt.apply(vault, preview))
step("automatic backup", lambda: AutoBackup().after_change(vault))
step("lock (checkpoint, close)", vault.lock)
print(json.dumps(out))
"""


def python_json(program: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, text=True, env=env(),
        check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> list[tuple[str, str]]:
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return [
        ("date", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("load average at start", load),
        ("nproc", str(os.cpu_count())),
        ("CPU", cpu),
        ("Python", platform.python_version()),
        ("running as", "root" if os.geteuid() == 0 else "an ordinary user"),
        ("locked-memory limit (ulimit -l)", memlock_limit()),
    ]


def memlock_limit() -> str:
    """This account's RLIMIT_MEMLOCK, as `ulimit -l` would say it."""
    import resource

    soft = resource.getrlimit(resource.RLIMIT_MEMLOCK)[0]
    return "unlimited" if soft == resource.RLIM_INFINITY else f"{soft // 1024} KiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    for name, value in machine():
        print(f"{name}: {value}")
    raw: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="haven-bench-import-") as tmp:
        folder = Path(tmp)
        passphrase_file = folder / "passphrase"
        passphrase_file.write_text(PASSPHRASE + "\n")
        passphrase_file.chmod(0o600)
        export = folder / "jrnl.json"
        export.write_bytes(jrnl_export(args.entries))
        size_mb = export.stat().st_size / 1e6
        commands, floors, unprotected, ordinary = [], [], [], []
        for _ in range(args.runs):  # interleaved, so all see the same load
            commands.append(run_command(folder, export, passphrase_file))
            if can_run_as_ordinary_user():
                ordinary.append(run_command(folder, export, passphrase_file, ordinary_user=True))
            unprotected.append(run_command(folder, export, passphrase_file, memory_security=False))
            floor_dir = folder / "floor-run"
            floor_dir.mkdir()
            floors.append(python_json(FLOOR, str(floor_dir), str(export)))
            shutil.rmtree(floor_dir)
        steps = python_json(STEPS, str(folder), str(export), PASSPHRASE)
        big = None
        if args.big:
            big_export = folder / "jrnl-big.json"
            big_export.write_bytes(jrnl_export(args.big, seed=11))
            big = run_command(folder, big_export, passphrase_file)
            big["size_mb"] = big_export.stat().st_size / 1e6
    wall = statistics.median(c["wall"] for c in commands)
    cpu = statistics.median(c["user"] + c["sys"] for c in commands)
    rss = max(c["rss_mib"] for c in commands)
    floor_wall = statistics.median(f["floor_wall"] for f in floors)
    floor_cpu = statistics.median(f["floor_cpu"] for f in floors)
    n = f"{args.entries:,}"
    each = ", ".join(f"{c['wall']:.2f}" for c in commands)
    within = sum(c["wall"] <= TARGET_S for c in commands)
    print()
    print("| Figure | Measured | Target | Notes |")
    print("|---|---|---|---|")
    print(f"| `haven import` of {n} jrnl entries ({size_mb:.1f} MB), whole command, median "
          f"of {args.runs} | {wall:.2f} s | ≤ {TARGET_S:g} s | CPU {cpu:.2f} s (user + system); "
          f"runs {each} s; {within} of {args.runs} within the target |")  # fmt: skip
    if ordinary:
        user_wall = statistics.median(c["wall"] for c in ordinary)
        user_cpu = statistics.median(c["user"] + c["sys"] for c in ordinary)
        user_each = ", ".join(f"{c['wall']:.2f}" for c in ordinary)
        under = sum(c["wall"] <= TARGET_S for c in ordinary)
        print(f"| … the same command as an ordinary user (no CAP_IPC_LOCK, `ulimit -l` "
              f"{memlock_limit()}), median of {args.runs} | {user_wall:.2f} s | ≤ {TARGET_S:g} s "
              f"| CPU {user_cpu:.2f} s; runs {user_each} s; {under} of {args.runs} "
              "within the target |")  # fmt: skip
    print(f"| … peak memory (max RSS) | {rss:.0f} MiB | < {MEMORY_TARGET_MIB} MiB | "
          "`/usr/bin/time -v` |")  # fmt: skip
    print(f"| Floor: the same rows + FTS index into SQLCipher, one transaction, median | "
          f"{floor_wall:.2f} s | — | CPU {floor_cpu:.2f} s |")  # fmt: skip
    bare = statistics.median(c["wall"] for c in unprotected)
    bare_each = ", ".join(f"{c['wall']:.2f}" for c in unprotected)
    print(f"| Experiment: the same command with cipher_memory_security off, median | "
          f"{bare:.2f} s | — | not how Haven runs; runs {bare_each} s |")  # fmt: skip
    for name, (w, c) in steps.items():
        print(f"| … step: {name} | {w:.2f} s | — | CPU {c:.2f} s |")
    if big is not None:
        print(f"| `haven import` of {args.big:,} entries ({big['size_mb']:.0f} MB), whole command "
              f"| {big['wall']:.2f} s | works | CPU {big['user'] + big['sys']:.2f} s; peak "
              f"{big['rss_mib']:.0f} MiB |")  # fmt: skip
    raw.update(ordinary_user=ordinary)
    raw.update(commands=commands, floors=floors, unprotected=unprotected, steps=steps, big=big)
    if args.json:
        args.json.write_text(json.dumps(raw, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

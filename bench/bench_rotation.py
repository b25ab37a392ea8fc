"""Time key rotation and restore on the 10-year data set (issue 11: trust under fault).

    .venv/bin/python bench/bench_rotation.py [--data bench/out/vault] [--backups 10]

Works on a copy (bench/out/scratch-rotation); the data set is never changed. The copy gets
`--backups` automatic backups (what the retention rule keeps at most in steady use is about
ten to nineteen), then these are timed, each once, with the real key derivation:

- rotate_key, re-encrypting every backup;
- rotate_key, removing the backups instead;
- restore of one backup (the current pair set aside, the backup swapped in).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, REPO / "src"):  # runs without the editable install, as bench_vault does
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from bench.generate import BENCH_PASSPHRASE, DEFAULT_OUT  # noqa: E402
from haven.store import Vault  # noqa: E402
from haven.store.backups import restore  # noqa: E402
from haven.store.vault import BACKUP_DIR  # noqa: E402

NEW = "a new benchmark passphrase for fictional data"


def _copy(data: Path, scratch: Path, backups: int) -> None:
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(data, scratch, ignore=shutil.ignore_patterns("bench-manifest.json"))
    vault = Vault(scratch)
    vault.unlock(BENCH_PASSPHRASE)
    for n in range(backups):
        vault.backup_to(scratch / BACKUP_DIR / f"auto-20260101T{n:02d}0000Z.db")
    vault.lock()


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--backups", type=int, default=10)
    args = parser.parse_args(argv)
    if not (args.data / "haven.db").exists():
        print("No data set: run bench/generate.py first.", file=sys.stderr)
        return 1
    scratch = REPO / "bench" / "out" / "scratch-rotation"
    rows = []

    _copy(args.data, scratch, args.backups)
    size = _size_mb(scratch)
    vault = Vault(scratch)
    vault.unlock(BENCH_PASSPHRASE)
    start = time.perf_counter()
    result = vault.rotate_key(NEW)
    took = time.perf_counter() - start
    vault.lock()
    rows.append((f"rotate_key, re-encrypting {len(result.reencrypted)} backups", took, size))

    _copy(args.data, scratch, args.backups)
    vault = Vault(scratch)
    vault.unlock(BENCH_PASSPHRASE)
    start = time.perf_counter()
    vault.rotate_key(NEW, remove_backups=True)
    took = time.perf_counter() - start
    vault.lock()
    rows.append((f"rotate_key, removing {args.backups} backups", took, size))

    _copy(args.data, scratch, 1)
    [backup] = (scratch / BACKUP_DIR).glob("auto-*.db")
    start = time.perf_counter()
    restore(scratch, backup, passphrase=BENCH_PASSPHRASE)
    took = time.perf_counter() - start
    rows.append(("restore of one backup (check included)", took, _size_mb(scratch)))
    shutil.rmtree(scratch, ignore_errors=True)

    print("| What | Time | Data folder |")
    print("|---|---|---|")
    for what, seconds, mb in rows:
        print(f"| {what} | {seconds:.1f} s | {mb:.0f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Create the benchmark data set: a real Haven vault holding years of fictional history.

    .venv/bin/python bench/generate.py --out bench/out/vault [--years 10]
        [--journal-entries 20000] [--seed 7] [--passphrase-file F] [--end 2026-03-01] [--force]

The vault is made with the real key derivation (DEFAULT_KDF) and filled by
haven.demo.populate: by default 3,650 check-ins, 20,000 journal entries of about 150 words,
600 practice sessions and a roadmap of 12 steps with history. Everything in it is invented.

A folder that already holds a vault made with the same settings is reused (a cache);
--force replaces it. Without --passphrase-file the vault uses a throwaway benchmark
passphrase (BENCH_PASSPHRASE): the data is fictional, so nothing is at stake.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # also runs without the editable install
    sys.path.insert(0, str(REPO / "src"))

from haven import demo  # noqa: E402
from haven.store import Vault  # noqa: E402
from haven.store.keyfile import DEFAULT_KDF, KdfParams  # noqa: E402
from haven.store.vault import DB_NAME, KEY_NAME  # noqa: E402

BENCH_PASSPHRASE = "haven benchmark passphrase, fictional data only"
DEFAULT_OUT = REPO / "bench" / "out" / "vault"
# A fixed end date keeps the data set the same from one day to the next.
DEFAULT_END = date(2026, 3, 1)
MANIFEST = "bench-manifest.json"  # the settings the data set was made with; no content


@dataclass(frozen=True, slots=True)
class Settings:
    years: int = 10
    journal_entries: int = 20_000
    seed: int = 7
    end: str = DEFAULT_END.isoformat()


DEFAULTS = Settings()


@dataclass(slots=True)
class DataSet:
    path: Path
    passphrase: str
    counts: dict[str, int]
    generated: bool
    seconds_create: float = 0.0  # Vault.create: two Argon2 derivations and the schema
    seconds_populate: float = 0.0  # demo.populate
    seconds_lock: float = 0.0  # checkpoint and close after the bulk insert


def read_passphrase(path: Path | None) -> str:
    if path is None:
        return BENCH_PASSPHRASE
    text = path.read_text(encoding="utf-8").rstrip("\r\n")
    if not text:
        raise SystemExit(f"{path} is empty; a passphrase is needed.")
    return text


def _manifest(out: Path) -> dict[str, object] | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _remove_vault(out: Path) -> None:
    """Remove only the files a vault and this script make; never the folder's other files."""
    for name in (DB_NAME, KEY_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", MANIFEST):
        (out / name).unlink(missing_ok=True)


def ensure_dataset(
    out: Path = DEFAULT_OUT,
    settings: Settings = DEFAULTS,
    *,
    passphrase: str = BENCH_PASSPHRASE,
    force: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    quiet: bool = False,
) -> DataSet:
    """Return the data set in `out`, creating it first when it is missing or --force."""
    out = Path(out)
    vault = Vault(out)
    if vault.exists and not force:
        manifest = _manifest(out)
        if manifest is None or manifest.get("settings") != asdict(settings):
            made_with = manifest.get("settings") if manifest else "unknown"
            raise SystemExit(
                f"{out} holds a vault made with other settings ({made_with})."
                " Use --force to replace it, or another --out."
            )
        if not quiet:
            print(f"Reusing the data set in {out} (use --force to make it again).")
        return DataSet(out, passphrase, dict(manifest["counts"]), generated=False)  # type: ignore[arg-type]

    if force:
        _remove_vault(out)
    out.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print(f"Creating a {settings.years}-year data set in {out} …", flush=True)
    t0 = time.perf_counter()
    vault, _code = Vault.create(out, passphrase, kdf=kdf)
    t1 = time.perf_counter()
    try:
        counts = demo.populate(
            vault,
            years=settings.years,
            seed=settings.seed,
            journal_entries=settings.journal_entries,
            end=date.fromisoformat(settings.end),
        )
        t2 = time.perf_counter()
    finally:
        vault.lock()
    t3 = time.perf_counter()
    (out / MANIFEST).write_text(
        json.dumps({"settings": asdict(settings), "counts": counts}, indent=2) + "\n",
        encoding="utf-8",
    )
    return DataSet(out, passphrase, counts, True, t1 - t0, t2 - t1, t3 - t2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the vault's folder")
    parser.add_argument("--years", type=int, default=DEFAULTS.years)
    parser.add_argument("--journal-entries", type=int, default=DEFAULTS.journal_entries)
    parser.add_argument("--seed", type=int, default=DEFAULTS.seed)
    parser.add_argument("--end", default=DEFAULTS.end, help="last day, YYYY-MM-DD")
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--force", action="store_true", help="replace an existing data set")
    args = parser.parse_args(argv)

    settings = Settings(args.years, args.journal_entries, args.seed, args.end)
    started = time.perf_counter()
    data = ensure_dataset(
        args.out, settings, passphrase=read_passphrase(args.passphrase_file), force=args.force
    )
    if data.generated:
        print(
            f"Done in {time.perf_counter() - started:.1f} s: create {data.seconds_create:.2f} s"
            f" (Argon2 ×2), populate {data.seconds_populate:.1f} s,"
            f" lock (checkpoint) {data.seconds_lock:.2f} s."
        )
    size = (args.out / DB_NAME).stat().st_size
    print(f"Database: {size / 1e6:.1f} MB")
    for kind, count in data.counts.items():
        print(f"  {kind:<18} {count:>7,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

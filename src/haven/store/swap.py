"""Replacing the database and its key file together, so no kill leaves a mismatched pair.

A journal is two files that must match: `haven.db` and the key file `haven.key`. A restore
and a key rotation both replace the pair, and no file system renames two files at once. So:

1. **Stage.** Everything new is written completely into a private folder inside the data
   folder (`.stage-<random>`), fsynced. The live pair is untouched; a kill here leaves only
   a stage folder, which the next open removes.
2. **Commit.** A small journal, `haven.swap`, is written atomically. It names the stage
   folder, where each live file goes aside, which staged files replace which, and which
   files are removed. It holds file names only, never a key. Its rename is the commit point.
3. **Roll forward.** Each step is idempotent and decided from what is on disk: a live file
   goes aside only while its staged replacement is still waiting; a staged file moves in
   once. A kill anywhere here is finished by the next open (`settle`), before any key file
   is read, so the pair that opens is always the old one (before the commit) or the new one.

Everything runs under the data folder's exclusive lock (`vaultlock`), so no open vault ever
sees a half-made swap. `fault` is called between every two steps: tests replace it to
stop the process there (in a child process, with `os._exit`, like a kill).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from haven.store.securefs import fsync_dir, make_private_dir, wipe_and_remove, write_atomic

JOURNAL_NAME = "haven.swap"
STAGE_PREFIX = ".stage-"
LIVE_DB = "haven.db"
LIVE_KEY = "haven.key"
SIDECARS = (LIVE_DB + "-wal", LIVE_DB + "-shm")


def _no_fault(step: str) -> None:
    """Production: nothing. Tests swap in a function that stops the process at `step`."""


fault: Callable[[str], None] = _no_fault


def step(name: str) -> None:
    fault(name)


@dataclass
class SwapPlan:
    """What one swap does, in paths relative to the data folder (never absolute)."""

    stage: str
    aside: dict[str, str] = field(default_factory=dict)  # live name -> where it is kept
    keep_aside: bool = True  # restore keeps the old pair; rotation destroys it
    replace: list[tuple[str, str]] = field(default_factory=list)  # staged -> target
    remove: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        doc = {
            "format": "haven-swap",
            "version": 1,
            "stage": self.stage,
            "aside": self.aside,
            "keep_aside": self.keep_aside,
            "replace": [list(pair) for pair in self.replace],
            "remove": self.remove,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> SwapPlan:
        doc = json.loads(raw.decode("ascii"))
        if doc.get("format") != "haven-swap" or doc.get("version") != 1:
            raise ValueError("not a Haven swap journal")
        plan = cls(
            stage=str(doc["stage"]),
            aside={str(k): str(v) for k, v in doc["aside"].items()},
            keep_aside=bool(doc["keep_aside"]),
            replace=[(str(a), str(b)) for a, b in doc["replace"]],
            remove=[str(p) for p in doc["remove"]],
        )
        for rel in [plan.stage, *plan.aside, *plan.aside.values(), *plan.remove]:
            _inside(rel)
        for a, b in plan.replace:
            _inside(a)
            _inside(b)
        return plan


def _inside(rel: str) -> str:
    """A journal can only name paths inside the data folder (it may have been tampered with)."""
    parts = Path(rel).parts
    if not parts or Path(rel).is_absolute() or ".." in parts:
        raise ValueError(f"the swap journal names a path outside the data folder: {rel!r}")
    return rel


def new_stage(data_dir: Path) -> Path:
    stage = data_dir / f"{STAGE_PREFIX}{secrets.token_hex(8)}"
    stage.mkdir(mode=0o700)
    return stage


def discard_stage(stage: Path) -> None:
    """Remove an uncommitted stage folder, wiping any key file in it first."""
    if not stage.is_dir() or stage.is_symlink():
        with contextlib.suppress(OSError):
            stage.unlink()
        return
    for path in stage.rglob("*"):
        if path.name.endswith(".key") and path.is_file():
            wipe_and_remove(path)
    shutil.rmtree(stage, ignore_errors=True)


def commit(data_dir: Path, plan: SwapPlan) -> None:
    """The commit point: from here on, the new pair is the journal."""
    fsync_dir(data_dir / plan.stage)
    write_atomic(data_dir / JOURNAL_NAME, plan.to_bytes())
    step("committed")


def _move(src: Path, dst: Path, name: str) -> None:
    make_private_dir(dst.parent)
    os.replace(src, dst)
    fsync_dir(dst.parent)
    fsync_dir(src.parent)
    step(name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        discard_stage(path)
    elif path.name.endswith(".key"):
        wipe_and_remove(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def roll_forward(data_dir: Path, plan: SwapPlan) -> None:
    """Finish a committed swap. Safe to run again after a kill at any point inside it."""
    stage = data_dir / plan.stage
    staged_db = stage / LIVE_DB
    # SQLite's -wal/-shm belong to the old database: they go aside before the new one is in.
    for name in (*SIDECARS, LIVE_DB, LIVE_KEY):
        waiting = (stage / name).exists() or (name in SIDECARS and staged_db.exists())
        live = data_dir / name
        if waiting and os.path.lexists(live) and name in plan.aside:
            _move(live, data_dir / plan.aside[name], f"aside:{name}")
        elif waiting and os.path.lexists(live):
            _remove(live)
            step(f"removed:{name}")
        if (stage / name).exists():
            _move(stage / name, live, f"in:{name}")
    for staged, target in plan.replace:
        if (stage / staged).exists():
            _move(stage / staged, data_dir / target, f"replaced:{target}")
    for rel in plan.remove:
        if os.path.lexists(data_dir / rel):
            _remove(data_dir / rel)
            step(f"removed:{rel}")
    if not plan.keep_aside:
        for rel in plan.aside.values():
            if os.path.lexists(data_dir / rel):
                _remove(data_dir / rel)
                step(f"destroyed:{rel}")
    fsync_dir(data_dir)
    with contextlib.suppress(FileNotFoundError):
        (data_dir / JOURNAL_NAME).unlink()
    fsync_dir(data_dir)
    step("journal-removed")
    discard_stage(stage)
    step("stage-removed")


def pending(data_dir: Path) -> bool:
    """Is there a committed swap to finish, or a stage folder left by a kill?"""
    if (data_dir / JOURNAL_NAME).exists():
        return True
    return any(p.name.startswith(STAGE_PREFIX) for p in _entries(data_dir))


def _entries(data_dir: Path) -> list[Path]:
    try:
        return list(data_dir.iterdir())
    except OSError:
        return []


def settle(data_dir: Path) -> None:
    """Finish a committed swap, or drop an uncommitted stage. Call with the exclusive lock."""
    journal = data_dir / JOURNAL_NAME
    plan = None
    if journal.exists():
        plan = SwapPlan.from_bytes(journal.read_bytes())
        roll_forward(data_dir, plan)
    for path in _entries(data_dir):
        if path.name.startswith(STAGE_PREFIX):
            discard_stage(path)

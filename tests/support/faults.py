"""Kill a process at a named step of a swap (restore or key rotation), for real.

`steps_of` runs the work once on a copy of the data folder and records every step it
passes. `killed_at` runs it in a forked child that SIGKILLs itself when it reaches the
step: no `finally`, no clean-up, exactly as a power cut or `kill -9` would leave things.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

from haven.store import swap


def steps_of(data_dir: Path, scratch: Path, work: Callable[[Path], object]) -> list[str]:
    """The steps `work` passes, recorded on a copy of `data_dir` (the original is untouched)."""
    copy = scratch / "recording"
    shutil.copytree(data_dir, copy)
    seen: list[str] = []
    previous = swap.fault
    swap.fault = seen.append
    try:
        work(copy)
    finally:
        swap.fault = previous
        shutil.rmtree(copy, ignore_errors=True)
    return seen


def killed_at(step: str, work: Callable[[], object]) -> bool:
    """Run `work` in a child process killed at `step`. True when the kill happened."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:

            def fault(name: str) -> None:
                if name == step:
                    os.kill(os.getpid(), signal.SIGKILL)

            swap.fault = fault
            work()
            os._exit(0)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

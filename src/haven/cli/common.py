"""What every command shares: the two kinds of problem, and how Haven talks on a terminal.

Kept free of the vault and of Qt so that the passphrase reader (and the desktop window,
which uses it) can import it cheaply.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from haven import config

NOTHING_CHANGED = "Nothing was changed."


class Problem(Exception):
    """Something the person can fix. The message says what happened, what is safe, and how."""


class UsageProblem(Problem):
    """The command line asks for something that does not fit together (exit status 2)."""


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def tell(text: str) -> None:
    print(text, file=sys.stderr)


def when(moment: Any) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def data_dir(args: Any) -> Path:
    return config.data_dir(getattr(args, "data_dir", None))


def can_prompt() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError):
        return False


def confirm(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def refuse_overwrite(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise Problem(
            f"{out} already exists, and Haven will not overwrite it. {NOTHING_CHANGED} "
            "You could choose another name with --out."
        )


def check_out(out: Path) -> None:
    refuse_overwrite(out)
    if not out.parent.is_dir():
        raise Problem(
            f"The folder {out.parent} does not exist. You could create it first, or choose "
            f"another place with --out. {NOTHING_CHANGED}"
        )

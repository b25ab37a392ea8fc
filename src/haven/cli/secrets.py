"""The one reader of secrets: a passphrase (or recovery code, or PDF password) comes from the
first line of a file or from a no-echo prompt, never from an argument.

The desktop window reads `--passphrase-file` with this same reader (see `haven.app`), so the
file means the same thing to both front ends: its first line, UTF-8, line ending dropped.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

from haven.cli.common import NOTHING_CHANGED, Problem, can_prompt
from haven.domain.passphrase import PassphraseRejected, check_new
from haven.store.keyfile import DEFAULT_KDF, KdfParams

# Key derivation for every secret the CLI sets (init, passwd, recover, demo): the real cost.
# In-process tests replace it with a cheap one; subprocess tests pay the real price.
NEW_SECRET_KDF: KdfParams = DEFAULT_KDF

PASSPHRASE_ENV = "HAVEN_PASSPHRASE_FILE"

NO_TERMINAL = (
    "Haven needs your passphrase, and there is no terminal to ask in. "
    "You could name a private file whose first line is the passphrase with "
    f"--passphrase-file FILE (or the environment variable {PASSPHRASE_ENV}). {NOTHING_CHANGED}"
)


def passphrase_path(args: Any) -> Path | None:
    named = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV)
    return Path(named).expanduser() if named else None


def read_first_line(path: Path, what: str) -> str:
    """The first line of a small private file, without its line ending."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Problem(f"Haven could not find the {what} file {path}. {NOTHING_CHANGED}") from None
    except OSError as exc:
        raise Problem(
            f"Haven could not read the {what} file {path} ({exc.strerror or exc}). "
            f"{NOTHING_CHANGED}"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problem(f"The {what} file {path} is not UTF-8 text. {NOTHING_CHANGED}") from None
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise Problem(
            f"The first line of the {what} file {path} is empty; Haven reads the {what} "
            f"from that line. {NOTHING_CHANGED}"
        )
    return line


def ask(label: str) -> str:
    try:
        return getpass.getpass(label)
    except EOFError:
        raise Problem(f"Nothing was typed. {NOTHING_CHANGED}") from None


def current_passphrase(args: Any, prompt: str = "Passphrase: ") -> str:
    path = passphrase_path(args)
    if path is not None:
        return read_first_line(path, "passphrase")
    if not can_prompt():
        raise Problem(NO_TERMINAL)
    passphrase = ask(prompt)
    if not passphrase:
        raise Problem(f"The passphrase was empty. {NOTHING_CHANGED}")
    return passphrase


def new_passphrase(path: Path | None, option: str) -> str:
    """A new passphrase: from the file when one is named, else typed twice on a terminal.

    The domain's rules decide (domain.passphrase.check_new, the same as the window's): a
    weak one is refused with the reason, and what is set is the NFC form."""
    if path is not None:
        return _acceptable(read_first_line(path, "passphrase"))
    if not can_prompt():
        raise Problem(
            "Haven needs a new passphrase, and there is no terminal to ask in. You could name "
            f"a private file whose first line is the new passphrase with {option} FILE. "
            f"{NOTHING_CHANGED}"
        )
    first = ask("New passphrase: ")
    if not first:
        raise Problem(f"A passphrase cannot be empty. {NOTHING_CHANGED}")
    if ask("The same passphrase again: ") != first:
        raise Problem(
            f"The two passphrases were not the same. {NOTHING_CHANGED} You could try again."
        )
    return _acceptable(first)


def _acceptable(passphrase: str) -> str:
    try:
        return check_new(passphrase)
    except PassphraseRejected as rejected:
        raise Problem(f"{rejected} {NOTHING_CHANGED}") from None


def new_secret_kdf() -> KdfParams:
    """Read at call time, so a test that swaps NEW_SECRET_KDF reaches every command."""
    return NEW_SECRET_KDF

"""Commands about the journal itself: init, check, passwd, recover; and how every other
command opens the journal (`unlocked`), locking it again however the command ends."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from haven.cli import secrets
from haven.cli.common import NOTHING_CHANGED, Problem, can_prompt, data_dir, say, tell
from haven.cli.secrets import (
    ask,
    current_passphrase,
    new_passphrase,
    passphrase_path,
    read_first_line,
)
from haven.store.errors import VaultExists, VaultMissing
from haven.store.vault import Vault

RECOVERY_ADVICE = (
    "If you ever forget your passphrase, this code is the only way back into your journal.\n"
    "You might write it on paper and keep it somewhere safe and offline, away from this\n"
    "device. Anyone who has both this code and your journal's files could open them."
)


def existing_vault(args: argparse.Namespace) -> Vault:
    vault = Vault(data_dir(args))
    if not vault.exists:
        raise VaultMissing(str(vault.data_dir))
    return vault


@contextlib.contextmanager
def unlocked(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Vault]:
    """The journal, unlocked with the passphrase, and locked again however the block ends."""
    vault = existing_vault(args)
    if passphrase is None:
        passphrase = current_passphrase(args)
    vault.unlock(passphrase)
    try:
        yield vault
    finally:
        vault.lock()


def show_recovery_code(code: str) -> None:
    say()
    say("This is your recovery code. Haven shows it only this once:")
    say()
    say(f"    {code}")
    say()
    say(RECOVERY_ADVICE)


def cmd_init(args: argparse.Namespace) -> int:
    where = data_dir(args)
    if Vault(where).exists:
        raise VaultExists(str(where))
    passphrase = new_passphrase(passphrase_path(args), "--passphrase-file")
    vault, code = Vault.create(where, passphrase, kdf=secrets.new_secret_kdf())
    vault.lock()
    say(f"Your journal is ready in {where}. It is encrypted, and it stays on this device.")
    show_recovery_code(code)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        problems = vault.check()
    if not problems:
        say("Your journal is sound.")
        return 0
    tell("Haven found something in the journal that needs a look. It changed nothing.")
    for problem in problems:
        tell(f"  - {problem}")
    tell("A backup copy may help; the journal's folder has a 'backups' folder.")
    return 1


def cmd_passwd(args: argparse.Namespace) -> int:
    named = Path(args.new_passphrase_file).expanduser() if args.new_passphrase_file else None
    new = new_passphrase(named, "--new-passphrase-file") if named else None
    with unlocked(args) as vault:
        if new is None:
            new = new_passphrase(None, "--new-passphrase-file")
        vault.change_passphrase(new, kdf=secrets.new_secret_kdf())
    say("Your passphrase is changed. Your recovery code still works as before.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = existing_vault(args)
    named = Path(args.new_passphrase_file).expanduser() if args.new_passphrase_file else None
    new = new_passphrase(named, "--new-passphrase-file") if named else None
    if args.recovery_code_file:
        code = read_first_line(Path(args.recovery_code_file).expanduser(), "recovery code")
    elif can_prompt():
        code = ask("Recovery code: ")
    else:
        raise Problem(
            "Haven needs your recovery code, and there is no terminal to ask in. You could "
            f"name a file whose first line is the code with --recovery-code-file FILE. "
            f"{NOTHING_CHANGED}"
        )
    vault.unlock_with_recovery_code(code)
    try:
        if new is None:
            new = new_passphrase(None, "--new-passphrase-file")
        vault.change_passphrase(new, kdf=secrets.new_secret_kdf())
    finally:
        vault.lock()
    say("Your new passphrase is set. Your recovery code still works; keep it somewhere safe.")
    return 0

"""Commands about the journal itself: init, check, passwd, recover; and how every other
command opens the journal (`unlocked`), locking it again however the command ends."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from haven.cli import secrets
from haven.cli.common import (
    NOTHING_CHANGED,
    Problem,
    UsageProblem,
    can_prompt,
    confirm,
    data_dir,
    say,
    tell,
)
from haven.cli.secrets import (
    ask,
    current_passphrase,
    new_passphrase,
    passphrase_path,
    read_first_line,
)
from haven.store.errors import VaultDamaged, VaultExists, VaultMissing
from haven.store.rotation import RotationResult
from haven.store.vault import Vault
from haven.usecases.setup import create_journal

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
    vault, code = create_journal(where, passphrase, secrets.new_secret_kdf())
    vault.lock()
    say(f"Your journal is ready in {where}. It is encrypted, and it stays on this device.")
    show_recovery_code(code)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        problems = vault.check()
        way_back: str | None = None
        if problems:
            try:
                vault.refuse_if_damaged()
            except VaultDamaged as damaged:
                way_back = damaged.backup
    if not problems:
        say("Your journal is sound.")
        return 0
    tell("Haven found something in the journal that needs a look. It changed nothing.")
    for problem in problems:
        tell(f"  - {problem}")
    tell("Until it is sound again, Haven saves nothing more into it, so the damage cannot grow.")
    if way_back:
        tell(
            f"The newest sound backup is {way_back}. To bring it back: haven restore "
            f"{way_back} (the damaged journal is kept aside, not lost)."
        )
    else:
        tell(
            "Haven found no sound backup in the journal's 'backups' folder; a backup you "
            "made elsewhere can be brought back with 'haven restore FILE'."
        )
    return 1


ROTATE_QUESTION = (
    "Might someone else know your old passphrase? If so, Haven can give the journal a new "
    "key: then nothing the old passphrase or recovery code opened in the data folder opens "
    "any more, and you get a new recovery code. Type yes for a new key: "
)


def cmd_passwd(args: argparse.Namespace) -> int:
    named = Path(args.new_passphrase_file).expanduser() if args.new_passphrase_file else None
    new = new_passphrase(named, "--new-passphrase-file") if named else None
    if args.remove_backups and not args.rotate_key and not can_prompt():
        raise UsageProblem(f"--remove-backups goes with --rotate-key. {NOTHING_CHANGED}")
    with unlocked(args) as vault:
        if new is None:
            new = new_passphrase(None, "--new-passphrase-file")
        rotate = args.rotate_key or (can_prompt() and confirm(ROTATE_QUESTION))
        if rotate:
            result = vault.rotate_key(
                new, remove_backups=args.remove_backups, kdf=secrets.new_secret_kdf()
            )
        else:
            vault.change_passphrase(new, kdf=secrets.new_secret_kdf())
    if not rotate:
        say("Your passphrase is changed. Your recovery code still works as before.")
        return 0
    say("Your passphrase is changed. Your journal has a new key.")
    _tell_rotation(result)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Recovery always gives the journal a new key: a forgotten passphrase may be one
    someone else learned, and the person is here because something went wrong."""
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
        result = vault.rotate_key(
            new, remove_backups=args.remove_backups, kdf=secrets.new_secret_kdf()
        )
    finally:
        vault.lock()
    say("Your new passphrase is set. Your journal has a new key.")
    _tell_rotation(result)
    return 0


def _tell_rotation(result: RotationResult) -> None:
    say(
        "Your old passphrase and your old recovery code no longer open anything in the "
        "journal's folder, and the old key file copies there are gone."
    )
    if result.reencrypted:
        say(
            f"{_count(len(result.reencrypted), 'backup')} in the folder now open with the new "
            "passphrase or recovery code."
        )
    chosen = [n for n in result.removed if n not in result.unopenable]
    if chosen:
        say(f"{_count(len(chosen), 'backup')} in the folder were removed, as you chose.")
    if result.unopenable:
        say(
            f"{_count(len(result.unopenable), 'older copy', 'older copies')} that the journal's "
            "key could not open (from before a restore) were removed, so no old passphrase "
            f"opens them: {', '.join(result.unopenable)}."
        )
    if result.keychain_dropped:
        say(
            "Remembering on this device is off now: the keychain did not answer. You can "
            "switch it on again in Settings."
        )
    say(
        "Copies made elsewhere (a backup on a USB stick, a copy of this computer's disk) "
        "still open with the old passphrase: Haven cannot reach them. If someone may have "
        "one, you might delete your own such copies and make new ones."
    )
    show_recovery_code(result.recovery_code)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"

"""Commands for copies of the journal: backup and restore; and the automatic encrypted
backup every command that changes the journal makes afterwards (at most once an hour)."""

from __future__ import annotations

import argparse
from pathlib import Path

from haven.cli.common import (
    NOTHING_CHANGED,
    Problem,
    can_prompt,
    check_out,
    confirm,
    data_dir,
    refuse_overwrite,
    say,
    tell,
)
from haven.cli.secrets import current_passphrase, read_first_line
from haven.cli.vault import unlocked
from haven.store.errors import WrongSecret
from haven.store.vault import Vault
from haven.usecases.backups import AfterChange


def auto_backup(vault: Vault) -> None:
    """An automatic encrypted backup after a change, at most once an hour. If it cannot be
    made, say so: what was saved is safe either way."""
    outcome = AfterChange().run(vault)
    if outcome.problem is not None:
        tell(
            f"Haven could not make its hourly automatic backup this time ({outcome.problem}). "
            "What you saved is safe in your journal."
        )


def cmd_backup(args: argparse.Namespace) -> int:
    from haven.store.backups import summarise
    from haven.store.vault import key_path_for_backup

    out = Path(args.out).expanduser().absolute()
    check_out(out)
    key_out = key_path_for_backup(out)
    live_key = Vault(data_dir(args)).key_path
    if not _own_leftover(key_out, live_key):  # a retry after a killed backup may replace it
        refuse_overwrite(key_out)
    with unlocked(args) as vault:
        try:
            key_copy = vault.backup_to(out)
        except FileExistsError as exc:
            refuse_overwrite(Path(exc.filename or out))
            raise
        held = summarise(vault).describe()
    say(
        f"Your backup is saved at {out}, and its key file at {key_copy}. It is encrypted: "
        "it opens with the passphrase or the recovery code your journal has now (a later "
        "change of passphrase does not change the backup's)."
    )
    say("Keep the two files together: without its key file, the backup cannot be opened.")
    say(f"It holds {held}")
    return 0


def _own_leftover(key_out: Path, live_key: Path) -> bool:
    """A key file copy left by a backup killed before the copy got its name."""
    try:
        return not key_out.is_symlink() and key_out.read_bytes() == live_key.read_bytes()
    except OSError:
        return False


def cmd_restore(args: argparse.Namespace) -> int:
    from haven.store.backups import inspect_backup, restore

    backup = Path(args.file).expanduser().absolute()
    if not args.yes and not can_prompt():
        raise Problem(
            "Restoring replaces your current journal (it is kept as a copy first), so Haven "
            "asks before it does. There is no terminal to ask in: you could add --yes to go "
            f"ahead. {NOTHING_CHANGED}"
        )
    # A backup opens with the passphrase or the recovery code of the vault it came from.
    secret: dict[str, str] = {}
    if args.recovery_code_file:
        path = Path(args.recovery_code_file).expanduser()
        secret["recovery_code"] = read_first_line(path, "recovery code")
        what = "recovery code"
    else:
        secret["passphrase"] = current_passphrase(args, "Passphrase of the backup: ")
        what = "passphrase"
    try:
        held = inspect_backup(backup, **secret)
    except WrongSecret:
        raise Problem(f"That {what} didn't open this backup. Nothing was changed.") from None
    say(f"This backup holds {held.describe()}")
    if not args.yes and not confirm(
        "Replace your current journal with this backup? Your current journal is kept as a "
        "copy first. Type yes to go ahead: "
    ):
        say(NOTHING_CHANGED)
        return 1
    kept = restore(data_dir(args), backup, **secret)
    say(
        f"Your journal is now the one from {backup}. It opens with that backup's passphrase "
        "and recovery code."
    )
    if kept is not None:
        say(
            f"The journal you had before is kept at {kept.absolute()}, with its key file beside "
            "it, "
            "in case you want it back."
        )
    return 0

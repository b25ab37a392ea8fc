"""Making a demo journal, all or nothing, like an import.

`haven demo` once created the journal in place and then filled it: stopped by Ctrl-C or by
an error, it left a half-filled journal whose recovery code was never shown, and running it
again refused because a journal existed. Now the journal is made and filled in a private
stage folder inside the data folder and swapped in whole (haven.store.swap, the same steps
restore and key rotation use): stopped or failed at any moment before the swap, the stage is
removed and no journal exists; after the swap's commit point the journal is complete.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from haven.store import swap
from haven.store.errors import VaultExists
from haven.store.keyfile import KdfParams
from haven.store.vault import Vault
from haven.store.vaultlock import LOCK_NAME, VaultLock
from haven.system.files import make_private_dir

Populate = Callable[..., dict[str, int]]


def _default_populate(vault: Any, *, years: int) -> dict[str, int]:
    from haven.demo import populate

    return populate(vault, years=years)


def create_demo_journal(
    data_dir: Path,
    passphrase: str,
    kdf: KdfParams,
    *,
    years: int = 1,
    populate: Populate = _default_populate,
) -> tuple[dict[str, int], str]:
    """A new journal in `data_dir` filled with `years` of fictional history.

    Returns what was written (counts by kind) and the recovery code, to be shown once.
    Raises VaultExists when a journal is already there. Interrupted or failed, it leaves no
    journal behind (and removes the data folder again if it made it and nothing else is in it).
    """
    data_dir = Path(data_dir)
    if Vault(data_dir).exists:
        raise VaultExists(str(data_dir))
    made_folder = not data_dir.exists()
    make_private_dir(data_dir)
    lock = VaultLock(data_dir)
    try:
        lock.acquire_exclusive()
        if swap.pending(data_dir):
            swap.settle(data_dir)
        if Vault(data_dir).exists:
            raise VaultExists(str(data_dir))
        stage = swap.new_stage(data_dir)
        try:
            vault, code = Vault.create(stage, passphrase, kdf=kdf)
            try:
                counts = populate(vault, years=years)
            finally:
                vault.lock()
            plan = swap.SwapPlan(stage=stage.name, keep_aside=False)
            swap.commit(data_dir, plan)
        except BaseException:
            if not (data_dir / swap.JOURNAL_NAME).exists():
                swap.discard_stage(stage)
                lock.release()
                if made_folder:
                    _remove_if_only_the_lock(data_dir)
            raise
        swap.roll_forward(data_dir, plan)
    finally:
        lock.release()
    return counts, code


def _remove_if_only_the_lock(folder: Path) -> None:
    with contextlib.suppress(OSError):
        if [p.name for p in folder.iterdir()] == [LOCK_NAME]:
            (folder / LOCK_NAME).unlink()
        folder.rmdir()

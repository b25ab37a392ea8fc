"""The command line's own words for what the store reports as facts.

The store says what happened (no journal in this folder, damage found and the newest sound
backup); here the command line adds the way on that a terminal offers: a command to type,
an option to add. The window says the same facts with its own buttons (haven.ui.kit.words).
"""

from __future__ import annotations

from haven.store.errors import HavenStoreError, VaultDamaged, VaultExists, VaultMissing


def store_problem(error: HavenStoreError) -> str:
    """The message for a store error, with what to type next where there is something."""
    if isinstance(error, VaultMissing):
        return (
            f"There is no Haven journal in {error.where} yet. "
            "You can create one with 'haven init', or choose another folder with --data-dir."
        )
    if isinstance(error, VaultExists):
        return (
            f"A Haven journal already exists in {error.where}. Nothing was changed. "
            "To start another, choose a different folder with --data-dir."
        )
    if isinstance(error, VaultDamaged):
        way_back = (
            f"The newest sound backup is {error.backup}: 'haven restore {error.backup}' "
            "brings it back (the damaged journal is kept aside)."
            if error.backup
            else "Haven found no sound backup in the data folder; a backup you made "
            "elsewhere ('haven backup') can be restored with 'haven restore FILE'."
        )
        return (
            "Haven found damage in the journal, so it saves nothing more into it: writing "
            f"could make the damage worse. What is there is unchanged. {way_back}"
        )
    return str(error)

"""The window's own words for what the store reports as facts.

The store says what happened; the window adds the way on it offers (a place in Settings),
never a terminal command. The command line does the same with its words (haven.cli.words).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from haven.store.errors import HavenStoreError, VaultDamaged


def _t(text: str) -> str:
    return QCoreApplication.translate("StoreWords", text)


def store_problem(error: HavenStoreError) -> str:
    """The message for a store error, with the window's way on where there is one."""
    if isinstance(error, VaultDamaged):
        return (
            str(error)
            + " "
            + _t("To bring a backup back, choose Settings, then “Restore from a backup…”.")
        )
    return str(error)

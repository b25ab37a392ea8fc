"""The only layer that talks SQL: the SQLCipher vault, its key file, migrations, repositories.

Exports load on first use (PEP 562): `haven.config` needs only `haven.system.files`, and
importing the vault (SQLCipher, Argon2, cryptography, keyring) before the first window is
painted made Haven's start noticeably slower.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from haven.store.errors import (
        HavenStoreError,
        KeychainUnavailable,
        KeyFileError,
        PlaintextDatabase,
        VaultCorrupt,
        VaultExists,
        VaultLocked,
        VaultMissing,
        WrongSecret,
    )
    from haven.store.vault import Vault

_EXPORTS = {
    "HavenStoreError": "haven.store.errors",
    "KeyFileError": "haven.store.errors",
    "KeychainUnavailable": "haven.store.errors",
    "PlaintextDatabase": "haven.store.errors",
    "VaultCorrupt": "haven.store.errors",
    "VaultExists": "haven.store.errors",
    "VaultLocked": "haven.store.errors",
    "VaultMissing": "haven.store.errors",
    "WrongSecret": "haven.store.errors",
    "Vault": "haven.store.vault",
}

__all__ = [
    "HavenStoreError",
    "KeyFileError",
    "KeychainUnavailable",
    "PlaintextDatabase",
    "Vault",
    "VaultCorrupt",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WrongSecret",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'haven.store' has no attribute {name!r}")

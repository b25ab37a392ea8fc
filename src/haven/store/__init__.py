"""The only layer that talks SQL: the SQLCipher vault, its key file, migrations, repositories."""

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

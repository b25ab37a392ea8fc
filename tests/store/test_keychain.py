"""The optional keychain slot: off by default, honest when unavailable, never in the way."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from haven.store import KeychainUnavailable, Vault, keychain
from tests.conftest import PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


def test_the_keychain_slot_is_off_until_switched_on(
    vault: Vault, memory_keyring: MemoryKeyring
) -> None:
    assert not vault.keychain_enabled
    assert memory_keyring.entries == {}


def test_switched_on_it_opens_the_vault_without_a_passphrase(
    vault: Vault, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    vault.enable_keychain()
    assert vault.keychain_enabled
    stored = list(memory_keyring.entries)
    assert stored and stored[0][0] == keychain.SERVICE == "local-notes"
    vault.lock()
    again = Vault(data_dir)
    again.unlock_with_keychain()
    assert again.is_unlocked
    again.disable_keychain()
    assert memory_keyring.entries == {}
    again.lock()
    with pytest.raises(KeychainUnavailable, match="switched off"):
        Vault(data_dir).unlock_with_keychain()


def test_the_keychain_holds_a_wrapping_key_not_the_data_key(
    vault: Vault,
    memory_keyring: MemoryKeyring,
) -> None:
    vault.enable_keychain()
    remembered = keychain.load(vault.key_file().vault_id)
    assert remembered != vault._key()


def test_with_no_keychain_at_all_haven_says_why_and_the_passphrase_still_works(
    vault: Vault, data_dir: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    available, reason = keychain.status()
    assert not available and "passphrase" in reason
    with pytest.raises(KeychainUnavailable):
        vault.enable_keychain()
    assert not vault.keychain_enabled
    vault.lock()
    Vault(data_dir).unlock(PASSPHRASE)


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_locked_keychain_falls_back_quietly(
    vault: Vault, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    vault.enable_keychain()
    vault.lock()
    keyring.set_keyring(LockedKeyring())
    assert keychain.status() == (
        False,
        "The computer's keychain is locked, so Haven asks for your passphrase instead.",
    )
    with pytest.raises(KeychainUnavailable, match="locked"):
        Vault(data_dir).unlock_with_keychain()
    Vault(data_dir).unlock(PASSPHRASE)


def _secret_service_reachable() -> bool:
    return (
        bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
        and shutil.which("gnome-keyring-daemon") is not None
    )


@pytest.mark.real_keyring
@pytest.mark.skipif(
    not _secret_service_reachable(),
    reason="needs a D-Bus session with gnome-keyring: run through ./test",
)
def test_a_real_secret_service_remembers_and_forgets(vault: Vault, data_dir: Path) -> None:
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    try:
        assert keychain.status()[0], keychain.status()[1]
        vault.enable_keychain()
        vault_id = vault.key_file().vault_id
        vault.lock()
        again = Vault(data_dir)
        again.unlock_with_keychain()
        again.disable_keychain()
        again.lock()
        with pytest.raises(KeychainUnavailable):
            keychain.load(vault_id)
    finally:
        keyring.set_keyring(fail.Keyring())

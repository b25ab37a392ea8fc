"""The optional OS-keychain slot, through `keyring`.

Off unless the person switches it on: anyone who can log in to this computer account could
then open Haven. The keychain holds a random wrapping key, never the data key itself, so
turning the slot off in the key file disables it even if the keychain entry lingers.

When no keychain works (no D-Bus, a locked or absent Secret Service, the `fail` backend)
every call here raises KeychainUnavailable with a reason a person can read; callers fall
back to the passphrase quietly.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import Any

from haven.store.errors import KeychainUnavailable

# A neutral service name: someone browsing the keychain should not learn what this is.
SERVICE = "local-notes"


def _backend() -> Any:
    import keyring  # on first use only: it costs ~30 ms at start-up
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring can fail while choosing a backend
        raise KeychainUnavailable(_reason(exc)) from None
    if isinstance(backend, fail.Keyring):
        raise KeychainUnavailable(
            "This computer has no keychain Haven can use, so your passphrase is always needed."
        )
    return backend


def _reason(exc: BaseException) -> str:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return "The computer's keychain is locked, so Haven asks for your passphrase instead."
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "This computer has no keychain Haven can use, so your passphrase is always needed."
    return (
        "The computer's keychain did not answer, so Haven asks for your passphrase instead. "
        f"({type(exc).__name__})"
    )


def status() -> tuple[bool, str]:
    """Whether a keychain works here, and if not, why (in plain words)."""
    try:
        _backend().get_password(SERVICE, "availability-check")
    except KeychainUnavailable as exc:
        return False, str(exc)
    except Exception as exc:
        return False, _reason(exc)
    return True, "The computer's keychain is available."


def store(vault_id: str, wrapping_key: bytes) -> None:
    try:
        _backend().set_password(SERVICE, vault_id, base64.b64encode(wrapping_key).decode())
    except KeychainUnavailable:
        raise
    except Exception as exc:
        raise KeychainUnavailable(_reason(exc)) from None


def load(vault_id: str) -> bytes:
    try:
        value = _backend().get_password(SERVICE, vault_id)
    except KeychainUnavailable:
        raise
    except Exception as exc:
        raise KeychainUnavailable(_reason(exc)) from None
    if value is None:
        raise KeychainUnavailable("This device does not remember the journal's key any more.")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeychainUnavailable("The key remembered on this device is damaged.") from None


def forget(vault_id: str) -> None:
    """Remove the remembered key; quiet when there is none or no keychain at all."""
    # Nothing remembered, or no keychain at all: then there is nothing to forget.
    with contextlib.suppress(Exception):
        _backend().delete_password(SERVICE, vault_id)

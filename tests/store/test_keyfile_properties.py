"""Property tests for the key file: wrapping round-trips, any tampering is caught, any bytes
are either a key file or a KeyFileError, and absurd KDF settings are refused before work."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haven.store.errors import KeyFileError, WrongSecret
from haven.store.keyfile import CHEAP_KDF, PASSPHRASE, RECOVERY, KdfParams, KeyFile

FAST = settings(max_examples=40, derandomize=True, deadline=None)
secrets_ = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
keys = st.binary(min_size=32, max_size=32)


@FAST
@given(secrets_, secrets_, keys)
def test_a_wrapped_key_opens_with_its_secret_and_survives_the_file(
    secret: str, other: str, key: bytes
) -> None:
    key_file = KeyFile(vault_id="v", slots={})
    key_file.wrap_with_secret(PASSPHRASE, secret, key, CHEAP_KDF)
    again = KeyFile.from_bytes(key_file.to_bytes())
    assert again.unwrap_with_secret(PASSPHRASE, secret) == key
    if other != secret:
        with pytest.raises(WrongSecret):
            again.unwrap_with_secret(PASSPHRASE, other)


@FAST
@given(keys, st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_change_to_a_wrapped_key_is_caught(key: bytes, where: int, flip: int) -> None:
    key_file = KeyFile(vault_id="v", slots={})
    key_file.wrap_with_secret(RECOVERY, "code", key, CHEAP_KDF)
    slot = key_file.slots[RECOVERY]
    wrapped = bytearray(slot.wrapped)
    wrapped[where % len(wrapped)] ^= flip
    slot.wrapped = bytes(wrapped)
    with pytest.raises((WrongSecret, KeyFileError)):
        KeyFile.from_bytes(key_file.to_bytes()).unwrap_with_secret(RECOVERY, "code")


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_are_a_key_file_or_a_key_file_error(data: bytes) -> None:
    with contextlib.suppress(KeyFileError):
        KeyFile.from_bytes(data)


def _tampered(**kdf: object) -> bytes:
    key_file = KeyFile(vault_id="v", slots={})
    key_file.wrap_with_secret(PASSPHRASE, "p", b"k" * 32, CHEAP_KDF)
    doc = json.loads(key_file.to_bytes())
    doc["slots"][0]["kdf"].update(kdf)
    return json.dumps(doc).encode("ascii")


@pytest.mark.parametrize(
    "kdf",
    [
        {"time_cost": 2**31},
        {"time_cost": 0},
        {"memory_kib": 2**40},
        {"memory_kib": 1},
        {"parallelism": 10**6},
        {"parallelism": True},
        {"time_cost": "6"},
        {"time_cost": 1.5},
    ],
)
def test_absurd_kdf_settings_are_refused_before_any_work(kdf: dict[str, object]) -> None:
    with pytest.raises(KeyFileError, match=r"tampered|do not fit"):
        KeyFile.from_bytes(_tampered(**kdf))


def test_the_default_and_test_settings_are_within_the_bounds() -> None:
    for params in (KdfParams(), CHEAP_KDF):
        raw = _tampered(
            time_cost=params.time_cost, memory_kib=params.memory_kib, parallelism=params.parallelism
        )
        KeyFile.from_bytes(raw)

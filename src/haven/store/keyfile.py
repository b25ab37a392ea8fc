"""The key file: the vault's random data key, wrapped once per slot.

Why a key file beside the database: the database is encrypted with a random 256-bit data
key. The key is stored only wrapped (AES-256-GCM) by a key derived from something the person
holds — the passphrase (Argon2id), the recovery code (Argon2id), or an OS-keychain secret.
Changing the passphrase rewraps the data key; it never re-encrypts the database.

Each slot records the KDF parameters it was made with, so a vault always opens with its own.
The file is written atomically (temp file, fsync, rename) with mode 0600.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from haven.store.errors import KeyFileError, WrongSecret
from haven.store.securefs import write_atomic

FORMAT = "haven-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYCHAIN = "keychain"
SLOT_KINDS = (PASSPHRASE, RECOVERY, KEYCHAIN)


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. DEFAULT takes about 0.35 s on the reference machine (bench/README.md)."""

    time_cost: int = 6
    memory_kib: int = 128 * 1024
    parallelism: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        from argon2.low_level import Type, hash_secret_raw  # loaded when first needed

        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            self.time_cost,
            self.memory_kib,
            self.parallelism,
            DATA_KEY_BYTES,
            Type.ID,
        )


DEFAULT_KDF = KdfParams()

# What a key file may ask for. Outside these, the file is refused before any Argon2 work: a
# tampered file could otherwise ask for hours of work or terabytes of memory. The upper
# bounds are far above DEFAULT (8x its time, 8x its memory) so a future retuning fits.
KDF_BOUNDS = {"time_cost": (1, 48), "memory_kib": (8, 1024 * 1024), "parallelism": (1, 16)}
SALT_BYTES = (16, 64)
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and its GCM tag
MAX_KEY_FILE_BYTES = 64 * 1024


def checked_kdf(time_cost: object, memory_kib: object, parallelism: object) -> KdfParams:
    """KdfParams from a key file, or KeyFileError when any is outside KDF_BOUNDS."""
    values = {"time_cost": time_cost, "memory_kib": memory_kib, "parallelism": parallelism}
    for name, value in values.items():
        low, high = KDF_BOUNDS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise KeyFileError(
                f"its key derivation setting {name} is {str(value)[:20]}, outside {low}-{high}; "
                "it may have been tampered with"
            )
    if memory_kib < 8 * parallelism:  # type: ignore[operator]
        raise KeyFileError("its key derivation settings do not fit together")
    return KdfParams(time_cost, memory_kib, parallelism)  # type: ignore[arg-type]


# Only for tests and benchmarks that create many throwaway vaults.
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(slots=True)
class Slot:
    kind: str
    nonce: bytes
    wrapped: bytes
    salt: bytes | None = None
    kdf: KdfParams | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf is not None and self.salt is not None:
            out["kdf"] = {"name": "argon2id", **asdict(self.kdf), "salt": _b64(self.salt)}
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        kdf = salt = None
        if "kdf" in raw:
            k = raw["kdf"]
            if k.get("name") != "argon2id":
                raise KeyFileError(f"unknown key derivation {k.get('name')!r}")
            kdf = checked_kdf(k["time_cost"], k["memory_kib"], k["parallelism"])
            salt = _unb64(k["salt"])
            if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
                raise KeyFileError("its salt has the wrong length")
        nonce, wrapped = _unb64(raw["nonce"]), _unb64(raw["wrapped"])
        if len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
            raise KeyFileError("a wrapped key has the wrong length")
        return cls(str(raw["kind"]), nonce, wrapped, salt, kdf)


def _aad(vault_id: str, kind: str) -> bytes:
    # Binds a wrapped key to its vault and slot, so slots cannot be swapped between files.
    return f"{FORMAT}/{VERSION}/{vault_id}/{kind}".encode()


@dataclass(slots=True)
class KeyFile:
    vault_id: str
    slots: dict[str, Slot]

    # -- making and opening slots -------------------------------------------------------
    def wrap_with_secret(
        self, kind: str, secret: str, data_key: bytes, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        salt = secrets.token_bytes(16)
        self._wrap(kind, kdf.derive(secret, salt), data_key, salt, kdf)

    def wrap_with_raw_key(self, kind: str, wrapping_key: bytes, data_key: bytes) -> None:
        self._wrap(kind, wrapping_key, data_key, None, None)

    def _wrap(
        self,
        kind: str,
        wrapping_key: bytes,
        data_key: bytes,
        salt: bytes | None,
        kdf: KdfParams | None,
    ) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(self.vault_id, kind))
        self.slots[kind] = Slot(kind, nonce, wrapped, salt, kdf)

    def unwrap_with_secret(self, kind: str, secret: str) -> bytes:
        slot = self._slot(kind)
        if slot.kdf is None or slot.salt is None:
            raise KeyFileError(f"the {kind} slot has no key derivation settings")
        return self._unwrap(slot, slot.kdf.derive(secret, slot.salt))

    def unwrap_with_raw_key(self, kind: str, wrapping_key: bytes) -> bytes:
        return self._unwrap(self._slot(kind), wrapping_key)

    def _slot(self, kind: str) -> Slot:
        try:
            return self.slots[kind]
        except KeyError:
            raise KeyFileError(f"the key file has no {kind} slot") from None

    def _unwrap(self, slot: Slot, wrapping_key: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped, _aad(self.vault_id, slot.kind)
            )
        except InvalidTag:
            what = "recovery code" if slot.kind == RECOVERY else slot.kind
            raise WrongSecret(what) from None
        if len(key) != DATA_KEY_BYTES:
            raise KeyFileError("the stored key has the wrong length")
        return key

    # -- the file -----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots.values()],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(f"{path.name} is missing") from None
        except OSError as exc:
            raise KeyFileError(f"{path.name}: {exc.strerror}") from None
        return cls.from_bytes(raw)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileError("it is far too large to be a key file")
        try:
            doc = json.loads(raw.decode("ascii"))
            if doc.get("format") != FORMAT:
                raise KeyFileError("it is not a Haven key file")
            if doc.get("version") != VERSION:
                raise KeyFileError(f"key file version {doc.get('version')} is not supported")
            slots = {}
            for raw_slot in doc["slots"]:
                slot = Slot.from_json(raw_slot)
                if slot.kind not in SLOT_KINDS:
                    raise KeyFileError(f"unknown slot {slot.kind!r}")
                slots[slot.kind] = slot
            return cls(str(doc["vault_id"]), slots)
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise KeyFileError(f"it is damaged: {type(exc).__name__}") from None


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


# -- recovery codes -------------------------------------------------------------------
# Crockford's base32 alphabet: no I, L, O or U, so a handwritten code reads back right.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 4  # 24 symbols × 5 bits = 120 bits


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_code(text: str) -> str:
    """Accept the code as people type it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        ch not in _ALPHABET for ch in cleaned
    ):
        raise WrongSecret("recovery code")
    return "-".join(
        cleaned[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN)
    )


def new_raw_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def wipe(buffer: bytearray) -> None:
    """Overwrite a key held in a bytearray. Python cannot promise more than this."""
    for i in range(len(buffer)):
        buffer[i] = 0

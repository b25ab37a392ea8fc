"""Shared test set-up: an isolated home for every test, cheap key derivation, a memory keyring.

Every test gets fresh XDG folders and HAVEN_DATA_DIR under its own tmp_path, so nothing a
test does can reach the real user's files, and the sensitive-data scans can look at every
file Haven wrote.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from haven.store import Vault, sqlcipher_library
from haven.store.keyfile import CHEAP_KDF
from tests.support.memory_keyring import MemoryKeyring

# Load SQLCipher the way Haven does, before any test module can import it by itself, so the
# suite runs with the lookaside pool Haven runs with (see haven.store.sqlcipher_library).
sqlcipher_library.dbapi2()

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("HAVEN_DATA_DIR", str(home / "haven-data"))
    monkeypatch.delenv("HAVEN_PASSPHRASE_FILE", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    return Path(os.environ["HAVEN_DATA_DIR"])


@pytest.fixture
def vault_and_code(data_dir: Path) -> Iterator[tuple[Vault, str]]:
    vault, code = Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)
    yield vault, code
    vault.lock()


@pytest.fixture
def vault(vault_and_code: tuple[Vault, str]) -> Vault:
    return vault_and_code[0]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret" / "passphrase.txt"
    path.parent.mkdir()
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path

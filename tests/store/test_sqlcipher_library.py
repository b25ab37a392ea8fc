"""SQLCipher is loaded in one place, which gives each connection a larger lookaside pool.

The pool is a speed measure (bench/README.md, "Imports at bulk speed"); these tests show
that it takes effect, that it is left alone when it cannot be set safely, and that SQLCipher
still encrypts, wipes and exports after the library was stopped and started again.
Each runs in a fresh process, because the pool can be set only before the first connection.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from haven.store import sqlcipher_library

SRC = Path(__file__).resolve().parents[2] / "src"
POOL_BYTES = sqlcipher_library.LOOKASIDE_SLOT_BYTES * sqlcipher_library.LOOKASIDE_SLOTS

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the pool is set on Linux only"
)

# One connection's share of SQLite's memory, and what the loader recorded.
POOL_PROBE = """
import ctypes, json, sys
if sys.argv[1] == "sqlcipher first":
    import sqlcipher3  # loaded by someone else before Haven
from haven.store import sqlcipher_library
dbapi2 = sqlcipher_library.dbapi2()
library = ctypes.CDLL(sys.modules["sqlcipher3._sqlite3"].__file__)
library.sqlite3_memory_used.restype = ctypes.c_int64
before = library.sqlite3_memory_used()
conn = dbapi2.connect(":memory:")
print(json.dumps({"grew": library.sqlite3_memory_used() - before,
                  "lookaside": sqlcipher_library.lookaside}))
"""

# Locked memory (VmLck) before and after the first connection, and the setting it opened with.
FIRST_CONNECTION = """
import json, re
from pathlib import Path
from haven.store import sqlcipher_library
def locked_kib():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmLck:\\s+(\\d+) kB", status)[1])
dbapi2 = sqlcipher_library.dbapi2()
before = locked_kib()
conn = dbapi2.connect(":memory:")
print(json.dumps({"locked_kib": locked_kib() - before,
                  "security": conn.execute("PRAGMA cipher_memory_security").fetchone()[0]}))
"""

AFTER_RESTART = """
import json, sys
from pathlib import Path
from haven.store import Vault, sqlcipher_library
from haven.store.keyfile import CHEAP_KDF
from haven.domain.models import JournalEntry
folder = Path(sys.argv[1])
vault, _ = Vault.create(folder / "journal", "a passphrase for this test only", kdf=CHEAP_KDF)
vault.journal.add(JournalEntry(title="Marker title", body="LOOKASIDE-MARKER-7731 in the body"))
security = vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
vault.conn.execute(
    "ATTACH DATABASE ? AS copy KEY \\"x'" + "11" * 32 + "'\\"", (str(folder / "copy.db"),)
)
vault.conn.execute("SELECT sqlcipher_export('copy')")
copied = vault.conn.execute("SELECT count(*) FROM copy.journal_entries").fetchone()[0]
vault.conn.execute("DETACH DATABASE copy")
vault.lock()
print(json.dumps({"lookaside": sqlcipher_library.lookaside, "security": security,
                  "copied": copied}))
"""


def _run(program: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@linux_only
def test_when_haven_loads_sqlcipher_each_connection_gets_the_larger_pool() -> None:
    probe = _run(POOL_PROBE, "haven first")
    assert probe["lookaside"] == [1200, 500]
    assert int(probe["grew"]) >= POOL_BYTES  # type: ignore[call-overload]


def test_when_sqlcipher_was_loaded_before_haven_the_default_pool_stays() -> None:
    # A connection may already be open then, and stopping the library under it is unsafe.
    probe = _run(POOL_PROBE, "sqlcipher first")
    assert probe["lookaside"] is None
    assert int(probe["grew"]) < POOL_BYTES  # type: ignore[call-overload]


@linux_only
def test_after_the_restart_sqlcipher_still_encrypts_wipes_and_exports(tmp_path: Path) -> None:
    result = _run(AFTER_RESTART, str(tmp_path))
    assert result == {"lookaside": [1200, 500], "security": "1", "copied": 1}
    for path in [*tmp_path.rglob("*.db"), tmp_path / "copy.db"]:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path
        assert b"LOOKASIDE-MARKER-7731" not in data, path


@linux_only
def test_memory_security_is_on_before_the_first_connection_so_its_pool_is_locked() -> None:
    # Set by the connection's own pragma, it came after the pool and the first pages were
    # taken: those were wiped when freed but never kept out of swap.
    first = _run(FIRST_CONNECTION)
    assert first["security"] == "1"
    assert int(first["locked_kib"]) * 1024 >= POOL_BYTES  # type: ignore[call-overload]


def test_the_test_suite_runs_with_the_pool_haven_runs_with() -> None:
    # conftest loads SQLCipher through Haven before any test module can.
    expected = (1200, 500) if sys.platform.startswith("linux") else None
    assert sqlcipher_library.lookaside == expected


def test_only_the_loader_imports_sqlcipher3() -> None:
    importers = set()
    for path in (SRC / "haven").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n == "sqlcipher3" or n.startswith("sqlcipher3.") for n in names):
                importers.add(path.relative_to(SRC).as_posix())
    assert importers == {"haven/store/sqlcipher_library.py"}

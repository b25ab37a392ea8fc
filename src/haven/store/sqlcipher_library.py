"""SQLCipher's DB-API module, loaded in one place, with a larger lookaside per connection.

Why the lookaside: Haven runs SQLCipher with `cipher_memory_security` on, so every block
SQLite takes from the heap costs two system calls (locked in memory when taken, wiped and
unlocked when freed). SQLite serves its small, short-lived blocks (cursors, records, the
values a statement binds) from a per-connection "lookaside" pool instead, which is one
block, locked once and wiped when the connection closes. The default pool holds about 120
blocks and is full as soon as a few statements are prepared; during an import of 20,000
entries 77,000 blocks then went to the heap. With 500 slots of 1,200 bytes none did, and
writing those entries took about a quarter less time (bench/README.md).

SQLite takes the pool's size only while the library is stopped (`sqlite3_config`), and the
Python module starts the library as it loads. So when Haven is the one loading the module,
no connection can exist yet, and the library is stopped, configured and started again.
When something else loaded it earlier, or on a system where this was not measured, the
default stays: the pool changes speed only, never what Haven stores or how.

The loader also turns on `cipher_memory_security` for the whole process (SQLCipher keeps it
process-wide, and it cannot be turned off again) before Haven's first connection opens.
Set by that connection's own pragma, it came after the connection had taken its pool and
read its first pages, so those were wiped when freed but never locked.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from types import ModuleType

LOOKASIDE_SLOT_BYTES = 1200
LOOKASIDE_SLOTS = 500
_SQLITE_OK = 0
_SQLITE_CONFIG_LOOKASIDE = 13

# Only the benchmark's experiment turns this off (bench/bench_import.py), never Haven.
MEMORY_SECURITY = True

_loaded: ModuleType | None = None
_loading = threading.Lock()
# (slot size, slots) when Haven set the pool; None when SQLite's default stayed.
lookaside: tuple[int, int] | None = None


def dbapi2() -> ModuleType:
    """`sqlcipher3.dbapi2`, loaded on first use (the unlock window needs no database)."""
    global _loaded
    if _loaded is None:
        with _loading:
            if _loaded is None:
                first = "sqlcipher3" not in sys.modules
                from sqlcipher3 import dbapi2 as module

                if first:
                    _set_lookaside()
                if MEMORY_SECURITY:
                    _memory_security_on(module)
                _loaded = module
    return _loaded


def _memory_security_on(module: ModuleType) -> None:
    """Lock and wipe SQLite's memory from the first block of Haven's first connection."""
    conn = module.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
    finally:
        conn.close()


def _set_lookaside() -> None:
    """Stop the just-loaded library, size each connection's pool, start it again.

    Only on Linux: `sqlite3_config` takes variable arguments, which ctypes passes the way
    a fixed-argument call would; that is right on Linux's x86-64 and ARM64 conventions and
    not on every other platform (macOS on ARM passes them on the stack)."""
    global lookaside
    if not sys.platform.startswith("linux"):
        return
    try:
        library = ctypes.CDLL(sys.modules["sqlcipher3._sqlite3"].__file__)
        shutdown, config = library.sqlite3_shutdown, library.sqlite3_config
        initialize = library.sqlite3_initialize
    except (KeyError, AttributeError, OSError, TypeError):
        return  # the symbols are not reachable from here: keep SQLite's default
    shutdown()
    applied = config(
        _SQLITE_CONFIG_LOOKASIDE,
        ctypes.c_int(LOOKASIDE_SLOT_BYTES),
        ctypes.c_int(LOOKASIDE_SLOTS),
    )
    initialize()
    if applied == _SQLITE_OK:
        lookaside = (LOOKASIDE_SLOT_BYTES, LOOKASIDE_SLOTS)

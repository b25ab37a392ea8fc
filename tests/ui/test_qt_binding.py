"""The Qt binding Haven runs on must not corrupt Python's True when a bool signal fires.

PySide6 6.12.0 dropped a reference to True on every Signal(bool) emit; the interpreter then
aborted at exit ("bool_dealloc: deallocating True or False"). pyproject.toml pins below 6.12;
this test runs the reproduction so a later upgrade cannot bring the crash back unnoticed.
"""

from __future__ import annotations

import subprocess
import sys

REPRODUCTION = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)

app = QCoreApplication([])
emitter = Emitter()
seen = []
emitter.fired.connect(seen.append)
for _ in range(5000):
    emitter.fired.emit(True)
print(len(seen))
"""


def test_emitting_true_many_times_then_exiting_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-c", REPRODUCTION], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "5000"
    assert "bool_dealloc" not in result.stderr

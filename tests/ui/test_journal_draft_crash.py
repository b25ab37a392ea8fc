"""A journal draft survives the app being killed, and never lands on disk as plain text.

A real second Python process unlocks the vault, types into the journal editor, waits for
the autosave, and is then killed with SIGKILL (no chance to clean up or lock). Afterwards the
draft is in the vault, and no file anywhere under the test's folder holds the typed words.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.ui.journal.editor import NEW_KEY
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from haven import config
    from haven.ui.journal.editor import DraftAutosave, JournalEditor
    from haven.ui.core.session import Session

    data_dir, marker = Path(sys.argv[1]), sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\\n")
    app = QApplication([])
    session = Session(data_dir, config.PlainSettings())
    session.open_with_key(session.vault.derive_key(passphrase))
    editor = JournalEditor()
    autosave = DraftAutosave(editor, session)
    autosave.saved.connect(lambda key: print("draft-saved", key, flush=True))
    editor.show()
    editor.title.setText("Written just before the crash")
    editor.body.insertPlainText("Some words, then " + marker)  # typed, as far as Qt knows
    print("typed", flush=True)
    app.exec()
    """
)


def _line_reader(proc: subprocess.Popen[str]) -> Callable[[float], str]:
    """Read the child's output on a thread, so a wait can time out instead of hanging."""
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout

    def pump() -> None:
        for line in stdout:
            lines.put(line.strip())

    threading.Thread(target=pump, daemon=True).start()

    def next_line(timeout: float) -> str:
        try:
            return lines.get(timeout=timeout)
        except queue.Empty:
            return ""

    return next_line


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_draft_survives_sigkill_and_no_file_holds_it_in_plain_text(
    tmp_path: Path, data_dir: Path
) -> None:
    marker = f"HAVEN-CRASH-MARKER-{uuid.uuid4().hex}"
    Vault.create(data_dir, PASSPHRASE, kdf=CHEAP_KDF)[0].lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), marker],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert proc.stdin is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.flush()
        next_line = _line_reader(proc)
        assert next_line(30) == "typed"
        started = time.monotonic()
        assert next_line(15) == f"draft-saved {NEW_KEY}"
        assert time.monotonic() - started < 8  # within a few seconds of typing
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)

    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    try:
        draft = vault.drafts.get(NEW_KEY)
        assert draft is not None
        assert marker in draft.content["body"]
        assert draft.content["title"] == "Written just before the crash"
    finally:
        vault.lock()

    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    scanned = 0
    for path in tmp_path.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            scanned += 1
            assert not any(n in data for n in needles), f"{path} holds the draft in plain text"
    assert scanned >= 2  # at least the database and its key file were looked at

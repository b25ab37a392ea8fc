"""Private files: 0600, atomic, and the person's own folders keep their mode."""

from __future__ import annotations

import stat
from pathlib import Path

from haven.store.securefs import ensure_private_dir, write_atomic


def test_written_files_are_private_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "new" / "file.bin"
    write_atomic(target, b"abc")
    assert target.read_bytes() == b"abc"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["file.bin"]  # no temp file left


def test_an_existing_folder_of_the_persons_keeps_its_mode(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    write_atomic(documents / "export.json", b"{}")
    ensure_private_dir(documents)
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755

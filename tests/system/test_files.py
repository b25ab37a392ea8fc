"""Private files: 0600, atomic, and the person's own folders keep their mode."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from haven.system.files import ensure_private_dir, write_atomic, write_new_private


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


def test_a_new_private_file_is_written_whole_with_mode_0600_and_no_temporary_left(
    tmp_path: Path,
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "journal.zip"

    write_new_private(target, b"zip bytes")

    assert target.read_bytes() == b"zip bytes"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["journal.zip"]


def test_a_new_private_file_never_replaces_or_follows_what_is_there(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "journal.zip"
    link.symlink_to(victim)

    with pytest.raises(FileExistsError):
        write_new_private(link, b"zip bytes")

    assert victim.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "journal.zip", "victim.txt"]


def test_replacing_swaps_a_link_for_the_file_and_leaves_its_target_alone(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "journal.zip"
    link.symlink_to(victim)

    write_new_private(link, b"zip bytes", replace=True)

    assert not link.is_symlink() and link.read_bytes() == b"zip bytes"
    assert victim.read_text() == "keep me"

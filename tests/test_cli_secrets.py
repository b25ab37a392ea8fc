"""The one reader of passphrase files: the window and the command line read a file alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from haven import app
from haven.cli.common import Problem
from haven.cli.secrets import read_first_line


def test_the_window_reads_only_the_first_line_as_the_command_line_does(tmp_path: Path) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes("\ufeffcorrect horse\r\nsecond line\n".encode())

    assert read_first_line(path, "passphrase") == "correct horse"
    assert app._read_passphrase_file(path) == "correct horse"


def test_a_missing_file_is_named_to_the_window_and_it_opens_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.txt"

    with pytest.raises(Problem, match="could not find the passphrase file"):
        read_first_line(missing, "passphrase")
    assert app._read_passphrase_file(missing) is None
    assert f"Haven could not find the passphrase file {missing}" in capsys.readouterr().err

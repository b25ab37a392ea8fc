"""The frozen build (haven.spec) builds, and the executable it makes works as the CLI.

./test (and so CI) sets HAVEN_TEST_FROZEN=1 and runs it every time (about 35 s). A plain
`pytest` run skips it, saying why, to keep quick local runs quick. See docs/packaging.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("HAVEN_TEST_FROZEN") != "1",
        reason="builds the frozen app (about a minute); set HAVEN_TEST_FROZEN=1 to run it",
    ),
]


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_frozen_build_runs_the_cli(frozen_app: Path, tmp_path: Path, isolated_home: Path) -> None:
    exe = frozen_app / "haven"
    assert exe.is_file()
    internal = frozen_app / "_internal"
    assert (internal / "haven" / "resources_data" / "crisis_lines.json").is_file()

    # Haven chooses MPLCONFIGDIR itself (its cache dir); the rest of the isolated home stays.
    env = {k: v for k, v in os.environ.items() if k not in ("MPLCONFIGDIR", "HAVEN_DATA_DIR")}
    env["PYTHONIOENCODING"] = "utf-8"
    data = tmp_path / "journal"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    before = files_under(isolated_home)

    def haven(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(exe), *args],
            input=stdin,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result

    common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
    from haven import __version__

    assert haven("--version").stdout == f"haven {__version__}\n"
    assert "usage: haven" in haven("--help").stdout
    assert "recovery code" in haven("init", *common).stdout
    assert "is saved" in haven("checkin", *common, "--distress", "4", "--comfort", "6").stdout
    haven("journal", "add", *common, stdin="A slow walk by the river.\n")
    assert "river" in haven("search", *common, "river").stdout

    summary = tmp_path / "summary.pdf"
    haven("export", *common, "--format", "pdf", "--out", str(summary))
    assert summary.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(summary), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Summary for therapy" in text

    # Nothing written outside the journal's folder and Haven's cache (matplotlib's font list).
    cache = Path(env["XDG_CACHE_HOME"]) / "haven"
    new = files_under(isolated_home) - before
    assert {path for path in new if not path.is_relative_to(cache)} == set()
    assert (cache / "matplotlib").is_dir()

    # The window, offscreen, reads its theme through importlib.resources inside the bundle.
    painted = haven("--data-dir", str(data), "--exit-after-first-paint")
    assert "first-paint: unlock" in painted.stdout

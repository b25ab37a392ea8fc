"""`pip install` of Haven's wheel gives a working app, from a new venv outside the source tree.

The wheel is built from a copy of the tree (so no stale `build/` folder can leak old files
into it), installed with its dependencies into a new virtual environment, and then run from
another folder with nothing pointing back at the source: `haven --version`, `haven demo`,
exports, and the window up to its first paint (offscreen). ./test (and so CI) sets
HAVEN_TEST_WHEEL=1; a plain `pytest` run skips it, saying why. It needs the package index
(or pip's cache): about 50 s here, most of it installing PySide6 and matplotlib.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from haven import __version__
from tests.conftest import PASSPHRASE
from tests.packaging.conftest import CONSTRAINTS, ROOT, clean_env, runner

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("HAVEN_TEST_WHEEL") != "1",
        reason="builds the wheel and installs it into a new venv (about a minute); "
        "set HAVEN_TEST_WHEEL=1 to run it",
    ),
]

# What the wheel must carry besides code: without these the installed app cannot start.
PACKAGE_DATA = [
    "haven/resources_data/crisis_lines.json",
    "haven/resources_data/templates/demo.json",
    "haven/resources_data/themes/light.qss",
    "haven/resources_data/themes/dark.qss",
    "haven/resources_data/themes/high-contrast.qss",
    "haven/ui/assets/tick-white.svg",
    "haven/py.typed",
    f"haven-{__version__}.dist-info/licenses/LICENSE",
]


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        source.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    wheelhouse = tmp_path / "wheelhouse"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(wheelhouse),
            "--build-constraint",
            str(CONSTRAINTS),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    (wheel,) = wheelhouse.glob("haven-*.whl")
    return wheel


def test_the_wheel_installs_into_a_new_venv_and_runs_outside_the_tree(
    tmp_path: Path, isolated_home: Path
) -> None:
    wheel = build_wheel(tmp_path)
    assert wheel.name == f"haven-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [name for name in PACKAGE_DATA if name not in names] == []

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "-c",
            str(CONSTRAINTS),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=900,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-4000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = clean_env(QT_QPA_PLATFORM="offscreen")
    python = runner([str(venv / "bin" / "python")], env, elsewhere)
    haven = runner([str(venv / "bin" / "haven")], env, elsewhere)

    # The installed copy is the one running, not this source tree.
    where = Path(python("-c", "import haven; print(haven.__file__)").stdout.strip())
    assert where.is_relative_to(venv)
    assert not where.is_relative_to(ROOT)

    assert haven("--version").stdout == f"haven {__version__}\n"

    data = tmp_path / "journal"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
    demo = haven("demo", *common).stdout
    assert "A demo journal with 1 year of sample history is ready" in demo
    assert "recovery code" in demo.lower()

    exported = tmp_path / "export.json"
    haven("export", *common, "--format", "json", "--out", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["checkins"]) >= 300  # a year of daily check-ins from the demo
    summary = tmp_path / "summary.pdf"
    haven("export", *common, "--format", "pdf", "--out", str(summary))
    assert summary.read_bytes().startswith(b"%PDF-")

    painted = haven("--data-dir", str(data), "--exit-after-first-paint")
    assert "first-paint: unlock" in painted.stdout

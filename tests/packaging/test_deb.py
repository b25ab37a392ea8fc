"""The .deb made from the frozen build installs with apt, runs, and uninstalls cleanly.

`make deb` (scripts/build_deb.py) packs the frozen folder into dist/haven_<version>_<arch>.deb.
Here the package is built from this run's frozen build, installed with
`apt-get install ./haven_….deb`, used (`haven --version`, `init` and `check` on a new vault,
the window to its first paint under Xvfb), and removed again; nothing of it may stay behind.

It installs into the real system, so it needs root and apt: ./test (and so CI, which runs as
root) sets HAVEN_TEST_DEB=1 when it is root. A plain `pytest` run skips it, saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from haven import __version__
from haven.system import desktop_entry as de
from tests.conftest import PASSPHRASE
from tests.packaging.conftest import ROOT, clean_env, runner

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("HAVEN_TEST_DEB") != "1",
        reason="installs a package into the system (root, apt); ./test sets HAVEN_TEST_DEB=1 "
        "when run as root",
    ),
]

INSTALLED = [
    Path("/usr/bin/haven"),
    Path("/usr/lib/haven/haven"),
    Path("/usr/share/applications") / de.DESKTOP_FILE,
    Path("/usr/share/metainfo") / de.METAINFO_FILE,
    Path("/usr/share/icons/hicolor/scalable/apps") / f"{de.ICON}.svg",
    Path("/usr/share/icons/hicolor/48x48/apps") / f"{de.ICON}.png",
    Path("/usr/share/icons/hicolor/48x48/apps") / f"{de.NEUTRAL_ICON}.png",
    Path("/usr/share/doc/haven/copyright"),
]


def dpkg_status() -> str:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "haven"], capture_output=True, text=True
    )
    return result.stdout.strip()


def apt(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = subprocess.run(
        ["apt-get", "-y", "-qq", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result


def test_the_deb_installs_runs_and_uninstalls_cleanly(
    frozen_app: Path, tmp_path: Path, isolated_home: Path
) -> None:
    assert os.geteuid() == 0, "HAVEN_TEST_DEB=1 needs root"
    assert "installed" not in dpkg_status(), "a haven package is already installed here"

    build = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_deb.py"), str(frozen_app), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    (deb,) = tmp_path.glob("haven_*.deb")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb.name == f"haven_{__version__}_{arch}.deb"
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "libc6" in fields and "fonts-dejavu-core" in fields

    try:
        apt("install", f"./{deb.name}", cwd=tmp_path)  # as a person would, from its folder
        assert dpkg_status() == "install ok installed"
        assert [path for path in INSTALLED if not path.exists()] == []
        assert shutil.which("haven") == "/usr/bin/haven"
        for check in (
            ["desktop-file-validate", str(INSTALLED[2])],
            ["appstreamcli", "validate", "--no-net", str(INSTALLED[3])],
        ):
            result = subprocess.run(check, capture_output=True, text=True)
            assert result.returncode == 0, result.stdout + result.stderr

        env = clean_env()
        env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, on Xvfb
        haven = runner(["/usr/bin/haven"], env, tmp_path)
        assert haven("--version").stdout == f"haven {__version__}\n"

        data = tmp_path / "journal"
        secret = tmp_path / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        secret.chmod(0o600)
        common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
        assert "recovery code" in haven("init", *common).stdout
        assert "sound" in haven("check", *common).stdout

        xvfb = runner(["xvfb-run", "-a", "/usr/bin/haven"], env, tmp_path)
        painted = xvfb("--data-dir", str(data), "--exit-after-first-paint")
        assert "first-paint: unlock" in painted.stdout
    finally:
        if "installed" in dpkg_status():
            apt("remove", "--purge", "haven")

    assert "installed" not in dpkg_status()
    assert [path for path in INSTALLED if path.exists() or path.is_symlink()] == []
    assert not Path("/usr/lib/haven").exists()

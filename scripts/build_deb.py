"""Turn the frozen build (dist/haven, from haven.spec) into a Debian package.

    make deb        # builds haven.spec, then runs this
    .venv/bin/python scripts/build_deb.py dist/haven dist

Writes dist/haven_<version>_<arch>.deb with dpkg-deb (no debhelper needed):

    /usr/lib/haven/             the frozen folder as PyInstaller made it
    /usr/bin/haven              a link to /usr/lib/haven/haven
    /usr/share/applications/    the menu entry        (haven.system.desktop_entry)
    /usr/share/metainfo/        the AppStream metainfo (haven.system.desktop_entry)
    /usr/share/icons/hicolor/   the icon and its neutral variant, SVG and PNG sizes
    /usr/share/doc/haven/       copyright (GPL-3.0-or-later)

Depends: is worked out from the build itself, the way dpkg-shlibdeps does it: every shared
library a binary in the folder needs (readelf's NEEDED) that the folder does not carry is
looked up on this machine (ldconfig) and mapped to its Debian package (dpkg-query -S), plus
the packages Qt's xcb platform loads at run time without linking them (fonts, cursors).
Run it on the oldest Debian or Ubuntu the package is meant for.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from haven import __version__  # noqa: E402
from haven.system import desktop_entry as de  # noqa: E402

PACKAGE = "haven"
MAINTAINER = "Haven maintainers <haven@localhost>"
# Loaded by Qt at run time (dlopen, fontconfig's configuration), so no NEEDED entry shows
# them; the same list ./run installs for the source checkout (scripts/common.sh).
RUNTIME_EXTRA = ["fonts-dejavu-core", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"]
# zstd at level 3: dpkg (1.21.18 and later) and apt read it; 300 MB packs in seconds where
# xz -6 took almost 7 minutes on two busy cores, for a package a third bigger (113 MB, 86).
COMPRESSION = ["-Zzstd", "-z3"]
ICON_SOURCES = {de.ICON: "haven", de.NEUTRAL_ICON: "haven-neutral"}


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _needed(path: Path) -> list[str]:
    result = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    )
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(folder: Path) -> set[str]:
    """Sonames some binary in `folder` needs that the folder does not carry."""
    carried: set[str] = set()
    needed: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            carried.add(path.name)
            needed.update(_needed(path))
    carried.update(p.name for p in folder.rglob("*") if p.is_symlink())
    return needed - carried


def packages_for(sonames: set[str]) -> set[str]:
    """The Debian packages that hold these libraries here (ldconfig, then dpkg-query -S)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in cache.splitlines():
        match = re.match(r"\s*(\S+) \((libc6,x86-64|[^)]*x86-64[^)]*)\) => (\S+)", line)
        if match and match.group(1) not in paths:
            paths[match.group(1)] = match.group(3)
    missing = sorted(name for name in sonames if name not in paths)
    if missing:
        raise SystemExit(f"These libraries are not installed here: {', '.join(missing)}")
    packages: set[str] = set()
    for name in sorted(sonames):
        real = os.path.realpath(paths[name])
        found = ""
        for candidate in (paths[name], real, real.replace("/usr/lib/", "/lib/", 1)):
            result = subprocess.run(
                ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                found = result.stdout.split(":", 1)[0].strip()
                break
        if not found:
            raise SystemExit(f"No Debian package holds {name} ({real}).")
        packages.add(found)
    return packages


def depends(folder: Path) -> list[str]:
    return sorted(packages_for(system_libraries(folder)) | set(RUNTIME_EXTRA))


def control(arch: str, size_kib: int, deps: list[str]) -> str:
    return f"""Package: {PACKAGE}
Version: {__version__}
Architecture: {arch}
Maintainer: {MAINTAINER}
Installed-Size: {size_kib}
Depends: {", ".join(deps)}
Section: utils
Priority: optional
Description: private, encrypted journal and pacing companion
 Haven is a private companion for survivors rebuilding closeness and trust
 after partner-perpetrated trauma: a safety plan, a pacing roadmap, a journal
 and check-ins, grounding tools, and a summary to bring to therapy.
 .
 Everything stays on this computer, encrypted. No account, no network.
"""


COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: haven

Files: *
Copyright: The Haven authors
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".
"""


def stage(frozen: Path, root: Path) -> None:
    """Lay the package's files out under `root` (the future /)."""
    lib = root / "usr" / "lib" / PACKAGE
    shutil.copytree(frozen, lib, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"../lib/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / de.DESKTOP_FILE).write_text(de.desktop_entry(), "utf-8")
    (share / "metainfo").mkdir()
    (share / "metainfo" / de.METAINFO_FILE).write_text(de.metainfo(), "utf-8")
    icons = ROOT / "src" / "haven" / "resources_data" / "icons"
    for name, source in ICON_SOURCES.items():
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"{source}.svg", scalable / f"{name}.svg")
        for size in de.PNG_SIZES:
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(icons / str(size) / f"{source}.png", folder / f"{name}.png")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, "utf-8")
    # Packages hold root-owned files readable by all, whatever this build's umask was.
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def build(frozen: Path, out_dir: Path) -> Path:
    if not (frozen / PACKAGE).is_file():
        raise SystemExit(f"{frozen} holds no frozen build: run PyInstaller haven.spec first.")
    arch = architecture()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{__version__}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="haven-deb-") as temp:
        root = Path(temp) / "root"
        root.mkdir()
        stage(frozen, root)
        size = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(arch, size, depends(frozen)), "utf-8")
        (root / "DEBIAN").chmod(0o755)
        (root / "DEBIAN" / "control").chmod(0o644)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *COMPRESSION, "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen", type=Path, help="the frozen folder (dist/haven)")
    parser.add_argument("out", type=Path, help="where the .deb goes (dist)")
    args = parser.parse_args(argv)
    print(build(args.frozen, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Saving and importing leave no "recent files" entry, even with the GTK platform theme.

On many Linux desktops Qt shows the GTK file chooser (the GTK platform theme), and that
chooser adds every chosen file to `recently-used.xbel`, which the file manager and the
desktop's search show to anyone at the computer. Haven's dialogs are Qt's own
(haven.ui.kit.file_dialogs). The theme is chosen when the application starts, so each
test runs tests/ui/recent_files_probe.py in its own process: on its own X server, with
QT_QPA_PLATFORMTHEME=gtk3 and a home folder of its own that already holds one recent file
(a file every Linux system has).

The control test shows the check can fail: the same set-up with the system's dialog,
answered with Enter through X, does add the saved file to `recently-used.xbel`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# GTK drops entries older than 30 days when it rewrites the list: this one is from today.
STAMP = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
EARLIER = f"""<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///etc/hostname" added="{STAMP}" \
modified="{STAMP}" visited="{STAMP}">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:applications>
          <bookmark:application name="editor" exec="&apos;editor %u&apos;" \
modified="{STAMP}" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
"""


def run_probe(mode: str, tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    """Run the probe; its facts, the recent-files list and the home folder it used."""
    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir()
    xbel = home / ".local" / "share" / "recently-used.xbel"
    xbel.parent.mkdir(parents=True)
    xbel.write_text(EARLIER, encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORMTHEME": "gtk3",
        "NO_AT_BRIDGE": "1",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    command = ["dbus-run-session", "--", "xvfb-run", "-a", sys.executable]
    command += ["-m", "tests.ui.recent_files_probe", mode, str(out)]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0 and "done" in result.stdout, result.stdout + result.stderr
    facts: dict[str, str] = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(": ")
        facts.setdefault(key, value)
    return facts, xbel, home


def test_saving_a_summary_and_importing_leave_no_recent_file_with_the_gtk_theme(
    tmp_path: Path,
) -> None:
    facts, xbel, home = run_probe("haven", tmp_path)

    assert facts["platform"] == "xcb"
    assert facts["gtk3-theme"] == "yes"  # Qt's GTK theme and GTK itself were loaded
    assert facts["saved"] == "True" and facts["imported"] == "True"
    assert xbel.read_text(encoding="utf-8") == EARLIER  # no new entry
    assert facts["dialog-native"] == "False"
    written = {p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file() and p != xbel}
    # Haven's plain settings (the last folder), and GLib's settings cache, which any GTK
    # program creates at start; no QtProject.conf with the folders visited.
    assert written <= {".config/haven/settings.json", ".cache/dconf/user"}, written


def test_control_the_system_dialog_adds_the_saved_file_to_recent_files(tmp_path: Path) -> None:
    facts, xbel, _home = run_probe("native", tmp_path)

    assert facts["gtk3-theme"] == "yes"
    assert facts["dialog-native"] == "True" and facts["saved"] == "True"
    recent = xbel.read_text(encoding="utf-8")
    assert "file:///etc/hostname" in recent  # the earlier entry is kept
    assert (tmp_path / "out" / "exports" / "summary.pdf").as_uri() in recent

"""The Linux menu entry, its icons and the AppStream metainfo, in Haven's name or a discreet one.

One generator serves the .deb (which installs the normal entry for everyone) and Haven itself
(which writes the person's own entry in `~/.local/share/applications` when discreet mode is
on). A user entry with the same file name as the system one replaces it in every menu
(freedesktop Desktop Entry Specification: the first data folder wins), so in discreet mode
the menu, launcher and dock show the discreet name and a plain page icon instead of "Haven".

What stays visible to someone who looks closely, and is documented as such: the file names
(`<APP_ID>.desktop`, the icons) and the command inside the entry, and the installed package.

Nothing here imports Qt; the files are checked with `desktop-file-validate` and
`appstreamcli validate` in tests/packaging/test_desktop_files.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from xml.sax.saxutils import escape

from haven import __version__

APP_ID = "io.github.haven_journal.Haven"
"""Reverse-DNS application id: the desktop file, the icon and the AppStream component."""
ICON = APP_ID
NEUTRAL_ICON = "io.github.haven_journal.Notes"
"""The discreet icon's name. No dash: icon themes read `a-b` as a fallback to `a`."""
DEFAULT_NAME = "Haven"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
RELEASE_DATE = "2026-12-03"
"""The date of the release `__version__` names (AppStream wants one per release)."""
GENERATED_KEY = "X-Haven-Generated"
"""Marks an entry Haven wrote itself, so it only ever removes its own."""
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Identity:
    """What the menu shows: Haven's own name and icon, or the discreet ones."""

    name: str = DEFAULT_NAME
    discreet: bool = False

    @classmethod
    def of(cls, *, discreet: bool, discreet_name: str) -> Identity:
        """The identity for plain settings (`discreet_mode`, `discreet_name`)."""
        if not discreet:
            return cls()
        name = _CONTROL.sub(" ", discreet_name).strip() or "Notes"
        return cls(name=name[:60], discreet=True)

    @property
    def icon(self) -> str:
        return NEUTRAL_ICON if self.discreet else ICON

    @property
    def window_class(self) -> str:
        """The X11 WM_CLASS Haven's window has (app.py: the application name, lowercased)."""
        return self.name.lower() if self.discreet else "haven"


def _value(text: str) -> str:
    """A desktop-entry string value: one line, with the spec's escapes."""
    text = _CONTROL.sub(" ", text)
    return text.replace("\\", "\\\\")


def exec_line(command: Sequence[str]) -> str:
    """The `Exec=` value for a command, quoted as the Desktop Entry Specification asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if arg and not (set(arg) & reserved):
            parts.append(arg)
        else:
            inner = re.sub(r'(["`$\\])', r"\\\1", arg)
            parts.append(f'"{inner}"')
    return _value(" ".join(parts))


def desktop_entry(identity: Identity = Identity(), command: Sequence[str] = ("haven",)) -> str:
    """The text of the `.desktop` file."""
    if identity.discreet:
        generic, comment, keywords = "Notes", "Private notes", "notes;"
    else:
        generic = "Journal"
        comment = "A private, encrypted journal and pacing companion"
        keywords = "journal;diary;notes;pacing;private;"
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # the newest version desktop-file-validate 0.26 (Debian 12) knows
        f"Name={_value(identity.name)}",
        f"GenericName={generic}",
        f"Comment={comment}",
        f"Exec={exec_line(command)}",
        f"Icon={identity.icon}",
        "Terminal=false",
        "Categories=Office;",
        f"Keywords={keywords}",
        "StartupNotify=true",
        f"StartupWMClass={_value(identity.window_class)}",
    ]
    return "\n".join(lines) + "\n"


def metainfo(identity: Identity = Identity()) -> str:
    """The AppStream metainfo (what software centres show about the application)."""
    if identity.discreet:
        summary = "Notes"
        paragraphs = [
            "Private notes, kept only on this computer and encrypted with your passphrase. "
            "Nothing is sent anywhere."
        ]
    else:
        summary = "A private, encrypted journal and pacing companion"
        paragraphs = [
            "Haven is a private companion for survivors rebuilding closeness and trust "
            "after partner-perpetrated trauma: a safety plan, a pacing roadmap you lead, "
            "a journal and quick check-ins, grounding tools, and a summary you choose to "
            "bring to therapy.",
            "Everything stays on your computer, encrypted with your passphrase. Haven "
            "needs no account and no network.",
        ]
    description = "\n".join(f"    <p>{escape(p)}</p>" for p in paragraphs)
    keywords = (
        ["notes"] if identity.discreet else ["journal", "diary", "notes", "pacing", "privacy"]
    )
    keyword_lines = "\n".join(f"    <keyword>{k}</keyword>" for k in keywords)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>GPL-3.0-or-later</project_license>
  <name>{escape(identity.name)}</name>
  <summary>{escape(summary)}</summary>
  <description>
{description}
  </description>
  <launchable type="desktop-id">{DESKTOP_FILE}</launchable>
  <categories>
    <category>Office</category>
  </categories>
  <keywords>
{keyword_lines}
  </keywords>
  <provides>
    <binary>haven</binary>
  </provides>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{__version__}" date="{RELEASE_DATE}"/>
  </releases>
</component>
"""


# -- the person's own entry ------------------------------------------------------------------


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the folder user menu entries live under)."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def user_entry_path() -> Path:
    return data_home() / "applications" / DESKTOP_FILE


def system_entry_exists() -> bool:
    """Whether an installed package (the .deb) put Haven's entry in a system data folder."""
    folders = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return any(
        (Path(folder) / "applications" / DESKTOP_FILE).is_file()
        for folder in folders.split(":")
        if folder
    )


def installed_command() -> list[str]:
    """The command that starts this Haven: the frozen executable, or the `haven` script."""
    import shutil
    import sys

    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("haven")
    return [found] if found else [sys.executable, "-m", "haven"]


def _icon_files(name: str) -> dict[str, bytes]:
    """Relative hicolor paths → bytes, for the icon called `name` in the menu."""
    source = "haven-neutral" if name == NEUTRAL_ICON else "haven"
    icons = importlib_resources.files("haven").joinpath("resources_data/icons")
    files = {f"scalable/apps/{name}.svg": icons.joinpath(f"{source}.svg").read_bytes()}
    for size in PNG_SIZES:
        files[f"{size}x{size}/apps/{name}.png"] = icons.joinpath(
            f"{size}/{source}.png"
        ).read_bytes()
    return files


def write_user_entry(identity: Identity, command: Sequence[str] | None = None) -> Path:
    """Write the person's own menu entry (and its icon) for `identity`; returns its path.

    The entry carries `X-Haven-Generated=true` so `remove_user_entry` never touches an entry
    someone wrote by hand. Files are written atomically and privately (0600): only this
    account's desktop reads them.
    """
    from haven.store.securefs import ensure_private_dir, write_atomic

    command = list(command) if command else installed_command()
    icons = data_home() / "icons" / "hicolor"
    for relative, data in _icon_files(identity.icon).items():
        target = icons / relative
        ensure_private_dir(target.parent)
        write_atomic(target, data)
    path = user_entry_path()
    ensure_private_dir(path.parent)
    text = desktop_entry(identity, command) + f"{GENERATED_KEY}=true\n"
    write_atomic(path, text.encode("utf-8"))
    return path


def remove_user_entry() -> bool:
    """Remove the entry and icons Haven wrote (never one it did not write). True if removed."""
    path = user_entry_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if f"\n{GENERATED_KEY}=true\n" not in f"\n{text}":
        return False
    path.unlink(missing_ok=True)
    icons = data_home() / "icons" / "hicolor"
    for name in (ICON, NEUTRAL_ICON):
        for relative in _icon_files(name):
            (icons / relative).unlink(missing_ok=True)
    return True


def sync_user_entry(*, discreet: bool, discreet_name: str) -> Path | None:
    """Make the menu follow discreet mode; call it whenever discreet mode or its name changes.

    - Discreet mode on: write the discreet entry, which hides the system one behind it.
    - Off: remove Haven's own entry when the system has the normal one; where there is no
      system entry (pipx, the frozen folder) and Haven had written one, rewrite it with
      Haven's name, so the person keeps a menu entry.

    Never writes an entry named "Haven" that was not there before. Returns the entry written.
    """
    if discreet:
        return write_user_entry(Identity.of(discreet=True, discreet_name=discreet_name))
    had_own = remove_user_entry()
    if had_own and not system_entry_exists():
        return write_user_entry(Identity())
    return None

"""Where Haven keeps its files, and the few settings needed before unlocking.

The data folder comes from `--data-dir` or HAVEN_DATA_DIR when one is given, else from the
folder chosen at first run (kept in the plain settings), else from platformdirs.
The plain settings file (`settings.json` in the config folder) holds only what must be known
before the vault is open — the discreet window name, the theme, reduced motion, the idle-lock
time, the journal's folder if one was chosen, the last folder a file was saved in or opened
from (so save dialogs do not start in the home folder) — and nothing else: no names, no
text, no file names, no dates of use.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from haven.system.files import ensure_private_dir, write_atomic

APP_NAME = "haven"
DEFAULT_WINDOW_TITLE = "Haven"
THEMES = ("light", "dark", "high-contrast")
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 60
IDLE_LOCK_DEFAULT = 5


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault's folder: the explicit override, else HAVEN_DATA_DIR, else the one chosen at
    first run, else the platform's."""
    if data_dir_is_given(override):
        return Path(override or os.environ["HAVEN_DATA_DIR"]).expanduser()
    chosen = load_settings().data_folder
    return Path(chosen) if chosen else default_data_dir()


def data_dir_is_given(override: str | os.PathLike[str] | None = None) -> bool:
    """Whether `--data-dir` or HAVEN_DATA_DIR names the folder (then first run offers none)."""
    return bool(override) or bool(os.environ.get("HAVEN_DATA_DIR"))


def data_folder_can_be_chosen(folder: Path, settings: PlainSettings) -> bool:
    """Whether first run offers a folder for the journal: only when none was named (no
    `--data-dir`, no HAVEN_DATA_DIR, none chosen before) and `folder` is the platform's."""
    return (
        not data_dir_is_given() and not settings.data_folder and Path(folder) == default_data_dir()
    )


def default_data_dir() -> Path:
    """The platform's data folder for Haven (`~/.local/share/haven` on Linux; the rules for
    each system are in haven.system.folders)."""
    from haven.system import folders

    return folders.data_dir()


def neutral_data_dir(name: str) -> Path:
    """A data folder named after the discreet name, offered at first run: `~/.local/share/notes`.

    When a folder of that name already holds something other than a Haven journal (another
    program's files), "-2", "-3"… is added, so the journal never mixes with them.
    """
    import platformdirs

    from haven.domain.filenames import neutral_stem

    stem = neutral_stem(name)
    for number in range(1, 100):
        folder = Path(
            platformdirs.user_data_dir(stem if number == 1 else f"{stem}-{number}", appauthor=False)
        )
        if not folder.exists() or _empty_or_journal(folder):
            return folder
    return folder


def _empty_or_journal(folder: Path) -> bool:
    try:
        names = {p.name for p in folder.iterdir()}
    except OSError:
        return False
    return not names or "haven.key" in names


def config_dir() -> Path:
    from haven.system import folders

    return folders.config_dir()


def cache_dir() -> Path:
    """Haven's cache (matplotlib's font list only; never anything personal)."""
    from haven.system import folders

    return folders.cache_dir()


@dataclass(slots=True)
class PlainSettings:
    """Settings readable before unlocking. Nothing here may be personal."""

    discreet_mode: bool = False
    discreet_name: str = "Notes"
    theme: str = "light"
    reduced_motion: bool = False
    idle_lock_minutes: int = IDLE_LOCK_DEFAULT  # 0 means off (the person was warned)
    data_folder: str = ""  # the journal's folder, when one was chosen at first run
    last_folder: str = ""  # where the last file was saved or opened: a folder, never a file
    hide_from_capture: bool = False  # leave the window out of screenshots (Windows, macOS)
    help_region: str = ""  # Help now's region ("" = every region); a region is not personal

    @property
    def window_title(self) -> str:
        return self.discreet_name if self.discreet_mode else DEFAULT_WINDOW_TITLE

    def start_folder(self) -> Path:
        """Where a save or open dialog starts: the last folder used while it still exists,
        else the home folder."""
        if self.last_folder and Path(self.last_folder).is_dir():
            return Path(self.last_folder)
        return Path.home()

    def validated(self) -> PlainSettings:
        if self.theme not in THEMES:
            self.theme = "light"
        if self.idle_lock_minutes != 0:
            self.idle_lock_minutes = max(
                IDLE_LOCK_MIN, min(IDLE_LOCK_MAX, int(self.idle_lock_minutes))
            )
        self.discreet_name = (self.discreet_name or "Notes").strip()[:60] or "Notes"
        self.data_folder = _absolute_folder(self.data_folder)
        self.last_folder = _absolute_folder(self.last_folder)
        region = str(self.help_region or "").strip()
        self.help_region = region if region.isascii() and len(region) <= 20 else ""
        return self


def _absolute_folder(value: object) -> str:
    """An absolute folder path as text, or "" for anything else (a damaged file)."""
    if not isinstance(value, str) or not value or len(value) > 4096 or "\0" in value:
        return ""
    return value if Path(value).is_absolute() else ""


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> PlainSettings:
    """Read the plain settings; a missing or damaged file gives the calm defaults."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return PlainSettings()
    known = {f.name for f in fields(PlainSettings)}
    try:
        return PlainSettings(**{k: v for k, v in raw.items() if k in known}).validated()
    except (TypeError, ValueError):
        return PlainSettings()


def save_settings(settings: PlainSettings, path: Path | None = None) -> None:
    path = path or settings_path()
    ensure_private_dir(path.parent)
    write_atomic(path, (json.dumps(asdict(settings.validated()), indent=2) + "\n").encode())

"""Where Haven keeps its files, and the few settings needed before unlocking.

The data folder comes from platformdirs, unless `--data-dir` or HAVEN_DATA_DIR names another.
The plain settings file (`settings.json` in the config folder) holds only what must be known
before the vault is open — the discreet window name, the theme, reduced motion, the idle-lock
time — and nothing personal: no names, no text, no dates of use.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from haven.store.securefs import ensure_private_dir, write_atomic

APP_NAME = "haven"
DEFAULT_WINDOW_TITLE = "Haven"
THEMES = ("light", "dark", "high-contrast")
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 60
IDLE_LOCK_DEFAULT = 5


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault's folder: the explicit override, else HAVEN_DATA_DIR, else the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("HAVEN_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Haven's cache (matplotlib's font list only; never anything personal)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


@dataclass(slots=True)
class PlainSettings:
    """Settings readable before unlocking. Nothing here may be personal."""

    discreet_mode: bool = False
    discreet_name: str = "Notes"
    theme: str = "light"
    reduced_motion: bool = False
    idle_lock_minutes: int = IDLE_LOCK_DEFAULT  # 0 means off (the person was warned)
    help_region: str = ""  # Help now's region ("" = every region); a region is not personal

    @property
    def window_title(self) -> str:
        return self.discreet_name if self.discreet_mode else DEFAULT_WINDOW_TITLE

    def validated(self) -> PlainSettings:
        if self.theme not in THEMES:
            self.theme = "light"
        if self.idle_lock_minutes != 0:
            self.idle_lock_minutes = max(
                IDLE_LOCK_MIN, min(IDLE_LOCK_MAX, int(self.idle_lock_minutes))
            )
        self.discreet_name = (self.discreet_name or "Notes").strip()[:60] or "Notes"
        region = str(self.help_region or "").strip()
        self.help_region = region if region.isascii() and len(region) <= 20 else ""
        return self


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

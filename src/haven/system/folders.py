"""Where Haven keeps the journal, its plain settings and its cache, on each system.

platformdirs knows each system's rules; this module fixes the choices that matter for a
private journal, the same everywhere:

- Linux: `~/.local/share/haven`, `~/.config/haven`, `~/.cache/haven` (or the XDG folders).
- macOS: `~/Library/Application Support/haven` (data and settings), `~/Library/Caches/haven`.
- Windows: `%LOCALAPPDATA%\\haven` (and `…\\haven\\Cache`), never the roaming profile: a
  roaming profile is copied to the organisation's server at every sign-out.

No author folder (`appauthor=False`), so the path names only the app. `platform` can be
given to see another system's answer (tests do, with that system's environment faked).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs.api import PlatformDirsABC

APP_NAME = "haven"


def _dirs(platform: str | None = None) -> PlatformDirsABC:
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        from platformdirs.windows import Windows as Dirs
    elif platform == "darwin":
        from platformdirs.macos import MacOS as Dirs
    else:
        from platformdirs.unix import Unix as Dirs
    return Dirs(APP_NAME, appauthor=False, roaming=False)


def data_dir(platform: str | None = None) -> Path:
    return Path(_dirs(platform).user_data_dir)


def config_dir(platform: str | None = None) -> Path:
    return Path(_dirs(platform).user_config_dir)


def cache_dir(platform: str | None = None) -> Path:
    return Path(_dirs(platform).user_cache_dir)

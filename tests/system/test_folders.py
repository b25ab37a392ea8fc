"""The journal's folders on each system, with that system's environment faked."""

from __future__ import annotations

from pathlib import Path

import pytest

from haven.system import folders


def test_linux_uses_the_xdg_folders(isolated_home: Path) -> None:
    assert folders.data_dir("linux") == isolated_home / "xdg_data_home" / "haven"
    assert folders.config_dir("linux") == isolated_home / "xdg_config_home" / "haven"
    assert folders.cache_dir("linux") == isolated_home / "xdg_cache_home" / "haven"


def test_macos_uses_application_support_and_caches(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name)  # a Mac has none of these
    assert folders.data_dir("darwin") == isolated_home / "Library/Application Support/haven"
    assert folders.cache_dir("darwin") == isolated_home / "Library/Caches/haven"


def test_windows_uses_local_app_data_never_the_roaming_profile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs.windows

    # Windows answers SHGetKnownFolderPath; here the same folders come from its variables.
    resolve = platformdirs.windows.get_win_folder_from_env_vars
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", resolve)
    monkeypatch.setenv("LOCALAPPDATA", "C:/Users/sam/AppData/Local")
    monkeypatch.setenv("APPDATA", "C:/Users/sam/AppData/Roaming")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name)
    assert folders.data_dir("win32") == Path("C:/Users/sam/AppData/Local/haven")
    assert folders.config_dir("win32") == Path("C:/Users/sam/AppData/Local/haven")
    assert folders.cache_dir("win32").is_relative_to("C:/Users/sam/AppData/Local/haven")

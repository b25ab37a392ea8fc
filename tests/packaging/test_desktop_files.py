"""The menu entry and AppStream metainfo pass the freedesktop validators, in both identities,
and the person's own entry follows discreet mode without ever touching an entry Haven did
not write."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from haven.system import desktop_entry as de
from haven.system.desktop_entry import Identity

DISCREET = Identity.of(discreet=True, discreet_name="Recipes")
AWKWARD = Identity.of(discreet=True, discreet_name=' My \\ notes; "50%"\n')
IDENTITIES = [Identity(), DISCREET, AWKWARD]
VISIBLE_KEYS = ("Name", "GenericName", "Comment", "Keywords", "StartupWMClass")


def validate_desktop(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )


def validate_metainfo(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def keys(entry: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)


@pytest.mark.parametrize("identity", IDENTITIES, ids=["haven", "discreet", "awkward-name"])
def test_the_desktop_entry_passes_desktop_file_validate(identity: Identity, tmp_path: Path):
    path = tmp_path / de.DESKTOP_FILE
    path.write_text(de.desktop_entry(identity, ["/opt/my apps/haven", "--x=50%"]), "utf-8")
    result = validate_desktop(path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("identity", IDENTITIES, ids=["haven", "discreet", "awkward-name"])
def test_the_metainfo_passes_appstreamcli_validate(identity: Identity, tmp_path: Path):
    path = tmp_path / de.METAINFO_FILE
    path.write_text(de.metainfo(identity), "utf-8")
    result = validate_metainfo(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_the_validators_do_catch_broken_files(tmp_path: Path) -> None:
    """So the two tests above can fail: a missing name and an unclosed tag are refused."""
    entry = tmp_path / de.DESKTOP_FILE
    entry.write_text(de.desktop_entry().replace("Name=Haven\n", ""), "utf-8")
    assert validate_desktop(entry).returncode != 0
    info = tmp_path / de.METAINFO_FILE
    info.write_text(de.metainfo().replace("</summary>", ""), "utf-8")
    assert validate_metainfo(info).returncode != 0


def test_the_discreet_entry_shows_the_chosen_name_and_nothing_of_haven() -> None:
    entry = keys(de.desktop_entry(DISCREET))
    assert entry["Name"] == "Recipes"
    assert entry["Icon"] == de.NEUTRAL_ICON
    assert entry["StartupWMClass"] == "recipes"  # app.py: the discreet name, lowercased
    for key in VISIBLE_KEYS:
        assert not re.search(r"haven|journal|therap|trauma", entry[key], re.I), key
    info = de.metainfo(DISCREET)
    assert "<name>Recipes</name>" in info
    visible = re.sub(r"<id>.*?</id>|<launchable.*?</launchable>|<binary>.*?</binary>", "", info)
    assert not re.search(r"haven|journal|therap|trauma|survivor", visible, re.I)


def test_the_normal_entry_is_haven_with_its_icon() -> None:
    entry = keys(de.desktop_entry())
    assert (entry["Name"], entry["Icon"], entry["Exec"]) == ("Haven", de.ICON, "haven")
    assert entry["StartupWMClass"] == "haven"


def test_exec_quotes_spaces_quotes_and_percent_signs_as_the_spec_asks() -> None:
    assert de.exec_line(["/usr/bin/haven"]) == "/usr/bin/haven"
    assert de.exec_line(["/opt/my apps/haven"]) == '"/opt/my apps/haven"'
    assert de.exec_line(["a$b", "50%"]) == '"a\\\\$b" 50%%'


def test_a_name_cannot_add_lines_to_the_entry() -> None:
    entry = de.desktop_entry(Identity.of(discreet=True, discreet_name="Notes\nExec=rm -rf ~"))
    assert [line for line in entry.splitlines() if line.startswith("Exec=")] == ["Exec=haven"]


# -- the person's own entry -------------------------------------------------------------------


@pytest.fixture
def system_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty system data folder (stands in for /usr/share)."""
    folder = tmp_path / "usr-share"
    (folder / "applications").mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_DIRS", str(folder))
    return folder


def test_discreet_mode_writes_an_entry_and_icon_that_hide_the_system_one(
    system_data: Path, isolated_home: Path
) -> None:
    (system_data / "applications" / de.DESKTOP_FILE).write_text(de.desktop_entry(), "utf-8")
    path = de.sync_user_entry(discreet=True, discreet_name="Recipes")
    assert path == isolated_home / "xdg_data_home" / "applications" / de.DESKTOP_FILE
    assert keys(path.read_text("utf-8"))["Name"] == "Recipes"
    icons = isolated_home / "xdg_data_home" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{de.NEUTRAL_ICON}.svg").is_file()
    assert (icons / "48x48" / "apps" / f"{de.NEUTRAL_ICON}.png").is_file()
    assert validate_desktop(path).returncode == 0
    assert path.stat().st_mode & 0o077 == 0

    # Discreet mode off again: the system entry (Haven) shows, the override is gone.
    assert de.sync_user_entry(discreet=False, discreet_name="Recipes") is None
    assert not path.exists()
    assert not (icons / "48x48" / "apps" / f"{de.NEUTRAL_ICON}.png").exists()


def test_without_a_system_entry_turning_discreet_off_keeps_a_menu_entry_named_haven(
    system_data: Path,
) -> None:
    de.sync_user_entry(discreet=True, discreet_name="Recipes")
    path = de.sync_user_entry(discreet=False, discreet_name="Recipes")
    assert path is not None
    assert keys(path.read_text("utf-8"))["Name"] == "Haven"


def test_haven_never_adds_an_entry_named_haven_by_itself(system_data: Path) -> None:
    assert de.sync_user_entry(discreet=False, discreet_name="Notes") is None
    assert not de.user_entry_path().exists()


def test_an_entry_the_person_wrote_is_never_removed(system_data: Path) -> None:
    path = de.user_entry_path()
    path.parent.mkdir(parents=True)
    path.write_text(de.desktop_entry(), "utf-8")  # no X-Haven-Generated mark
    assert de.remove_user_entry() is False
    assert path.exists()


# -- icons ------------------------------------------------------------------------------------


def test_every_icon_png_is_a_fresh_render_of_its_svg(qapp) -> None:
    """The committed PNGs come from the SVGs (scripts/make_icons.py): none is stale."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_icons", Path(__file__).resolve().parents[2] / "scripts" / "make_icons.py"
    )
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    from PySide6.QtGui import QImage

    assert make_icons.SIZES == de.PNG_SIZES
    for name in make_icons.NAMES:
        for size in make_icons.SIZES:
            committed = QImage(str(make_icons.png_path(name, size)))
            assert (committed.width(), committed.height()) == (size, size), (name, size)
            fresh = make_icons.render(make_icons.ICONS / f"{name}.svg", size)
            committed = committed.convertToFormat(fresh.format())
            assert committed == fresh, f"{name} {size}px: run scripts/make_icons.py"

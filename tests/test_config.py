"""The plain settings: the journal's folder and the last folder used, kept and read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from haven import config


def test_a_folder_chosen_at_first_run_is_where_the_journal_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAVEN_DATA_DIR")
    chosen = tmp_path / "home" / "elsewhere" / "notes"
    assert config.data_dir() == config.default_data_dir()

    config.save_settings(config.PlainSettings(data_folder=str(chosen)))

    assert config.data_dir() == chosen
    assert not config.data_dir_is_given()


def test_data_dir_and_the_environment_still_come_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.save_settings(config.PlainSettings(data_folder=str(tmp_path / "chosen")))

    assert config.data_dir(tmp_path / "given") == tmp_path / "given"
    assert config.data_dir_is_given(tmp_path / "given")
    monkeypatch.setenv("HAVEN_DATA_DIR", str(tmp_path / "env"))
    assert config.data_dir() == tmp_path / "env"
    assert config.data_dir_is_given()


def test_the_default_data_folder_says_haven_and_the_neutral_one_does_not() -> None:
    assert config.default_data_dir().name == "haven"
    neutral = config.neutral_data_dir("Recipes for Sunday")

    assert neutral.name == "recipes-for-sunday"
    assert neutral.parent == config.default_data_dir().parent
    assert "haven" not in str(neutral)


def test_the_neutral_folder_never_mixes_with_another_programs_files() -> None:
    taken = config.neutral_data_dir("Notes")
    taken.mkdir(parents=True)
    (taken / "their-file.txt").write_text("not ours")

    assert config.neutral_data_dir("Notes").name == "notes-2"
    # A folder that already holds a Haven journal, or nothing, is fine.
    (taken / "their-file.txt").unlink()
    assert config.neutral_data_dir("Notes") == taken


def test_the_last_folder_is_kept_and_dialogs_start_there(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    config.save_settings(config.PlainSettings(last_folder=str(folder)))

    settings = config.load_settings()

    assert settings.last_folder == str(folder)
    assert settings.start_folder() == folder


def test_a_last_folder_that_is_gone_starts_in_the_home_folder(tmp_path: Path) -> None:
    settings = config.PlainSettings(last_folder=str(tmp_path / "removed"))

    assert settings.start_folder() == Path.home()
    assert config.PlainSettings().start_folder() == Path.home()


@pytest.mark.parametrize("damaged", ["relative/folder", 42, ["a"], "x" * 5000, "/a\0b"])
def test_a_damaged_folder_in_the_file_is_ignored_calmly(damaged: object) -> None:
    path = config.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"theme": "dark", "last_folder": damaged, "data_folder": damaged}))

    settings = config.load_settings()

    assert settings.theme == "dark"
    assert settings.last_folder == ""
    assert settings.data_folder == ""


def test_first_run_offers_a_folder_only_when_none_was_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAVEN_DATA_DIR")
    default = config.default_data_dir()
    assert config.data_folder_can_be_chosen(default, config.PlainSettings())
    chosen_before = config.PlainSettings(data_folder=str(tmp_path / "notes"))
    assert not config.data_folder_can_be_chosen(default, chosen_before)
    assert not config.data_folder_can_be_chosen(tmp_path / "given", config.PlainSettings())
    monkeypatch.setenv("HAVEN_DATA_DIR", str(tmp_path / "env"))
    assert not config.data_folder_can_be_chosen(default, config.PlainSettings())

"""The checked-in translation source holds exactly the strings the window's code has.

scripts/translations.py regenerates src/haven/ui/translations/haven_en.ts with
pyside6-lupdate (it ships with PySide6). Here the same command writes into a temporary
folder, and the two sets of (context, source text) must be equal: a string added to the
code and not to the .ts, or left in the .ts after the code dropped it, fails with its text.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "translations.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("haven_translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _load()


def test_lupdate_ships_with_pyside6() -> None:
    assert translations.lupdate_program().exists()


def test_the_checked_in_ts_file_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "haven_en.ts"
    translations.generate(fresh)

    expected = translations.messages(fresh)
    checked_in = translations.messages(translations.TS)

    missing = sorted(expected - checked_in)
    stale = sorted(checked_in - expected)
    assert not missing and not stale, (
        "src/haven/ui/translations/haven_en.ts is out of date; run "
        f"'python scripts/translations.py'.\nMissing: {missing[:10]}\nNo longer used: {stale[:10]}"
    )


def test_the_comparison_notices_a_new_string(tmp_path: Path) -> None:
    fresh = tmp_path / "haven_en.ts"
    translations.generate(fresh)
    text = fresh.read_text(encoding="utf-8")
    planted = text.replace(
        "</TS>",
        "<context><name>Planted</name><message><source>A sentence nobody wrote</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
    )
    edited = tmp_path / "edited.ts"
    edited.write_text(planted, encoding="utf-8")

    difference = translations.messages(edited) - translations.messages(fresh)

    assert difference == {("Planted", "A sentence nobody wrote")}


def test_strings_are_found_in_every_area(tmp_path: Path) -> None:
    contexts = {context for context, _ in translations.messages(translations.TS)}
    for name in ("MainWindow", "UnlockView", "TodayArea", "JournalArea", "SettingsArea"):
        assert name in contexts


@pytest.mark.parametrize("word", ["Save check-in", "Lock"])
def test_known_words_are_in_the_file(word: str) -> None:
    assert word in {source for _, source in translations.messages(translations.TS)}

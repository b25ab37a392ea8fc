"""Specifications for Haven's static resources and their loader."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from haven import resources
from haven.resources import CrisisLine

REPO_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = REPO_ROOT / "src" / "haven" / "resources_data"
TEMPLATE_FILES = sorted((RESOURCES / "templates").glob("*.json"))

# Words and marks that Haven never uses (see the UX language guide).
FORBIDDEN = re.compile(
    r"\b(should(?:n['’]t)?|must(?:n['’]t)?|failed|missed|relapse[sd]?|behind schedule)\b|!",
    re.IGNORECASE,
)

REQUIRED_LINES: dict[str, tuple[str | None, str | None]] = {
    # name: (call, text)
    "National Domestic Violence Hotline": ("1-800-799-7233", "Text START to 88788"),
    "RAINN National Sexual Assault Hotline": ("1-800-656-4673", None),
    "988 Suicide & Crisis Lifeline": ("988", "Text 988"),
    "Crisis Text Line": (None, "Text HOME to 741741"),
    "National Domestic Abuse Helpline (run by Refuge)": ("0808 2000 247", None),
    "Men's Advice Line": ("0808 801 0327", None),
    "Samaritans": ("116 123", None),
    "The Survivors Trust": ("0808 801 0818", None),
}
REQUIRED_EMERGENCY_NUMBERS = {"911", "999", "112"}


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    resources.clear_cache()
    yield
    resources.clear_cache()


def _strings(value: Any) -> Iterator[str]:
    """Yield every string inside a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# ---------- Finding the resource folder ----------


def test_resources_live_inside_the_package_in_a_source_checkout() -> None:
    assert resources.resource_dir() == RESOURCES
    assert resources.resource("themes/light.qss").is_file()


def test_resource_dir_can_be_overridden_by_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "prompts.json").write_text(
        json.dumps({"schema": 1, "prompts": [{"id": "x", "text": "Hello.", "theme": "t"}]}),
        encoding="utf-8",
    )
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    resources.clear_cache()

    assert resources.resource_dir() == tmp_path.resolve()
    assert resources.journal_prompts() == ["Hello."]


ZIP_READER = """
import sys
sys.path.insert(0, sys.argv[1])
from haven import resources
print(type(resources.resource_dir()).__module__)
print(resources.crisis_lines()[0].id)
print(len(resources.theme_stylesheet("dark")) > 100)
print(resources.roadmap_template()[0][0])
"""


def test_resources_are_read_from_a_zipped_package(tmp_path: Path) -> None:
    """importlib.resources, not file paths: the package works from a zip on sys.path."""
    archive = tmp_path / "haven.zip"
    package = REPO_ROOT / "src" / "haven"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(package.parent).as_posix())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", resources.ENV_VAR)}
    result = subprocess.run(
        [sys.executable, "-I", "-c", ZIP_READER, str(archive)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module, first_line, theme_read, first_step = result.stdout.splitlines()
    assert module.startswith("zipfile")  # read from inside the archive, nothing unpacked
    assert first_line == resources.crisis_lines()[0].id
    assert theme_read == "True"
    assert first_step == resources.roadmap_template()[0][0]


@pytest.mark.parametrize(
    "name", ["../pyproject.toml", "templates/../../resources.py", "/etc/passwd", "", "C:x"]
)
def test_load_json_refuses_paths_outside_the_resource_folder(name: str) -> None:
    with pytest.raises(ValueError):
        resources.load_json(name)


def test_a_missing_file_raises_a_resource_error() -> None:
    with pytest.raises(resources.ResourceError):
        resources.load_json("templates/does-not-exist.json")


def test_callers_get_copies_they_can_change_safely() -> None:
    first = resources.grounding()
    first["breathing"]["default"]["in"] = 99
    assert resources.grounding()["breathing"]["default"]["in"] == 4


# ---------- Crisis lines ----------


def test_every_crisis_line_offers_a_number_or_a_text_instruction() -> None:
    for line in resources.crisis_lines():
        assert line.call or line.text, line.id


def test_every_crisis_line_cites_an_https_source_and_a_checked_date() -> None:
    raw = resources.load_json("crisis_lines.json")
    assert raw["schema"] == 2
    for entry in raw["lines"]:
        assert entry["source"].startswith("https://"), entry["id"]
        # Every line was checked against its source on the same day, this session.
        assert dt.date.fromisoformat(entry["checked"]) == dt.date(2026, 12, 3), entry["id"]


def test_every_crisis_line_says_what_it_is_for_and_when_it_is_open() -> None:
    for line in resources.crisis_lines():
        assert isinstance(line, CrisisLine)
        assert line.purpose.strip(), line.id
        assert line.hours.strip(), line.id
        assert line.region in {code for code, _ in resources.crisis_regions()}
        assert isinstance(line.checked, dt.date)


def test_help_now_covers_six_regions_and_lines_that_work_anywhere() -> None:
    codes = [code for code, _ in resources.crisis_regions()]
    assert codes == ["US", "CA", "UK", "IE", "AU", "NZ", "International"]
    for code in codes:
        assert resources.crisis_lines(code), code


@pytest.mark.parametrize("region", ["CA", "IE", "AU", "NZ"])
def test_each_new_region_has_a_crisis_line_and_its_emergency_number(region: str) -> None:
    lines = resources.crisis_lines(region)
    kinds = {kind for line in lines if line.region == region for kind in line.kinds}
    assert {"emergency", "crisis"} <= kinds, region


def test_a_region_lists_its_own_lines_then_the_ones_that_work_everywhere() -> None:
    lines = resources.crisis_lines("NZ")
    assert lines[0].region == "NZ" and lines[-1].id == "emergency-112"
    assert {line.region for line in lines} == {"NZ", "International"}
    with pytest.raises(ValueError, match="Unknown region"):
        resources.crisis_lines("Atlantis")


def test_peer_support_and_lgbtq_lines_are_listed_where_a_source_was_found() -> None:
    by_id = {line.id: line for line in resources.crisis_lines()}
    for line_id in ("us-trans-lifeline", "ca-trans-lifeline", "uk-galop", "au-qlife"):
        assert "lgbtq" in by_id[line_id].kinds, line_id
    assert by_id["au-qlife"].call == "1800 184 527"
    assert by_id["nz-safe-to-talk"].contact == "Call 0800 044 334 · Text 4334"


def test_lines_left_out_for_lack_of_a_source_are_named_with_the_reason() -> None:
    raw = resources.load_json("crisis_lines.json")
    names = {entry["name"] for entry in raw["left_out"]}
    listed = {line.name for line in resources.crisis_lines()}
    assert names and not names & listed
    assert all(entry["why"].strip() for entry in raw["left_out"])


def test_crisis_line_ids_are_unique() -> None:
    ids = [line.id for line in resources.crisis_lines()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("name", "expected"), sorted(REQUIRED_LINES.items()))
def test_required_helplines_are_present_with_exactly_these_numbers(
    name: str, expected: tuple[str | None, str | None]
) -> None:
    by_name = {line.name: line for line in resources.crisis_lines()}
    assert name in by_name
    line = by_name[name]
    assert (line.call, line.text) == expected


def test_emergency_numbers_911_999_and_112_are_present() -> None:
    calls = {line.call for line in resources.crisis_lines()}
    assert calls >= REQUIRED_EMERGENCY_NUMBERS


def test_crisis_line_contact_reads_plainly() -> None:
    by_id = {line.id: line for line in resources.crisis_lines()}
    assert by_id["us-ndvh"].contact == "Call 1-800-799-7233 · Text START to 88788"
    assert by_id["us-crisis-text-line"].contact == "Text HOME to 741741"


# ---------- Templates ----------


def test_the_example_roadmap_is_a_gentle_path_of_about_a_dozen_steps() -> None:
    steps = resources.roadmap_template()
    assert 10 <= len(steps) <= 12
    for title, description in steps:
        assert title.strip()
        assert description.strip()
    assert any("pause" in description.lower() for _, description in steps)


def test_journal_prompts_are_present_and_have_unique_ids() -> None:
    prompts = resources.journal_prompts()
    assert len(prompts) >= 12
    assert all(text.strip() for text in prompts)
    ids = [p["id"] for p in resources.load_json("templates/prompts.json")["prompts"]]
    assert len(ids) == len(set(ids))


def test_starter_scripts_offer_two_per_category() -> None:
    scripts = resources.starter_scripts()
    categories = [script["category"] for script in scripts]
    assert {c: categories.count(c) for c in set(categories)} == {
        "expressing a need": 2,
        "asking to slow down": 2,
        "pausing": 2,
        "before closeness": 2,
        "checking in afterwards": 2,
    }
    for script in scripts:
        assert script["id"] and script["title"] and script["body"]


def test_grounding_has_breathing_senses_and_a_body_scan() -> None:
    data = resources.grounding()
    breathing = data["breathing"]
    assert breathing["default"] == {"in": 4, "hold": 0, "out": 6, "rest": 0}
    assert breathing["intro"].strip()
    for preset in breathing["presets"]:
        assert preset["name"].strip()
        assert preset["in"] > 0 and preset["out"] > 0
        assert preset["hold"] >= 0 and preset["rest"] >= 0

    senses = data["senses_54321"]
    assert [step["count"] for step in senses["steps"]] == [5, 4, 3, 2, 1]
    assert all(step["sense"] and step["prompt"] for step in senses["steps"])

    scan = data["body_scan"]
    assert 8 <= len(scan["steps"]) <= 12
    assert "skip" in scan["intro"].lower()
    assert "eyes" in scan["intro"].lower()
    assert scan["content_note"] is None or scan["content_note"].strip()


def test_demo_material_is_rich_enough_and_clearly_fictional() -> None:
    demo = resources.demo_material()
    assert len(demo["journal_sentences"]) >= 20
    assert len(demo["journal_titles"]) >= 12
    assert len(demo["thresholds"]) >= 10
    assert demo["checkin_notes"] and demo["tags"] and demo["checklist_activities"]
    for threshold in demo["thresholds"]:
        assert threshold["situation"] and threshold["boundary"]
        assert threshold["zone"] in {"manageable", "needs_boundaries", "not_yet"}

    plan = demo["safety_plan"]
    assert plan["stop_signal"]["word"] and plan["pause_signal"]["word"]
    assert plan["pause_plan"]["me"] and plan["pause_plan"]["partner"]
    assert plan["boundaries"] and plan["routines"]
    assert all(t["trigger"] and t["context"] for t in plan["triggers"])
    for contact in plan["support_contacts"]:
        assert re.fullmatch(r"555-01\d\d", contact["phone"]), contact


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_every_template_declares_schema_1(path: Path) -> None:
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 1


# ---------- Wording ----------


@pytest.mark.parametrize(
    "path",
    [*TEMPLATE_FILES, RESOURCES / "crisis_lines.json"],
    ids=lambda p: p.name,
)
def test_no_resource_text_instructs_blames_or_exclaims(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    offending = [text for text in _strings(data) if FORBIDDEN.search(text)]
    assert offending == []


def test_the_wording_check_catches_what_it_is_meant_to_catch() -> None:
    caught = [
        "You should rest.",
        "You shouldn't.",
        "You mustn’t.",
        "You MUST try.",
        "Step failed",
        "Relapsed",
        "Hi!",
    ]
    assert all(FORBIDDEN.search(text) for text in caught)
    assert not FORBIDDEN.search("You might rest when you feel ready.")
    assert not FORBIDDEN.search("A shoulder massage, and mustard on toast.")


# ---------- Themes ----------


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_every_theme_loads_and_styles_the_pause_and_help_controls(name: str) -> None:
    qss = resources.theme_stylesheet(name)
    assert 'QPushButton[role="pause"]' in qss
    assert 'QPushButton[role="help"]' in qss
    assert 'QLabel[role="hint"]' in qss
    assert 'QLabel[role="heading"]' in qss
    assert ":focus" in qss


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_themes_respect_the_system_font_size(name: str) -> None:
    qss = resources.theme_stylesheet(name)
    assert not re.search(r"font-size\s*:", qss)
    assert not re.search(r"font\s*:", qss)


@pytest.mark.parametrize("name", ["sepia", "", "Light", "../themes/light"])
def test_an_unknown_theme_raises_value_error(name: str) -> None:
    with pytest.raises(ValueError):
        resources.theme_stylesheet(name)


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_a_rating_left_out_looks_set_aside_in_every_theme(name: str) -> None:
    sheet = resources.theme_stylesheet(name)
    assert "QSlider::handle:horizontal:disabled" in sheet
    assert "QSlider::sub-page:horizontal:disabled" in sheet

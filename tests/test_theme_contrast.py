"""Every text/background pair of the three themes reaches 4.5:1 (WCAG 2 AA, normal text).

The pairs come from reading the theme files themselves (and the small supplement the window
adds), so a colour changed in a theme is checked the moment it changes: rest, hover,
pressed, checked, selected, focus, selection and placeholder text all count. Before this
test, dark primary buttons were 3.97:1, hover states 3.2–4.35:1 and placeholder text 2.87:1
in the light theme.
"""

from __future__ import annotations

import pytest

from haven import resources
from haven.ui.shell.theme import supplement
from tests.support.qss_contrast import contrast, failures, parse_colour, text_pairs


def _sheet(name: str) -> str:
    return resources.theme_stylesheet(name) + supplement(name)


def test_the_wcag_formula_gives_the_known_ratios() -> None:
    black, white = parse_colour("#000000"), parse_colour("#ffffff")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    # #767676 on white is the classic "just passes" grey.
    assert contrast(parse_colour("#767676"), white) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", resources.THEMES)
def test_every_text_and_background_pair_reaches_4_5_to_1(name: str) -> None:
    failing = failures(_sheet(name))
    assert failing == [], "\n".join(
        f"{p.ratio:.2f}:1 {p.where} {p.what} {p.fg} on {p.bg}" for p in failing
    )


@pytest.mark.parametrize("name", resources.THEMES)
def test_hover_placeholder_and_labels_on_surfaces_are_all_checked(name: str) -> None:
    pairs = text_pairs(_sheet(name))
    kinds = {p.what for p in pairs}
    assert {"text", "placeholder", "selection"} <= kinds
    wheres = {p.where for p in pairs}
    assert 'QPushButton[role="help"]:hover' in wheres
    assert "QPushButton:default:hover" in wheres
    assert any(w.startswith('QLabel[role="hint"] on ') for w in wheres)
    assert len(pairs) > 100


def test_the_checker_catches_a_pair_that_is_too_faint() -> None:
    sheet = "QWidget { background-color: #ffffff; color: #263535; }\n"
    sheet += "QPushButton:hover { background-color: #38918b; color: #ffffff; }\n"
    sheet += "QLineEdit { background-color: #ffffff; color: #263535; }\n"
    found = {(p.where, p.what) for p in failures(sheet)}
    assert ("QPushButton:hover", "text") in found
    assert ("QLineEdit", "placeholder") in found  # Qt's half-strength default

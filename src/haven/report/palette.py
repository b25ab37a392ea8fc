"""Chart colours for each Haven theme: calm, colour-blind safe, never a red alarm.

Hues come from the Okabe–Ito palette (safe for the common kinds of colour blindness):
distress is blue and comfort is orange, the pair that stays distinct for almost everyone.
On the light background the orange, purple and green are darkened a little (same hue) so
that thin lines keep at least 3:1 contrast. Nothing relies on colour alone: distress and
comfort sit in separate, labelled panels, the averages and daily values differ in line and
marker style, markers differ in shape, and the threshold zones also differ in hatching.

The backgrounds and text match the Qt stylesheets in resources_data/themes, so a chart sits
inside its window without a visible box.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from haven.domain.models import Zone


@dataclass(frozen=True, slots=True)
class ChartPalette:
    name: str
    background: str  # the figure, same as the window
    surface: str  # inside the axes
    text: str
    muted: str  # tick labels, notes
    grid: str
    distress: str
    comfort: str
    practice: str  # practice peaks and the practice chart's markers
    step_marker: str  # roadmap state changes
    zone_marker: str  # threshold moves
    zones: Mapping[Zone, str]
    zone_hatches: Mapping[Zone, str]
    line_width: float = 2.0
    raw_alpha: float = 0.45  # daily values, drawn lighter than the averages
    fill_alpha: float = 0.55


_HATCHES = MappingProxyType({Zone.MANAGEABLE: "", Zone.NEEDS_BOUNDARIES: "//", Zone.NOT_YET: ".."})

LIGHT = ChartPalette(
    name="light",
    background="#f5f6f2",
    surface="#ffffff",
    text="#263535",
    muted="#5a6b69",
    grid="#e1e7e4",
    distress="#0072B2",
    comfort="#A86600",
    practice="#A5527F",
    step_marker="#007A5A",
    zone_marker="#5a6b69",
    zones=MappingProxyType(
        {Zone.MANAGEABLE: "#009E73", Zone.NEEDS_BOUNDARIES: "#E69F00", Zone.NOT_YET: "#56B4E9"}
    ),
    zone_hatches=_HATCHES,
)

DARK = ChartPalette(
    name="dark",
    background="#1c2323",
    surface="#253030",
    text="#e2eae7",
    muted="#a3b3b0",
    grid="#34423f",
    distress="#56B4E9",
    comfort="#E69F00",
    practice="#CC79A7",
    step_marker="#2FBF8F",
    zone_marker="#a3b3b0",
    zones=MappingProxyType(
        {Zone.MANAGEABLE: "#009E73", Zone.NEEDS_BOUNDARIES: "#E69F00", Zone.NOT_YET: "#56B4E9"}
    ),
    zone_hatches=_HATCHES,
)

HIGH_CONTRAST = ChartPalette(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    grid="#4d4d4d",
    distress="#56B4E9",
    comfort="#F0E442",
    practice="#CC79A7",
    step_marker="#2FBF8F",
    zone_marker="#ffffff",
    zones=MappingProxyType(
        {Zone.MANAGEABLE: "#2FBF8F", Zone.NEEDS_BOUNDARIES: "#F0E442", Zone.NOT_YET: "#56B4E9"}
    ),
    zone_hatches=_HATCHES,
    line_width=3.0,
    raw_alpha=0.8,
    fill_alpha=0.9,
)

PALETTES: Mapping[str, ChartPalette] = MappingProxyType(
    {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}
)


def palette_for(theme: str | ChartPalette | None) -> ChartPalette:
    """The palette for a theme name; an unknown or missing name gives the light one.

    Falling back (rather than raising) matches how the plain settings treat an unknown
    theme: a chart should always appear.
    """
    if isinstance(theme, ChartPalette):
        return theme
    return PALETTES.get(theme or "light", LIGHT)

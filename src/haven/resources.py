"""Static resources that ship with Haven: crisis lines, templates and themes.

The files live inside the package, in ``haven/resources_data/``, and are read through
``importlib.resources``. That one way works wherever the package is: a source checkout, an
installed wheel (pip, pipx), a zip on ``sys.path`` and the PyInstaller build (whose importer
serves package data from its own folder). Nothing is fetched from the network, and nothing
in this module imports Qt, so it can be used from the CLI, from tests and from the GUI alike.

The ``HAVEN_RESOURCES_DIR`` environment variable, if set, points Haven at another folder of
the same shape instead (for trying out new wording without reinstalling).

Loaded files are cached. Functions that return containers hand out fresh copies,
so a caller can change what it receives without affecting anyone else.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
from dataclasses import dataclass
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import Any, Literal

__all__ = [
    "ENV_VAR",
    "PACKAGE_FOLDER",
    "THEMES",
    "CrisisLine",
    "ResourceError",
    "clear_cache",
    "closeness_cards",
    "crisis_lines",
    "crisis_regions",
    "demo_material",
    "grounding",
    "journal_prompts",
    "load_json",
    "resource",
    "resource_dir",
    "roadmap_template",
    "starter_scripts",
    "theme_stylesheet",
]

ENV_VAR = "HAVEN_RESOURCES_DIR"
"""Environment variable that points Haven at a different resource folder."""

PACKAGE_FOLDER = "resources_data"
"""The folder inside the ``haven`` package that holds the resource files."""

THEMES: tuple[str, ...] = ("light", "dark", "high-contrast")
"""Names accepted by :func:`theme_stylesheet`."""

Region = Literal["US", "CA", "UK", "IE", "AU", "NZ", "International"]
_REGIONS: frozenset[str] = frozenset({"US", "CA", "UK", "IE", "AU", "NZ", "International"})
EVERYWHERE: Region = "International"
"""Lines listed for every region (112 works from many countries)."""


class ResourceError(RuntimeError):
    """A bundled resource file is missing or does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """One helpline or emergency number, as listed in ``crisis_lines.json``.

    Attributes:
        id: Stable identifier, e.g. ``"uk-samaritans"``.
        name: Display name of the service.
        region: ``"US"``, ``"UK"`` or ``"International"``.
        call: Number to call, or ``None`` for text-only services.
        text: Text instruction such as ``"Text START to 88788"``, or ``None``.
        purpose: One plain line about what the service is for (``"for"`` in JSON).
        hours: Opening hours, e.g. ``"24/7"``.
        kinds: What the line is, e.g. ``("peer", "lgbtq")``: crisis, violence,
            sexual-violence, peer, lgbtq, emergency.
        source: Official web page the entry was checked against.
        checked: Date the entry was last checked.
    """

    id: str
    name: str
    region: Region
    call: str | None
    text: str | None
    purpose: str
    hours: str
    source: str
    checked: dt.date
    kinds: tuple[str, ...] = ()

    @property
    def contact(self) -> str:
        """A short, human-readable way to reach the service."""
        parts: list[str] = []
        if self.call:
            parts.append(f"Call {self.call}")
        if self.text:
            parts.append(self.text)
        return " · ".join(parts)


def resource_dir() -> Traversable:
    """Return the folder that holds Haven's static resources.

    ``HAVEN_RESOURCES_DIR`` if set, else ``haven/resources_data`` as ``importlib.resources``
    finds it. In a source checkout, an installed wheel and the frozen build the result is a
    plain :class:`~pathlib.Path`; in a zip it is a :class:`zipfile.Path`. Either way read it
    with ``joinpath``, ``read_text``, ``is_file`` and ``iterdir``. Not cached, so changing
    the environment variable takes effect for files not yet loaded.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser().resolve()
    return importlib_resources.files("haven").joinpath(PACKAGE_FOLDER)


def resource(name: str) -> Traversable:
    """The resource ``name`` (``"templates/roadmap.json"``), refusing names that leave the folder.

    Raises:
        ValueError: ``name`` is absolute, empty, or climbs out with ``..``.
    """
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or parts[0] == "/" or ".." in parts or ":" in parts[0]:
        raise ValueError(f"Resource name must stay inside the resource folder: {name!r}")
    return resource_dir().joinpath("/".join(parts))


@functools.cache
def _read_json(name: str) -> dict[str, Any]:
    path = resource(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise ResourceError(f"Haven could not find the resource file {path}.") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"The resource file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ResourceError(f"The resource file {path} does not contain a JSON object.")
    return data


def load_json(name: str) -> dict[str, Any]:
    """Load a JSON resource by its path relative to the resource folder.

    Args:
        name: For example ``"crisis_lines.json"`` or ``"templates/roadmap.json"``.

    Returns:
        A fresh copy of the parsed JSON object.

    Raises:
        ResourceError: The file is missing, is not JSON, or is not a JSON object.
        ValueError: ``name`` points outside the resource folder.
    """
    return copy.deepcopy(_read_json(name))


def _section(data: dict[str, Any], key: str, name: str) -> Any:
    try:
        return data[key]
    except KeyError as exc:
        raise ResourceError(f"{name} has no {key!r} section.") from exc


def _crisis_line(entry: dict[str, Any]) -> CrisisLine:
    region = entry["region"]
    if region not in _REGIONS:
        raise ResourceError(f"Unknown region {region!r} for crisis line {entry.get('id')!r}.")
    return CrisisLine(
        id=entry["id"],
        name=entry["name"],
        region=region,
        call=entry.get("call"),
        text=entry.get("text"),
        purpose=entry["for"],
        hours=entry["hours"],
        source=entry["source"],
        checked=dt.date.fromisoformat(entry["checked"]),
        kinds=tuple(entry.get("kinds", ())),
    )


@functools.cache
def _crisis_lines() -> tuple[CrisisLine, ...]:
    name = "crisis_lines.json"
    entries = _section(_read_json(name), "lines", name)
    try:
        return tuple(_crisis_line(entry) for entry in entries)
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{name} has an entry that could not be read: {exc}") from exc


def crisis_lines(region: str | None = None) -> list[CrisisLine]:
    """Return the bundled helplines and emergency numbers, in file order.

    With a region code (``"CA"``, ``"NZ"``…) only that region's lines are returned, followed
    by the lines that work everywhere; without one, every line.
    """
    lines = list(_crisis_lines())
    if region is None:
        return lines
    if region not in _REGIONS:
        raise ValueError(f"Unknown region {region!r}.")
    return [line for line in lines if line.region == region] + [
        line for line in lines if line.region == EVERYWHERE and region != EVERYWHERE
    ]


def crisis_regions() -> list[tuple[str, str]]:
    """The regions Help now can show, as ``(code, English name)`` in the file's order."""
    name = "crisis_lines.json"
    regions = _section(_read_json(name), "regions", name)
    return [(r["code"], r["name"]) for r in regions if r["code"] in _REGIONS]


def roadmap_template() -> list[tuple[str, str]]:
    """Return the optional example roadmap as ``(title, description)`` pairs."""
    name = "templates/roadmap.json"
    steps = _section(_read_json(name), "steps", name)
    return [(step["title"], step["description"]) for step in steps]


def journal_prompts() -> list[str]:
    """Return the optional reflective journal prompts, as plain text."""
    name = "templates/prompts.json"
    prompts = _section(_read_json(name), "prompts", name)
    return [prompt["text"] for prompt in prompts]


def starter_scripts() -> list[dict[str, str]]:
    """Return the starter communication scripts.

    Each item has the keys ``id``, ``title``, ``category`` and ``body``.
    """
    name = "templates/scripts.json"
    return copy.deepcopy(_section(_read_json(name), "scripts", name))


def grounding() -> dict[str, Any]:
    """Return the grounding material: ``breathing``, ``senses_54321`` and ``body_scan``."""
    return load_json("templates/grounding.json")


def closeness_cards() -> list[tuple[str, str]]:
    """The cards of "What closeness means to me", as ``(id, text)`` pairs in file order."""
    name = "templates/closeness_cards.json"
    cards = _section(_read_json(name), "cards", name)
    return [(card["id"], card["text"]) for card in cards]


def demo_material() -> dict[str, Any]:
    """Return the fictional material that ``haven demo`` uses to build sample data."""
    return load_json("templates/demo.json")


@functools.cache
def _read_theme(name: str) -> str:
    path = resource(f"themes/{name}.qss")
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise ResourceError(f"Haven could not find the theme file {path}.") from exc


def theme_stylesheet(name: str) -> str:
    """Return the Qt stylesheet text for a theme.

    Args:
        name: One of ``"light"``, ``"dark"`` or ``"high-contrast"``.

    Raises:
        ValueError: ``name`` is not a known theme.
        ResourceError: The theme file is missing.
    """
    if name not in THEMES:
        known = ", ".join(THEMES)
        raise ValueError(f"Unknown theme {name!r}. Available themes: {known}.")
    return _read_theme(name)


def clear_cache() -> None:
    """Forget every cached file, for example after changing ``HAVEN_RESOURCES_DIR``."""
    _read_json.cache_clear()
    _crisis_lines.cache_clear()
    _read_theme.cache_clear()

"""Reads a Qt style sheet and lists every text/background pair a person can see.

Why here and not a screenshot: a style sheet states its colours, so the check can be exact
and cover states that a screenshot never catches (hover, pressed, selected, placeholder).
The cascade follows Qt's: a rule applies when its type is the widget's type or a base of it
and its attributes and pseudo-states are a subset of the widget's; the more specific rule
wins, and a later rule wins a tie. Disabled states are left out: WCAG 1.4.3 exempts
inactive controls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Which types a rule for the key also styles (a rule for QFrame styles a QLabel too).
_BASES = {
    "QLabel": ("QFrame", "QWidget"),
    "QFrame": ("QWidget",),
    "QListWidget": ("QListView", "QAbstractItemView", "QFrame", "QWidget"),
    "QListView": ("QAbstractItemView", "QFrame", "QWidget"),
    "QTreeView": ("QAbstractItemView", "QFrame", "QWidget"),
    "QTableView": ("QAbstractItemView", "QFrame", "QWidget"),
    "QTextEdit": ("QAbstractScrollArea", "QFrame", "QWidget"),
    "QPlainTextEdit": ("QAbstractScrollArea", "QFrame", "QWidget"),
    "QScrollArea": ("QAbstractScrollArea", "QFrame", "QWidget"),
    "QDateEdit": ("QDateTimeEdit", "QAbstractSpinBox", "QWidget"),
    "QTimeEdit": ("QDateTimeEdit", "QAbstractSpinBox", "QWidget"),
    "QSpinBox": ("QAbstractSpinBox", "QWidget"),
}
# Parts that never carry text.
_NO_TEXT_SUBCONTROLS = {
    "groove",
    "handle",
    "sub-page",
    "add-page",
    "indicator",
    "add-line",
    "sub-line",
    "pane",
    "drop-down",
    "down-arrow",
    "up-arrow",
    "up-button",
    "down-button",
}
_NO_TEXT_TYPES = {"QSlider", "QScrollBar"}
# Widgets whose own background shows through a transparent label sitting on them.
_CONTAINERS = {"QWidget", "QFrame", "QGroupBox", "QDialog", "QScrollArea", "QTabWidget"}
_INPUTS = {"QLineEdit", "QTextEdit", "QPlainTextEdit"}
_INTERACTIVE = {
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QTextEdit",
    "QPlainTextEdit",
    "QComboBox",
    "QSpinBox",
    "QDateEdit",
    "QTimeEdit",
    "QCheckBox",
    "QRadioButton",
    "QListView",
    "QListWidget",
    "QTabBar",
}

_COMPOUND = re.compile(
    r"^(?P<type>[A-Za-z*][\w]*)?(?P<rest>(?:#[\w-]+|\[[^\]]+\])*)"
    r"(?:::(?P<sub>[\w-]+))?(?P<states>(?::[\w-]+)*)$"
)


@dataclass(frozen=True)
class Compound:
    type: str
    attrs: frozenset[str]
    sub: str | None
    states: frozenset[str]

    @property
    def specificity(self) -> tuple[int, int, int]:
        ids = sum(1 for a in self.attrs if a.startswith("#"))
        return (ids, len(self.attrs) - ids + len(self.states), 0 if self.type == "*" else 1)

    def label(self) -> str:
        text = self.type + "".join(sorted(self.attrs))
        if self.sub:
            text += f"::{self.sub}"
        return text + "".join(f":{s}" for s in sorted(self.states))


@dataclass
class Rule:
    order: int
    compounds: list[Compound]
    decls: dict[str, str] = field(default_factory=dict)

    @property
    def last(self) -> Compound:
        return self.compounds[-1]


def parse_compound(text: str) -> Compound:
    text = text.strip()
    # Pseudo-states may come before the subcontrol in hand-written sheets; accept both.
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"Cannot read selector {text!r}")
    rest = match.group("rest") or ""
    attrs = frozenset(re.findall(r"#[\w-]+|\[[^\]]+\]", rest))
    states = frozenset(s for s in (match.group("states") or "").split(":") if s)
    return Compound(match.group("type") or "*", attrs, match.group("sub"), states)


def parse(sheet: str) -> list[Rule]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules: list[Rule] = []
    for order, (selectors, body) in enumerate(re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)):
        decls: dict[str, str] = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                decls[key.strip().lower()] = " ".join(value.split())
        for selector in selectors.split(","):
            compounds = [parse_compound(c) for c in selector.split()]
            rules.append(Rule(order, compounds, decls))
    return rules


# -- colours ---------------------------------------------------------------------------
_NAMED = {"white": "#ffffff", "black": "#000000", "yellow": "#ffff00"}


def parse_colour(value: str) -> tuple[float, float, float, float] | None:
    """(r, g, b, alpha) in 0..1, or None for transparent/unknown values."""
    value = value.strip().lower()
    value = _NAMED.get(value, value)
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return r, g, b, 1.0
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        r, g, b = (int(c * 2, 16) / 255 for c in value[1:])
        return r, g, b, 1.0
    m = re.fullmatch(r"rgba?\(([^)]*)\)", value)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        r, g, b = (float(p) / 255 for p in parts[:3])
        a = float(parts[3]) if len(parts) > 3 else 1.0
        return r, g, b, a / 255 if a > 1 else a
    return None


def over(top: tuple[float, float, float, float], bottom: tuple[float, ...]) -> tuple:
    a = top[3]
    return (*(top[i] * a + bottom[i] * (1 - a) for i in range(3)), 1.0)


def luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, ...], bg: tuple[float, ...]) -> float:
    if len(fg) > 3 and fg[3] < 1:
        fg = over(fg, bg)
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def hex_of(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb[:3])


# -- the cascade -----------------------------------------------------------------------
def _types_of(name: str) -> set[str]:
    return {name, "*", "QWidget", *_BASES.get(name, ())}


def _matches(rule: Rule, target: Compound, *, widget_level: bool) -> bool:
    sel = rule.last
    if len(rule.compounds) > 1:
        return False  # descendant rules only make children transparent; handled apart
    if sel.type not in _types_of(target.type):
        return False
    if not sel.attrs <= target.attrs or not sel.states <= target.states:
        return False
    return sel.sub is None if widget_level else sel.sub == target.sub


def resolve(rules: list[Rule], target: Compound) -> dict[str, str]:
    """The declarations that apply to the target, after the cascade."""
    result: dict[str, str] = {}
    levels = [True] if target.sub is None else [True, False]
    for widget_level in levels:
        found = [r for r in rules if _matches(r, target, widget_level=widget_level)]
        if widget_level and target.sub is not None:
            # A subcontrol inherits the widget's text colour at rest, not its states.
            found = [r for r in found if not r.last.states]
        found.sort(key=lambda r: (r.last.specificity, r.order))
        for rule in found:
            result.update(_expand(rule.decls))
    return result


def _expand(decls: dict[str, str]) -> dict[str, str]:
    out = dict(decls)
    if "background" in decls and "background-color" not in decls:
        out["background-color"] = decls["background"].split()[0]
    elif "background-color" in decls:
        out["background"] = decls["background-color"]
    return out


@dataclass(frozen=True)
class Pair:
    where: str
    what: str
    fg: str
    bg: str
    ratio: float


def targets(rules: list[Rule]) -> list[Compound]:
    """Every state a sheet styles, plus hover for everything that can be hovered."""
    seen: dict[str, Compound] = {}
    for rule in rules:
        if len(rule.compounds) > 1:
            continue
        base = rule.last
        variants = [base]
        hoverable = base.type in _INTERACTIVE or base.sub in {"item", "tab"}
        if hoverable and "hover" not in base.states:
            variants.append(Compound(base.type, base.attrs, base.sub, base.states | {"hover"}))
        for variant in variants:
            seen.setdefault(variant.label(), variant)
    return list(seen.values())


def containers(rules: list[Rule]) -> dict[str, tuple[float, ...]]:
    """Backgrounds a transparent label can sit on."""
    found: dict[str, tuple[float, ...]] = {}
    for rule in rules:
        sel = rule.last
        if sel.states or (sel.type not in _CONTAINERS and sel.sub != "pane"):
            continue
        colour = parse_colour(_expand(rule.decls).get("background-color", ""))
        if colour is not None and colour[3] == 1:
            found[" ".join(c.label() for c in rule.compounds)] = colour
    return found


def text_pairs(sheet: str) -> list[Pair]:
    """Every text/background pair the sheet produces (placeholder and selection included)."""
    rules = parse(sheet)
    grounds = containers(rules)
    root = resolve(rules, Compound("QWidget", frozenset(), None, frozenset()))
    pairs: list[Pair] = []
    for target in targets(rules):
        if "disabled" in target.states or target.type in _NO_TEXT_TYPES:
            continue
        if target.sub in _NO_TEXT_SUBCONTROLS or target.type == "QTabWidget":
            continue
        decls = resolve(rules, target)
        fg = parse_colour(decls.get("color", root.get("color", "")))
        bg = parse_colour(decls.get("background-color", "transparent"))
        if fg is None:
            continue
        if bg is None and target.sub is not None:
            owner = Compound(target.type, target.attrs, None, target.states - {"selected"})
            bg = parse_colour(resolve(rules, owner).get("background-color", "transparent"))
        backgrounds = {target.label(): bg} if bg is not None else grounds
        for where, ground in backgrounds.items():
            label = target.label() if bg is not None else f"{target.label()} on {where}"
            pairs.append(Pair(label, "text", hex_of(fg), hex_of(ground), contrast(fg, ground)))
            if target.type in _INPUTS and target.sub is None:
                holder = parse_colour(decls.get("placeholder-text-color", ""))
                if holder is None:  # Qt's default: the text colour at half strength
                    holder = (*fg[:3], 0.5)
                shown = over(holder, ground)
                ratio = contrast(shown, ground)
                pairs.append(Pair(label, "placeholder", hex_of(shown), hex_of(ground), ratio))
        sel_fg = parse_colour(decls.get("selection-color", ""))
        sel_bg = parse_colour(decls.get("selection-background-color", ""))
        if sel_fg is not None and sel_bg is not None and not target.states:
            ratio = contrast(sel_fg, sel_bg)
            pairs.append(Pair(target.label(), "selection", hex_of(sel_fg), hex_of(sel_bg), ratio))
    unique = {(p.where, p.what, p.fg, p.bg): p for p in pairs}
    return list(unique.values())


def failures(sheet: str, minimum: float = 4.5) -> list[Pair]:
    return sorted(
        (p for p in text_pairs(sheet) if p.ratio < minimum), key=lambda p: (p.ratio, p.where)
    )


__all__ = ["Pair", "contrast", "failures", "parse", "parse_colour", "text_pairs"]

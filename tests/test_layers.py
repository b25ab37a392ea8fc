"""The layers the README promises, checked: every import points inward, only the store runs
SQL, and widgets never open a transaction.

    domain  <-  store  <-  usecases  <-  exchange / report  <-  ui / cli  (app, launch)

exchange and report are siblings and do not import each other (what they share, like the
spreadsheet-safe cell, lives in the domain).

A short AST walk over src/haven (lazy imports inside functions count too). Each rule names
the outward packages a layer must not reach; `check_source` is exercised on planted modules
below, so the test is known to fail when someone adds an outward import.
"""

from __future__ import annotations

import ast
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

QT = ("PySide6", "shiboken6")
SQL = ("sqlcipher3", "sqlite3")
FRONT_ENDS = ("haven.ui", "haven.cli", "haven.app", "haven.launch")

# layer (module prefix) -> what it must never import (module prefixes)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "haven.domain": (
        *QT,
        *SQL,
        "haven.store",
        "haven.usecases",
        "haven.exchange",
        "haven.report",
        "haven.demo",
        *FRONT_ENDS,
    ),
    "haven.store": (*QT, "haven.usecases", "haven.exchange", "haven.report", *FRONT_ENDS),
    "haven.usecases": (*QT, *SQL, "haven.exchange", "haven.report", *FRONT_ENDS),
    "haven.exchange": (*QT, *SQL, "haven.report", *FRONT_ENDS),
    "haven.report": (*QT, *SQL, "haven.exchange", *FRONT_ENDS),
    "haven.demo": (*QT, *SQL, *FRONT_ENDS),
    # What differs by operating system (folders, hardening, the desktop entry): beside the
    # store, below every operation and front end.
    "haven.system": (*QT, *SQL, "haven.usecases", "haven.exchange", "haven.report", *FRONT_ENDS),
    "haven.cli": (*QT, *SQL, "haven.ui"),
    "haven.ui": (*SQL, "haven.cli", "haven.launch"),
}
# Only these may import the window's package (app wires it; the ui imports itself).
MAY_IMPORT_UI = ("haven.ui", "haven.app")
SQL_TEXT = re.compile(r"^\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA)\b", re.I)
SQL_CALLS = {"execute", "executemany", "executescript"}


@dataclass(frozen=True)
class Breach:
    module: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.what}"


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _imports(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            found += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
    return found


def check_source(module: str, source: str, *, is_package: bool = False) -> list[Breach]:
    """Every breach of the layer rules in one module's source."""
    tree = ast.parse(source)
    breaches: list[Breach] = []
    rules = [bad for layer, bad in FORBIDDEN.items() if _within(module, layer)]
    for line, name in _imports(tree, module, is_package):
        for bad in (b for rule in rules for b in rule):
            if _within(name, bad):
                breaches.append(Breach(module, line, f"imports {name} (outward: {bad})"))
        if _within(name, "haven.ui") and not any(_within(module, m) for m in MAY_IMPORT_UI):
            breaches.append(Breach(module, line, f"imports {name} (only haven.app may)"))
    if _within(module, "haven.ui"):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "transaction":
                    breaches.append(Breach(module, node.lineno, "a widget opens a transaction"))
                elif node.func.attr in SQL_CALLS:
                    breaches.append(Breach(module, node.lineno, f"runs SQL ({node.func.attr})"))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL_TEXT.match(node.value)
            ):
                breaches.append(Breach(module, node.lineno, "holds SQL text"))
    return sorted(set(breaches), key=lambda b: (b.module, b.line, b.what))


def check_tree(src: Path) -> list[Breach]:
    breaches: list[Breach] = []
    for path in sorted((src / "haven").rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        breaches += check_source(module, path.read_text(encoding="utf-8"), is_package=is_package)
    return breaches


# -- the real tree ------------------------------------------------------------------------------
def test_every_import_in_haven_points_inward_and_widgets_never_open_a_transaction() -> None:
    breaches = check_tree(SRC)
    assert not breaches, "\n".join(map(str, breaches))


def test_the_rules_cover_every_layer_that_exists() -> None:
    packages = {p.name for p in (SRC / "haven").iterdir() if (p / "__init__.py").exists()}
    assert {"domain", "store", "usecases", "exchange", "report", "cli", "ui"} <= packages
    for package in packages:
        assert any(_within(f"haven.{package}", layer) for layer in FORBIDDEN), package


# -- the rules fail on planted breaches ---------------------------------------------------------
@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("haven.domain.planted", "from haven.store.vault import Vault\n", "haven.store"),
        ("haven.domain.planted", "def f():\n    import PySide6.QtCore\n", "PySide6"),
        ("haven.domain.planted", "import sqlite3\n", "sqlite3"),
        ("haven.store.planted", "from haven.report import charts\n", "haven.report"),
        ("haven.store.planted", "from haven.ui.core.session import Session\n", "haven.ui"),
        ("haven.usecases.planted", "from haven.exchange import haven_json\n", "haven.exchange"),
        ("haven.exchange.planted", "from haven.cli.common import say\n", "haven.cli"),
        ("haven.report.planted", "from PySide6.QtGui import QImage\n", "PySide6"),
        ("haven.cli.planted", "from haven.ui.kit import widgets\n", "haven.ui"),
        ("haven.store.repositories.planted", "from ...ui import core\n", "haven.ui"),
        ("haven.ui.planted", "import sqlcipher3\n", "sqlcipher3"),
        ("haven.ui.planted", "def f(v):\n    with v.transaction():\n        pass\n", "transaction"),
        ("haven.ui.planted", "def f(c):\n    c.execute('select 1')\n", "execute"),
        ("haven.ui.planted", "Q = 'SELECT body FROM journal'\n", "SQL text"),
        ("haven.config", "from haven.ui.shell import theme\n", "only haven.app"),
    ],
)
def test_a_planted_breach_is_found(module: str, source: str, expected: str) -> None:
    breaches = check_source(module, source)
    assert breaches, f"{module} with {source!r} passed the layer rules"
    assert any(expected in b.what for b in breaches), breaches


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("haven.ui.planted", "from haven.store.vault import Vault\n"),
        ("haven.usecases.planted", "from haven.store.vault import Vault\n"),
        ("haven.exchange.planted", "from haven.usecases import journal\n"),
        ("haven.app", "from haven.ui.shell.main_window import MainWindow\n"),
        ("haven.cli.planted", "def f():\n    from haven.app import run_gui\n"),
    ],
)
def test_inward_imports_pass(module: str, source: str) -> None:
    assert check_source(module, source) == []


def test_an_outward_import_planted_in_a_copy_of_the_tree_fails_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(SRC / "haven", copy / "haven", ignore=shutil.ignore_patterns("__pycache__"))
    models = copy / "haven" / "domain" / "models.py"
    models.write_text(models.read_text() + "\nfrom haven.ui.kit import widgets  # planted\n")

    breaches = check_tree(copy)

    assert breaches, "the planted import passed"
    assert {b.module for b in breaches} == {"haven.domain.models"}
    assert all("haven.ui.kit" in b.what for b in breaches)
    assert check_tree(SRC) == []  # the real tree, unchanged, still passes

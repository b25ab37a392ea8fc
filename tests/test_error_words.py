"""Store errors carry facts; each front end chooses its own words for the way on."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from haven.cli.words import store_problem as cli_words
from haven.store.errors import VaultDamaged, VaultExists, VaultMissing
from haven.ui.kit.words import store_problem as window_words

STORE = Path(__file__).resolve().parents[1] / "src" / "haven" / "store"
FRONT_END_WORDS = ("haven init", "haven restore", "haven backup", "--data-dir", "--passphrase")


def _strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", sorted(STORE.rglob("*.py")), ids=lambda p: p.name)
def test_no_store_message_names_a_command_or_an_option(path: Path) -> None:
    said = [s for s in _strings(path) if any(word in s for word in FRONT_END_WORDS)]
    assert said == []


def test_the_command_line_adds_what_to_type() -> None:
    assert cli_words(VaultMissing("/j")) == (
        "There is no Haven journal in /j yet. "
        "You can create one with 'haven init', or choose another folder with --data-dir."
    )
    assert cli_words(VaultExists("/j")).endswith(
        "Nothing was changed. To start another, choose a different folder with --data-dir."
    )
    assert "'haven restore /b/auto.db' brings it back" in cli_words(VaultDamaged("/b/auto.db"))
    assert "'haven restore FILE'" in cli_words(VaultDamaged(None))


def test_the_window_adds_where_to_click_and_no_command(qapp) -> None:
    words = window_words(VaultDamaged("/b/auto.db"))
    assert "The newest sound backup is /b/auto.db." in words
    assert "Restore from a backup" in words
    assert not any(word in words for word in FRONT_END_WORDS)

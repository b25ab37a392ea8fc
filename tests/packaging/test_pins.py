"""The test and build tools are pinned, and ./test and ./run install with those pins."""

from __future__ import annotations

import re
import tomllib

from tests.packaging.conftest import CONSTRAINTS, ROOT

PIN = r"([A-Za-z0-9_.-]+)==([0-9][0-9A-Za-z.+-]*)"


def pins() -> dict[str, str]:
    found: dict[str, str] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = re.fullmatch(PIN, line).groups()
            found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def requirement_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_test_and_build_tool_has_an_exact_pin() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tools = {requirement_name(r) for r in project["project"]["optional-dependencies"]["test"]}
    backend = {requirement_name(r) for r in project["build-system"]["requires"]}
    assert tools | backend | {"pip"} <= set(pins())


def test_the_pins_satisfy_what_pyproject_asks_for() -> None:
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [*project["project"]["optional-dependencies"]["test"]]
    wanted += project["build-system"]["requires"]
    pinned = pins()
    for text in wanted:
        requirement = Requirement(text)
        assert requirement.specifier.contains(pinned[requirement_name(text)]), text


def test_run_and_test_install_with_the_constraints_file() -> None:
    common = (ROOT / "scripts" / "common.sh").read_text(encoding="utf-8")
    installs = [line for line in common.splitlines() if "pip install" in line]
    assert installs, "scripts/common.sh installs nothing?"
    for line in installs:
        assert '-c "$pins"' in line, line
    assert '--build-constraint "$pins"' in installs[-1]
    assert 'pins="$root/constraints.txt"' in common

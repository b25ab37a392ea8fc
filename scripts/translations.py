#!/usr/bin/env python3
"""Regenerate Haven's translation source, src/haven/ui/translations/haven_en.ts.

Every string a person sees in the window goes through Qt's `tr()` (or
`QCoreApplication.translate`); `pyside6-lupdate`, which ships with PySide6, collects them
into a Qt Linguist .ts file a translator can open. Run this after changing the window's
words:

    .venv/bin/python scripts/translations.py

tests/test_translations.py regenerates the file into a temporary folder and fails when the
checked-in one lacks a string or holds one the code no longer has. Locations are left out
(`-locations none`) so the file changes only when the words do.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "haven" / "ui"
TS = UI / "translations" / "haven_en.ts"


def lupdate_program() -> Path:
    """pyside6-lupdate from the same environment as this Python."""
    name = "pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate"
    return Path(sys.executable).parent / name


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def generate(out: Path) -> None:
    """Write the .ts for the window's current code to `out` (made fresh)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [str(lupdate_program()), *files, "-locations", "none", "-no-obsolete", "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) for every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


if __name__ == "__main__":
    generate(TS)
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings")

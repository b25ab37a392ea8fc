"""Render Haven's icons from their SVG sources into the PNG sizes desktops look for.

    .venv/bin/python scripts/make_icons.py

Reads src/haven/resources_data/icons/{haven,haven-neutral}.svg and writes
src/haven/resources_data/icons/<size>/<name>.png for every size in SIZES, with Qt's own SVG
renderer (QtSvg ships in PySide6-Essentials). The PNGs are committed: a menu, a dock and the
.deb take them as they are, and tests/packaging/test_icons.py checks each one still matches
a fresh render of its SVG. Run this again after changing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "src" / "haven" / "resources_data" / "icons"
NAMES = ("haven", "haven-neutral")
# The hicolor theme's usual application sizes (freedesktop Icon Theme Specification).
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square of `size` pixels (antialiased)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def png_path(name: str, size: int) -> Path:
    return ICONS / str(size) / f"{name}.png"


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        for size in SIZES:
            target = png_path(name, size)
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(png_bytes(render(ICONS / f"{name}.svg", size)))
            print(target.relative_to(ICONS.parents[3]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

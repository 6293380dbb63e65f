"""Render the application icon's PNG sizes from its SVG sources, with Qt's own SVG renderer.

Run after changing an SVG: ``QT_QPA_PLATFORM=offscreen python packaging/render_icons.py``.
16 and 24 pixels come from ``press-contacts-small.svg``, drawn on the 16-pixel grid so its
edges stay sharp; the larger sizes from ``press-contacts.svg``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SMALL_SIZES = (16, 24)
LARGE_SIZES = (32, 48, 64, 128, 256, 512)
SIZES = SMALL_SIZES + LARGE_SIZES


def source_for(size: int) -> Path:
    """The SVG drawn for ``size`` pixels."""
    return ICONS / ("press-contacts-small.svg" if size in SMALL_SIZES else "press-contacts.svg")


def png_path(size: int) -> Path:
    return ICONS / f"press-contacts-{size}.png"


def render(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels, antialiased, on a transparent background."""
    renderer = QSvgRenderer(str(source_for(size)))
    if not renderer.isValid():
        raise ValueError(f"{source_for(size).name}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        if not render(size).save(str(png_path(size))):
            print(f"could not write {png_path(size).name}", file=sys.stderr)
            return 1
        print(png_path(size).name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The marker shapes the map draws, and the same shapes as legend swatches.

Contract: ``SHAPES`` are unit-size QPainterPaths (y down, as on screen) by name —
circle, square, ring (drawn hollow with a heavy pen), diamond, triangle (pointing
up), cross — used by map markers and legends alike. ``symbol_icon(shape, pen, brush,
size=18, dash=None)`` is a swatch of one (a short line in ``dash`` style when given);
a ``WHITE`` outline is drawn dark (``MARKER_OUTLINE``) so it shows on a light panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform

MARKER_OUTLINE = "#263238"
WHITE = "#FFFFFF"


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _cross() -> QPainterPath:
    arm = 0.11
    plus = _polygon([(-arm, -0.5), (arm, -0.5), (arm, -arm), (0.5, -arm), (0.5, arm), (arm, arm), (arm, 0.5),
                     (-arm, 0.5), (-arm, arm), (-0.5, arm), (-0.5, -arm), (-arm, -arm)])
    return QTransform().rotate(45).map(plus)


def _circle() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), 0.5, 0.5)
    return path


def _square() -> QPainterPath:
    path = QPainterPath()
    path.addRect(-0.5, -0.5, 1.0, 1.0)
    return path


SHAPES: dict[str, QPainterPath] = {
    "circle": _circle(),
    "square": _square(),
    "ring": _circle(),  # drawn hollow with a heavy pen: the dark-spot mark
    "diamond": _polygon([(0, -0.55), (0.45, 0), (0, 0.55), (-0.45, 0)]),
    "triangle": _polygon([(-0.5, 0.42), (0, -0.5), (0.5, 0.42)]),  # pointing up: a warning sign
    "cross": _cross(),
}


def symbol_icon(shape: str, pen: str, brush: str | None, size: int = 18, dash: Qt.PenStyle | None = None) -> QIcon:
    """A legend swatch: the map's marker shape (or a short route line when ``dash`` is given)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if dash is not None:
        painter.setPen(QPen(QColor(pen), 2.5, dash, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(1, size / 2), QPointF(size - 1, size / 2))
    else:
        painter.translate(size / 2, size / 2)
        scale = size * (0.75 if shape == "square" else 0.85)
        painter.scale(scale, scale)
        # White outlines vanish on a light panel: the legend edges them dark.
        outline = QPen(QColor(pen if pen != WHITE else MARKER_OUTLINE), 3.0 if shape == "ring" else
                       1.5 if brush is None else 1.0)
        outline.setCosmetic(True)
        painter.setPen(outline)
        painter.setBrush(QBrush(QColor(brush)) if brush is not None else Qt.BrushStyle.NoBrush)
        painter.drawPath(SHAPES[shape])
    painter.end()
    return QIcon(pixmap)

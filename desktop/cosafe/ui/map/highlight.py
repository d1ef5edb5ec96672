"""The outline that marks an identified feature on the map.

Contract:
- ``HighlightItem(geometry)`` takes a lon/lat shapely geometry (any kind) and draws,
  above every basemap layer: a polygon's outline, a line traced over its length, a
  point ringed — a dark halo under a bright core, so it reads on light streets, dark
  imagery and colourful paper maps alike.
- Widths and the ring's radius are screen pixels (cosmetic, times the device pixel
  ratio), so the mark looks the same at any zoom.
- Like the basemap items it sits at a local origin (the geometry's centre) and its
  path holds small coordinates relative to it.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosafe.core.projection import to_mercator

HALO = QColor(0, 0, 0, 150)
CORE = QColor("#ffde17")  # a signal yellow, unlike any basemap class colour
CORE_WIDTH = 3.0  # screen pixels
RING_RADIUS = 9.0  # screen pixels around a point


class HighlightItem(pg.GraphicsObject):
    """An outline around one feature."""

    def __init__(self, geometry: BaseGeometry) -> None:
        super().__init__()
        self.geometry = geometry
        parts = shapely.get_parts(geometry)
        kinds = shapely.get_type_id(parts)
        x, y = to_mercator(*shapely.get_coordinates(parts).T)
        self._origin = (float((x.min() + x.max()) / 2), float((y.min() + y.max()) / 2))
        px, py = to_mercator(*shapely.get_coordinates(parts[kinds == 0]).T)
        self._points = [QPointF(a - self._origin[0], b - self._origin[1]) for a, b in zip(px.tolist(), py.tolist())]
        self._path = QPainterPath()
        for ring in [*shapely.get_rings(parts[kinds == 3]), *parts[(kinds == 1) | (kinds == 2)]]:
            rx, ry = to_mercator(*shapely.get_coordinates(ring).T)
            self._path.moveTo(rx[0] - self._origin[0], ry[0] - self._origin[1])
            for a, b in zip(rx[1:].tolist(), ry[1:].tolist()):
                self._path.lineTo(a - self._origin[0], b - self._origin[1])
        box = QRectF(float(x.min()) - self._origin[0], float(y.min()) - self._origin[1],
                     float(x.max() - x.min()), float(y.max() - y.min()))
        self._bounds = box.adjusted(-1, -1, 1, 1)
        self.setPos(*self._origin)

    def boundingRect(self) -> QRectF:
        # Rings are screen-sized: grow by a generous margin so they are never culled.
        margin = max(self._bounds.width(), self._bounds.height(), 200.0)
        return self._bounds.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        ratio = painter.device().devicePixelRatioF()
        scale = math.sqrt(abs(painter.transform().determinant())) or 1.0  # logical pixels per unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width in ((HALO, CORE_WIDTH + 3.0), (CORE, CORE_WIDTH)):
            pen = QPen(colour, width * ratio)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(self._path)
            radius = RING_RADIUS / scale
            for point in self._points:
                painter.drawEllipse(point, radius, radius)

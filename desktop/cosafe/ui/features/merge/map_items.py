"""Both versions of a record in a merge conflict, drawn on the map: mine solid, theirs dashed.

Contract: ``ConflictOverlay(canvas)``; ``show(mine, theirs)`` takes two lon/lat shapely
geometries (either may be None) and draws them above every layer — mine as a solid
blue outline, theirs as a dashed orange one, each over a dark halo (points ringed),
widths in screen pixels — and ``zoom_to()`` fits the view to both when they are not
already in view; ``clear()`` removes them. It only draws: the canvas's own identify highlight is left alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosafe.core.projection import to_mercator
from cosafe.ui.map.highlight import CORE_WIDTH, HALO, RING_RADIUS, HighlightItem
from cosafe.ui.map.draw_preview import PREVIEW_Z

MINE_COLOUR = QColor("#0072B2")  # Okabe-Ito blue and orange: told apart by most colour-blind eyes too
THEIRS_COLOUR = QColor("#E69F00")
OVERLAY_Z = PREVIEW_Z - 10  # above basemap, perception layers and proposals; below a drawing in progress


class OutlineItem(HighlightItem):
    """A highlight in one colour, solid or dashed."""

    def __init__(self, geometry: BaseGeometry, colour: QColor, dashed: bool) -> None:
        super().__init__(geometry)
        self.colour = colour
        self.dashed = dashed

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        ratio = painter.device().devicePixelRatioF()
        scale = math.sqrt(abs(painter.transform().determinant())) or 1.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width, dashed in ((HALO, CORE_WIDTH + 3.0, False), (self.colour, CORE_WIDTH, self.dashed)):
            pen = QPen(colour, width * ratio)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if dashed:
                pen.setDashPattern([3.0, 2.0])  # in pen widths
            painter.setPen(pen)
            painter.drawPath(self._path)
            radius = (RING_RADIUS + (4.0 if self.dashed else 0.0)) / scale  # theirs rings mine when both are points
            for point in self._points:
                painter.drawEllipse(point, radius, radius)


class ConflictOverlay:
    """The two outlines of the conflict being looked at."""

    def __init__(self, canvas) -> None:
        self._canvas = canvas
        self.items: list[OutlineItem] = []

    def show(self, mine: BaseGeometry | None, theirs: BaseGeometry | None) -> None:
        self.clear()
        for geometry, colour, dashed in ((mine, MINE_COLOUR, False), (theirs, THEIRS_COLOUR, True)):
            if geometry is not None and not geometry.is_empty:
                item = OutlineItem(geometry, colour, dashed)
                item.setZValue(OVERLAY_Z + (1 if dashed else 0))
                self._canvas.view_box.addItem(item, ignoreBounds=True)
                self.items.append(item)

    def zoom_to(self) -> None:
        """Fit the view to both outlines, unless they are already in view (no jump for nothing)."""
        if not self.items:
            return
        bounds = [item.geometry.bounds for item in self.items]
        min_lon, min_lat = min(b[0] for b in bounds), min(b[1] for b in bounds)
        max_lon, max_lat = max(b[2] for b in bounds), max(b[3] for b in bounds)
        (x0, x1), (y0, y1) = to_mercator([min_lon, max_lon], [min_lat, max_lat])
        left, bottom, right, top = self._canvas.mercator_view()
        if left <= x0 and x1 <= right and bottom <= y0 and y1 <= top:
            return
        pad_lon, pad_lat = max((max_lon - min_lon) * 0.3, 0.0008), max((max_lat - min_lat) * 0.3, 0.0008)
        self._canvas.zoom_to_bounds(min_lon - pad_lon, min_lat - pad_lat, max_lon + pad_lon, max_lat + pad_lat)

    def clear(self) -> None:
        for item in self.items:
            self._canvas.view_box.removeItem(item)
        self.items = []

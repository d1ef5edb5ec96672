"""Perceptions on the map: audit points by safety score, dark spots, walk routes, pins, incidents.

Contract:
- Every layer is drawn by a few batched items, one per style (``pg.ScatterPlotItem``
  for markers, ``RouteItem`` for routes), never one item per record, so 10,000 pins
  paint in about 10 ms. Markers keep a fixed screen size at every zoom.
- Looks (ramp, shapes, dashes) are ``features.analysis.style``'s, shared with the legend.
  Within audit points, poorer classes are drawn on top; unsafe pins over safe ones.
- Builders take lon/lat degrees; items hold Web Mercator metres, like every canvas
  item. Each item has ``layer`` (its layer key) and ``style_name``. Z values sit
  between the basemap (``BASEMAP_TOP_Z``) and the proposals, so proposals stay on top.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.core.palette import FEELING_COLOURS, INCIDENT_COLOUR
from cosafe.core.projection import to_mercator as project
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z
from cosafe.ui.features.analysis.style import AUDIT_POINTS, DARK_SPOT_PX, HEAT, INCIDENT_PX, INCIDENTS, NO_SCORE_COLOUR, PIN_PX, PINS, POINT_PX, ROUTE_COLOUR, ROUTE_DASHES, ROUTE_PX, ROUTES, SCORE_CLASSES, score_class
from cosafe.ui.map.symbols import MARKER_OUTLINE, SHAPES, WHITE

Z = {HEAT: BASEMAP_TOP_Z + 1, ROUTES: BASEMAP_TOP_Z + 2, INCIDENTS: BASEMAP_TOP_Z + 3,
     AUDIT_POINTS: BASEMAP_TOP_Z + 4, PINS: BASEMAP_TOP_Z + 5}


def to_mercator(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    x, y = project(lons, lats)
    return np.atleast_1d(x), np.atleast_1d(y)


def markers(lons: np.ndarray, lats: np.ndarray, symbol: str, size: float, pen: str, brush: str | None,
            pen_width: float = 1.0, layer: str = "") -> pg.ScatterPlotItem:
    """One batched item drawing every point with the same marker (fixed screen size)."""
    x, y = to_mercator(lons, lats)
    item = pg.ScatterPlotItem(x=x, y=y, symbol=SHAPES[symbol], size=size, pxMode=True,
                              pen=pg.mkPen(pen, width=pen_width),
                              brush=pg.mkBrush(brush) if brush is not None else pg.mkBrush(None),
                              hoverable=False, tip=None)
    item.setZValue(Z.get(layer, BASEMAP_TOP_Z + 1))
    item.layer = layer  # type: ignore[attr-defined]
    return item


def audit_point_items(lons: np.ndarray, lats: np.ndarray, scores: np.ndarray, dark: np.ndarray
                      ) -> list[pg.ScatterPlotItem]:
    """Items for audit points: one per score class present, unscored points, dark-spot frames."""
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    classes = score_class(scores)
    items = []
    dark = np.asarray(dark, dtype=bool)
    if dark.any():  # under the squares: the ring surrounds them
        frame = markers(lons[dark], lats[dark], "ring", DARK_SPOT_PX, "#000000", None, 3.0, AUDIT_POINTS)
        frame.setZValue(Z[AUDIT_POINTS] - 0.1)
        frame.style_name = "dark_spot"  # type: ignore[attr-defined]
        items.append(frame)
    for index, (colour, _label) in enumerate(SCORE_CLASSES):
        chosen = classes == index
        if chosen.any():
            item = markers(lons[chosen], lats[chosen], "square", POINT_PX, MARKER_OUTLINE, colour, 1.0, AUDIT_POINTS)
            item.style_name = f"score_{index}"  # type: ignore[attr-defined]
            # Poorer places on top: where a day and a night point share a spot, the worry shows.
            item.setZValue(Z[AUDIT_POINTS] + 0.01 * (len(SCORE_CLASSES) - index))
            items.append(item)
    unscored = classes < 0
    if unscored.any():
        item = markers(lons[unscored], lats[unscored], "square", POINT_PX, NO_SCORE_COLOUR, None, 2.0, AUDIT_POINTS)
        item.style_name = "unscored"  # type: ignore[attr-defined]
        items.append(item)
    return items


def pin_items(lons: np.ndarray, lats: np.ndarray, feelings: Sequence[str]) -> list[pg.ScatterPlotItem]:
    """Items for perception pins: diamonds for safe, triangles for unsafe."""
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    feelings = np.asarray(feelings, dtype=object)
    items = []
    # Unsafe on top: where both crowd a spot, the warning shape should stay visible.
    for feeling, symbol in (("safe", "diamond"), ("unsafe", "triangle")):
        chosen = feelings == feeling
        if chosen.any():
            item = markers(lons[chosen], lats[chosen], symbol, PIN_PX, WHITE, FEELING_COLOURS[feeling], 1.2, PINS)
            item.style_name = feeling  # type: ignore[attr-defined]
            item.setZValue(Z[PINS] + (0.1 if feeling == "unsafe" else 0.0))
            items.append(item)
    return items


def incident_items(lons: np.ndarray, lats: np.ndarray) -> list[pg.ScatterPlotItem]:
    if len(lons) == 0:
        return []
    item = markers(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float), "cross", INCIDENT_PX,
                   WHITE, INCIDENT_COLOUR, 0.8, INCIDENTS)
    item.style_name = "incident"  # type: ignore[attr-defined]
    return [item]


class RouteItem(pg.GraphicsObject):
    """Every walk route of one time of day as one path, stroked with a cosmetic pen."""

    def __init__(self, lines: Sequence[np.ndarray], time_of_day: str) -> None:
        super().__init__()
        self.time_of_day = time_of_day
        self.style_name = f"route_{time_of_day}"
        self.layer = ROUTES
        self.path = QPainterPath()
        for coords in lines:  # each an (n, 2) lon/lat array
            x, y = to_mercator(coords[:, 0], coords[:, 1])
            self.path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(x, y)]))
        self.line_count = len(lines)
        self._bounds = self.path.controlPointRect()
        self._pen = QPen(QColor(ROUTE_COLOUR), ROUTE_PX, ROUTE_DASHES.get(time_of_day, Qt.PenStyle.SolidLine),
                         Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self._pen.setCosmetic(True)
        self.setZValue(Z[ROUTES])

    def boundingRect(self) -> QRectF:
        # The pen is in pixels, the path in metres: pad by a few pixels in item units.
        pad = 4 * ROUTE_PX * (self.pixelWidth() or 0.0)
        return self._bounds.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        casing = QPen(QColor("#FFFFFF"), ROUTE_PX + 2.0)
        casing.setCosmetic(True)
        painter.setPen(casing)  # a white casing keeps the line readable over dark streets
        painter.drawPath(self.path)
        painter.setPen(self._pen)
        painter.drawPath(self.path)


def route_items(lines_by_time: dict[str, list[np.ndarray]]) -> list[RouteItem]:
    return [RouteItem(lines, time) for time, lines in lines_by_time.items() if lines]

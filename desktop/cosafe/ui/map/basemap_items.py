"""One graphics item per basemap style class, drawing batched QPainterPaths.

Contract:
- ``BasemapClassItem`` draws every feature of one style class (polygons, then lines,
  then point markers) from a few prebuilt paths — one per spatial chunk — instead of
  one QGraphicsItem per feature: 50k items cost ~0.2 s a frame, one path ~0.03 s.
- Item coordinates are Web Mercator metres relative to the basemap origin; the item
  is placed at the origin, so the ViewBox sees absolute Mercator metres.
- Pens are cosmetic (widths in screen pixels). What is drawn depends on the zoom,
  measured in ground metres per pixel from the painter's transform: see ``style``.
- ``boundingRect`` is the data extent, precomputed: Qt's default for a path item
  would stroke the whole path to find it, seconds for a city.
- Chunks outside the visible rectangle are skipped, so a street view draws a small
  part of the city; the ViewBox clips the rest.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.ui.map.basemap_data import LINE, POINT, POLYGON, Batch, BasemapData
from cosafe.ui.map.style import ClassStyle, points_visible_at, style_of, z_value


class _Chunks:
    """Prebuilt drawables of one batch with their bounds, for fast culling."""

    def __init__(self, batch: Batch, kind: str) -> None:
        self.bounds = batch.chunk_bounds
        self.drawables: list[QPainterPath | QPolygonF] = []
        for start, end in batch.chunks():
            x, y = batch.x[start:end], batch.y[start:end]
            if kind == POINT:
                self.drawables.append(pg.functions.arrayToQPolygonF(x, y))
            else:
                path = pg.functions.arrayToQPath(x, y, connect=batch.connect[start:end], finiteCheck=False)
                path.setFillRule(Qt.FillRule.WindingFill)  # rings are oriented: holes stay open
                self.drawables.append(path)

    def visible(self, view: QRectF, margin: float) -> list[QPainterPath | QPolygonF]:
        """Drawables whose bounds meet ``view`` grown by ``margin`` (pen widths)."""
        b = self.bounds
        hit = ((b[:, 0] <= view.right() + margin) & (b[:, 2] >= view.left() - margin)
               & (b[:, 1] <= view.bottom() + margin) & (b[:, 3] >= view.top() - margin))
        if hit.all():
            return self.drawables
        return [self.drawables[i] for i in np.flatnonzero(hit)]


class BasemapClassItem(pg.GraphicsObject):
    """All basemap features of one style class."""

    def __init__(self, style_class: str, data: BasemapData, antialias: bool = True) -> None:
        super().__init__()
        self.style_class = style_class
        self.style: ClassStyle = style_of(style_class)
        self.antialias = antialias
        batches = data.batches[style_class]
        self._ground_scale = math.cos(math.radians(data.latitude))
        self._chunks = {kind: _Chunks(batch, kind) for kind, batch in batches.items()}
        self.feature_count = sum(batch.feature_count for batch in batches.values())
        bounds = np.vstack([batch.chunk_bounds for batch in batches.values()])
        left, bottom = bounds[:, 0].min(), bounds[:, 1].min()
        self._bounds = QRectF(left, bottom, bounds[:, 2].max() - left, bounds[:, 3].max() - bottom)
        self.setPos(*data.origin)
        self.setZValue(z_value(style_class))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def metres_per_pixel(self, painter: QPainter) -> float:
        """Ground metres covered by one screen pixel under the painter's transform."""
        scale = math.sqrt(abs(painter.transform().determinant()))
        return self._ground_scale / scale if scale > 0 else math.inf

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        m_per_px = self.metres_per_pixel(painter)
        style = self.style
        if not style.visible_at(m_per_px):
            return
        view = self.viewRect()
        if view is None:
            return
        # Grow the culling box by the widest pen, converted from pixels to item units.
        margin = 10.0 * m_per_px / self._ground_scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        if POLYGON in self._chunks:
            self._paint_polygons(painter, self._chunks[POLYGON].visible(view, margin), m_per_px)
        if LINE in self._chunks:
            self._paint_lines(painter, self._chunks[LINE].visible(view, margin), m_per_px)
        if POINT in self._chunks and points_visible_at(m_per_px):
            self._paint_points(painter, self._chunks[POINT].visible(view, margin))

    def _paint_polygons(self, painter: QPainter, paths: list, m_per_px: float) -> None:
        outline = self.style.polygon_outline_width(m_per_px)
        painter.setPen(_pen(self.style.outline, outline) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(self.style.fill)))
        for path in paths:
            painter.drawPath(path)

    def _paint_lines(self, painter: QPainter, paths: list, m_per_px: float) -> None:
        style = self.style
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = style.line_width(m_per_px)
        if style.is_area:
            width = 1.0
        if style.casing(m_per_px):
            painter.setPen(_pen(style.outline, width + 2.0))
            for path in paths:
                painter.drawPath(path)
        painter.setPen(_pen(style.line_colour(m_per_px), width))
        for path in paths:
            painter.drawPath(path)

    def _paint_points(self, painter: QPainter, polygons: list) -> None:
        diameter = self.style.marker_diameter()
        # Round-capped cosmetic points are screen-sized dots: a ring, then the dot.
        for colour, size in ((self.style.outline, diameter + 2.0), (self.style.fill, diameter)):
            painter.setPen(_pen(colour, size))
            for polygon in polygons:
                painter.drawPoints(polygon)


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def build_items(data: BasemapData, antialias: bool = True) -> dict[str, BasemapClassItem]:
    """One item per style class present in ``data``."""
    return {style_class: BasemapClassItem(style_class, data, antialias) for style_class in data.batches}

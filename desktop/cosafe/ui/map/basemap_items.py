"""One graphics item per (basemap layer, style class), drawing batched QPainterPaths.

Contract:
- ``BasemapClassItem`` draws every feature of one style class of one vector layer
  (polygons, then lines, then point markers) from a few prebuilt paths — one per
  spatial chunk — instead of one QGraphicsItem per feature: 50k items cost ~0.2 s a
  frame, one path ~0.03 s. Its z value and opacity are set by whoever stacks the
  layers (``layer_items``).
- Item coordinates are Web Mercator metres relative to the basemap origin; the item
  is placed at the origin, so the ViewBox sees absolute Mercator metres.
- Pens are cosmetic (widths in logical screen pixels, multiplied by the paint
  device's pixel ratio: Qt draws cosmetic pens in device pixels, which would make
  roads hair-thin on a high-DPI screen or in a 300 DPI export). What is drawn
  depends on the zoom, measured in metres per logical pixel from the painter's
  transform: which classes and widths (see ``style``), and which level of detail —
  the coarsest whose simplification tolerance is still under one device pixel
  (see ``basemap_data``).
- ``paint_view(painter, view)`` draws for an explicit view rectangle (item
  coordinates), so an export can paint the item without any view or scene.
- ``boundingRect`` is the data extent, precomputed: Qt's default for a path item
  would stroke the whole path to find it, seconds for a city.
- Chunks outside the visible rectangle are skipped, so a street view draws a small
  part of the city; the ViewBox clips the rest.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.ui.map.basemap_data import LINE, POINT, POLYGON, Batch, BasemapData
from cosafe.ui.map.style import ClassStyle, max_resolution, points_visible_at, style_of, z_value


# Frame budgets, per class, measured on a 2-core laptop with Qt's raster engine.
# A 1 px cosmetic line takes a fast path at any length. A wider stroke costs about
# 0.6 µs per pixel of length antialiased, 0.1 µs without, whatever its width; an
# antialiased fill about 0.45 µs per vertex, 0.08 µs without. Past a smooth budget
# the class is drawn without antialiasing; past the wide budget lines become 1 px.
# While the view moves the smooth budgets are tight (~7-9 ms a class); once it rests
# the canvas redraws once with the generous ones (``fine``).
DRAFT_SMOOTH_STROKE, FINE_SMOOTH_STROKE = 12_000, 60_000  # pixels of stroke length
WIDE_STROKE_BUDGET = 150_000
DRAFT_SMOOTH_FILL, FINE_SMOOTH_FILL = 20_000, 80_000  # polygon vertices


class _Visible(NamedTuple):
    drawables: list[QPainterPath | QPolygonF]
    length: float  # drawn length inside the view, item units (Mercator metres)
    vertices: int


class _Chunks:
    """The drawables of one batch, one per chunk, built on first use, culled by bounds."""

    def __init__(self, batch: Batch, kind: str) -> None:
        self._batch = batch
        self._kind = kind
        self.bounds = batch.chunk_bounds
        self.sizes = np.diff(batch.chunk_starts)
        self.lengths = batch.chunk_lengths
        # Built lazily: a city's full-detail chunks are only needed where someone zooms in.
        self._drawables: list[QPainterPath | QPolygonF | None] = [None] * len(self.sizes)

    def visible(self, view: QRectF, margin: float) -> _Visible:
        """Drawables whose bounds meet ``view`` grown by ``margin``, with their drawn length
        (each chunk's counted by the share of its box in view, a fair guess at what Qt
        strokes) and vertex count."""
        b = self.bounds
        hit = np.flatnonzero((b[:, 0] <= view.right() + margin) & (b[:, 2] >= view.left() - margin)
                             & (b[:, 1] <= view.bottom() + margin) & (b[:, 3] >= view.top() - margin))
        length = float((self.lengths[hit] * _visible_share(b[hit], view)).sum())
        return _Visible([self._drawable(i) for i in hit.tolist()], length, int(self.sizes[hit].sum()))

    def _drawable(self, index: int) -> QPainterPath | QPolygonF:
        drawable = self._drawables[index]
        if drawable is None:
            batch = self._batch
            start, end = int(batch.chunk_starts[index]), int(batch.chunk_starts[index + 1])
            x, y = batch.x[start:end], batch.y[start:end]
            if self._kind == POINT:
                drawable = pg.functions.arrayToQPolygonF(x, y)
            else:
                drawable = pg.functions.arrayToQPath(x, y, connect=batch.connect[start:end], finiteCheck=False)
                drawable.setFillRule(Qt.FillRule.WindingFill)  # rings are oriented: holes stay open
            self._drawables[index] = drawable
        return drawable


def _visible_share(bounds: np.ndarray, view: QRectF) -> np.ndarray:
    """Fraction of each bounding box inside ``view`` (a flat box counts by its other side)."""
    shares = np.ones(len(bounds))
    for low, high, view_low, view_high in ((0, 2, view.left(), view.right()), (1, 3, view.top(), view.bottom())):
        size = bounds[:, high] - bounds[:, low]
        seen = np.clip(np.minimum(bounds[:, high], view_high) - np.maximum(bounds[:, low], view_low), 0, None)
        inside = (bounds[:, low] <= view_high) & (bounds[:, high] >= view_low)
        shares *= np.where(size > 1e-6, seen / np.maximum(size, 1e-6), inside)
    return shares


class BasemapClassItem(pg.GraphicsObject):
    """All basemap features of one style class."""

    lod = True  # False draws everything at full detail: for benchmarks' worst case
    fine = False  # True once the view rests: spend more time on antialiasing
    degraded = False  # the last paint skipped antialiasing that ``fine`` would afford
    budgeted = True  # False ignores the frame budgets: exports want full quality, not speed

    def __init__(self, style_class: str, data: BasemapData, antialias: bool = True, layer_uuid: str = "") -> None:
        super().__init__()
        self.style_class = style_class
        self.layer_uuid = layer_uuid
        self.style: ClassStyle = style_of(style_class)
        self.antialias = antialias
        batches = data.layers[layer_uuid].batches[style_class]
        self._ground_scale = math.cos(math.radians(data.latitude))
        # kind -> [(tolerance, chunks)] by rising tolerance; level 0 first
        self._levels = {kind: [(b.tolerance, _Chunks(b, kind)) for b in levels] for kind, levels in batches.items()}
        self._px = 1.0  # device pixels per logical pixel of the device being painted
        self.feature_count = sum(levels[0].feature_count for levels in batches.values())
        bounds = np.vstack([levels[0].chunk_bounds for levels in batches.values()])
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
        view = self.viewRect()
        if view is not None:
            self.paint_view(painter, view)

    def paint_view(self, painter: QPainter, view: QRectF) -> None:
        """Draw what of the class lies in ``view`` (item coordinates) at the painter's scale."""
        m_per_px = self.metres_per_pixel(painter)
        if self.lod and m_per_px > max_resolution(self.style_class):
            return
        self.degraded = False
        self._px = painter.device().devicePixelRatioF()  # device pixels per logical pixel
        unit_per_px = m_per_px / self._ground_scale  # Mercator metres per logical pixel
        margin = 10.0 * unit_per_px  # grow the culling box by the widest pen
        detail = unit_per_px / self._px  # simplification must stay under a device pixel
        painter.save()
        if POLYGON in self._levels:
            self._paint_polygons(painter, self._chunks(POLYGON, detail).visible(view, margin), m_per_px)
        if LINE in self._levels:
            self._paint_lines(painter, self._chunks(LINE, detail).visible(view, margin), m_per_px)
        if POINT in self._levels and (points_visible_at(m_per_px) or not self.lod):
            self._paint_points(painter, self._chunks(POINT, detail).visible(view, margin).drawables)
        painter.restore()

    def _pen(self, colour: str, width: float) -> QPen:
        return _pen(colour, width * self._px)

    def _smooth(self, painter: QPainter, work: float, draft_budget: float, fine_budget: float) -> None:
        """Antialias unless ``work`` exceeds the budget of the moment; note what was skipped."""
        if not self.budgeted:
            work = 0.0
        smooth = self.antialias and work <= (fine_budget if self.fine else draft_budget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        if self.antialias and not smooth and not self.fine and work <= fine_budget:
            self.degraded = True

    def _chunks(self, kind: str, unit_per_px: float) -> _Chunks:
        """The coarsest level whose tolerance stays within a pixel."""
        levels = self._levels[kind]
        if not self.lod:
            return levels[0][1]
        chosen = levels[0][1]
        for tolerance, chunks in levels:
            if tolerance <= unit_per_px:
                chosen = chunks
        return chosen

    def _paint_polygons(self, painter: QPainter, visible: _Visible, m_per_px: float) -> None:
        outline = self.style.polygon_outline_width(m_per_px)
        painter.setPen(self._pen(self.style.outline, outline) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(self.style.fill)))
        self._smooth(painter, visible.vertices, DRAFT_SMOOTH_FILL, FINE_SMOOTH_FILL)
        for path in visible.drawables:
            painter.drawPath(path)

    def _paint_lines(self, painter: QPainter, visible: _Visible, m_per_px: float) -> None:
        style = self.style
        paths = visible.drawables
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = 1.0 if style.is_area else style.line_width(m_per_px)
        cased = style.casing(m_per_px)
        # Stroke work in pixels of length: see the budgets at the top of the module.
        work = visible.length * self._ground_scale / m_per_px * (2 if cased else 1)
        if width > 1.0 and work > WIDE_STROKE_BUDGET and self.budgeted:
            width, cased = 1.0, False
        self._smooth(painter, work if width > 1.0 else 0.0, DRAFT_SMOOTH_STROKE, FINE_SMOOTH_STROKE)
        if cased:
            painter.setPen(self._pen(style.outline, width + 2.0))
            for path in paths:
                painter.drawPath(path)
        painter.setPen(self._pen(style.line_colour(cased), width))
        for path in paths:
            painter.drawPath(path)

    def _paint_points(self, painter: QPainter, polygons: list) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        diameter = self.style.marker_diameter()
        # Round-capped cosmetic points are screen-sized dots: a ring, then the dot.
        for colour, size in ((self.style.outline, diameter + 2.0), (self.style.fill, diameter)):
            painter.setPen(self._pen(colour, size))
            for polygon in polygons:
                painter.drawPoints(polygon)


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def build_items(data: BasemapData, antialias: bool = True, layer_uuids: Iterable[str] | None = None
                ) -> dict[tuple[str, str], BasemapClassItem]:
    """One item per (layer, style class) present in ``data`` (all layers, or ``layer_uuids``)."""
    wanted = data.layers if layer_uuids is None else [u for u in layer_uuids if u in data.layers]
    return {(uuid, style_class): BasemapClassItem(style_class, data, antialias, uuid)
            for uuid in wanted for style_class in data.layers[uuid].batches}

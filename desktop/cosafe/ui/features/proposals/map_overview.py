"""Thousands of proposals in view at once, drawn as one batched item.

Individual items (``features.proposals.map_items.ProposalItem``) are what a workshop selects and
edits, but ten thousand of them cost ~0.1 s a frame. When more than
``BATCH_ABOVE`` proposals are in view, the layer hides the unselected items and
this item draws them instead: one path per (kind, colour) for lines and areas (and
the area's hatch), and one pyqtgraph scatter item per colour for markers, in the
group's marker shape (a colour's symbol is the colour's, ``core.group_symbols``) --
the basemap's approach (DESIGN.md); the scatter item draws each shape once and
stamps it, as the perception pins are drawn. Seen from that far, strokes are one
pixel wide (in their group's dash) and markers a little smaller: wider cosmetic pens
cost Qt's stroker four times as much per frame.

Contract: ``ProposalOverview.show_items(items)`` copies the shapes and styles of
those ``ProposalItem``s (map metres); it draws them exactly as the items look
unselected. It never reads the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cosafe.ui.map.symbols import SHAPES

if TYPE_CHECKING:
    from cosafe.ui.features.proposals.map_items import ProposalItem

BATCH_ABOVE = 1500  # proposals in view; below it, individual items draw faster than a rebuild
OVERVIEW_MARKER_PX = 4.5  # marker radius in screen pixels


class ProposalOverview(QGraphicsItem):
    def __init__(self, z_value: float) -> None:
        super().__init__()
        self._areas: dict[str, QPainterPath] = {}
        self._lines: dict[str, QPainterPath] = {}
        self._points: dict[str, QPolygonF] = {}
        self._styles: dict[tuple[str, str], tuple[QPen, QBrush]] = {}  # (kind, colour) -> pen, brush
        self._hatches: dict[str, QBrush] = {}  # colour -> an area's hatch
        self._markers: list[pg.ScatterPlotItem] = []  # children, one per colour
        self._bounds = QRectF()
        self.setZValue(z_value)

    def show_items(self, items: Iterable[ProposalItem]) -> None:
        """Draw these proposals (their current shape and colour) in place of their items."""
        self.prepareGeometryChange()
        batches = {"polygon": defaultdict(QPainterPath), "line": defaultdict(QPainterPath)}
        points: dict[str, QPolygonF] = defaultdict(QPolygonF)
        self._styles, self._hatches = {}, {}
        shapes: dict[str, str] = {}  # colour -> marker shape
        for item in items:
            colour = item.colour_name
            if (item.kind, colour) not in self._styles:
                shape = item.shapes()[0]
                pen = QPen(shape.pen())
                pen.setWidthF(1.0)
                self._styles[item.kind, colour] = (pen, shape.brush())
                shapes[colour] = item.symbol.shape
                if item.hatch is not None:
                    self._hatches[colour] = item.hatch
            if item.kind == "point":
                for position in item.marker_positions():
                    points[colour].append(position)
            else:
                batches[item.kind][colour].addPath(item.path())
        self._areas, self._lines, self._points = dict(batches["polygon"]), dict(batches["line"]), dict(points)
        bounds = QRectF()
        for path in (*self._areas.values(), *self._lines.values()):
            bounds = bounds.united(path.controlPointRect())
        for polygon in self._points.values():
            bounds = bounds.united(polygon.boundingRect())
        self._bounds = bounds
        self._stamp_markers(shapes)
        self.update()

    def _stamp_markers(self, shapes: dict[str, str]) -> None:
        for marker in self._markers:
            marker.setParentItem(None)
            if marker.scene() is not None:
                marker.scene().removeItem(marker)
        self._markers = []
        for colour, polygon in self._points.items():
            outline, fill = self._styles["point", colour]
            marker = pg.ScatterPlotItem(x=[p.x() for p in polygon], y=[p.y() for p in polygon],
                                        symbol=SHAPES[shapes[colour]], size=2 * OVERVIEW_MARKER_PX + 1, pxMode=True,
                                        pen=pg.mkPen(outline.color(), width=1.0), brush=pg.mkBrush(fill.color()),
                                        hoverable=False, tip=None)
            marker.setParentItem(self)
            self._markers.append(marker)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        for colour, path in self._areas.items():
            pen, brush = self._styles["polygon", colour]
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
            if colour in self._hatches:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._hatches[colour])
                painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, path in self._lines.items():
            painter.setPen(self._styles["line", colour][0])
            painter.drawPath(path)
        # The markers are the scatter items' (children): see _stamp_markers.

"""What the sketch tools show while they work: the rubber band and the vertex handles.

Contract:
- ``SketchPreview(view_box)`` owns two overlays above every workshop feature:
  ``show_drawing(points, cursor, kind)`` draws the vertices placed so far (map
  metres), a line on to the cursor and, for an area, the closing edge back to the
  start and a light fill, so people see the shape before they finish it;
  ``show_handles(points, hot, coarse=False)`` draws square vertex handles (the ``hot``
  one, under the mouse, larger and filled; ``coarse``: larger, for a finger or pen,
  whose hit target is ``contact.TOUCH_TARGET_PX`` across however large the square is
  drawn); ``clear()`` hides both.
- Handles and vertex dots keep their size in screen pixels at every zoom.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from cosafe.ui.map.layer_items import BASEMAP_TOP_Z

PREVIEW_Z = BASEMAP_TOP_Z + 110  # above every workshop feature drawn on the map
HANDLE_SIZES = {False: (9, 13), True: (22, 28)}  # (handle, hot handle) px, by "for a finger or pen"
INK = QColor("#D55E00")  # vermillion: stands out on the basemap and on every group colour
Point = tuple[float, float]


def _pen(colour: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(colour)
    pen.setCosmetic(True)
    pen.setWidthF(width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class SketchPreview:
    """The rubber band of a drawing in progress and the handles of the vertex tool."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        self._band = QGraphicsPathItem()
        self._band.setPen(_pen(INK, 2.5))
        self._band.setZValue(PREVIEW_Z)
        self._closing = QGraphicsPathItem()  # the edge back to the start of an area
        self._closing.setPen(_pen(INK, 1.5, dashed=True))
        self._closing.setZValue(PREVIEW_Z)
        fill = QColor(INK)
        fill.setAlpha(45)
        self._closing.setBrush(QBrush(fill))
        self._dots = pg.ScatterPlotItem(size=8, symbol="o", pen=pg.mkPen("white", width=1.5),
                                        brush=pg.mkBrush(INK), pxMode=True)
        self._dots.setZValue(PREVIEW_Z + 1)
        self._handles = pg.ScatterPlotItem(pxMode=True)
        self._handles.setZValue(PREVIEW_Z + 2)
        for item in (self._closing, self._band, self._dots, self._handles):
            view_box.addItem(item, ignoreBounds=True)
        self.clear()

    def show_drawing(self, points: Sequence[Point], cursor: Point | None, kind: str) -> None:
        shown = [*points, cursor] if cursor is not None else list(points)
        band = QPainterPath()
        if shown:
            band.addPolygon(QPolygonF([QPointF(x, y) for x, y in shown]))
        self._band.setPath(band)
        closing = QPainterPath()
        if kind == "polygon" and len(shown) >= 3:
            closing.addPolygon(QPolygonF([QPointF(x, y) for x, y in shown]))
            closing.closeSubpath()
        self._closing.setPath(closing)
        self._dots.setData(pos=list(points) if kind != "freehand" else [])
        for item in (self._band, self._closing, self._dots):
            item.setVisible(True)

    def clear_drawing(self) -> None:
        self._band.setPath(QPainterPath())
        self._closing.setPath(QPainterPath())
        self._dots.setData(pos=[])

    def show_handles(self, points: Sequence[Point], hot: int | None = None, coarse: bool = False) -> None:
        # A finger's handles are drawn smaller than their 44 px target: squares that size over
        # every vertex of a freehand shape would hide the shape being edited.
        size, hot_size = HANDLE_SIZES[coarse]
        spots = [{"pos": point, "size": hot_size if i == hot else size, "symbol": "s",
                  "pen": pg.mkPen("#333333", width=1.5),
                  "brush": pg.mkBrush(INK if i == hot else "white")} for i, point in enumerate(points)]
        self._handles.setData(spots=spots)

    def clear_handles(self) -> None:
        self._handles.setData(pos=[])

    def clear(self) -> None:
        self.clear_drawing()
        self.clear_handles()

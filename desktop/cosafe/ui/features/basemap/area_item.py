"""The project area on the map: the box View › Set Project Area to This View stored.

Contract:
- ``ProjectAreaItem()`` draws nothing until ``set_area(box)`` gives a lon/lat box
  (min lon, min lat, max lon, max lat); ``set_area(None)`` hides it again.
- It is a thin dashed outline with a light halo, cosmetic (the same few screen pixels
  at any zoom), above the basemap and under every workshop item, so the facilitator
  sees which streets Zoom to Project keeps in view without it hiding anything.
- ``rect()`` is the drawn box in Web Mercator metres (None while hidden).
- It draws only in the window: exports show the workshop's content, not a frame.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.core.projection import to_mercator
from cosafe.store.queries.map import Box
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z

LINE = QColor("#3a3a3a")
HALO = QColor(255, 255, 255, 200)
WIDTH = 1.5  # screen pixels
AREA_Z = BASEMAP_TOP_Z + 1  # over the basemap, under the perception layers and proposals


class ProjectAreaItem(pg.GraphicsObject):
    """A dashed box around the facilitator's project area."""

    def __init__(self) -> None:
        super().__init__()
        self._size = QRectF()
        self.setZValue(AREA_Z)
        self.setVisible(False)

    def set_area(self, box: Box | None) -> None:
        self.prepareGeometryChange()
        if box is None:
            self.setVisible(False)
            return
        (west, east), (south, north) = to_mercator([box[0], box[2]], [box[1], box[3]])
        # At a local origin: large Mercator coordinates would lose the dash pattern's precision.
        self.setPos(float(west), float(south))
        self._size = QRectF(0.0, 0.0, float(east - west), float(north - south))
        self.setVisible(True)
        self.update()

    def rect(self) -> QRectF | None:
        return self._size.translated(self.pos()) if self.isVisible() else None

    def boundingRect(self) -> QRectF:
        # The pen is a few screen pixels wide: a margin of a tenth of the box keeps it from being culled.
        margin = max(self._size.width(), self._size.height()) * 0.1 + 1.0
        return self._size.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        ratio = painter.device().devicePixelRatioF()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width, dashed in ((HALO, WIDTH + 2.0, False), (LINE, WIDTH, True)):
            pen = QPen(colour, width * ratio)
            pen.setCosmetic(True)
            if dashed:
                pen.setDashPattern([6.0, 4.0])  # in pen widths
            painter.setPen(pen)
            painter.drawRect(self._size)

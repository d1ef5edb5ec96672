"""The heat map on the canvas: one translucent image of a ``core.heatmap.HeatGrid``.

Contract:
- ``HeatItem()`` is a ``pg.ImageItem``; ``set_grid(grid | None)`` shows a grid
  (values 0..1, row 0 at the south edge, over its lon/lat bbox) stretched over the
  bbox in Web Mercator metres, or nothing. ``grid`` is the one shown.
- Colours: ``features.analysis.style.heat_lut`` (YlOrRd, opacity rising with the value).
- Which points make the heat (sources, weights) is ``features.analysis.style``'s.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from cosafe.core.heatmap import HeatGrid
from cosafe.core.projection import extent_to_mercator
from cosafe.ui.features.analysis.map_items import Z
from cosafe.ui.features.analysis.style import HEAT, heat_lut

class HeatItem(pg.ImageItem):
    """A HeatGrid drawn over its extent."""

    def __init__(self) -> None:
        super().__init__(axisOrder="row-major")
        self.layer = HEAT
        self.grid = None
        self.setLookupTable(heat_lut())
        self.setZValue(Z[HEAT])

    def set_grid(self, grid: HeatGrid | None) -> None:
        self.grid = grid
        values = None if grid is None else np.asarray(grid.values, dtype=float)
        if grid is None or values is None or values.size == 0 or grid.bbox is None:
            self.clear()
            self.setVisible(False)
            return
        self.setImage(np.clip(values, 0.0, 1.0), levels=(0.0, 1.0), autoLevels=False)
        box = getattr(grid, "mercator_bbox", None)
        min_x, min_y, max_x, max_y = box if box is not None else extent_to_mercator(tuple(grid.bbox))
        self.setRect(QRectF(min_x, min_y, max_x - min_x, max_y - min_y))
        self.setVisible(True)

    def paint(self, painter: QPainter, *args) -> None:
        # Cells are a quarter of the radius: scaled smoothly they read as a gradient, not tiles.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)

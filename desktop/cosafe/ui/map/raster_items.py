"""Raster basemaps on the map: tile pyramids ('tiles' layers) and placed paper maps ('image').

Contract:
- ``TileLayerItem`` is one graphics item per tile layer. ``refresh(view, resolution)``
  picks the stored zoom level nearest to the wanted resolution (Mercator metres per
  device pixel), reads only the tiles overlapping the view (clipped to the layer's
  extent) and paints them at their Mercator bounds. Painting never touches the
  store: tiles are read in ``refresh``, which the canvas calls shortly after the
  view moves (so a pan or zoom keeps showing the previous tiles until then).
- Decoded tiles live in a ``TileCache`` shared by all tile layers of a canvas,
  least recently used first out, at most ``TileCache.capacity`` tiles (256 tiles of
  256×256 ARGB are 64 MB). Undecodable tiles are remembered as blank.
- A view that would need more than ``max_tiles`` (default ``MAX_TILES``) tiles at the nearest level uses a
  coarser stored level; if none is coarse enough, nothing is drawn (a city-wide view
  of street-level imagery would mean thousands of tiles).
- ``PlacedImageItem`` draws a placed image with a QTransform built from its affine
  (image pixel column/row to Mercator metres), so it may be rotated or sheared.
- Both place themselves at a local origin near their data (Mercator coordinates of
  1e7 m lose precision in Qt's float paths), so the ViewBox sees absolute metres.
- Opacity and z value are set by the layer stack (``layer_items``).
"""

from __future__ import annotations

import math
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.store import tiles as tile_store
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import tile_zoom_levels, tiles_in_view

Extent = tuple[float, float, float, float]
MAX_TILES = 160  # per layer per view: ~5x a full-HD screen's worth at the ideal level
_BLANK = QImage()  # cached stand-in for a tile that could not be decoded


def zoom_resolution(zoom: int) -> float:
    """Mercator metres per tile pixel at ``zoom``."""
    return tile_store.tile_span(zoom) / tile_store.TILE_SIZE


def choose_zoom(levels: Sequence[int], metres_per_pixel: float) -> int | None:
    """The stored level whose pixel size is nearest (in log scale) to ``metres_per_pixel``."""
    if not levels or not metres_per_pixel > 0:
        return None
    ideal = math.log2(zoom_resolution(0) / metres_per_pixel)
    return min(levels, key=lambda z: (abs(z - ideal), -z))  # a tie goes to the sharper level


def tile_count(zoom: int, bounds: Extent) -> int:
    """How many grid tiles at ``zoom`` overlap ``bounds`` (none of them need exist)."""
    first_column, last_column, first_row, last_row = tile_store.tile_range(zoom, bounds)
    return (last_column - first_column + 1) * (last_row - first_row + 1)


class TileCache:
    """Decoded tiles by (table, zoom, column, row), least recently used evicted first."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self._images: OrderedDict[tuple[str, int, int, int], QImage] = OrderedDict()

    def __len__(self) -> int:
        return len(self._images)

    def get(self, key: tuple[str, int, int, int]) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: tuple[str, int, int, int], data: bytes) -> QImage:
        image = decode_image(data) or _BLANK
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)
        return image

    def drop_table(self, table: str) -> None:
        for key in [k for k in self._images if k[0] == table]:
            del self._images[key]


class TileLayerItem(pg.GraphicsObject):
    """The tiles of one tile layer that the current view needs."""

    def __init__(self, store: ProjectStore, table: str, extent: Extent, cache: TileCache) -> None:
        super().__init__()
        self.table = table
        self._store = store
        self._cache = cache
        self._extent = extent
        self.levels = tile_zoom_levels(store, table)
        self._origin = ((extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2)
        self._bounds = QRectF(extent[0] - self._origin[0], extent[1] - self._origin[1],
                              extent[2] - extent[0], extent[3] - extent[1])
        self.zoom: int | None = None  # the level shown, None when nothing is
        self.max_tiles = MAX_TILES  # an export of a large image may allow more
        self._shown: list[tuple[QRectF, QImage]] = []  # target in item coordinates (y up), tile
        self.setPos(*self._origin)

    @property
    def tiles_shown(self) -> int:
        return len(self._shown)

    def refresh(self, view: Extent, metres_per_pixel: float) -> None:
        """Show the tiles that ``view`` (absolute Mercator metres) needs at about ``metres_per_pixel``."""
        clipped = (max(view[0], self._extent[0]), max(view[1], self._extent[1]),
                   min(view[2], self._extent[2]), min(view[3], self._extent[3]))
        zoom = choose_zoom(self.levels, metres_per_pixel)
        if zoom is None or clipped[0] >= clipped[2] or clipped[1] >= clipped[3]:
            self._show(None, [])
            return
        coarser = [z for z in self.levels if z <= zoom]
        while zoom is not None and tile_count(zoom, clipped) > self.max_tiles:
            coarser = [z for z in coarser if z < zoom]
            zoom = coarser[-1] if coarser else None
        if zoom is None:
            self._show(None, [])
            return
        try:
            found = list(tiles_in_view(self._store, self.table, zoom, clipped))
        except sqlite3.Error:
            # The project closed (or its table went) under a pending refresh: show nothing, never crash a timer.
            found = []
        shown = []
        for column, row, data in found:
            key = (self.table, zoom, column, row)
            image = self._cache.get(key)
            if image is None:
                image = self._cache.put(key, bytes(data))
            if image.isNull():
                continue
            min_x, min_y, max_x, max_y = tile_store.tile_bounds(zoom, column, row)
            shown.append((QRectF(min_x - self._origin[0], min_y - self._origin[1], max_x - min_x, max_y - min_y),
                          image))
        self._show(zoom, shown)

    def _show(self, zoom: int | None, shown: list[tuple[QRectF, QImage]]) -> None:
        self.zoom = zoom
        self._shown = shown
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Antialiased edges would blend neighbouring tiles into faint seams along their borders.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for target, image in self._shown:
            _draw_upright(painter, target, image)


def _draw_upright(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` north-up into ``target`` of a y-up coordinate system."""
    painter.save()
    # The view flips y (north up); flip back so image row 0 lands at the target's top (max y).
    painter.translate(target.left(), target.bottom())
    painter.scale(target.width() / image.width(), -target.height() / image.height())
    painter.drawImage(QPointF(0, 0), image)
    painter.restore()


class PlacedImageItem(pg.GraphicsObject):
    """A photographed or scanned paper map, placed on the map by an affine transform."""

    def __init__(self, image: QImage, affine: Sequence[float]) -> None:
        super().__init__()
        self.image = image
        a, b, c, d, e, f = affine
        width, height = self.image.width(), self.image.height()
        # Local origin: the image's centre on the map, so the transform's offsets stay small.
        centre_x = a * width / 2 + b * height / 2 + c
        centre_y = d * width / 2 + e * height / 2 + f
        # QTransform maps (x, y) to (m11·x + m21·y + dx, m12·x + m22·y + dy).
        self.setTransform(QTransform(a, d, b, e, c - centre_x, f - centre_y))
        self.setPos(centre_x, centre_y)
        self._bounds = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem | None = None,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QPointF(0, 0), self.image)


_FAST_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)


def decode_image(data: bytes) -> QImage | None:
    """A stored image's pixels in a format the raster engine draws without converting each
    frame (opaque RGB32 as JPEGs decode, else premultiplied ARGB); None if undecodable."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    # Converting a 4000x3000 photo that is already fast to draw would cost 48 MB for nothing.
    return image if image.format() in _FAST_FORMATS else image.convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)


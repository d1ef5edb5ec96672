"""The project's basemap as PNG tiles of the web map grid, drawn in CoSafe's own style — for the room's phones.

Contract:
- ``BasemapTiles(path)`` is a callable ``(z, x, y) -> bytes | None``: the PNG image (256 × 256)
  of the tile at zoom ``z``, column ``x`` from the west and row ``y`` from the north, showing
  the project's visible basemap layers — vector and raster, stacked, styled and drawn by the
  same items and painting as the map export (``export.paint_layer_items``), so a phone sees
  the projector's basemap. None for a tile outside the grid, or when the project has no
  visible basemap layer. Names (labels) are not drawn: a tile cannot place a name that
  crosses into its neighbour.
- It is safe to call from any thread, several at once: every tile is drawn by one render
  thread of its own (QImage and QPainter, never a widget), which opens the project file
  read-only with a connection of its own, so the caller's (the room's writer's, the
  window's) is never touched. A call blocks until its tile is drawn; drawn tiles are kept
  (``capacity`` of them, the least recently asked for forgotten first), so the second
  phone asking for a tile gets it at once.
- ``invalidate()``: the basemap changed (a layer added, hidden, restyled); tiles are drawn
  afresh from the file from then on. ``close()`` ends the render thread and its connection;
  a call after it returns None.
- Needs a QGuiApplication (or QApplication) to exist, made in the main thread before the
  first call; any platform (offscreen works). Bad tiles are refused, never raised.
"""

from __future__ import annotations

import collections
import concurrent.futures
import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform

from cosafe.store import tiles as tile_grid
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.basemap_data import load_basemap
from cosafe.ui.map.export import MAX_EXPORT_TILES, paint_layer_items
from cosafe.ui.map.layer_items import LayerItems
from cosafe.ui.map.layer_stack import VECTOR, stacked_layers
from cosafe.ui.map.raster_items import TileCache
from cosafe.ui.map.style import BACKGROUND, max_resolution

TILE_PX = 256
MAX_ZOOM = 22
EDGE_PX = 24  # the widest marker or line drawn, in pixels
DEFAULT_CAPACITY = 2048  # tiles kept: ~20 KB each, so tens of MB at most


class BasemapTiles:
    """The project's basemap drawn as tiles (see the module contract)."""

    def __init__(self, path: str, *, capacity: int = DEFAULT_CAPACITY) -> None:
        self.path = path
        self.capacity = capacity
        self._drawn: collections.OrderedDict[tuple[int, int, int], bytes | None] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._worker = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="cosafe-tiles")
        self._closed = False
        # Owned by the render thread alone:
        self._store: ProjectStore | None = None
        self._items: LayerItems | None = None
        self._generation = 0  # bumped by invalidate(); the render thread reloads when it sees a new one
        self._loaded_generation = -1

    def __call__(self, z: int, x: int, y: int) -> bytes | None:
        if not (0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        key = (z, x, y)
        with self._lock:
            if self._closed:
                return None
            if key in self._drawn:
                self._drawn.move_to_end(key)
                return self._drawn[key]
            generation = self._generation
            try:
                future = self._worker.submit(self._render, key, generation)
            except RuntimeError:  # closed meanwhile
                return None
        return future.result()

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._drawn.clear()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._drawn.clear()
        self._worker.submit(self._forget)
        self._worker.shutdown(wait=True)

    # -- the render thread -----------------------------------------------------------------------

    def _render(self, key: tuple[int, int, int], generation: int) -> bytes | None:
        with self._lock:  # asked twice while waiting: drawn once
            if key in self._drawn and generation == self._generation:
                return self._drawn[key]
        if generation != self._loaded_generation:
            self._load()
            self._loaded_generation = generation
        data = self._draw(*key)
        with self._lock:
            if generation == self._generation and not self._closed:
                self._drawn[key] = data
                while len(self._drawn) > self.capacity:
                    self._drawn.popitem(last=False)
        return data

    def _load(self) -> None:
        self._forget()
        if QGuiApplication.instance() is None:
            raise RuntimeError("BasemapTiles needs a QGuiApplication or QApplication")
        store = ProjectStore.open(self.path, read_only=True)
        self._store = store
        layers = stacked_layers(store)
        if not any(layer.visible for layer in layers):
            return
        wanted = any(layer.visible and layer.kind == VECTOR for layer in layers)
        data = load_basemap(store, max_resolution) if wanted else None
        items = LayerItems(store, TileCache(capacity=MAX_EXPORT_TILES))
        items.sync(data, layers)
        self._items = items

    def _forget(self) -> None:
        if self._items is not None:
            self._items.clear()
            self._items = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def _draw(self, z: int, x: int, y: int) -> bytes | None:
        items = self._items
        if items is None or not items.items():
            return None
        left, bottom, right, top = tile_grid.tile_bounds(z, x, y)
        units_per_px = (right - left) / TILE_PX
        items.refresh_tiles((left, bottom, right, top), units_per_px)
        image = QImage(TILE_PX, TILE_PX, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        world = QTransform(1 / units_per_px, 0, 0, -1 / units_per_px, -left / units_per_px, top / units_per_px)
        # Features just past the edge are drawn too (the image clips them): a marker or a line's
        # width that crosses into this tile from its neighbour shows whole across the two.
        margin = EDGE_PX * units_per_px
        paint_layer_items(painter, items, world, QRectF(left - margin, bottom - margin, right - left + 2 * margin,
                                                        top - bottom + 2 * margin))
        painter.end()
        return _png(image)


def _png(image: QImage) -> bytes:
    buffer_bytes = QByteArray()
    buffer = QBuffer(buffer_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(buffer_bytes.data())


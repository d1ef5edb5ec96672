"""The graphics items of a project's basemap layers, stacked and styled as the records say.

Contract:
- ``LayerItems(store)`` owns the items; ``sync(data, layers)`` makes them match the
  layer records (bottom first, as ``layer_stack.stacked_layers`` gives them) and
  the prepared vector ``data``, returning the items added and removed so a canvas
  can put them in (or take them out of) its ViewBox; an export paints them directly.
- One ``BasemapClassItem`` per (visible vector layer, style class), one
  ``TileLayerItem`` per visible tile layer, one ``PlacedImageItem`` per visible
  placed image. Hidden layers have no item. Items of layers that stay visible are
  kept across syncs (no re-decoding of images, no rebuilt paths), and only their
  opacity and z value are updated.
- Stacking: the n-th visible layer from the bottom gets z values in
  [n·Z_BAND, (n+1)·Z_BAND): a raster layer n·Z_BAND, a vector layer's classes
  n·Z_BAND + their BASEMAP_DRAW_ORDER position. Everything stays below
  ``BASEMAP_TOP_Z``, above which the canvas puts highlights and workshop features.
- Each item's opacity is its layer's opacity (classes of one vector layer are
  blended one after another, so where two classes of a half-transparent layer
  overlap both show through — the price of one batched item per class).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsItem

from cosafe.core.records import Attachment, BasemapLayer
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.basemap_data import BasemapData
from cosafe.ui.map.basemap_items import BasemapClassItem
from cosafe.ui.map.layer_stack import IMAGE, TILES, VECTOR, Extent, image_affine, tile_extent
from cosafe.ui.map.raster_items import PlacedImageItem, TileCache, TileLayerItem, decode_image
from cosafe.ui.map.style import z_value

Z_BAND = 100.0  # z values per layer: room for every style class of a vector layer
BASEMAP_TOP_Z = 1_000_000.0  # basemap layers stay below; highlights and workshop items above

RasterItem = TileLayerItem | PlacedImageItem


class LayerItems:
    """Every basemap item of one project."""

    def __init__(self, store: ProjectStore, cache: TileCache | None = None) -> None:
        self.store = store
        self.cache = cache if cache is not None else TileCache()
        self.data: BasemapData | None = None
        self.vector: dict[tuple[str, str], BasemapClassItem] = {}  # (layer UUID, style class) -> item
        self.raster: dict[str, RasterItem] = {}  # layer UUID -> item
        self._raster_keys: dict[str, tuple] = {}  # what each raster item was built from
        self.layers: list[BasemapLayer] = []  # the records of the last sync, bottom first

    def sync(self, data: BasemapData | None, layers: Iterable[BasemapLayer]
             ) -> tuple[list[QGraphicsItem], list[QGraphicsItem]]:
        """Match the items to ``layers`` and ``data``; return (added, removed) items."""
        self.layers = list(layers)
        visible = [layer for layer in self.layers if layer.visible]
        added: list[QGraphicsItem] = []
        removed: list[QGraphicsItem] = []
        if data is not self.data:
            removed += self.vector.values()
            self.vector = {}
            self.data = data
        wanted = {(layer.uuid, style_class) for layer in visible if layer.kind == VECTOR and data is not None
                  and layer.uuid in data.layers for style_class in data.layers[layer.uuid].batches}
        for key in [k for k in self.vector if k not in wanted]:
            removed.append(self.vector.pop(key))
        if data is not None:
            for uuid, style_class in sorted(wanted - set(self.vector)):
                item = self.vector[(uuid, style_class)] = BasemapClassItem(style_class, data, True, uuid)
                added.append(item)

        rasters = {layer.uuid: layer for layer in visible if layer.kind in (TILES, IMAGE)}
        for uuid in list(self.raster):
            layer = rasters.get(uuid)
            if layer is None or self._raster_keys[uuid] != _raster_key(layer):
                removed.append(self.raster.pop(uuid))
                del self._raster_keys[uuid]
        for uuid, layer in rasters.items():
            if uuid not in self.raster:
                item = self._make_raster(layer)
                if item is not None:
                    self.raster[uuid], self._raster_keys[uuid] = item, _raster_key(layer)
                    added.append(item)
        self._restyle(visible)
        return added, removed

    def _restyle(self, visible: list[BasemapLayer]) -> None:
        for position, layer in enumerate(visible):
            base = position * Z_BAND
            opacity = min(1.0, max(0.0, float(layer.opacity)))
            if layer.uuid in self.raster:
                self.raster[layer.uuid].setZValue(base)
                self.raster[layer.uuid].setOpacity(opacity)
            for (uuid, style_class), item in self.vector.items():
                if uuid == layer.uuid:
                    item.setZValue(base + 1.0 + z_value(style_class))
                    item.setOpacity(opacity)

    def _make_raster(self, layer: BasemapLayer) -> RasterItem | None:
        """The item for a tile or image layer; None when its data is missing or unreadable."""
        if layer.kind == TILES:
            extent = tile_extent(self.store, layer.data_table)
            if extent is None:
                return None
            item = TileLayerItem(self.store, layer.data_table or "", extent, self.cache)
            return item if item.levels else None
        affine = image_affine(layer)
        attachments = self.store.list(Attachment, "owner_table = ? AND owner_uuid = ?",
                                      (BasemapLayer.TABLE, layer.uuid))
        image = decode_image(attachments[0].data) if attachments else None
        if affine is None or image is None:
            return None
        return PlacedImageItem(image, affine)

    def refresh_tiles(self, view: Extent, metres_per_pixel: float) -> None:
        """Load the tiles ``view`` (absolute Mercator metres) needs at ``metres_per_pixel`` (device pixels)."""
        for item in self.raster.values():
            if isinstance(item, TileLayerItem):
                item.refresh(view, metres_per_pixel)

    def items(self) -> list[QGraphicsItem]:
        """All items, bottom of the stack first."""
        return sorted([*self.raster.values(), *self.vector.values()], key=lambda item: item.zValue())

    def clear(self) -> list[QGraphicsItem]:
        """Forget every item; return them (for removal from a view)."""
        gone: list[QGraphicsItem] = [*self.vector.values(), *self.raster.values()]
        self.vector, self.raster, self._raster_keys, self.data = {}, {}, {}, None
        return gone


def _raster_key(layer: BasemapLayer) -> tuple:
    """What a raster item is built from: a new table or placement means a new item."""
    if layer.kind == TILES:
        return (TILES, layer.data_table)
    return (IMAGE, image_affine(layer), layer.placement.get("width"), layer.placement.get("height"))

"""The basemap layers of a project as the map stacks them, and where each one lies.

Contract:
- No Qt (numpy + the store only), so an export, a test or a later store function can
  use it without a display.
- ``stacked_layers(store)`` lists the layer records bottom first: a higher
  ``sort_order`` is drawn on top; equal ones keep the order they were added in (the
  later on top). Hidden layers are included — callers filter on ``visible``.
- Extents are absolute Web Mercator metres (min x, min y, max x, max y): a vector
  layer's from its prepared data if given, else from the store's R-tree; a tile
  layer's from its ``gpkg_contents`` row; a placed image's from its four corners
  under the placement's affine transform. None when a layer has nothing to show.
- ``attribution_of(layers)`` joins the distinct attributions of the visible layers.
- ``padded(extent, margin=0.03)`` is what "zoom to" fits: the extent with a margin.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from cosafe.core.i18n import translate
from cosafe.core.records import BasemapLayer
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import tile_bounds, vector_layer_bounds
from cosafe.ui.map.basemap_data import DEFAULT_ATTRIBUTION, BasemapData
from cosafe.core.projection import extent_to_mercator

Extent = tuple[float, float, float, float]

VECTOR, TILES, IMAGE = "vector", "tiles", "image"
MIN_FIT_METRES = 500.0  # zooming to a lone point shows at least a few streets around it


def stacked_layers(store: ProjectStore) -> list[BasemapLayer]:
    """Every layer record, bottom of the stack first."""
    layers = store.list(BasemapLayer)  # by fid: the order they were added in
    return sorted(layers, key=lambda layer: layer.sort_order)  # stable: ties keep that order


def attribution_of(layers: Iterable[BasemapLayer]) -> str:
    texts = [layer.attribution.strip() for layer in layers if layer.visible and layer.attribution.strip()]
    texts = [translate("Map", text) if text == DEFAULT_ATTRIBUTION else text for text in texts]
    return "; ".join(dict.fromkeys(texts)) or translate("Map", DEFAULT_ATTRIBUTION)


def image_affine(layer: BasemapLayer) -> tuple[float, float, float, float, float, float] | None:
    """The placement's (a, b, c, d, e, f), or None when the record has no usable one."""
    affine = layer.placement.get("affine") if isinstance(layer.placement, dict) else None
    if not isinstance(affine, (list, tuple)) or len(affine) != 6:
        return None
    try:
        values = tuple(float(v) for v in affine)
    except (TypeError, ValueError):
        return None
    return values if all(np.isfinite(values)) else None  # type: ignore[return-value]


def image_extent(layer: BasemapLayer) -> Extent | None:
    """Bounds of a placed image's four corners on the map."""
    affine = image_affine(layer)
    width, height = layer.placement.get("width"), layer.placement.get("height")
    if affine is None or not width or not height:
        return None
    a, b, c, d, e, f = affine
    columns = np.array([0.0, width, 0.0, width])
    rows = np.array([0.0, 0.0, height, height])
    x, y = a * columns + b * rows + c, d * columns + e * rows + f
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def tile_extent(store: ProjectStore, table: str | None) -> Extent | None:
    """The data extent recorded for a tile pyramid (its gpkg_contents row)."""
    if not table:
        return None
    return tile_bounds(store, table)


def vector_extent(store: ProjectStore, layer_uuid: str) -> Extent | None:
    """Bounds of one vector layer's features, from the R-tree (no geometry decoded)."""
    bounds = vector_layer_bounds(store, layer_uuid)
    return extent_to_mercator(bounds) if bounds is not None else None


def layer_extent(store: ProjectStore, layer: BasemapLayer, data: BasemapData | None = None) -> Extent | None:
    """Where ``layer`` lies on the map, whatever its kind."""
    if layer.kind == TILES:
        return tile_extent(store, layer.data_table)
    if layer.kind == IMAGE:
        return image_extent(layer)
    if data is not None and layer.uuid in data.layers:
        return data.layers[layer.uuid].bounds
    return vector_extent(store, layer.uuid)


def union(extents: Iterable[Extent | None]) -> Extent | None:
    boxes = [e for e in extents if e is not None]
    if not boxes:
        return None
    corners = np.array(boxes, dtype=float)
    return (float(corners[:, 0].min()), float(corners[:, 1].min()), float(corners[:, 2].max()),
            float(corners[:, 3].max()))


def visible_extent(store: ProjectStore, layers: Iterable[BasemapLayer], data: BasemapData | None = None
                   ) -> Extent | None:
    """The union of the visible layers' extents: what "zoom to the whole map" shows."""
    return union(layer_extent(store, layer, data) for layer in layers if layer.visible)


def padded(extent: Extent | None, margin: float = 0.03) -> Extent | None:
    """``extent`` with a ``margin`` (share of its size, each side; 3 %), at least MIN_FIT_METRES
    across: what "zoom to" fits, so a single point or a straight east-west road (no size at
    all) shows its surroundings."""
    if extent is None:
        return None
    left, bottom, right, top = extent
    pad_x = max((right - left) * margin, (MIN_FIT_METRES - (right - left)) / 2)
    pad_y = max((top - bottom) * margin, (MIN_FIT_METRES - (top - bottom)) / 2)
    return left - pad_x, bottom - pad_y, right + pad_x, top + pad_y

"""Basemap features turned into flat, projected coordinate batches ready to draw.

Contract:
- No Qt: numpy + shapely only, so the preparation can be tested (and later moved)
  without a display, and so the Qt side only copies arrays into paths.
- ``load_basemap(store)`` reads every feature of the visible vector basemap layers
  in one bulk read and returns a ``BasemapData`` (or None when there is nothing to
  draw). Features are grouped by layer, then by style class (unknown classes fall
  back to "other") and geometry kind, all vectorised — no Python loop per feature —
  so each layer can be drawn with its own opacity and stacking. Coordinates are Web
  Mercator metres relative to one ``origin`` shared by all layers — small numbers
  keep Qt's float maths exact at street zoom.
- Each group is prepared at several levels of detail (``LEVELS``): level t is
  simplified with a tolerance of t Mercator metres and drops lines shorter than t
  and areas smaller than 2t, so once a pixel covers t metres or more it looks like
  full detail at a fraction of the vertices. Level 0 is the data as stored.
- Each level's ``Batch`` is split into chunks by a square grid (cells of ``CELL_PX``
  pixels at the level's zoom, each chunk holding whole features), so a view draws
  only the chunks it can see and no single path grows huge (Qt strokes one big
  path far slower than several small ones). Within a chunk, ``connect[i]`` says
  whether vertex i joins vertex i + 1.
- Polygon rings are oriented exterior counter-clockwise, holes clockwise, so a
  non-zero (winding) fill keeps holes open while overlapping polygons of one class
  stay filled (an even-odd fill would punch them out).
- Given the features' names, ``labels`` holds what the map's labels need
  (``label_data``), relative to the same origin; features of a class that is only
  labelled (``label_data.PLACE_CLASS``) are not drawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import takewhile

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.palette import BASEMAP_STYLES
from cosafe.core.records import BasemapLayer
from cosafe.store import basemap as basemap_store
from cosafe.store.project_store import ProjectStore
from cosafe.core.projection import EARTH_RADIUS, to_lonlat, to_mercator
from cosafe.ui.map.label_data import PLACE_CLASS, LabelData, build_label_data

FALLBACK_CLASS = "other"
DEFAULT_ATTRIBUTION = QT_TRANSLATE_NOOP("Map", "Basemap: project data")  # translated where shown
LEVELS = (0.0, 3.0, 12.0, 48.0, 192.0)  # simplification tolerances, Mercator metres
CELL_PX = 256  # chunk cell side, in pixels at the zoom a level serves
WORKERS = min(4, os.cpu_count() or 1)  # threads preparing levels of detail
METRES_PER_DEGREE = EARTH_RADIUS * np.pi / 180  # Web Mercator x metres per degree of longitude

POLYGON, LINE, POINT = "polygon", "line", "point"
_KINDS = (POLYGON, LINE, POINT)
# shapely type id + 1 (None is -1) -> index in _KINDS, -1 for what is not drawn (collections)
_KIND_OF_TYPE_ID = np.array([-1, 2, 1, 1, 0, 2, 1, 0, -1], dtype=np.int64)


@dataclass
class Batch:
    """All vertices of one geometry kind of one style class, grouped in chunks."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    connect: NDArray[np.bool_]  # vertex i joins vertex i + 1 (same line part or ring)
    chunk_starts: NDArray[np.int64]  # vertex offsets, one more than there are chunks
    chunk_bounds: NDArray[np.float64]  # (chunks, 4): min x, min y, max x, max y
    feature_count: int
    chunk_lengths: NDArray[np.float64]  # drawn length of each chunk (all segments), metres
    tolerance: float = 0.0  # the level of detail this batch serves (see LEVELS)

    @property
    def vertex_count(self) -> int:
        return int(self.x.size)

    def chunks(self) -> Iterable[tuple[int, int]]:
        return zip(self.chunk_starts[:-1].tolist(), self.chunk_starts[1:].tolist())


@dataclass
class VectorLayerData:
    """The prepared features of one vector basemap layer."""

    uuid: str
    bounds: tuple[float, float, float, float]  # absolute Mercator metres
    # class -> kind -> batches by rising tolerance; the first is level 0 (full detail)
    batches: dict[str, dict[str, list[Batch]]] = field(default_factory=dict)
    feature_count: int = 0


@dataclass
class BasemapData:
    origin: tuple[float, float]  # Mercator metres that coordinates are relative to
    bounds: tuple[float, float, float, float]  # absolute Mercator metres, all layers
    layers: dict[str, VectorLayerData] = field(default_factory=dict)  # layer UUID -> its features
    attribution: str = DEFAULT_ATTRIBUTION
    feature_count: int = 0
    # Layers that were visible when read, features or not: showing any of them again
    # needs no new read (see ``covers``).
    loaded_layers: frozenset[str] = frozenset()
    labels: LabelData | None = None  # the named features, for the map's labels

    @property
    def latitude(self) -> float:
        """Latitude of the origin, for the ground scale of the whole basemap."""
        return float(to_lonlat(*self.origin)[1])

    def covers(self, layer_uuids: Iterable[str]) -> bool:
        """Whether every one of ``layer_uuids`` was read into this data."""
        return set(layer_uuids) <= self.loaded_layers


def load_basemap(store: ProjectStore, max_resolution: Callable[[str], float] | None = None) -> BasemapData | None:
    """Read the visible vector basemap layers of ``store``; None if they hold no feature.

    ``max_resolution(style_class)``, if given, is the coarsest zoom (ground metres per
    pixel) at which a class is drawn: coarser levels are not prepared for it.
    """
    layers = store.list(BasemapLayer)
    # One bulk read decodes every blob at once: ~4x faster than a feature at a time.
    arrays = basemap_store.read_feature_arrays(store, visible_only=True)
    if not len(arrays.geometries):
        return None
    attributions = [layer.attribution.strip() for layer in layers if layer.visible and layer.attribution.strip()]
    data = build_basemap(arrays.geometries, arrays.style_classes, arrays.layer_uuids,
                         attribution="; ".join(dict.fromkeys(attributions)) or DEFAULT_ATTRIBUTION,
                         max_resolution=max_resolution, names=arrays.names)
    data.loaded_layers = frozenset(layer.uuid for layer in layers if layer.visible and layer.kind == "vector")
    return data


def build_basemap(geometries: Sequence[BaseGeometry] | NDArray[np.object_], style_classes: Sequence[str],
                  layer_uuids: Sequence[str] | None = None, attribution: str = DEFAULT_ATTRIBUTION,
                  max_resolution: Callable[[str], float] | None = None,
                  names: Sequence[str | None] | None = None) -> BasemapData | None:
    """Project, simplify and batch lon/lat geometries by (layer, style class, kind).

    Parallel sequences: one style class (and layer UUID, default "", and name, default
    None) per geometry. None, empty and unsupported geometries are skipped; None if
    nothing is left to draw.
    """
    shapes = np.asarray(geometries, dtype=object)
    classes = np.asarray(style_classes, dtype=object)
    owners = np.asarray(layer_uuids if layer_uuids is not None else [""] * len(shapes), dtype=object)
    kind_codes = _KIND_OF_TYPE_ID[shapely.get_type_id(shapes) + 1]  # type id -1 (None) -> index 0
    keep = (kind_codes >= 0) & ~shapely.is_empty(shapes) & (classes != PLACE_CLASS)
    shapes, classes, owners, kind_codes = shapes[keep], classes[keep], owners[keep], kind_codes[keep]
    if not shapes.size:
        return None

    box = shapely.bounds(shapes)
    x, y = to_mercator(box[:, [0, 2]].ravel(), box[:, [1, 3]].ravel())
    x, y = x.reshape(-1, 2), y.reshape(-1, 2)
    bounds = (float(x[:, 0].min()), float(y[:, 0].min()), float(x[:, 1].max()), float(y[:, 1].max()))
    origin = ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)
    data = BasemapData(origin=origin, bounds=bounds, attribution=attribution, feature_count=int(shapes.size),
                       loaded_layers=frozenset(owners.tolist()))
    if names is not None:  # from every feature given: a place name is labelled though never drawn
        data.labels = build_label_data(geometries, style_classes, names, origin)
    # Mercator stretches latitude by 1/cos(lat): shrink degree tolerances to match.
    lat_min, lat_max = float(box[:, 1].min()), float(box[:, 3].max())
    stretch = float(np.cos(np.radians((lat_min + lat_max) / 2)))

    # Group by integer keys: sorting 100k Python tuples would cost more than the batching.
    owner_names, owner_codes = _factorize(owners)
    raw_names, raw_codes = _factorize(classes)
    mapped = [name if name in BASEMAP_STYLES else FALLBACK_CLASS for name in raw_names]
    class_names = list(dict.fromkeys(mapped))  # unknown classes all become one "other" group
    class_codes = np.array([class_names.index(name) for name in mapped], dtype=np.int64)[raw_codes]
    keys = (owner_codes * len(class_names) + class_codes) * len(_KINDS) + kind_codes
    order = np.argsort(keys, kind="stable")  # stable: features keep the store's order
    group_keys, starts = np.unique(keys[order], return_index=True)
    ends = np.r_[starts[1:], order.size]
    jobs: list[tuple[list[Batch | None], str, NDArray[np.object_], float]] = []  # levels, kind, shapes, tolerance
    for key, start, end in zip(group_keys.tolist(), starts.tolist(), ends.tolist()):
        members = order[start:end]
        owner_code = key // len(_KINDS) // len(class_names)
        owner = str(owner_names[owner_code])
        style_class = str(class_names[key // len(_KINDS) % len(class_names)])
        kind = _KINDS[key % len(_KINDS)]
        layer = data.layers.get(owner)
        if layer is None:
            in_layer = owner_codes == owner_code
            layer = data.layers[owner] = VectorLayerData(
                owner, (float(x[in_layer, 0].min()), float(y[in_layer, 0].min()), float(x[in_layer, 1].max()),
                        float(y[in_layer, 1].max())))
        layer.feature_count += int(members.size)
        limit = max_resolution(style_class) / stretch if max_resolution else np.inf
        tolerances = [t for t in LEVELS if t <= limit or t == 0.0] if kind != POINT else [0.0]
        levels: list[Batch | None] = []
        layer.batches.setdefault(style_class, {})[kind] = levels  # type: ignore[assignment]  # filled below
        jobs += [(levels, kind, shapes[members], t) for t in tolerances]
    # Shapely and numpy release the GIL in their array operations, so the levels of
    # all groups are prepared on every core (~1.3x faster on two).
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        batches = list(pool.map(lambda job: _level(job[2], job[1], job[3], stretch, origin), jobs))
    for (levels, _, _, _), batch in zip(jobs, batches):
        levels.append(batch)  # jobs are in rising tolerance within a group
    for layer in data.layers.values():
        for kinds in layer.batches.values():
            for kind, prepared in kinds.items():
                # A level with nothing big enough to show ends the list: coarser ones would be empty too.
                kinds[kind] = list(takewhile(lambda batch: batch is not None, prepared))
    return data


def _factorize(values: NDArray[np.object_]) -> tuple[list, NDArray[np.int64]]:
    """Distinct values in order of first appearance, and each value's index among them
    (a dict lookup each: several times faster than sorting Python strings)."""
    names = list(dict.fromkeys(values.tolist()))
    index = {name: i for i, name in enumerate(names)}
    return names, np.fromiter(map(index.__getitem__, values.tolist()), dtype=np.int64, count=len(values))


def _level(geometries: NDArray[np.object_], kind: str, tolerance: float, stretch: float,
           origin: tuple[float, float]) -> Batch | None:
    """One group's batch at the level of detail ``tolerance``; None if nothing is big enough."""
    # Areas under two pixels only tint the map; lines under one are invisible.
    smallest = tolerance * (2.0 if kind == POLYGON else 1.0)
    level = _simplified(geometries, tolerance, smallest, stretch) if tolerance else geometries
    if not level.size:
        return None
    px, py, path_id, unit_id = _flatten(kind, level)
    return _chunked(px - origin[0], py - origin[1], path_id, unit_id, level.size,
                    cell=CELL_PX * max(tolerance, 2.0), tolerance=tolerance)


def _simplified(geometries: NDArray[np.object_], tolerance: float, smallest: float, stretch: float
                ) -> NDArray[np.object_]:
    """Geometries simplified to ``tolerance`` Mercator metres, without those whose
    bounding box is under ``smallest`` metres on its longer side."""
    degrees = tolerance / METRES_PER_DEGREE
    box = shapely.bounds(geometries)
    size = np.maximum(box[:, 2] - box[:, 0], (box[:, 3] - box[:, 1]) / stretch)
    kept = geometries[size >= smallest / METRES_PER_DEGREE]
    # Topology need not survive: a drawn outline only has to stay within a pixel.
    simple = shapely.simplify(kept, degrees * stretch, preserve_topology=False)
    return simple[~shapely.is_empty(simple)]


def _flatten(kind: str, geometries: NDArray[np.object_]) -> tuple:
    """Projected vertices with, per vertex, its sub-path (ring/part) and its unit (polygon/part)."""
    parts = shapely.get_parts(geometries)
    if kind == POLYGON:
        rings, polygon_of_ring = shapely.get_rings(parts, return_index=True)
        coords, ring_of_vertex = shapely.get_coordinates(rings, return_index=True)
        x, y = to_mercator(coords[:, 0], coords[:, 1])
        exterior = np.ones(rings.size, dtype=bool)
        exterior[1:] = polygon_of_ring[1:] != polygon_of_ring[:-1]
        x, y = _orient_rings(x, y, ring_of_vertex, exterior)
        return x, y, ring_of_vertex, polygon_of_ring[ring_of_vertex]
    coords, part_of_vertex = shapely.get_coordinates(parts, return_index=True)
    x, y = to_mercator(coords[:, 0], coords[:, 1])
    return x, y, part_of_vertex, part_of_vertex


def _orient_rings(x: NDArray, y: NDArray, ring: NDArray, exterior: NDArray) -> tuple[NDArray, NDArray]:
    """Reverse the rings whose turning sense is wrong (exterior CCW, holes CW)."""
    starts = np.flatnonzero(np.r_[True, ring[1:] != ring[:-1]])
    ends = np.r_[starts[1:], ring.size]
    # Shoelace: sum of x_i*y_{i+1} - x_{i+1}*y_i over each closed ring (last vertex repeats the first).
    cross = np.zeros(ring.size)
    cross[:-1] = x[:-1] * y[1:] - x[1:] * y[:-1]
    cross[ends - 1] = 0.0
    area = np.add.reduceat(cross, starts)
    flip = np.where(exterior[ring[starts]], area < 0, area > 0)
    if not flip.any():
        return x, y
    index = np.arange(ring.size)
    ring_pos = np.searchsorted(starts, index, side="right") - 1
    flipped = flip[ring_pos]
    index[flipped] = starts[ring_pos[flipped]] + ends[ring_pos[flipped]] - 1 - index[flipped]
    return x[index], y[index]


def _chunked(x: NDArray, y: NDArray, path_id: NDArray, unit_id: NDArray, feature_count: int, cell: float,
             tolerance: float) -> Batch:
    """Sort whole units into grid cells of side ``cell`` and describe the resulting chunks."""
    # A unit goes to the cell of its first vertex, so no unit is split.
    first = np.flatnonzero(np.r_[True, unit_id[1:] != unit_id[:-1]])
    cell_x = np.floor(x[first] / cell).astype(np.int64)
    cell_y = np.floor(y[first] / cell).astype(np.int64)
    unit_cell = (cell_x - cell_x.min()) * (int(cell_y.max() - cell_y.min()) + 1) + (cell_y - cell_y.min())
    vertex_cell = np.repeat(unit_cell, np.diff(np.r_[first, unit_id.size]))
    order = np.argsort(vertex_cell, kind="stable")  # stable: units stay contiguous and in order
    x, y, path_id, vertex_cell = x[order], y[order], path_id[order], vertex_cell[order]
    starts = np.flatnonzero(np.r_[True, vertex_cell[1:] != vertex_cell[:-1]])
    connect = np.zeros(x.size, dtype=bool)
    connect[:-1] = path_id[:-1] == path_id[1:]
    chunk_bounds = np.column_stack([np.minimum.reduceat(x, starts), np.minimum.reduceat(y, starts),
                                    np.maximum.reduceat(x, starts), np.maximum.reduceat(y, starts)])
    # Stroking cost grows with drawn length, so painters budget by it.
    segment = np.zeros(x.size)
    segment[:-1] = np.hypot(np.diff(x), np.diff(y)) * connect[:-1]
    return Batch(x=np.ascontiguousarray(x), y=np.ascontiguousarray(y), connect=connect,
                 chunk_starts=np.r_[starts, x.size].astype(np.int64), chunk_bounds=chunk_bounds,
                 feature_count=feature_count, chunk_lengths=np.add.reduceat(segment, starts), tolerance=tolerance)

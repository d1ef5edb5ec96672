"""Basemap features turned into flat, projected coordinate batches ready to draw.

Contract:
- No Qt: numpy + shapely only, so the preparation can be tested (and later moved)
  without a display, and so the Qt side only copies arrays into paths.
- ``load_basemap(store)`` reads every feature of the visible basemap layers and
  returns a ``BasemapData`` (or None when there is nothing to draw). Features are
  grouped by style class (unknown classes fall back to "other") and by geometry
  kind; coordinates are Web Mercator metres relative to ``origin`` — small numbers
  keep Qt's float maths exact at street zoom.
- Each ``Batch`` is split into spatial chunks (a coarse grid, each chunk holding
  whole features), so a zoomed-in view draws only the chunks it can see. Within a
  chunk, ``connect[i]`` says whether vertex i joins vertex i + 1.
- Polygon rings are oriented exterior counter-clockwise, holes clockwise, so a
  non-zero (winding) fill keeps holes open while overlapping polygons of one class
  stay filled (an even-odd fill would punch them out).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

from cosafe.core.palette import BASEMAP_STYLES
from cosafe.core.records import BasemapLayer
from cosafe.store import basemap as basemap_store
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.projection import to_lonlat, to_mercator

FALLBACK_CLASS = "other"
DEFAULT_ATTRIBUTION = "Basemap: project data"
# Aim for chunks of about this many vertices: few enough chunks that a zoomed-out
# frame is a handful of draw calls, small enough that a street view skips most.
CHUNK_VERTICES = 20_000
MAX_GRID = 16

POLYGON, LINE, POINT = "polygon", "line", "point"
_KIND_OF_TYPE = {"MultiPolygon": POLYGON, "Polygon": POLYGON, "MultiLineString": LINE, "LineString": LINE,
                 "LinearRing": LINE, "MultiPoint": POINT, "Point": POINT}


@dataclass
class Batch:
    """All vertices of one geometry kind of one style class, grouped in chunks."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    connect: NDArray[np.bool_]  # vertex i joins vertex i + 1 (same line part or ring)
    chunk_starts: NDArray[np.int64]  # vertex offsets, one more than there are chunks
    chunk_bounds: NDArray[np.float64]  # (chunks, 4): min x, min y, max x, max y
    feature_count: int

    @property
    def vertex_count(self) -> int:
        return int(self.x.size)

    def chunks(self) -> Iterable[tuple[int, int]]:
        return zip(self.chunk_starts[:-1].tolist(), self.chunk_starts[1:].tolist())


@dataclass
class BasemapData:
    origin: tuple[float, float]  # Mercator metres that coordinates are relative to
    bounds: tuple[float, float, float, float]  # absolute Mercator metres
    batches: dict[str, dict[str, Batch]] = field(default_factory=dict)  # class -> kind -> batch
    attribution: str = DEFAULT_ATTRIBUTION
    feature_count: int = 0

    @property
    def latitude(self) -> float:
        """Latitude of the origin, for the ground scale of the whole basemap."""
        return float(to_lonlat(*self.origin)[1])


def load_basemap(store: ProjectStore) -> BasemapData | None:
    """Read the visible basemap layers of ``store``; None if they hold no feature."""
    layers = store.list(BasemapLayer)
    visible = {layer.uuid for layer in layers if layer.visible}
    groups: dict[tuple[str, str], list[BaseGeometry]] = defaultdict(list)
    count = 0
    for feature in basemap_store.iter_features(store):
        if feature.layer_uuid not in visible or feature.geometry is None:
            continue
        kind = _KIND_OF_TYPE.get(feature.geometry.geom_type)
        if kind is None:
            continue
        style_class = feature.style_class if feature.style_class in BASEMAP_STYLES else FALLBACK_CLASS
        groups[(style_class, kind)].append(feature.geometry)
        count += 1
    if not count:
        return None
    attributions = [layer.attribution.strip() for layer in layers if layer.visible and layer.attribution.strip()]
    return build_basemap(groups, attribution="; ".join(dict.fromkeys(attributions)) or DEFAULT_ATTRIBUTION)


def build_basemap(groups: dict[tuple[str, str], list[BaseGeometry]], attribution: str = DEFAULT_ATTRIBUTION) -> BasemapData:
    """Project and batch lon/lat geometries grouped by (style class, kind)."""
    projected: dict[tuple[str, str], tuple] = {}
    for key, geometries in groups.items():
        projected[key] = _flatten(key[1], np.asarray(geometries, dtype=object))
    xs = np.concatenate([p[0] for p in projected.values()])
    ys = np.concatenate([p[1] for p in projected.values()])
    bounds = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
    origin = ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)
    data = BasemapData(origin=origin, bounds=bounds, attribution=attribution,
                       feature_count=sum(len(g) for g in groups.values()))
    for (style_class, kind), (x, y, path_id, unit_id) in projected.items():
        batch = _chunked(x - origin[0], y - origin[1], path_id, unit_id, len(groups[(style_class, kind)]))
        data.batches.setdefault(style_class, {})[kind] = batch
    return data


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


def _chunked(x: NDArray, y: NDArray, path_id: NDArray, unit_id: NDArray, feature_count: int) -> Batch:
    """Sort whole units into grid cells and describe the resulting chunks."""
    grid = int(np.clip(round(np.sqrt(x.size / CHUNK_VERTICES)), 1, MAX_GRID))
    if grid > 1:
        # A unit goes to the cell of its first vertex, so no unit is split.
        first = np.flatnonzero(np.r_[True, unit_id[1:] != unit_id[:-1]])
        span_x = max(float(x.max() - x.min()), 1e-9)
        span_y = max(float(y.max() - y.min()), 1e-9)
        cell_x = np.minimum(((x[first] - x.min()) / span_x * grid).astype(np.int64), grid - 1)
        cell_y = np.minimum(((y[first] - y.min()) / span_y * grid).astype(np.int64), grid - 1)
        unit_cell = cell_x * grid + cell_y
        vertex_cell = np.repeat(unit_cell, np.diff(np.r_[first, unit_id.size]))
        order = np.argsort(vertex_cell, kind="stable")  # stable: units stay contiguous and in order
        x, y, path_id, vertex_cell = x[order], y[order], path_id[order], vertex_cell[order]
        starts = np.flatnonzero(np.r_[True, vertex_cell[1:] != vertex_cell[:-1]])
    else:
        starts = np.zeros(1, dtype=np.int64)
    connect = np.zeros(x.size, dtype=bool)
    connect[:-1] = path_id[:-1] == path_id[1:]
    chunk_bounds = np.column_stack([np.minimum.reduceat(x, starts), np.minimum.reduceat(y, starts),
                                    np.maximum.reduceat(x, starts), np.maximum.reduceat(y, starts)])
    return Batch(x=np.ascontiguousarray(x), y=np.ascontiguousarray(y), connect=connect,
                 chunk_starts=np.r_[starts, x.size].astype(np.int64), chunk_bounds=chunk_bounds,
                 feature_count=feature_count)

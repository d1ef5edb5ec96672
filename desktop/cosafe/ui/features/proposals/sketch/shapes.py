"""Geometry work behind the sketch tools: projection, vertex edits and snapping (no Qt).

Contract:
- ``to_map`` / ``to_store`` turn a shapely geometry from EPSG:4326 (as stored) to
  the canvas's Web Mercator metres and back; tools work in metres only.
- Vertex edits address a vertex by ``VertexKey`` (part, ring, index) as listed by
  ``vertices(geom)``; closed rings are listed without their repeated last point.
  ``move_vertex`` / ``insert_vertex`` / ``remove_vertex`` return a new geometry of
  the same kind, or raise ``SketchGeometryError`` with a message a person can read
  (a line keeps at least 2 vertices, a ring at least 3; a polygon that a move makes
  cross itself is repaired, as a drawn one is).
- ``nearest_segment(geom, x, y)`` finds the edge a click on the outline meant.
- ``snap_target(store, x, y, radius)`` is the nearest basemap vertex of a visible
  layer within ``radius`` metres, found through the R-tree of the line and polygon
  tables (a small box query, then shapely), or None.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from cosafe.core.sketch_geometry import SketchGeometryError, make_polygon
from cosafe.store import geometry as codec
from cosafe.store.basemap import LINES, POINTS, POLYGONS
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import visible_basemap_rows
from cosafe.core.projection import to_lonlat, to_mercator
from cosafe.ui.features.proposals.words import Proposals

Rings = list[list[list[tuple[float, float]]]]  # parts -> rings (or paths) -> coordinates


class VertexKey(NamedTuple):
    part: int
    ring: int
    index: int


def to_map(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, lambda c: np.column_stack(to_mercator(c[:, 0], c[:, 1])))


def to_store(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, lambda c: np.column_stack(to_lonlat(c[:, 0], c[:, 1])))


def kind_of(geom: BaseGeometry) -> str:
    """"point", "line" or "polygon" (Multi forms included)."""
    name = geom.geom_type
    return "point" if "Point" in name else "line" if "Line" in name else "polygon"


def _decompose(geom: BaseGeometry) -> Rings:
    parts = list(getattr(geom, "geoms", [geom]))
    kind = kind_of(geom)
    if kind == "polygon":
        return [[list(p.exterior.coords)[:-1]] + [list(r.coords)[:-1] for r in p.interiors] for p in parts]
    return [[[tuple(c) for c in p.coords]] for p in parts]


def _compose(kind: str, rings: Rings, multi: bool) -> BaseGeometry:
    if kind == "point":
        points = [Point(r[0][0]) for r in rings]
        return MultiPoint(points) if multi else points[0]
    if kind == "line":
        lines = [LineString(r[0]) for r in rings]
        return MultiLineString(lines) if multi else lines[0]
    polygons = [Polygon(r[0], r[1:]) for r in rings]
    shape: BaseGeometry = MultiPolygon(polygons) if multi else polygons[0]
    if shape.is_valid:
        return shape
    if len(polygons) == 1 and len(rings[0]) == 1:
        return make_polygon(rings[0][0])  # the same repair a drawn outline gets
    repaired = shapely.make_valid(shape)
    parts = [g for g in getattr(repaired, "geoms", [repaired]) if isinstance(g, Polygon) and g.area > 0]
    if not parts:
        raise SketchGeometryError(Proposals.tr("That change leaves the area with no inside"))
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def vertices(geom: BaseGeometry) -> list[tuple[VertexKey, float, float]]:
    return [(VertexKey(p, r, i), x, y) for p, part in enumerate(_decompose(geom))
            for r, ring in enumerate(part) for i, (x, y) in enumerate(ring)]


def nearest_vertex(geom: BaseGeometry, x: float, y: float, radius: float) -> VertexKey | None:
    best = min(((math.hypot(vx - x, vy - y), key) for key, vx, vy in vertices(geom)), default=None)
    return best[1] if best is not None and best[0] <= radius else None


def move_vertex(geom: BaseGeometry, key: VertexKey, x: float, y: float) -> BaseGeometry:
    rings = _decompose(geom)
    rings[key.part][key.ring][key.index] = (x, y)
    return _compose(kind_of(geom), rings, hasattr(geom, "geoms"))


def insert_vertex(geom: BaseGeometry, key: VertexKey, x: float, y: float) -> BaseGeometry:
    """Insert (x, y) before ``key.index`` of its ring or path (after the segment's start)."""
    rings = _decompose(geom)
    rings[key.part][key.ring].insert(key.index, (x, y))
    return _compose(kind_of(geom), rings, hasattr(geom, "geoms"))


def remove_vertex(geom: BaseGeometry, key: VertexKey) -> BaseGeometry:
    kind = kind_of(geom)
    rings = _decompose(geom)
    ring = rings[key.part][key.ring]
    least = {"point": 99, "line": 3, "polygon": 4}[kind]  # the count before removing
    if len(ring) < least:
        raise SketchGeometryError(
            Proposals.tr("Cannot remove that vertex: a shape needs at least a point") if kind == "point"
            else Proposals.tr("Cannot remove that vertex: a line needs at least two vertices") if kind == "line"
            else Proposals.tr("Cannot remove that vertex: a shape needs at least three vertices"))
    del ring[key.index]
    return _compose(kind, rings, hasattr(geom, "geoms"))


def nearest_segment(geom: BaseGeometry, x: float, y: float, radius: float) -> tuple[VertexKey, float, float] | None:
    """(key to insert at, x, y on the segment) for the edge within ``radius``, or None."""
    if kind_of(geom) == "point":
        return None
    best: tuple[float, VertexKey, float, float] | None = None
    click = Point(x, y)
    for p, part in enumerate(_decompose(geom)):
        closed = kind_of(geom) == "polygon"
        for r, ring in enumerate(part):
            count = len(ring) if closed else len(ring) - 1
            for i in range(count):
                segment = LineString([ring[i], ring[(i + 1) % len(ring)]])
                distance = segment.distance(click)
                if distance <= radius and (best is None or distance < best[0]):
                    on = segment.interpolate(segment.project(click))
                    best = (distance, VertexKey(p, r, i + 1), on.x, on.y)
    return None if best is None else best[1:]  # type: ignore[return-value]


def snap_target(store: ProjectStore, x: float, y: float, radius: float) -> tuple[float, float] | None:
    """The nearest visible basemap vertex within ``radius`` metres of (x, y), in metres."""
    lon0, lat0 = to_lonlat([x - radius, x + radius], [y - radius, y + radius])
    found: list[np.ndarray] = []
    for table in (POINTS, LINES, POLYGONS):
        rows = visible_basemap_rows(store, table, (lon0[0], lat0[0], lon0[1], lat0[1]))
        for _fid, blob, *_rest in rows:
            shape = codec.decode(blob)
            if shape is not None:
                found.append(shapely.get_coordinates(shape))
    if not found:
        return None
    coords = np.vstack(found)
    mx, my = to_mercator(coords[:, 0], coords[:, 1])
    distances = np.hypot(mx - x, my - y)
    best = int(np.argmin(distances))
    return (float(mx[best]), float(my[best])) if distances[best] <= radius else None

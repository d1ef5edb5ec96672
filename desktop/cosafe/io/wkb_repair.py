"""Shapes GDAL reads but shapely refuses, mended instead of dropped.

GDAL accepts a line of one point — a GPS track segment with a single fix, a Google
location-history "move" that never moved — and shapely refuses the whole feature, so a
track lost a day of walking and a location history 5 of its 7 places. ``repaired(wkb)``
reads such a shape's well-known binary itself and builds what can be drawn:

- a line of one point becomes that point; of none, nothing;
- a multi-line drops its parts of fewer than two points (a part of one point is kept as
  a point when nothing else is left);
- a polygon ring is closed if it is open and dropped if it has fewer than three
  distinct points; a polygon without a usable outer ring becomes nothing;
- collections are mended part by part; Z and M are dropped (the map is flat);
- a collection whose bytes end before the parts it counts keeps the parts it holds: GDAL
  writes a KML MultiGeometry holding a LinearRing so (the ring as a polygon, the rest lost).

It returns a shapely geometry, or None when nothing drawable is left or the bytes are not
WKB (little or big endian, ISO or extended Z/M codes). Only shapes shapely refused are
passed here, so its speed does not matter.
"""

from __future__ import annotations

import struct

import shapely
from shapely.geometry.base import BaseGeometry

_POINT, _LINE, _POLYGON, _MULTIPOINT, _MULTILINE, _MULTIPOLYGON, _COLLECTION = range(1, 8)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values


def _header(reader: _Reader) -> tuple[str, int, int]:
    """(byte order, base type 1–7, numbers per coordinate)."""
    (order,) = reader.take("B")
    endian = "<" if order == 1 else ">"
    (code,) = reader.take(endian + "I")
    iso = code & 0x0FFFFFFF  # without the extended (EWKB) Z and M flags
    z = bool(code & 0x80000000) or iso // 1000 in (1, 3)
    m = bool(code & 0x40000000) or iso // 1000 in (2, 3)
    base = iso % 1000
    if not _POINT <= base <= _COLLECTION:
        raise ValueError(f"not a WKB geometry type: {code}")
    return endian, base, 2 + z + m


def _points(reader: _Reader, endian: str, size: int) -> list[tuple[float, float]]:
    (count,) = reader.take(endian + "I")
    return [reader.take(endian + "d" * size)[:2] for _ in range(count)]


def _ring(points: list[tuple[float, float]]) -> list[tuple[float, float]] | None:
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if len(set(points)) < 3:
        return None
    return [*points, points[0]]


def _read(reader: _Reader) -> list[BaseGeometry]:
    """The drawable parts of the next geometry (flattened for multi-geometries)."""
    endian, base, size = _header(reader)
    if base == _POINT:
        x, y = reader.take(endian + "d" * size)[:2]
        return [] if x != x or y != y else [shapely.Point(x, y)]  # NaN, NaN is WKB's empty point
    if base == _LINE:
        points = _points(reader, endian, size)
        if len(set(points)) >= 2:
            return [shapely.LineString(points)]
        return [shapely.Point(points[0])] if points else []
    if base == _POLYGON:
        (rings,) = reader.take(endian + "I")
        parts = [_ring(_points(reader, endian, size)) for _ in range(rings)]
        if not parts or parts[0] is None:
            return []
        return [shapely.Polygon(parts[0], [hole for hole in parts[1:] if hole is not None])]
    (count,) = reader.take(endian + "I")
    parts: list[BaseGeometry] = []
    for _ in range(count):
        if reader.at >= len(reader.data):
            break  # fewer parts than counted: keep those there are
        parts.extend(_read(reader))
    return parts


def repaired(wkb: bytes) -> BaseGeometry | None:
    try:
        reader = _Reader(wkb)
        endian, base, _size = _header(_Reader(wkb))
        parts = _read(reader)
    except (struct.error, ValueError, shapely.errors.ShapelyError):
        return None
    if not parts:
        return None
    lines = [p for p in parts if p.geom_type == "LineString"]
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    points = [p for p in parts if p.geom_type == "Point"]
    if base in (_LINE, _MULTILINE) and lines:
        return lines[0] if base == _LINE else shapely.MultiLineString(lines)
    if base in (_POLYGON, _MULTIPOLYGON) and polygons:
        return polygons[0] if base == _POLYGON else shapely.MultiPolygon(polygons)
    if len(parts) == 1:
        return parts[0]
    if points and len(points) == len(parts):
        return shapely.MultiPoint(points)
    return shapely.GeometryCollection(parts)

"""Turn what people draw on the map into clean geometries.

Works in planar map units (the canvas's Web Mercator metres). A freehand stroke is
smoothed (Chaikin corner cutting) and simplified (Douglas–Peucker) so a shaky
finger or pen gives a tidy line; a polygon that crosses itself is repaired into
its valid parts, and a drawing that cannot make a shape is refused with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from cosafe.core.words import Drawing

Coordinates = Sequence[tuple[float, float]]


class SketchGeometryError(ValueError):
    """A drawing that does not make the shape asked for."""


def _distinct(points: Coordinates) -> list[tuple[float, float]]:
    """Drop consecutive repeats (a double-click adds the last vertex twice)."""
    result: list[tuple[float, float]] = []
    for point in points:
        if not result or (abs(point[0] - result[-1][0]) > 1e-9 or abs(point[1] - result[-1][1]) > 1e-9):
            result.append((float(point[0]), float(point[1])))
    return result


def smooth_stroke(points: Coordinates, tolerance: float, iterations: int = 2) -> list[tuple[float, float]]:
    """Smooth a freehand stroke and simplify it to within ``tolerance`` map units."""
    coords = np.asarray(_distinct(points), dtype=float)
    if len(coords) < 3:
        return [tuple(p) for p in coords]  # type: ignore[misc]
    for _ in range(iterations):
        # Chaikin: replace each segment by points at 1/4 and 3/4, keeping the ends.
        quarter = 0.75 * coords[:-1] + 0.25 * coords[1:]
        three_quarters = 0.25 * coords[:-1] + 0.75 * coords[1:]
        middle = np.empty((2 * len(quarter), 2))
        middle[0::2], middle[1::2] = quarter, three_quarters
        coords = np.vstack([coords[:1], middle, coords[-1:]])
    simplified = shapely.simplify(LineString(coords), tolerance, preserve_topology=False)
    return [tuple(p) for p in simplified.coords]  # type: ignore[misc]


def make_point(points: Coordinates) -> Point:
    if not points:
        raise SketchGeometryError(Drawing.tr("Click on the map to place the point"))
    return Point(points[-1])


def make_line(points: Coordinates) -> LineString:
    distinct = _distinct(points)
    if len(distinct) < 2:
        raise SketchGeometryError(Drawing.tr("A line needs at least two different points"))
    return LineString(distinct)


def make_polygon(points: Coordinates, min_area: float = 0.0) -> BaseGeometry:
    """A valid Polygon or MultiPolygon from a drawn ring; self-crossings are repaired.

    Raises SketchGeometryError when fewer than three different points are drawn or
    the shape encloses no area (all points on one line).
    """
    distinct = _distinct(points)
    if len(distinct) > 1 and distinct[0] == distinct[-1]:
        distinct.pop()
    if len(distinct) < 3:
        raise SketchGeometryError(Drawing.tr("An area needs at least three different points"))
    ring = Polygon(distinct)
    shape = ring if ring.is_valid else shapely.make_valid(ring)
    parts = [g for g in getattr(shape, "geoms", [shape]) if isinstance(g, Polygon) and g.area > min_area]
    if not parts:
        raise SketchGeometryError(Drawing.tr("The area has no inside: its points lie on one line"))
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)

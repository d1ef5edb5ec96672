"""The names of basemap features, prepared once for the map's labels (no Qt).

Contract:
- ``build_label_data(geometries, style_classes, names, origin)`` takes the basemap's
  lon/lat geometries with their style class and name (None or blank: no label) and
  returns a ``LabelData`` in Web Mercator metres relative to ``origin`` (the basemap's
  own, so labels and lines agree to the millimetre), or None when no feature is named.
- Lines of one name and class are merged end to end (``shapely.line_merge``): OSM
  cuts a street into a way per block, and a street is labelled as one line, not once
  per block. Each merged line is kept with its bounding box and length, so a view
  finds the few it shows with one numpy test.
- Points keep their position; areas are labelled at a point inside them
  (``point_on_surface``) and keep the larger side of their bounding box, so a small
  park is named only when it is big enough on screen.
- ``LABEL_RULES`` says, per style class, the coarsest zoom (ground metres per screen
  pixel) at which its names are shown and its priority (higher first): the main
  roads' names from a neighbourhood view, side streets from street zoom, footpaths,
  shops and stops only close in; far out, none at all (they would only clutter).
  Classes without a rule (lamps) are never labelled.
- ``PLACE_CLASS`` ("place": OSM ``place=*`` nodes, neighbourhood names) is a
  class that is only labelled, never drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

from cosafe.core.projection import to_mercator

PLACE_CLASS = "place"


@dataclass(frozen=True)
class LabelRule:
    max_m_per_px: float  # names of the class are shown at this zoom and closer
    priority: float  # placed before classes of lower priority
    style: str  # the look (``labels.TEXT_STYLES``)


LABEL_RULES: dict[str, LabelRule] = {
    PLACE_CLASS: LabelRule(40.0, 900.0, "place"),
    "major_road": LabelRule(8.0, 800.0, "major_road"),
    "minor_road": LabelRule(3.0, 700.0, "minor_road"),
    "green": LabelRule(6.0, 650.0, "green"),
    "water": LabelRule(6.0, 640.0, "water"),
    "landuse": LabelRule(4.0, 620.0, "landmark"),
    "transport": LabelRule(1.5, 600.0, "transport"),
    "poi": LabelRule(1.5, 590.0, "poi"),
    "waterway": LabelRule(6.0, 560.0, "water"),
    "railway": LabelRule(4.0, 550.0, "railway"),
    "path": LabelRule(1.2, 500.0, "path"),
    "building": LabelRule(0.8, 300.0, "landmark"),
    "other": LabelRule(1.2, 200.0, "poi"),
}


@dataclass
class LabelData:
    """Named basemap features, relative Web Mercator metres (see the module contract)."""

    origin: tuple[float, float]
    # merged lines: geometry, name, class, bounding box (n, 4), length (metres)
    line_geoms: NDArray[np.object_]
    line_names: NDArray[np.object_]
    line_classes: NDArray[np.object_]
    line_bounds: NDArray[np.float64]
    line_lengths: NDArray[np.float64]
    # points and areas: label position, name, class, size (0 for points; an area's larger side)
    xy: NDArray[np.float64]  # (n, 2)
    names: NDArray[np.object_]
    classes: NDArray[np.object_]
    sizes: NDArray[np.float64]

    @property
    def count(self) -> int:
        return len(self.line_names) + len(self.names)


def build_label_data(geometries: Sequence[BaseGeometry] | NDArray[np.object_], style_classes: Sequence[str],
                     names: Sequence[str | None], origin: tuple[float, float]) -> LabelData | None:
    """Prepare the named features for labelling (see the module contract)."""
    shapes = np.asarray(geometries, dtype=object)
    classes = np.asarray(style_classes, dtype=object)
    texts = np.array([name.strip() if isinstance(name, str) else "" for name in names], dtype=object)
    keep = (texts != "") & np.isin(classes, list(LABEL_RULES)) & ~shapely.is_missing(shapes)
    keep[keep] = ~shapely.is_empty(shapes[keep])
    if not keep.any():
        return None
    shapes, classes, texts = shapes[keep], classes[keep], texts[keep]
    kinds = shapely.get_dimensions(shapes)  # 0 points, 1 lines, 2 areas
    lines = _merged_lines(shapes[kinds == 1], texts[kinds == 1], classes[kinds == 1], origin)

    areas = kinds == 2
    anchors = shapes.copy()
    anchors[areas] = shapely.point_on_surface(shapes[areas])
    anchors[kinds == 0] = _first_points(shapes[kinds == 0])
    spot = kinds != 1
    coords = shapely.get_coordinates(anchors[spot])
    x, y = to_mercator(coords[:, 0], coords[:, 1])
    box = shapely.bounds(shapes[spot])
    bx0, by0 = to_mercator(box[:, 0], box[:, 1])
    bx1, by1 = to_mercator(box[:, 2], box[:, 3])
    sizes = np.where(kinds[spot] == 2, np.maximum(bx1 - bx0, by1 - by0), 0.0)
    return LabelData(origin=origin, **lines, xy=np.column_stack([x - origin[0], y - origin[1]]),
                     names=texts[spot], classes=classes[spot], sizes=sizes)


def _first_points(points: NDArray[np.object_]) -> NDArray[np.object_]:
    """The first point of each (Multi)Point: one label per feature, where its marker is."""
    if not points.size:
        return points
    parts, owner = shapely.get_parts(points, return_index=True)
    first = np.unique(owner, return_index=True)[1]
    return parts[first]


def _merged_lines(lines: NDArray[np.object_], texts: NDArray[np.object_], classes: NDArray[np.object_],
                  origin: tuple[float, float]) -> dict[str, np.ndarray]:
    """Lines of one (name, class) merged end to end, projected, one row per merged line."""
    geoms: list[BaseGeometry] = []
    line_names: list[str] = []
    line_classes: list[str] = []
    if lines.size:
        keys = np.char.add(np.asarray(classes, dtype=str), np.char.add("\x1f", np.asarray(texts, dtype=str)))
        order = np.argsort(keys, kind="stable")
        unique, starts = np.unique(keys[order], return_index=True)
        ends = np.r_[starts[1:], order.size]
        for key, start, end in zip(unique.tolist(), starts.tolist(), ends.tolist()):
            members = order[start:end]
            parts = shapely.get_parts(lines[members])
            merged = shapely.line_merge(shapely.multilinestrings(parts)) if parts.size > 1 else parts[0]
            pieces = shapely.get_parts(merged)
            style_class, name = key.split("\x1f", 1)
            geoms.extend(pieces.tolist())
            line_names.extend([name] * len(pieces))
            line_classes.extend([style_class] * len(pieces))
    shapes = np.array(geoms, dtype=object)
    if shapes.size:
        shapes = shapely.transform(shapes, lambda c: np.column_stack(to_mercator(c[:, 0], c[:, 1]))
                                   - np.asarray(origin))
        bounds = shapely.bounds(shapes)
        lengths = shapely.length(shapes)
    else:
        bounds, lengths = np.empty((0, 4)), np.empty(0)
    return {"line_geoms": shapes, "line_names": np.array(line_names, dtype=object),
            "line_classes": np.array(line_classes, dtype=object), "line_bounds": bounds, "line_lengths": lengths}

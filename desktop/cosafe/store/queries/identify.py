"""What is at a point of the map: the queries behind "click to identify" and every hit test.

Contract:
- ``identify_feature(store, lon, lat, radius_m)`` looks at the features of visible
  layers whose R-tree boxes meet a square of ``radius_m`` ground metres around the
  point (one indexed query per feature table, no full scan) and returns the best
  match, or None:
  1. the nearest point or line within ``radius_m`` (distances measured on a local
     plane: longitude scaled by cos(latitude), so 8 px east means 8 px north);
  2. else the smallest polygon containing the point (a building before the park it
     stands in); polygons are identified by what they cover, not by their edges.
- ``hidden_classes`` (style classes not drawn at the current zoom) and
  ``points=False`` (markers not drawn) leave out what the user cannot see.
- The result carries the feature's name, class (key and label), layer, tags and
  its geometry (lon/lat) for a highlight; ``as_dict()`` is the small dict a panel shows.
- ``nearest_record(store, record_types, lon, lat, radius_m)`` is the one hit test of
  the project's own map records (audit points, pins, incidents…): the nearest record
  of those types within ``radius_m`` ground metres, as (distance in metres, record),
  or None; one indexed query per type. Ties go to the type listed first.
- ``ground_distance(shape, lon, lat, scale)`` is those distances: metres on a plane
  tangent at (lon, lat), longitude shrunk by ``scale`` = cos(lat).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from cosafe.core.records import Record
from cosafe.core.vocabulary import BASEMAP_STYLE_CLASSES, label_of
from cosafe.store import geometry
from cosafe.store.basemap import LINES, POINTS, POLYGONS
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import visible_basemap_rows

METRES_PER_DEGREE_LAT = 111_320.0  # a degree of latitude on the ground (near enough for picking)
_CLASS_LABELS = dict(BASEMAP_STYLE_CLASSES)
_KIND_OF_TABLE = {POINTS: "point", LINES: "line", POLYGONS: "polygon"}


@dataclass
class IdentifiedFeature:
    name: str | None
    style_class: str
    layer_name: str
    layer_uuid: str
    tags: dict[str, str]
    kind: str  # point | line | polygon
    table: str
    fid: int
    distance_m: float  # from the click; 0 inside a polygon
    geometry: BaseGeometry = field(repr=False)  # lon/lat
    record_uuid: str = ""  # a project record's UUID (audit point, pin, incident); "" for a basemap feature

    @property
    def class_label(self) -> str:
        if self.style_class in _CLASS_LABELS:
            return label_of(BASEMAP_STYLE_CLASSES, self.style_class)
        return self.style_class.replace("_", " ").capitalize()  # a class no vocabulary knows: its key, readable

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "style_class": self.style_class, "class_label": self.class_label,
                "layer_name": self.layer_name, "layer_uuid": self.layer_uuid, "tags": dict(self.tags),
                "kind": self.kind, "table": self.table, "fid": self.fid, "distance_m": self.distance_m,
                "uuid": self.record_uuid}


def identify_feature(store: ProjectStore, lon: float, lat: float, radius_m: float, *,
                     hidden_classes: Collection[str] = (), points: bool = True) -> IdentifiedFeature | None:
    """The visible basemap feature at (lon, lat): see the module contract."""
    scale = max(math.cos(math.radians(lat)), 1e-6)  # ground metres per degree of lon / of lat
    half_lat = radius_m / METRES_PER_DEGREE_LAT
    half_lon = half_lat / scale
    box = (lon - half_lon, lon + half_lon, lat - half_lat, lat + half_lat)
    near: list[IdentifiedFeature] = []
    for table in ((POINTS, LINES) if points else (LINES,)):
        for found, shape in _candidates(store, table, box, hidden_classes):
            distance = ground_distance(shape, lon, lat, scale)
            if distance <= radius_m:
                found.distance_m = distance
                near.append(found)
    if near:
        # Nearest first; a point beats a line at the same distance (it sits on top).
        return min(near, key=lambda f: (f.distance_m, f.kind != "point"))
    click = shapely.Point(lon, lat)
    inside = [found for found, shape in _candidates(store, POLYGONS, (lon, lon, lat, lat), hidden_classes)
              if shape.covers(click)]
    if not inside:
        return None
    return min(inside, key=lambda f: f.geometry.area)


def _candidates(store: ProjectStore, table: str, box: tuple[float, float, float, float],
                hidden_classes: Collection[str]) -> list[tuple[IdentifiedFeature, BaseGeometry]]:
    """Features of visible layers in ``table`` whose index box meets ``box`` (min/max lon, min/max lat)."""
    rows = visible_basemap_rows(store, table, (box[0], box[2], box[1], box[3]))
    found = []
    for fid, blob, style_class, name, tags, layer_name, layer_uuid in rows:
        if style_class in hidden_classes:
            continue
        shape = geometry.decode(blob)
        if shape is None:
            continue
        found.append((IdentifiedFeature(name=name, style_class=style_class, layer_name=layer_name,
                                        layer_uuid=layer_uuid, tags=_tags(tags), kind=_KIND_OF_TABLE[table],
                                        table=table, fid=int(fid), distance_m=0.0, geometry=shape), shape))
    return found


def ground_distance(shape: BaseGeometry, lon: float, lat: float, scale: float) -> float:
    """Metres from (lon, lat) to ``shape`` on a plane tangent there (longitude shrunk by cos(lat))."""
    local = shapely.transform(shape, lambda c: (c - (lon, lat)) * (scale, 1.0))
    return float(shapely.distance(local, shapely.Point(0.0, 0.0))) * METRES_PER_DEGREE_LAT


def _tags(text: str | None) -> dict[str, str]:
    try:
        tags = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in tags.items()} if isinstance(tags, dict) else {}


def nearest_record(store: ProjectStore, record_types: Sequence[type[Record]], lon: float, lat: float,
                   radius_m: float) -> tuple[float, Record] | None:
    """The nearest record of ``record_types`` within ``radius_m`` of (lon, lat): see the module contract."""
    scale = max(math.cos(math.radians(lat)), 1e-6)
    half_lat = radius_m / METRES_PER_DEGREE_LAT
    half_lon = half_lat / scale
    best: tuple[float, Record] | None = None
    for record_type in record_types:
        for record in store.list_in_box(record_type, lon - half_lon, lat - half_lat, lon + half_lon, lat + half_lat):
            geom = getattr(record, "geom", None)
            if geom is None or geom.is_empty:
                continue
            distance = ground_distance(geom, lon, lat, scale)
            if distance <= radius_m and (best is None or distance < best[0]):
                best = (distance, record)
    return best

"""Basemap features: bulk storage by geometry kind, reading back per layer.

Features live in three tables (points, lines, polygons) so each has one geometry
type that QGIS draws with one style; single geometries are stored as their Multi
form. A feature is (geometry, style class, name, tags) and belongs to the
``BasemapLayer`` record whose UUID it carries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import shapely
from shapely.geometry.base import BaseGeometry

from cosafe.core.records import BasemapLayer
from cosafe.store import geometry, geopackage, mapping
from cosafe.store.project_store import ProjectStore

POINTS, LINES, POLYGONS = "basemap_points", "basemap_lines", "basemap_polygons"
_TABLE_BY_TYPE = {
    "Point": POINTS, "MultiPoint": POINTS,
    "LineString": LINES, "MultiLineString": LINES, "LinearRing": LINES,
    "Polygon": POLYGONS, "MultiPolygon": POLYGONS,
}


@dataclass
class BasemapFeature:
    geometry: BaseGeometry
    style_class: str
    name: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    fid: int | None = None
    layer_uuid: str = ""


def _as_multi(shape: BaseGeometry) -> BaseGeometry:
    kind = shape.geom_type
    if kind == "Point":
        return shapely.MultiPoint([shape])
    if kind in ("LineString", "LinearRing"):
        return shapely.MultiLineString([shape])
    if kind == "Polygon":
        return shapely.MultiPolygon([shape])
    return shape


def _split(shape: BaseGeometry) -> Iterator[BaseGeometry]:
    """Yield parts a GeometryCollection holds; other shapes as they are."""
    if shape.geom_type == "GeometryCollection":
        for part in shape.geoms:
            yield from _split(part)
    else:
        yield shape


def add_vector_layer(store: ProjectStore, layer: BasemapLayer, features: Iterable[BasemapFeature]) -> int:
    """Store a layer record and its features in one transaction; return the feature count.

    Empty and None geometries are skipped. Nothing is stored if anything fails.
    """
    rows: dict[str, list[tuple]] = {POINTS: [], LINES: [], POLYGONS: []}
    for feature in features:
        if feature.geometry is None:
            continue
        for part in _split(feature.geometry):
            if part.is_empty:
                continue
            table = _TABLE_BY_TYPE[part.geom_type]
            tags = json.dumps(dict(feature.tags), ensure_ascii=False, sort_keys=True)
            rows[table].append((geometry.encode(_as_multi(part)), layer.uuid, feature.style_class, feature.name, tags))
    count = sum(len(r) for r in rows.values())
    layer.feature_count = count
    if not layer.device_id:
        layer.device_id = store.device_id
    columns = mapping.column_names(BasemapLayer)
    with store.atomic() as connection:
        connection.execute(
            f'INSERT INTO basemap_layers ({", ".join(columns)}) VALUES ({", ".join(":" + c for c in columns)})',
            mapping.to_row(layer),
        )
        for table, table_rows in rows.items():
            if table_rows:
                connection.executemany(
                    f"INSERT INTO {table} (geom, layer_uuid, style_class, name, tags) VALUES (?, ?, ?, ?, ?)",
                    table_rows,
                )
                geopackage.refresh_extent(connection, table)
    return count


def iter_features(store: ProjectStore, layer_uuid: str | None = None, *, visible_only: bool = False) -> Iterator[BasemapFeature]:
    """Yield features of existing layers (all, or one), polygons first, then lines, then points.

    Features whose layer record was removed (kept until the project is closed, so the
    removal can be undone) are never yielded.
    """
    for table in (POLYGONS, LINES, POINTS):
        sql = (
            f"SELECT f.fid, f.geom, f.layer_uuid, f.style_class, f.name, f.tags FROM {table} f "
            "JOIN basemap_layers l ON l.uuid = f.layer_uuid"
        )
        conditions, params = [], []
        if layer_uuid is not None:
            conditions.append("f.layer_uuid = ?")
            params.append(layer_uuid)
        if visible_only:
            conditions.append("l.visible = 1")
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        for fid, blob, owner, style_class, name, tags in store.connection.execute(sql, params):
            yield BasemapFeature(geometry.decode(blob), style_class, name, json.loads(tags), fid=fid, layer_uuid=owner)


def extent(store: ProjectStore) -> tuple[float, float, float, float] | None:
    """(min lon, min lat, max lon, max lat) over every feature table, or None if empty."""
    row = store.connection.execute(
        "SELECT min(min_x), min(min_y), max(max_x), max(max_y) FROM gpkg_contents "
        "WHERE data_type = 'features' AND min_x IS NOT NULL"
    ).fetchone()
    return None if row is None or row[0] is None else tuple(row)  # type: ignore[return-value]

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

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosafe.core.records import BasemapLayer
from cosafe.store import geometry, geopackage
from cosafe.store.project_store import ProjectStore

POINTS, LINES, POLYGONS = "basemap_points", "basemap_lines", "basemap_polygons"


@dataclass
class BasemapFeature:
    geometry: BaseGeometry
    style_class: str
    name: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    fid: int | None = None
    layer_uuid: str = ""


@dataclass
class FeatureColumns:
    """Features given as parallel columns with each shape's WKB, for a bulk import whose
    reader writes WKB anyway (libosmium for an OSM extract): the WKB is stored as it is (made
    Multi by a prefix) instead of being encoded again from the shape.

    ``shapes[i]`` is the shapely shape read from ``wkbs[i]`` (never None): its type, emptiness and
    bounds are taken from it. Stored exactly as the ``BasemapFeature`` s of the same shapes,
    classes, names and tags would be (``add_vector_layer_in_parts``)."""

    shapes: np.ndarray  # shapely geometries (object array)
    wkbs: list[bytes]  # 2D little-endian ISO WKB; any other is encoded again from the shape
    style_classes: list[str]
    names: list[str | None]
    tags: list[dict[str, str]]

    def __len__(self) -> int:
        return len(self.wkbs)

    def features(self, layer_uuid: str = "") -> list[BasemapFeature]:
        """The same features, one record each."""
        return [BasemapFeature(shape, style_class, name, tags, layer_uuid=layer_uuid) for shape, style_class, name, tags
                in zip(self.shapes, self.style_classes, self.names, self.tags)]


def _as_multi(geometries: np.ndarray) -> np.ndarray:
    """Promote single geometries to their Multi form, all at once."""
    type_ids = shapely.get_type_id(geometries)
    result = geometries.copy()
    for single, promote in ((0, shapely.multipoints), (1, shapely.multilinestrings), (2, shapely.multilinestrings),
                            (3, shapely.multipolygons)):
        mask = type_ids == single
        if mask.any():
            parts = geometries[mask]
            if single == 2:  # a LinearRing becomes a plain line first
                parts = shapely.linestrings(shapely.get_coordinates(parts), indices=np.repeat(
                    np.arange(len(parts)), shapely.get_num_coordinates(parts)))
            result[mask] = promote(parts, indices=np.arange(len(parts)))
    return result


def _split(shape: BaseGeometry) -> Iterator[BaseGeometry]:
    """Yield parts a GeometryCollection holds; other shapes as they are."""
    if shape.geom_type == "GeometryCollection":
        for part in shape.geoms:
            yield from _split(part)
    else:
        yield shape


_GEOMETRY_COLLECTION = 7
_TABLE_BY_TYPE_ID = {0: POINTS, 4: POINTS, 1: LINES, 5: LINES, 2: LINES, 3: POLYGONS, 6: POLYGONS}
# One encoder for every feature's tags (``json.dumps`` with options makes a new one per call).
_tags_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def add_vector_layer(store: ProjectStore, layer: BasemapLayer, features: Iterable[BasemapFeature]) -> int:
    """Store a layer record and its features in one transaction; return the feature count.

    Empty and None geometries are skipped; GeometryCollections are split into their
    parts. Nothing is stored if anything fails.
    """
    return add_vector_layer_in_parts(store, layer, [features])


def add_vector_layer_in_parts(store: ProjectStore, layer: BasemapLayer,
                              parts: Iterable[Iterable[BasemapFeature] | FeatureColumns]) -> int:
    """``add_vector_layer`` for features that come in parts (a large OSM extract, read a batch
    at a time): each part is written as it comes and can then be let go, so the features of
    the whole file are never all in memory; the layer record is written last, with the count.
    A part is features or ``FeatureColumns`` (stored the same way, with less work).
    One transaction: nothing is stored if anything fails or the parts stop with an exception.
    """
    count = 0
    touched: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}  # table -> (fids, bounds) of each part
    with store.atomic() as connection:
        for features in parts:
            count += _insert_features(connection, layer.uuid, features, touched)
        for table in sorted(touched):
            # Indexed once, all parts together: a large layer makes a packed R-tree (``index_features``).
            fids = np.concatenate([fids for fids, _ in touched[table]])
            bounds = np.concatenate([bounds for _, bounds in touched[table]])
            geopackage.index_features(connection, table, fids, bounds)
            geopackage.refresh_extent(connection, table)
        layer.feature_count = count
        store.insert(layer)  # joins this transaction
    return count


def _insert_features(connection, layer_uuid: str, features: Iterable[BasemapFeature] | FeatureColumns,
                     touched: dict[str, list[tuple[np.ndarray, np.ndarray]]]) -> int:
    """Insert features (split, Multi, without empties) into their tables, not yet in their
    R-trees: each table's new fids and bounds are added to ``touched``; return how many rows."""
    if isinstance(features, FeatureColumns):
        count = _insert_columns(connection, layer_uuid, features, touched)
        if count is not None:
            return count
        features = features.features(layer_uuid)  # a shape the columns do not cover: the general way
    features = [feature for feature in features if feature.geometry is not None]
    if not features:
        return 0
    shapes = np.empty(len(features), dtype=object)
    shapes[:] = [feature.geometry for feature in features]
    owners = np.arange(len(features))
    type_ids = shapely.get_type_id(shapes)
    if (type_ids == _GEOMETRY_COLLECTION).any():  # rare: split them in Python
        parts, part_owners = [], []
        for index, (shape, type_id) in enumerate(zip(shapes, type_ids)):
            for part in (_split(shape) if type_id == _GEOMETRY_COLLECTION else (shape,)):
                parts.append(part)
                part_owners.append(index)
        shapes = np.empty(len(parts), dtype=object)
        shapes[:] = parts
        owners = np.array(part_owners, dtype=int)
        type_ids = shapely.get_type_id(shapes)
    present = ~shapely.is_empty(shapes)
    shapes, owners, type_ids = shapes[present], owners[present], type_ids[present]
    texts = [_tags_json(dict(feature.tags)) if feature.tags else "{}" for feature in features]
    count = 0
    for table in (POINTS, LINES, POLYGONS):
        mask = np.isin(type_ids, [type_id for type_id, name in _TABLE_BY_TYPE_ID.items() if name == table])
        if not mask.any():
            continue
        blobs, bounds = geometry.encode_many(_as_multi(shapes[mask]))
        rows = [(blob, layer_uuid, features[owner].style_class, features[owner].name, texts[owner])
                for blob, owner in zip(blobs, owners[mask].tolist())]
        fids = geopackage.bulk_insert_features(connection, table, ["geom", "layer_uuid", "style_class", "name",
                                                                   "tags"], rows, bounds, index=False)
        touched.setdefault(table, []).append((fids, np.asarray(bounds, dtype=float).reshape(-1, 4)))
        count += len(rows)
    return count


_MULTI_TYPE_IDS = {POINTS: (0, 4), LINES: (1, 5), POLYGONS: (3, 6)}


def _insert_columns(connection, layer_uuid: str, part: FeatureColumns,
                    touched: dict[str, list[tuple[np.ndarray, np.ndarray]]]) -> int | None:
    """``_insert_features`` for columns: the same rows, each blob made from the WKB given
    (``geometry.multi_wkb``) rather than encoded again. None, with nothing written, when a
    shape is one the columns do not cover (a collection, a ring, a WKB of another form)."""
    if not len(part):
        return 0
    type_ids = shapely.get_type_id(part.shapes)
    if np.isin(type_ids, (2, _GEOMETRY_COLLECTION)).any():
        return None  # split or made a plain line first: ``_insert_features``
    present = ~shapely.is_empty(part.shapes)
    bounds = shapely.bounds(part.shapes)
    chosen = {table: np.flatnonzero(np.isin(type_ids, ids) & present).tolist()
              for table, ids in _MULTI_TYPE_IDS.items()}
    wkbs = {table: [geometry.multi_wkb(part.wkbs[index]) for index in indices] for table, indices in chosen.items()}
    if any(wkb is None for table_wkbs in wkbs.values() for wkb in table_wkbs):
        return None
    count = 0
    for table in (POINTS, LINES, POLYGONS):
        indices = chosen[table]
        if not indices:
            continue
        table_bounds = bounds[indices]
        blobs = geometry.encode_wkb_many(wkbs[table], table_bounds)
        classes, names, tags = part.style_classes, part.names, part.tags
        rows = [(blob, layer_uuid, classes[index], names[index], _tags_json(tags[index]) if tags[index] else "{}")
                for blob, index in zip(blobs, indices)]
        fids = geopackage.bulk_insert_features(connection, table, ["geom", "layer_uuid", "style_class", "name",
                                                                   "tags"], rows, table_bounds, index=False)
        touched.setdefault(table, []).append((fids, table_bounds))
        count += len(rows)
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


@dataclass
class FeatureArrays:
    """Basemap features as parallel arrays, for drawing many at once."""

    geometries: np.ndarray  # shapely Multi geometries, lon/lat
    style_classes: np.ndarray  # str
    layer_uuids: np.ndarray  # str
    fids: np.ndarray  # int, unique within each table
    tables: np.ndarray  # str: which feature table each came from
    names: np.ndarray | None = None  # str or None: what the map labels the feature with


def read_feature_arrays(store: ProjectStore, *, visible_only: bool = True) -> FeatureArrays:
    """Read the features of existing (by default visible) layers in bulk, decoding all at once.

    ``names`` holds each feature's ``name`` (the OSM ``name`` tag, or the name/title/label
    field of another file, as the import kept it), None where it has none."""
    blobs, classes, owners, fids, tables, names = [], [], [], [], [], []
    for table in (POLYGONS, LINES, POINTS):
        sql = (
            f"SELECT f.geom, f.style_class, f.layer_uuid, f.fid, f.name FROM {table} f "
            "JOIN basemap_layers l ON l.uuid = f.layer_uuid WHERE f.geom IS NOT NULL"
        )
        if visible_only:
            sql += " AND l.visible = 1"
        rows = store.connection.execute(sql).fetchall()
        if rows:
            blob_column, class_column, owner_column, fid_column, name_column = zip(*rows)
            blobs += blob_column
            classes += class_column
            owners += owner_column
            fids += fid_column
            names += name_column
            tables += [table] * len(rows)
    return FeatureArrays(
        geometries=geometry.decode_many(blobs),
        style_classes=np.array(classes, dtype=object),
        layer_uuids=np.array(owners, dtype=object),
        fids=np.array(fids, dtype=np.int64),
        tables=np.array(tables, dtype=object),
        names=np.array(names, dtype=object),
    )


def extent(store: ProjectStore) -> tuple[float, float, float, float] | None:
    """(min lon, min lat, max lon, max lat) over every feature table, or None if empty."""
    row = store.connection.execute(
        "SELECT min(min_x), min(min_y), max(max_x), max(max_y) FROM gpkg_contents "
        "WHERE data_type = 'features' AND min_x IS NOT NULL"
    ).fetchone()
    return None if row is None or row[0] is None else tuple(row)  # type: ignore[return-value]

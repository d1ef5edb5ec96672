"""Bringing an added basemap layer's bulk data along when its record is merged in.

A vector layer's features (in ``basemap_points/lines/polygons``, carrying the layer's
UUID) and a tile layer's GeoPackage tile pyramid are not records, so the merge copies
them here, in the caller's transaction. A placed paper map's image is an attachment
record and travels as one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from cosafe.core.records import BasemapLayer
from cosafe.store import geometry, geopackage, tiles
from cosafe.store.identifiers import is_table, quote
from cosafe.store.schema.v1 import BASEMAP_FEATURE_TABLES

_FEATURE_COLUMNS = ["geom", "layer_uuid", "style_class", "name", "tags"]
_CHUNK = 5000


def copy_layer_data(target: sqlite3.Connection, source: sqlite3.Connection, layers: Sequence[BasemapLayer]) -> None:
    """Copy the features or tiles of ``layers`` (just added to the target) from the source."""
    vector = [layer.uuid for layer in layers if layer.kind == "vector"]
    if vector:
        _copy_features(target, source, vector)
    for layer in layers:
        if layer.kind == "tiles" and layer.data_table:
            _copy_tiles(target, source, layer.data_table)


def _copy_features(target: sqlite3.Connection, source: sqlite3.Connection, layer_uuids: list[str]) -> None:
    marks = ", ".join("?" for _ in layer_uuids)
    for table in BASEMAP_FEATURE_TABLES:
        rows = source.execute(f'SELECT {", ".join(_FEATURE_COLUMNS)} FROM "{table}" WHERE layer_uuid IN ({marks}) '
                              "AND geom IS NOT NULL ORDER BY fid", layer_uuids).fetchall()
        boxed = [(row, geometry.bounds(row[0])) for row in rows]
        boxed = [(row, box) for row, box in boxed if box is not None]
        if boxed:
            geopackage.bulk_insert_features(target, table, _FEATURE_COLUMNS, [r for r, _ in boxed], [b for _, b in boxed])
            geopackage.refresh_extent(target, table)


def _copy_tiles(target: sqlite3.Connection, source: sqlite3.Connection, table: str) -> None:
    """Copy a tile pyramid; ``table`` (read from the source) was checked by ``validate`` to be a name
    CoSafe gives, and is read only if the source holds it as a tile table."""
    if target.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone() or is_table(target, table):
        return  # the target already holds this pyramid (its name carries a random id)
    if not tiles.is_tile_table(source, table):
        return  # the source lost its tiles; the layer record still says what it was
    found = source.execute("SELECT description, min_x, min_y, max_x, max_y FROM gpkg_contents "
                           "WHERE table_name = ? AND data_type = 'tiles'", (table,)).fetchone()
    description, *bounds = found
    zooms = [z for (z,) in source.execute("SELECT zoom_level FROM gpkg_tile_matrix WHERE table_name = ?", (table,))]
    tiles.create_tile_table(target, table, zooms, tuple(bounds), description or "")
    if source.execute("SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_webp'",
                      (table,)).fetchone():
        tiles.register_webp(target, table)
    cursor = source.execute(f"SELECT zoom_level, tile_column, tile_row, tile_data FROM {quote(table)}")
    while batch := cursor.fetchmany(_CHUNK):
        tiles.insert_tiles(target, table, batch)

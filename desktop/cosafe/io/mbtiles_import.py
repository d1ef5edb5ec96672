"""Import a raster MBTiles file as a basemap layer stored as GeoPackage tiles.

Contract: the MBTiles file is read through a read-only connection; every tile is
copied into a new tile table of the project, with its layer record, in one
transaction; a failure or a cancel leaves the project unchanged. Vector MBTiles
(PBF) are imported as vector layers by ``vector_tiles_import`` (``holds_vector_tiles``
tells them apart); here they, and files that are not MBTiles, are refused with one line.

A file read here comes from anywhere, so it runs none of its own SQL: ``metadata``
must be a table, and ``tiles`` a table or one of the de-duplicating views the common
MBTiles writers make (mbutil, node-mbtiles/TileMill, martin), compared by their SQL —
any other view (one that never ends, say) is refused with one line, never read. The
connection has ``trusted_schema`` off, and every read has a time limit.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterator

from cosafe.core.i18n import arg
from cosafe.core.projection import extent_to_mercator
from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import Progress
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.io.words import Import
from cosafe.store import identifiers, schema_guard, tiles
from cosafe.store.inspection import read_only_uri
from cosafe.store.project_store import ProjectStore

_BATCH = 500


def _image_format(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def is_vector_format(metadata: dict[str, str]) -> bool:
    """Does the MBTiles metadata say its tiles are vector tiles (Mapbox Vector Tiles): its format
    is pbf, or it has no format but lists vector layers (as early writers left it)?"""
    declared = metadata.get("format", "").lower()
    return declared in ("pbf", "mvt") or (not declared and '"vector_layers"' in metadata.get("json", ""))


def holds_vector_tiles(path: str) -> bool:
    """True for an MBTiles file of vector tiles; False for raster tiles or a file CoSafe refuses
    (``import_mbtiles`` then says why)."""
    try:
        connection, metadata = open_mbtiles(path, vector=True)
    except BasemapImportError:
        return False
    connection.close()
    return is_vector_format(metadata)


def open_mbtiles(path: str, vector: bool = False) -> tuple[sqlite3.Connection, dict[str, str]]:
    """A read-only connection to a checked MBTiles file, and its metadata; one line when refused.
    Vector tiles are refused unless ``vector``."""
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise BasemapImportError(arg(Import.tr("%1: no such file"), name))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BasemapImportError(arg(Import.tr("%1 is not an MBTiles file (not an SQLite database)"), name))
    connection = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
    try:
        with _reading(connection, name, tables=True):
            kinds = {n: (kind, sql) for kind, n, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')")}
            if not {"tiles", "metadata"} <= set(kinds):
                raise BasemapImportError(arg(Import.tr("%1 is not an MBTiles file (it has no tiles and metadata "
                                                       "tables)"), name))
            _refuse_unknown_views(connection, name, kinds)
            metadata = {str(k): str(v) for k, v in connection.execute("SELECT name, value FROM metadata")}
    except BasemapImportError:
        connection.close()
        raise
    if is_vector_format(metadata) and not vector:
        connection.close()
        raise BasemapImportError(arg(Import.tr("%1 holds vector tiles: import it as a vector basemap"), name))
    return connection, metadata


# The views MBTiles writers make so that equal tiles are stored once: (view SQL, the tables it reads).
_KNOWN_TILE_VIEWS = {
    schema_guard.canonical_sql(sql): tables for sql, tables in (
        ("CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column, "
         "map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images "
         "ON images.tile_id = map.tile_id", ("map", "images")),  # mbutil, node-mbtiles (TileMill)
        ("CREATE VIEW tiles AS SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles_with_hash",
         ("tiles_with_hash",)),  # martin's flat-with-hash
    )
}


def _refuse_unknown_views(connection: sqlite3.Connection, name: str, kinds: dict[str, tuple[str, str]]) -> None:
    """``metadata`` must be a plain table; ``tiles`` one too, or a known view over plain tables."""
    if not identifiers.is_table(connection, "metadata"):
        raise BasemapImportError(arg(Import.tr("%1 is refused: its “metadata” is not a table (CoSafe reads no view "
                                               "or virtual table it does not know)"), name))
    if identifiers.is_table(connection, "tiles"):
        return
    kind, sql = kinds["tiles"]
    reads = _KNOWN_TILE_VIEWS.get(schema_guard.canonical_sql(sql or "")) if kind == "view" else None
    if reads is None or not all(identifiers.is_table(connection, table) for table in reads):
        raise BasemapImportError(arg(Import.tr("%1 is refused: its “tiles” is a view CoSafe does not know, not a "
                                               "table (a view can run any query, even one that never ends)"), name))


@contextlib.contextmanager
def _reading(connection: sqlite3.Connection, name: str, tables: bool = False) -> Iterator[None]:
    """Read within the time limit; a damaged file or one that takes too long becomes one line
    (saying its tables cannot be read, when ``tables``, else its tiles)."""
    try:
        with schema_guard.time_limit(connection):
            yield
    except sqlite3.DatabaseError as error:
        if schema_guard.was_interrupted(error):
            raise BasemapImportError(arg(Import.tr("%1 took too long to read, so it was refused"), name)) from None
        text = (Import.tr("%1 is damaged: its tables cannot be read") if tables
                else Import.tr("%1 is damaged: its tiles cannot be read"))
        raise BasemapImportError(arg(text, name)) from None


def _mercator_bounds(metadata: dict[str, str], zoom: int, columns: tuple[int, int], rows: tuple[int, int]) -> tuple[float, ...]:
    """The data extent in Web Mercator metres: from metadata 'bounds', else from the tiles."""
    try:
        west, south, east, north = (float(v) for v in metadata["bounds"].split(","))
        return extent_to_mercator((west, south, east, north))  # latitudes clamped to Mercator's square
    except (KeyError, ValueError):
        min_x, _, _, max_y = tiles.tile_bounds(zoom, columns[0], rows[0])
        _, min_y, max_x, _ = tiles.tile_bounds(zoom, columns[1], rows[1])
        return min_x, min_y, max_x, max_y


def import_mbtiles(store: ProjectStore, path: str, *, name: str | None = None, progress: Progress | None = None) -> BasemapLayer:
    """Copy a raster MBTiles file into the project as a tile layer; return its record."""
    report = progress or (lambda fraction, text: True)
    file_name = os.path.basename(path)
    source, metadata = open_mbtiles(path)
    try:
        with _reading(source, file_name):
            total, high = source.execute("SELECT count(*), max(zoom_level) FROM tiles").fetchone()
            if not total:
                raise BasemapImportError(arg(Import.tr("%1 has no tiles"), file_name))
            columns = source.execute("SELECT min(tile_column), max(tile_column) FROM tiles WHERE zoom_level = ?", (high,)).fetchone()
            tms_rows = source.execute("SELECT min(tile_row), max(tile_row) FROM tiles WHERE zoom_level = ?", (high,)).fetchone()
            zooms = [z for (z,) in source.execute("SELECT DISTINCT zoom_level FROM tiles")]
        rows = (tiles.tms_to_gpkg_row(high, tms_rows[1]), tiles.tms_to_gpkg_row(high, tms_rows[0]))
        bounds = _mercator_bounds(metadata, high, columns, rows)
        table = f"basemap_tiles_{uuid.uuid4().hex[:12]}"
        layer = BasemapLayer(
            name=name or metadata.get("name") or os.path.splitext(file_name)[0], kind="tiles",
            source_name=file_name, source_format="MBTiles", attribution=metadata.get("attribution", ""),
            data_table=table, feature_count=total,
            sort_order=store.connection.execute("SELECT coalesce(min(sort_order), 0) - 1 FROM basemap_layers").fetchone()[0],
        )
        copied = 0
        has_webp = False
        with store.atomic() as connection:
            tiles.create_tile_table(connection, table, zooms, bounds, f"Raster basemap from {file_name}")
            for batch in _tile_batches(source, file_name):
                converted = []
                for zoom, column, tms_row, data in batch:
                    kind = _image_format(bytes(data[:16]))
                    if kind is None:
                        raise BasemapImportError(arg(Import.tr("%1 has a tile that is not a PNG, JPEG or WebP image"),
                                                     file_name))
                    has_webp = has_webp or kind == "webp"
                    converted.append((zoom, column, tiles.tms_to_gpkg_row(zoom, tms_row), bytes(data)))
                tiles.insert_tiles(connection, table, converted)
                copied += len(batch)
                if not report(copied / total, arg(Import.tr("Copying tiles (%1 of %2)"), copied, total)):
                    raise ImportCancelled()
            if has_webp:
                tiles.register_webp(connection, table)
            store.insert(layer)  # joins this transaction
    finally:
        source.close()
    return layer


def _tile_batches(source: sqlite3.Connection, file_name: str) -> Iterator[list[tuple[int, int, int, bytes]]]:
    """Yield the source's tiles in batches; a read error becomes a one-line import error.
    The time limit is per batch: a large honest file may take minutes in all."""
    with _reading(source, file_name):
        cursor = source.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
    while True:
        with _reading(source, file_name):
            batch = cursor.fetchmany(_BATCH)
        if not batch:
            return
        yield batch

"""Raster basemap tiles stored as GeoPackage tile pyramids (so QGIS shows them too).

Tiles use the Web Mercator grid (EPSG:3857) of web maps: at zoom z the world is
2^z × 2^z tiles of 256 px, rows counted from the top (GeoPackage) — MBTiles counts
them from the bottom, which ``tms_to_gpkg_row`` converts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from cosafe.core.projection import WORLD_HALF_WIDTH
from cosafe.store.identifiers import columns_of, is_table, quote

WEB_MERCATOR_SRS_ID = 3857
TILE_SIZE = 256
WEB_MERCATOR_DEFINITION = (
    'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],'
    'PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],'
    'PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
    'AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 '
    '+lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],'
    'AUTHORITY["EPSG","3857"]]'
)

_TILE_META_TABLES = """
CREATE TABLE IF NOT EXISTS gpkg_tile_matrix_set (
  table_name TEXT NOT NULL PRIMARY KEY,
  srs_id INTEGER NOT NULL,
  min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
  CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
CREATE TABLE IF NOT EXISTS gpkg_tile_matrix (
  table_name TEXT NOT NULL,
  zoom_level INTEGER NOT NULL,
  matrix_width INTEGER NOT NULL,
  matrix_height INTEGER NOT NULL,
  tile_width INTEGER NOT NULL,
  tile_height INTEGER NOT NULL,
  pixel_x_size DOUBLE NOT NULL,
  pixel_y_size DOUBLE NOT NULL,
  CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
  CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name)
)
"""


TILE_COLUMNS = ("zoom_level", "tile_column", "tile_row", "tile_data")


def is_tile_table(connection: sqlite3.Connection, table: object) -> bool:
    """Is ``table`` (a name read from the file) a tile pyramid: registered as tiles, a plain
    table, with the tile columns? Only then is it read or dropped as one."""
    if not is_table(connection, table):
        return False
    registered = connection.execute(
        "SELECT 1 FROM gpkg_contents WHERE table_name = ? AND data_type = 'tiles'", (table,)).fetchone()
    return registered is not None and set(TILE_COLUMNS) <= set(columns_of(connection, table))  # type: ignore[arg-type]


def tms_to_gpkg_row(zoom: int, tms_row: int) -> int:
    """Convert an MBTiles (TMS, bottom-up) row to a GeoPackage (top-down) row."""
    return (1 << zoom) - 1 - tms_row


def tile_span(zoom: int) -> float:
    """Width (and height) of one tile at ``zoom``, in Web Mercator metres."""
    return 2 * WORLD_HALF_WIDTH / (1 << zoom)


def tile_range(zoom: int, bounds: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """(first column, last column, first row, last row) of the grid tiles at ``zoom``
    that overlap Web Mercator ``bounds`` (none of them need exist)."""
    min_x, min_y, max_x, max_y = bounds
    size = tile_span(zoom)
    return (int((min_x + WORLD_HALF_WIDTH) // size), int((max_x + WORLD_HALF_WIDTH) // size),
            int((WORLD_HALF_WIDTH - max_y) // size), int((WORLD_HALF_WIDTH - min_y) // size))


def tile_bounds(zoom: int, column: int, row: int) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) in Web Mercator metres of a GeoPackage tile."""
    size = tile_span(zoom)
    min_x = -WORLD_HALF_WIDTH + column * size
    max_y = WORLD_HALF_WIDTH - row * size
    return min_x, max_y - size, min_x + size, max_y


def create_tile_table(
    connection: sqlite3.Connection, table: str, zooms: Iterable[int],
    bounds: tuple[float, float, float, float], description: str = "",
) -> None:
    """Create and register an empty tile pyramid on the Web Mercator grid for ``zooms``.

    ``bounds`` (Web Mercator metres) is the data extent recorded in gpkg_contents.
    Runs in the caller's transaction.
    """
    if connection.execute("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (WEB_MERCATOR_SRS_ID,)).fetchone() is None:
        connection.execute(
            "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', ?, 'EPSG', 3857, ?, 'Web Mercator')",
            (WEB_MERCATOR_SRS_ID, WEB_MERCATOR_DEFINITION),
        )
    for statement in _TILE_META_TABLES.split(";"):
        connection.execute(statement)
    connection.execute(
        f"CREATE TABLE {quote(table)} (id INTEGER PRIMARY KEY AUTOINCREMENT, zoom_level INTEGER NOT NULL, "
        "tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL, "
        "UNIQUE (zoom_level, tile_column, tile_row))"
    )
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) "
        "VALUES (?, 'tiles', ?, ?, ?, ?, ?, ?, ?)",
        (table, table, description, *bounds, WEB_MERCATOR_SRS_ID),
    )
    connection.execute(
        "INSERT INTO gpkg_tile_matrix_set VALUES (?, ?, ?, ?, ?, ?)",
        (table, WEB_MERCATOR_SRS_ID, -WORLD_HALF_WIDTH, -WORLD_HALF_WIDTH, WORLD_HALF_WIDTH, WORLD_HALF_WIDTH),
    )
    for zoom in sorted(set(zooms)):
        count = 1 << zoom
        pixel = tile_span(zoom) / TILE_SIZE
        connection.execute(
            "INSERT INTO gpkg_tile_matrix VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (table, zoom, count, count, TILE_SIZE, TILE_SIZE, pixel, pixel),
        )


def insert_tiles(connection: sqlite3.Connection, table: str, tiles: Iterable[tuple[int, int, int, bytes]]) -> None:
    """Insert (zoom, column, GeoPackage row, image bytes) tiles in the caller's transaction."""
    connection.executemany(
        f"INSERT INTO {quote(table)} (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)", tiles
    )


def drop_tile_table(connection: sqlite3.Connection, table: str) -> None:
    """Remove a tile pyramid and its registration, in the caller's transaction."""
    connection.execute("DELETE FROM gpkg_tile_matrix WHERE table_name = ?", (table,))
    connection.execute("DELETE FROM gpkg_tile_matrix_set WHERE table_name = ?", (table,))
    connection.execute("DELETE FROM gpkg_extensions WHERE table_name = ?", (table,))
    connection.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
    connection.execute(f"DROP TABLE IF EXISTS {quote(table)}")


def zoom_levels(connection: sqlite3.Connection, table: str) -> list[int]:
    """Zoom levels that hold tiles, lowest first."""
    return [z for (z,) in connection.execute(f"SELECT DISTINCT zoom_level FROM {quote(table)} ORDER BY zoom_level")]


def tiles_in(
    connection: sqlite3.Connection, table: str, zoom: int, bounds: tuple[float, float, float, float]
) -> Iterator[tuple[int, int, bytes]]:
    """Yield (column, row, image bytes) of tiles at ``zoom`` that overlap Web Mercator ``bounds``."""
    first_column, last_column, first_row, last_row = tile_range(zoom, bounds)
    yield from connection.execute(
        f"SELECT tile_column, tile_row, tile_data FROM {quote(table)} WHERE zoom_level = ? "
        "AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
        (zoom, first_column, last_column, first_row, last_row),
    )


def register_webp(connection: sqlite3.Connection, table: str) -> None:
    """Declare the GeoPackage WebP extension for a tile table holding WebP images."""
    connection.execute(
        "INSERT OR IGNORE INTO gpkg_extensions VALUES (?, 'tile_data', 'gpkg_webp', "
        "'http://www.geopackage.org/spec120/#extension_tiles_webp', 'read-write')",
        (table,),
    )


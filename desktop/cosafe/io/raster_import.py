"""Import a georeferenced raster (GeoTIFF, a raster GeoPackage) as a tile basemap.

Contract:
- ``is_georeferenced(path)``: does this picture say where it lies (a CRS and a
  geotransform GDAL reads)? Only then is it placed by its georeferencing; any other
  picture (or one GDAL cannot open) goes to the paper-map flow, placed by control points.
- ``import_georeferenced_raster(store, path)`` warps the raster to Web Mercator and
  stores it as a GeoPackage tile pyramid (``store.tiles``: the storage of an MBTiles
  basemap, which QGIS and GDAL open as it is), with its ``BasemapLayer`` (kind 'tiles').
- ``import_raster_geopackage(store, path)`` does the same for each tile table of a
  raster GeoPackage: tiles already on the standard Web Mercator grid (EPSG:3857, 256 px,
  2^z × 2^z at zoom z) are copied as they are; any other tiling is warped like a GeoTIFF.
Both write everything in one transaction: a failure or a cancel (``progress`` returning
False) leaves the project unchanged; a bad file is one translated line.

How: the deepest zoom is the one whose pixel is nearest the raster's own (in Web
Mercator metres), the shallowest the one where the whole raster fits in a tile. The
deepest level is read tile by tile through a warped view of the file (GDAL reads only
the source blocks a tile needs, its cache bounded by ``safe_raster.CACHE_MB``), and each
shallower level is drawn from the four tiles below it, read back from the project: the
raster is never held whole in memory. Nodata, masks and alpha become transparency; a
tile with nothing in it is not stored. Opaque tiles of a photograph are JPEG, the others
PNG.
"""

from __future__ import annotations

import io
import math
import os
import sqlite3
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from cosafe.core.i18n import arg
from cosafe.core.projection import WORLD_HALF_WIDTH
from cosafe.core.records import BasemapLayer
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.io.safe_gdal import local_path
from cosafe.io.words import Import
from cosafe.store import schema_guard, tiles
from cosafe.store.inspection import read_only_uri
from cosafe.store.project_store import ProjectStore

Progress = Callable[[float, str], bool]

PICTURE_DRIVERS = frozenset({"GTiff", "PNG", "JPEG"})
MAX_ZOOM = 22  # about 4 cm a pixel at the equator: finer than any aerial photograph a city has
JPEG_QUALITY = 85
_SIZE = tiles.TILE_SIZE
_BATCH = 64  # tiles written at a time
_REPORT_EVERY = 4
STRIP_TILES = 8  # tiles warped at once: 8 × 256 × 256 px, a few MB


def _name(path: str) -> str:
    return os.path.basename(path.rstrip("/\\")) or path


# -- is it placed by its georeferencing? ---------------------------------------------------


def is_georeferenced(path: str, crs_given: bool = False) -> bool:
    """True when GDAL reads a CRS and a geotransform for the picture at ``path`` (only a
    geotransform, a world file say, when ``crs_given``: the person says the CRS)."""
    from cosafe.io.safe_raster import open_raster, raster_env, rasterio

    try:
        with raster_env(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # NotGeoreferencedWarning: what this asks
            with open_raster(path, PICTURE_DRIVERS, BasemapImportError) as source:
                return (crs_given or source.crs is not None) and not source.transform.is_identity
    except (rasterio.errors.RasterioError, BasemapImportError, OSError):
        return False


# -- the tile pyramid --------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """Where the tiles go: zoom levels and the raster's extent in Web Mercator metres."""

    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float]

    def ranges(self, zoom: int) -> tuple[int, int, int, int]:
        first_column, last_column, first_row, last_row = tiles.tile_range(zoom, self.bounds)
        last = (1 << zoom) - 1
        return (max(0, first_column), min(last, last_column), max(0, first_row), min(last, last_row))

    def count(self, zoom: int) -> int:
        first_column, last_column, first_row, last_row = self.ranges(zoom)
        return (last_column - first_column + 1) * (last_row - first_row + 1)

    @property
    def total(self) -> int:
        return sum(self.count(zoom) for zoom in range(self.min_zoom, self.max_zoom + 1))


def zoom_for_resolution(metres_per_pixel: float) -> int:
    """The zoom whose pixel is nearest (on a log scale) to ``metres_per_pixel`` of Web Mercator."""
    level = math.log2(2 * WORLD_HALF_WIDTH / (_SIZE * metres_per_pixel))
    return max(0, min(MAX_ZOOM, round(level)))


def _plan(source, crs, file_name: str) -> _Plan:  # type: ignore[no-untyped-def]
    """The zooms and extent of ``source`` in Web Mercator; one line when its CRS cannot be converted."""
    from cosafe.io.safe_raster import GDALError, rasterio

    try:
        transform, width, height = rasterio.warp.calculate_default_transform(
            crs, "EPSG:3857", source.width, source.height, *source.bounds)
    except (rasterio.errors.RasterioError, ValueError, GDALError):
        # GDAL's own error (CPLE_…) when most of the extent cannot be converted: bounds far
        # outside the CRS's range, as a GeoPackage whose contents and tile grid disagree reads.
        transform = None
    if transform is None or not all(math.isfinite(v) for v in (transform.a, transform.c, transform.f)):
        raise BasemapImportError(arg(Import.tr("%1 is georeferenced in a coordinate reference system CoSafe cannot "
                                               "convert to map coordinates; save it in another one (e.g. its UTM zone "
                                               "or EPSG:4326) with QGIS"), file_name))
    min_x, max_y = transform.c, transform.f
    max_x, min_y = min_x + transform.a * width, max_y + transform.e * height
    half = WORLD_HALF_WIDTH
    bounds = (max(-half, min_x), max(-half, min_y), min(half, max_x), min(half, max_y))
    if bounds[0] >= bounds[2] or bounds[1] >= bounds[3]:
        raise BasemapImportError(arg(Import.tr("%1 lies outside the map CoSafe draws (beyond 85° of latitude)"),
                                     file_name))
    max_zoom = zoom_for_resolution(abs(transform.a))
    return _Plan(min(max_zoom, _fitting_zoom(bounds)), max_zoom, bounds)


def _fitting_zoom(bounds: tuple[float, float, float, float]) -> int:
    """The deepest zoom at which ``bounds`` (Web Mercator metres) is no larger than one tile."""
    largest_side = max(bounds[2] - bounds[0], bounds[3] - bounds[1], 1e-6)
    # A hair of slack: a raster exactly one tile wide measures a few micrometres more after warping.
    return max(0, min(MAX_ZOOM, math.floor(math.log2(2 * WORLD_HALF_WIDTH / largest_side) + 1e-3)))


class _Colours:
    """Turns the bands GDAL reads into 8-bit RGBA: a palette through its colours, other
    than 8-bit data stretched between the low and high values of a small overview."""

    def __init__(self, source) -> None:  # type: ignore[no-untyped-def]
        from cosafe.io.safe_raster import rasterio

        interp = rasterio.enums.ColorInterp
        kinds = list(source.colorinterp)
        self.alpha_band = kinds.index(interp.alpha) + 1 if interp.alpha in kinds else None
        colour = [index + 1 for index, kind in enumerate(kinds) if kind != interp.alpha]
        by_kind = {kind: index + 1 for index, kind in enumerate(kinds)}
        if all(k in by_kind for k in (interp.red, interp.green, interp.blue)):
            colour = [by_kind[interp.red], by_kind[interp.green], by_kind[interp.blue]]
        self.bands = colour[:3] if len(colour) >= 3 else colour[:1]
        self.photo = len(self.bands) == 3
        self.palette = None
        if len(self.bands) == 1 and kinds[self.bands[0] - 1] == interp.palette:
            try:
                table = source.colormap(self.bands[0])
            except ValueError:
                table = {}
            lut = np.zeros((256, 4), np.uint8)
            for index, rgba in table.items():
                if 0 <= index < 256:
                    lut[index] = rgba
            self.palette = lut
        self.stretch: tuple[float, float] | None = None
        if source.dtypes[self.bands[0] - 1] != "uint8":
            self.stretch = self._range(source)

    def _range(self, source) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """Low and high values (2nd and 98th percentiles) of a small read of the whole raster."""
        scale = max(1.0, max(source.width, source.height) / 1024)
        shape = (len(self.bands), max(1, int(source.height / scale)), max(1, int(source.width / scale)))
        sample = source.read(self.bands, out_shape=shape, masked=True)
        values = sample.compressed() if np.ma.isMaskedArray(sample) else sample.ravel()
        values = values[np.isfinite(values)] if values.dtype.kind == "f" else values
        if values.size == 0:
            return 0.0, 1.0
        low, high = np.percentile(values, [2, 98])
        return float(low), float(high if high > low else low + 1)

    @property
    def resampling(self):  # type: ignore[no-untyped-def]
        from cosafe.io.safe_raster import rasterio

        # Palette indexes and classes cannot be averaged: a blend of two indexes is a third colour.
        return rasterio.enums.Resampling.nearest if self.palette is not None else rasterio.enums.Resampling.bilinear

    def rgba(self, data: np.ndarray, alpha: np.ndarray) -> np.ndarray:
        """(bands, h, w) as read, and the alpha (h, w) -> (h, w, 4) uint8."""
        if self.stretch is not None:
            low, high = self.stretch
            data = np.clip((data.astype(np.float32) - low) * (255.0 / (high - low)), 0, 255)
            data = np.nan_to_num(data).astype(np.uint8)
        if self.palette is not None:
            rgba = self.palette[data[0]]
            rgba[..., 3] = np.minimum(rgba[..., 3], alpha)
            return rgba
        out = np.empty(data.shape[1:] + (4,), np.uint8)
        if len(data) == 3:
            out[..., :3] = np.moveaxis(data, 0, -1)
        else:
            out[..., :3] = data[0][..., None]
        out[..., 3] = alpha
        return out


def _encode(rgba: np.ndarray, photo: bool) -> bytes | None:
    """A tile's image bytes; None for a tile with nothing visible."""
    alpha = rgba[..., 3]
    if not alpha.any():
        return None
    buffer = io.BytesIO()
    if alpha.min() == 255:
        image = Image.fromarray(np.ascontiguousarray(rgba[..., :3]), "RGB")
        if photo:
            image.save(buffer, "JPEG", quality=JPEG_QUALITY)
        else:
            image.save(buffer, "PNG")
    else:
        Image.fromarray(np.ascontiguousarray(rgba), "RGBA").save(buffer, "PNG")
    return buffer.getvalue()


def _decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    return image.convert("RGBA")


class _Writer:
    """Writes tiles in batches and reports progress; False from ``progress`` cancels."""

    def __init__(self, connection: sqlite3.Connection, table: str, total: int, progress: Progress,
                 copying: bool = False) -> None:
        self.connection, self.table, self.progress = connection, table, progress
        self.copying = copying
        self.total = max(1, total)
        self.seen = 0
        self.stored = 0
        self.pending: list[tuple[int, int, int, bytes]] = []

    def add(self, zoom: int, column: int, row: int, data: bytes | None) -> None:
        self.seen += 1
        if data is not None:
            self.pending.append((zoom, column, row, data))
            self.stored += 1
        if len(self.pending) >= _BATCH:
            self.flush()
        if self.seen % _REPORT_EVERY == 0 or self.seen == self.total:
            self.tell()

    def tell(self) -> None:
        text = (arg(Import.tr("Copying tiles (%1 of %2)"), self.seen, self.total) if self.copying
                else arg(Import.tr("Making map tiles (%1 of %2)"), self.seen, self.total))
        if not self.progress(min(1.0, self.seen / self.total), text):
            raise ImportCancelled()

    def flush(self) -> None:
        if self.pending:
            tiles.insert_tiles(self.connection, self.table, self.pending)
            self.pending = []


def _warp_deepest(source, crs, plan: _Plan, colours: _Colours,  # type: ignore[no-untyped-def]
                  writer: _Writer) -> None:
    """Write the deepest level, each tile read through a warped view aligned to the tile grid."""
    from cosafe.io.safe_raster import CACHE_MB, rasterio

    zoom = plan.max_zoom
    first_column, last_column, first_row, last_row = plan.ranges(zoom)
    span = tiles.tile_span(zoom)
    pixel = span / _SIZE
    grid = rasterio.Affine(pixel, 0, -WORLD_HALF_WIDTH + first_column * span,
                           0, -pixel, WORLD_HALF_WIDTH - first_row * span)
    options = {"src_crs": crs, "crs": "EPSG:3857", "transform": grid, "width": (last_column - first_column + 1) * _SIZE,
               "height": (last_row - first_row + 1) * _SIZE, "resampling": colours.resampling,
               "warp_mem_limit": CACHE_MB}
    if colours.alpha_band is None:
        options["add_alpha"] = True  # nodata, masks and the area outside the raster become transparent
    with rasterio.vrt.WarpedVRT(source, **options) as view:
        alpha_band = view.count if colours.alpha_band is None else colours.alpha_band
        indexes = [*colours.bands, alpha_band]  # one warp gives the colours and the alpha together
        for row in range(first_row, last_row + 1):
            # A strip of up to STRIP_TILES tiles at a time: one warp per strip, not per tile.
            for strip in range(first_column, last_column + 1, STRIP_TILES):
                width = min(STRIP_TILES, last_column + 1 - strip)
                window = rasterio.windows.Window((strip - first_column) * _SIZE, (row - first_row) * _SIZE,
                                                 width * _SIZE, _SIZE)
                data = view.read(indexes, window=window)
                for offset in range(width):
                    part = data[:, :, offset * _SIZE:(offset + 1) * _SIZE]
                    alpha = part[-1]
                    if alpha.dtype != np.uint8:
                        alpha = np.clip(alpha, 0, 255).astype(np.uint8)
                    writer.add(zoom, strip + offset, row,
                               _encode(colours.rgba(part[:-1], alpha), colours.photo))
    writer.flush()


def _build_shallower(plan: _Plan, photo: bool, writer: _Writer) -> None:
    """Draw each level above the deepest from the four tiles below it, read back from the project."""
    from cosafe.store.identifiers import quote

    for zoom in range(plan.max_zoom - 1, plan.min_zoom - 1, -1):
        first_column, last_column, first_row, last_row = plan.ranges(zoom)
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                children = writer.connection.execute(
                    f"SELECT tile_column, tile_row, tile_data FROM {quote(writer.table)} WHERE zoom_level = ? "
                    "AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
                    (zoom + 1, 2 * column, 2 * column + 1, 2 * row, 2 * row + 1)).fetchall()
                data = None
                if children:
                    canvas = Image.new("RGBA", (2 * _SIZE, 2 * _SIZE), (0, 0, 0, 0))
                    for child_column, child_row, child in children:
                        canvas.paste(_decode(child), ((child_column - 2 * column) * _SIZE,
                                                      (child_row - 2 * row) * _SIZE))
                    small = canvas.resize((_SIZE, _SIZE), Image.Resampling.LANCZOS)
                    data = _encode(np.asarray(small), photo)
                writer.add(zoom, column, row, data)
        writer.flush()


def _given_crs(text: str, file_name: str):  # type: ignore[no-untyped-def]
    """The CRS a person gave (EPSG:32737, a PROJ string, WKT); one line when PROJ does not know it."""
    from cosafe.io.safe_raster import rasterio

    try:
        return rasterio.crs.CRS.from_user_input(text)
    except rasterio.errors.CRSError:
        raise BasemapImportError(arg(Import.tr("%1: unknown coordinate reference system %2"), file_name,
                                     repr(text))) from None


def _damaged(file_name: str) -> BasemapImportError:
    return BasemapImportError(arg(Import.tr("%1 is damaged: part of its image cannot be read"), file_name))


def _new_layer(store: ProjectStore, name: str, file_name: str, source_format: str, table: str) -> BasemapLayer:
    return BasemapLayer(
        name=name, kind="tiles", source_name=file_name, source_format=source_format, data_table=table,
        sort_order=store.connection.execute("SELECT coalesce(min(sort_order), 0) - 1 FROM basemap_layers").fetchone()[0],
    )


def _tile_warped(store: ProjectStore, source, file_name: str, name: str, source_format: str,  # type: ignore[no-untyped-def]
                 progress: Progress, crs=None) -> BasemapLayer:
    """Warp an open raster into a new tile table; runs in the caller's transaction."""
    from cosafe.io.safe_raster import rasterio

    crs = crs or source.crs
    plan = _plan(source, crs, file_name)
    try:
        colours = _Colours(source)
    except (rasterio.errors.RasterioError, ValueError, IndexError):
        raise _damaged(file_name) from None
    table = f"basemap_tiles_{uuid.uuid4().hex[:12]}"
    layer = _new_layer(store, name, file_name, source_format, table)
    connection = store.connection
    tiles.create_tile_table(connection, table, range(plan.min_zoom, plan.max_zoom + 1), plan.bounds,
                            f"Raster basemap from {file_name}")
    writer = _Writer(connection, table, plan.total, progress)
    _warp_deepest(source, crs, plan, colours, writer)
    _build_shallower(plan, colours.photo, writer)
    if not writer.stored:
        raise BasemapImportError(arg(Import.tr("%1 has no visible pixels (all of it is nodata or transparent)"),
                                     file_name))
    layer.feature_count = writer.stored
    store.insert(layer)
    return layer


def import_georeferenced_raster(store: ProjectStore, path: str, *, name: str | None = None,
                                progress: Progress | None = None, source_crs: str | None = None) -> BasemapLayer:
    """Place a georeferenced picture (a GeoTIFF) by its georeferencing, as a tile layer; return its record.

    ``source_crs`` is the picture's CRS whatever it declares, or where it declares none
    (a TIFF with a world file and no .prj): the person knows better.
    """
    from cosafe.io.safe_raster import open_raster, raster_env, rasterio

    report = progress or (lambda fraction, text: True)
    file_name = _name(path)
    local_path(path, BasemapImportError)  # a network address or GDAL virtual file system: one line
    if not os.path.isfile(path):
        raise BasemapImportError(arg(Import.tr("%1: no such file"), file_name))
    if not report(0.0, arg(Import.tr("Reading %1", "%1: a file or one of its layers"), file_name)):
        raise ImportCancelled()
    with raster_env(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = open_raster(path, PICTURE_DRIVERS, BasemapImportError)
        except rasterio.errors.RasterioError:
            raise BasemapImportError(arg(Import.tr("%1 cannot be read as an image: it is damaged, or not a GeoTIFF, "
                                                   "PNG or JPEG"), file_name)) from None
        with source:
            crs = _given_crs(source_crs, file_name) if source_crs else None
            if (crs is None and source.crs is None) or source.transform.is_identity:
                raise BasemapImportError(arg(Import.tr("%1 has no georeferencing: place it on the map by control "
                                                       "points instead"), file_name))
            title = name or os.path.splitext(file_name)[0]
            kind = "GeoTIFF" if source.driver == "GTiff" else source.driver
            try:
                with store.atomic():
                    return _tile_warped(store, source, file_name, title, kind, report, crs)
            except rasterio.errors.RasterioError:
                raise _damaged(file_name) from None


# -- raster GeoPackages ---------------------------------------------------------------------


def raster_only_geopackage(path: str) -> bool:
    """True for a GeoPackage that holds map tiles or gridded data and no feature table.

    Read with Python's sqlite3, read-only; a file whose table of contents cannot be read
    is not called raster (the vector import then says what is wrong).
    """
    try:
        connection = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
        try:
            with schema_guard.time_limit(connection):
                kinds = {str(row[0]).lower() for row in
                         connection.execute("SELECT DISTINCT data_type FROM gpkg_contents")}
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return "features" not in kinds and bool(kinds & {"tiles", "2d-gridded-coverage"})


@dataclass(frozen=True)
class _TileTable:
    table: str
    identifier: str
    standard: bool  # on the standard Web Mercator grid: copied as it is


def _standard_grid(connection: sqlite3.Connection, table: str) -> bool:
    """Is ``table`` tiled on the web's grid: EPSG:3857, the whole world, 256 px, 2^z × 2^z at zoom z?"""
    found = connection.execute(
        "SELECT s.organization, s.organization_coordsys_id, m.min_x, m.min_y, m.max_x, m.max_y "
        "FROM gpkg_tile_matrix_set m JOIN gpkg_spatial_ref_sys s ON s.srs_id = m.srs_id WHERE m.table_name = ?",
        (table,)).fetchone()
    if found is None or str(found[0]).upper() != "EPSG" or found[1] != 3857:
        return False
    if any(abs(abs(float(v)) - WORLD_HALF_WIDTH) > 1.0 for v in found[2:]):
        return False
    matrices = connection.execute(
        "SELECT zoom_level, matrix_width, matrix_height, tile_width, tile_height FROM gpkg_tile_matrix "
        "WHERE table_name = ?", (table,)).fetchall()
    return bool(matrices) and all(
        0 <= zoom <= 30 and width == height == (1 << zoom) and tile_width == tile_height == _SIZE
        for zoom, width, height, tile_width, tile_height in matrices)


def _tile_tables(path: str) -> list[_TileTable]:
    """The tile tables of a raster GeoPackage, each checked a plain table; one line otherwise."""
    file_name = _name(path)
    try:
        connection = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
    except sqlite3.Error:
        raise BasemapImportError(arg(Import.tr("%1 is damaged: its tables cannot be read"), file_name)) from None
    try:
        with schema_guard.time_limit(connection):
            rows = connection.execute("SELECT table_name, coalesce(identifier, table_name), data_type "
                                      "FROM gpkg_contents ORDER BY table_name").fetchall()
            found = []
            for table, identifier, data_type in rows:
                if str(data_type).lower() != "tiles":
                    continue
                if not tiles.is_tile_table(connection, table):
                    raise BasemapImportError(arg(Import.tr("%1 is refused: its tiles %2 are not a plain table "
                                                           "(CoSafe reads no view it does not know)"),
                                                 file_name, repr(str(table))))
                found.append(_TileTable(str(table), str(identifier), _standard_grid(connection, table)))
    except sqlite3.DatabaseError as error:
        if schema_guard.was_interrupted(error):
            raise BasemapImportError(arg(Import.tr("%1 took too long to read, so it was refused"), file_name)) from None
        raise BasemapImportError(arg(Import.tr("%1 is damaged: its tables cannot be read"), file_name)) from None
    finally:
        connection.close()
    if not found:
        raise BasemapImportError(arg(Import.tr("%1 holds gridded values (such as elevations), not a map picture; "
                                               "CoSafe imports map tiles and images"), file_name))
    return found


def _copy_standard(store: ProjectStore, path: str, tile_table: _TileTable, name: str,
                   progress: Progress) -> BasemapLayer:
    """Copy the tiles of a table on the standard grid into a new tile table; in the caller's transaction."""
    from cosafe.io.mbtiles_import import _image_format
    from cosafe.store.identifiers import quote

    file_name = _name(path)
    source = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
    try:
        try:
            with schema_guard.time_limit(source):
                zooms = [z for (z,) in source.execute(
                    f"SELECT DISTINCT zoom_level FROM {quote(tile_table.table)} ORDER BY zoom_level")]
                if not zooms:
                    raise BasemapImportError(arg(Import.tr("%1 has no tiles"), file_name))
                total = source.execute(f"SELECT count(*) FROM {quote(tile_table.table)}").fetchone()[0]
                high = zooms[-1]
                columns_rows = source.execute(
                    f"SELECT min(tile_column), max(tile_column), min(tile_row), max(tile_row) "
                    f"FROM {quote(tile_table.table)} WHERE zoom_level = ?", (high,)).fetchone()
            min_x, _, _, max_y = tiles.tile_bounds(high, columns_rows[0], columns_rows[2])
            _, min_y, max_x, _ = tiles.tile_bounds(high, columns_rows[1], columns_rows[3])
            bounds = (min_x, min_y, max_x, max_y)
            # GDAL writes only the deepest level unless asked for more: the levels above it, down
            # to the one where the whole map fits in a tile, are drawn from it as for a GeoTIFF.
            above = _Plan(min(zooms[0], _fitting_zoom(bounds)), zooms[0], bounds)
            table = f"basemap_tiles_{uuid.uuid4().hex[:12]}"
            layer = _new_layer(store, name, file_name, "GeoPackage", table)
            connection = store.connection
            tiles.create_tile_table(connection, table, set(zooms) | set(range(above.min_zoom, above.max_zoom)),
                                    bounds, f"Raster basemap from {file_name}")
            writer = _Writer(connection, table, total + above.total - above.count(above.max_zoom), progress,
                             copying=True)
            photo = False
            has_webp = False
            with schema_guard.time_limit(source):
                cursor = source.execute(f"SELECT zoom_level, tile_column, tile_row, tile_data "
                                        f"FROM {quote(tile_table.table)}")
            while True:
                with schema_guard.time_limit(source):
                    batch = cursor.fetchmany(500)
                if not batch:
                    break
                for zoom, column, row, data in batch:
                    data = bytes(data) if isinstance(data, (bytes, memoryview)) else b""
                    kind = _image_format(data[:16])
                    if kind is None:
                        raise BasemapImportError(arg(Import.tr("%1 has a tile that is not a PNG, JPEG or WebP "
                                                               "image"), file_name))
                    has_webp = has_webp or kind == "webp"
                    photo = photo or kind == "jpeg"
                    writer.add(zoom, column, row, data)
            writer.flush()
            _build_shallower(above, photo, writer)
        except sqlite3.DatabaseError as error:
            if schema_guard.was_interrupted(error):
                raise BasemapImportError(arg(Import.tr("%1 took too long to read, so it was refused"),
                                             file_name)) from None
            raise BasemapImportError(arg(Import.tr("%1 is damaged: its tiles cannot be read"), file_name)) from None
    finally:
        source.close()
    if has_webp:
        tiles.register_webp(store.connection, table)
    layer.feature_count = writer.stored
    store.insert(layer)
    return layer


def import_raster_geopackage(store: ProjectStore, path: str, *, name: str | None = None,
                             progress: Progress | None = None) -> list[BasemapLayer]:
    """Import every tile table of a raster GeoPackage as a tile layer; return their records."""
    from cosafe.io.safe_raster import open_raster, raster_env, rasterio

    report = progress or (lambda fraction, text: True)
    file_name = _name(path)
    local_path(path, BasemapImportError)  # a network address or GDAL virtual file system: one line
    if not os.path.isfile(path):
        raise BasemapImportError(arg(Import.tr("%1: no such file"), file_name))
    found = _tile_tables(path)
    title = name or os.path.splitext(file_name)[0]
    layers: list[BasemapLayer] = []
    with store.atomic():
        for index, tile_table in enumerate(found):
            layer_name = title if len(found) == 1 else f"{title} – {tile_table.identifier}"

            def part(fraction: float, text: str, index: int = index) -> bool:
                return report((index + fraction) / len(found), text)

            if tile_table.standard:
                layers.append(_copy_standard(store, path, tile_table, layer_name, part))
                continue
            with raster_env(), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    source = open_raster(path, {"GPKG"}, BasemapImportError, TABLE=tile_table.table)
                except rasterio.errors.RasterioError:
                    raise BasemapImportError(arg(Import.tr("%1 is damaged: its tiles cannot be read"),
                                                 file_name)) from None
                with source:
                    if source.crs is None:
                        raise BasemapImportError(arg(Import.tr("%1 has no coordinate reference system for its "
                                                               "tiles"), file_name))
                    try:
                        layers.append(_tile_warped(store, source, file_name, layer_name, "GeoPackage", part))
                    except rasterio.errors.RasterioError:
                        raise _damaged(file_name) from None
    return layers


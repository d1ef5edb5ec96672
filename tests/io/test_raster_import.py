"""GeoTIFFs and raster GeoPackages placed by their georeferencing, stored as GeoPackage tiles (issue 16)."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import subprocess
import tracemalloc

import numpy as np
import pytest
import raster_files
from checks import validate_gpkg
from PIL import Image
from pyproj import Transformer

from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import source_kind
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.io.raster_import import (
    import_georeferenced_raster,
    import_raster_geopackage,
    is_georeferenced,
    zoom_for_resolution,
)
from cosafe.store import tiles
from cosafe.store.project_store import ProjectStore


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _tile(store, layer, zoom, column, row) -> Image.Image | None:
    found = store.connection.execute(
        f'SELECT tile_data FROM "{layer.data_table}" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
        (zoom, column, row)).fetchone()
    return Image.open(io.BytesIO(found[0])).convert("RGBA") if found else None


def _levels(store, layer) -> dict[int, int]:
    return dict(store.connection.execute(
        f'SELECT zoom_level, count(*) FROM "{layer.data_table}" GROUP BY zoom_level').fetchall())


def test_a_geotiff_is_placed_by_its_georeferencing_without_control_points(store, tmp_path):
    path = raster_files.grid_geotiff(tmp_path / "aerial.tif")
    assert source_kind(str(path)) == "georeferenced"
    layer = import_georeferenced_raster(store, str(path))
    assert (layer.kind, layer.name, layer.source_format) == ("tiles", "aerial", "GeoTIFF")
    assert store.get(BasemapLayer, layer.uuid).data_table == layer.data_table
    zoom, column, row = raster_files.ZOOM, raster_files.COLUMN, raster_files.ROW
    # Its pixel is zoom 16's; the whole raster fits in one tile at zoom 15.
    assert _levels(store, layer) == {15: 1, 16: 3}  # the nodata quarter is no tile at all
    assert layer.feature_count == 4
    for (dx, dy), colour in (((0, 0), raster_files.RED), ((1, 0), raster_files.GREEN), ((0, 1), raster_files.BLUE)):
        image = _tile(store, layer, zoom, column + dx, row + dy)
        pixel = image.getpixel((128, 128))  # opaque tiles of a photograph are JPEG: a unit or two off
        assert pixel[3] == 255 and max(abs(a - b) for a, b in zip(pixel, colour)) <= 3, (dx, dy)
    assert _tile(store, layer, zoom, column + 1, row + 1) is None
    parent = _tile(store, layer, zoom - 1, column // 2, row // 2)
    assert max(abs(a - b) for a, b in zip(parent.getpixel((64, 64)), (*raster_files.RED, 255))) <= 3
    assert max(abs(a - b) for a, b in zip(parent.getpixel((192, 64)), (*raster_files.GREEN, 255))) <= 3
    assert parent.getpixel((192, 192))[3] == 0  # nodata stays transparent


def test_a_utm_geotiff_is_warped_to_web_mercator_at_its_own_resolution(project_path, tmp_path):
    path = raster_files.utm_geotiff(tmp_path / "ortho.tif", size=400, pixel=1.0)
    with ProjectStore.open(str(project_path)) as store:
        layer = import_georeferenced_raster(store, str(path))
        levels = _levels(store, layer)
        extent = store.connection.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                                          (layer.data_table,)).fetchone()
        assert store.check() == []
    # 1 m in UTM near 37.8° N is 1.27 m of Web Mercator: zoom 17 (1.19 m a pixel).
    assert max(levels) == 17 == zoom_for_resolution(1.27)
    assert min(levels) == 16  # 400 m × 1.27 fits in a zoom-16 tile (611 m)
    # The extent is the raster's: 565000–565400 E, 4185600–4186000 N in UTM 10N (Oakland).
    to_mercator = Transformer.from_crs(32610, 3857, always_xy=True)
    xs, ys = to_mercator.transform([565000, 565400, 565000, 565400], [4185600, 4185600, 4186000, 4186000])
    assert extent == pytest.approx((min(xs), min(ys), max(xs), max(ys)), abs=3)
    assert validate_gpkg(project_path) == []
    if shutil.which("gdalinfo"):
        result = subprocess.run(["gdalinfo", "-oo", f"TABLE={layer.data_table}", str(project_path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "Pixel Size = (1.1943" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("options, pixel_check", [
    ({"count": 1, "palette": True}, lambda rgba: rgba[1] == 255 - rgba[0] and rgba[2] == 128),
    ({"count": 1, "dtype": "uint16"}, lambda rgba: rgba[0] == rgba[1] == rgba[2]),
    ({"count": 3, "dtype": "float32"}, lambda rgba: rgba[0] == rgba[1] == rgba[2]),
], ids=["palette", "uint16-grey", "float-rgb"])
def test_palettes_and_other_than_8_bit_data_become_colours(store, tmp_path, options, pixel_check):
    path = raster_files.utm_geotiff(tmp_path / "scan.tif", size=200, **options)
    layer = import_georeferenced_raster(store, str(path))
    zoom = max(_levels(store, layer))
    column, row, data = store.connection.execute(
        f'SELECT tile_column, tile_row, tile_data FROM "{layer.data_table}" WHERE zoom_level = ? LIMIT 1',
        (zoom,)).fetchone()
    image = Image.open(io.BytesIO(data)).convert("RGBA")
    opaque = [pixel for pixel in np.asarray(image).reshape(-1, 4).tolist() if pixel[3] == 255]
    assert opaque and all(pixel_check(pixel) for pixel in opaque[:500])
    assert len({tuple(pixel[:3]) for pixel in opaque}) > 10  # a gradient, not one flat colour


def test_a_tiff_without_georeferencing_still_goes_to_the_paper_map_flow(tmp_path, store):
    path = raster_files.plain_tiff(tmp_path / "scan.tif")
    assert not is_georeferenced(str(path))
    assert source_kind(str(path)) == "image"
    with pytest.raises(BasemapImportError, match="has no georeferencing: place it on the map by control points"):
        import_georeferenced_raster(store, str(path))


def test_a_crs_proj_cannot_use_is_one_line_and_changes_nothing(project_path, tmp_path):
    path = raster_files.utm_geotiff(tmp_path / "site.tif", size=50,
                                    crs='LOCAL_CS["site grid",UNIT["metre",1]]')
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_georeferenced_raster(store, str(path))
    text = str(raised.value)
    assert text.startswith("site.tif is georeferenced in a coordinate reference system CoSafe cannot convert")
    assert "\n" not in text and str(tmp_path) not in text
    assert _digest(project_path) == before


@pytest.mark.parametrize("cut", [0.05, 0.6], ids=["header-cut", "image-cut"])
def test_a_truncated_geotiff_is_one_line_and_changes_nothing(project_path, tmp_path, cut):
    path = raster_files.utm_geotiff(tmp_path / "cut.tif", size=600)
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * cut)])
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_georeferenced_raster(store, str(path))
    assert str(raised.value).startswith("cut.tif ") and "\n" not in str(raised.value)
    assert str(tmp_path) not in str(raised.value)
    assert _digest(project_path) == before


def test_cancel_leaves_the_project_unchanged(project_path, tmp_path):
    path = raster_files.utm_geotiff(tmp_path / "ortho.tif", size=400)
    before = _digest(project_path)
    seen = []

    def progress(fraction: float, text: str) -> bool:
        seen.append(text)
        return len(seen) < 3

    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(ImportCancelled):
            import_georeferenced_raster(store, str(path), progress=progress)
    assert any(text.startswith("Making map tiles (") for text in seen)
    assert _digest(project_path) == before


def test_the_raster_is_read_a_window_at_a_time(store, tmp_path):
    """Python never holds the image whole: what numpy allocates at once stays far below it."""
    path = raster_files.utm_geotiff(tmp_path / "big.tif", size=2000)  # 12 MB of pixels
    tracemalloc.start()
    try:
        import_georeferenced_raster(store, str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2000 * 2000 * 3 / 4


def test_a_raster_geopackage_on_the_web_grid_is_copied_tile_for_tile(store, tmp_path):
    path = raster_files.raster_geopackage(tmp_path / "offline.gpkg", raster_files.utm_geotiff(tmp_path / "o.tif"),
                                          google=True)
    assert source_kind(str(path)) == "raster_geopackage"
    [layer] = import_raster_geopackage(store, str(path))
    assert (layer.kind, layer.name, layer.source_format) == ("tiles", "offline", "GeoPackage")
    with sqlite3.connect(path) as source:
        original = dict(((z, c, r), bytes(d)) for z, c, r, d in source.execute(
            "SELECT zoom_level, tile_column, tile_row, tile_data FROM offline"))
    copied = dict(((z, c, r), bytes(d)) for z, c, r, d in store.connection.execute(
        f'SELECT zoom_level, tile_column, tile_row, tile_data FROM "{layer.data_table}"'))
    deepest = max(z for z, _, _ in original)
    assert {key: data for key, data in copied.items() if key[0] == deepest} == original
    # The levels GDAL did not write, down to the one where the map fits in a tile, are drawn from it.
    assert min(z for z, _, _ in copied) == 15 and layer.feature_count == len(copied)


def test_a_raster_geopackage_in_another_grid_is_warped(store, tmp_path):
    path = raster_files.raster_geopackage(tmp_path / "survey.gpkg", raster_files.utm_geotiff(tmp_path / "s.tif"),
                                          google=False)
    [layer] = import_raster_geopackage(store, str(path))
    assert layer.kind == "tiles" and max(_levels(store, layer)) == 17
    assert validate_gpkg(store.path) == []


def test_a_geopackage_of_elevations_is_refused_in_one_line(project_path, tmp_path):
    path = raster_files.elevation_geopackage(tmp_path / "dem.gpkg")
    assert source_kind(str(path)) == "raster_geopackage"
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match="^dem.gpkg holds gridded values"):
            import_raster_geopackage(store, str(path))
    assert _digest(project_path) == before


def test_a_raster_geopackage_whose_tiles_are_a_view_is_refused(store, tmp_path):
    path = raster_files.raster_geopackage(tmp_path / "view.gpkg", raster_files.utm_geotiff(tmp_path / "v.tif"),
                                          google=True)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE view RENAME TO real_tiles")
        connection.execute("CREATE VIEW view AS SELECT * FROM real_tiles")
    with pytest.raises(BasemapImportError, match="are not a plain table"):
        import_raster_geopackage(store, str(path))


def test_tiles_rows_read_back_where_they_were_written(store, tmp_path):
    """The tile grid helpers and the import agree on rows counted from the top."""
    path = raster_files.grid_geotiff(tmp_path / "grid.tif")
    layer = import_georeferenced_raster(store, str(path))
    west, south, east, north = tiles.tile_bounds(raster_files.ZOOM, raster_files.COLUMN, raster_files.ROW)
    found = list(tiles.tiles_in(store.connection, layer.data_table, raster_files.ZOOM,
                                (west + 1, south + 1, east - 1, north - 1)))
    assert [(column, row) for column, row, _ in found] == [(raster_files.COLUMN, raster_files.ROW)]


def test_bounds_proj_cannot_convert_are_one_line_not_a_traceback(project_path, tmp_path):
    """A raster whose extent lies mostly outside its CRS's range (one pixel of 5,566 degrees: how
    GDAL reads a real tile GeoPackage whose contents say EPSG:4326 and whose tile grid is Web
    Mercator) made GDAL's own error escape as a traceback."""
    path = tmp_path / "world.tif"
    with raster_files.raster_env(), raster_files.rasterio.open(
            path, "w", driver="GTiff", width=1, height=1, count=3, dtype="uint8", crs="EPSG:4326",
            transform=raster_files.rasterio.Affine(5565.97, 0, -180, 0, -5565.97, 85.05)) as target:
        target.write(np.full((3, 1, 1), 100, np.uint8))
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_georeferenced_raster(store, str(path))
    text = str(raised.value)
    assert text.startswith("world.tif is georeferenced in a coordinate reference system CoSafe cannot convert")
    assert "\n" not in text and str(tmp_path) not in text
    assert _digest(project_path) == before

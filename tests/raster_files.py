"""Small rasters the tests make: GeoTIFFs and raster GeoPackages, written with rasterio."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cosafe.io.safe_raster import rasterio, raster_env
from cosafe.store import tiles

ZOOM = 16
COLUMN, ROW = 10498, 25330  # a zoom-16 tile over Oakland (GeoPackage rows, from the top)
RED, GREEN, BLUE = (200, 30, 30), (30, 200, 30), (30, 30, 200)


def grid_geotiff(path: Path, crs: str = "EPSG:3857") -> Path:
    """A 512 × 512 px GeoTIFF in Web Mercator covering the 2 × 2 zoom-16 tiles from (COLUMN, ROW)
    exactly: red top left, green top right, blue bottom left, nodata (0) bottom right."""
    data = np.zeros((3, 512, 512), np.uint8)
    for colour, (rows, columns) in zip((RED, GREEN, BLUE), ((slice(0, 256), slice(0, 256)),
                                                            (slice(0, 256), slice(256, 512)),
                                                            (slice(256, 512), slice(0, 256)))):
        for band, value in enumerate(colour):
            data[band, rows, columns] = value
    west, _, _, north = tiles.tile_bounds(ZOOM, COLUMN, ROW)
    pixel = tiles.tile_span(ZOOM) / 256
    with raster_env(), rasterio.open(path, "w", driver="GTiff", width=512, height=512, count=3, dtype="uint8",
                                     crs=crs, transform=rasterio.Affine(pixel, 0, west, 0, -pixel, north), nodata=0,
                                     tiled=True, blockxsize=256, blockysize=256) as target:
        target.write(data)
    return path


def utm_geotiff(path: Path, size: int = 400, pixel: float = 1.0, count: int = 3, dtype: str = "uint8",
                crs: str = "EPSG:32610", palette: bool = False) -> Path:
    """A ``size`` × ``size`` GeoTIFF in UTM 10N (Oakland), ``pixel`` metres a pixel, with a gradient."""
    ramp = (np.arange(size)[None, :] + np.arange(size)[:, None]) % 250 + 1
    data = np.stack([ramp] * count).astype(dtype)
    if dtype != "uint8":
        data = data * 100
    profile = {"driver": "GTiff", "width": size, "height": size, "count": count, "dtype": dtype, "crs": crs,
               "transform": rasterio.Affine(pixel, 0, 565000, 0, -pixel, 4186000), "tiled": True}
    with raster_env(), rasterio.open(path, "w", **profile) as target:
        target.write(data)
        if palette:
            target.write_colormap(1, {value: (value, 255 - value, 128, 255) for value in range(256)})
    return path


def tiff_with_world_file(path: Path) -> Path:
    """A TIFF placed by a world file (.tfw) in UTM 10N metres, with no CRS anywhere: as a city's
    GIS office often hands out an orthophoto."""
    from PIL import Image

    Image.new("RGB", (200, 200), (120, 140, 90)).save(path, "TIFF")
    path.with_suffix(".tfw").write_text("1.0\n0.0\n0.0\n-1.0\n565000.5\n4185999.5\n")
    return path


def plain_tiff(path: Path) -> Path:
    """A TIFF without georeferencing: a scan of a paper map."""
    from PIL import Image

    Image.new("RGB", (64, 48), (240, 230, 200)).save(path, "TIFF")
    return path


def raster_geopackage(path: Path, source: Path, google: bool) -> Path:
    """``source`` copied into a raster GeoPackage (GDAL's CreateCopy): on the standard web grid
    when ``google``, else in its own CRS and tiling (GDAL's default)."""
    import rasterio.shutil

    options = {"TILING_SCHEME": "GoogleMapsCompatible", "ZOOM_LEVEL_STRATEGY": "UPPER"} if google else {}
    with raster_env():
        rasterio.shutil.copy(str(source), str(path), driver="GPKG", **options)
    return path


def elevation_geopackage(path: Path) -> Path:
    """A GeoPackage of gridded values (float elevations): no map picture."""
    with raster_env(), rasterio.open(path, "w", driver="GPKG", width=64, height=64, count=1, dtype="float32",
                                     crs="EPSG:32610",
                                     transform=rasterio.Affine(10, 0, 565000, 0, -10, 4186000)) as target:
        target.write(np.linspace(0, 100, 64 * 64, dtype=np.float32).reshape(1, 64, 64))
    return path



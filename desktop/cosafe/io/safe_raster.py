"""GDAL's raster side (rasterio) as CoSafe lets it run: local files, a few formats, no network.

Why rasterio: its wheels carry their own GDAL and PROJ, so it installs from the package
index like pyogrio (no compiler, no system GDAL of another version), and it reads
windows and warps them, which a georeferenced image of gigabytes needs. Importing it
costs about 0.16 s, so only the raster importers import this module, when a raster is
imported; nothing at start-up does.

Contract:
- ``open_raster(path, drivers, error, **options)`` opens a local file with one of
  ``drivers`` (a subset of ``ALLOWED_DRIVERS``; GDAL tries no other), inside
  ``raster_env()``; a path GDAL would read as a network address or virtual file system
  raises ``error`` with one line (``safe_gdal.local_path``).
- ``raster_env()`` is the GDAL configuration every raster read runs in: every network
  file system and HTTP request fails without a connection (the same options as
  ``safe_gdal``), PROJ downloads no grid, and GDAL's block cache is bounded
  (``CACHE_MB``), so reading a large image windowed keeps memory bounded.
CoSafe's modules use rasterio from here, never their own import of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pyproj.network
import rasterio
import rasterio.crs
import rasterio.enums
import rasterio.errors
import rasterio.io
import rasterio.vrt
import rasterio.warp
import rasterio.windows
from rasterio._err import CPLE_BaseError as GDALError  # GDAL's own errors, as rasterio raises them unwrapped

from cosafe.io.safe_gdal import _NETWORK_OFF, local_path

__all__ = ["ALLOWED_DRIVERS", "CACHE_MB", "GDALError", "open_raster", "raster_env", "rasterio"]

# GeoTIFF (with its world file and .aux.xml), raster GeoPackages, and PNG/JPEG placed by a
# world file and a CRS beside them. No VRT, no web service, nothing that opens other files.
ALLOWED_DRIVERS = frozenset({"GTiff", "GPKG", "PNG", "JPEG"})
CACHE_MB = 64  # GDAL's block cache: what a windowed warp keeps of the source at most


@contextlib.contextmanager
def raster_env() -> Iterator[None]:
    """GDAL configured for CoSafe's raster reads (see the module's contract)."""
    pyproj.network.set_network_enabled(False)
    with rasterio.Env(GDAL_CACHEMAX=CACHE_MB, CHECK_DISK_FREE_SPACE="NO", **_NETWORK_OFF):
        yield


def open_raster(path: str, drivers: frozenset[str] | set[str], error: type[Exception],
                **options: str) -> rasterio.io.DatasetReader:
    """Open ``path`` read-only with one of ``drivers``; the caller runs inside ``raster_env()``."""
    allowed = sorted(set(drivers) & ALLOWED_DRIVERS)
    if not allowed:
        raise ValueError(f"no allowed raster driver among {sorted(drivers)}")
    absolute = local_path(path, error)
    failure: rasterio.errors.RasterioError | None = None
    # rasterio.open takes one driver name: GDAL is offered each allowed driver alone, in turn.
    for driver in allowed:
        try:
            return rasterio.open(absolute, driver=driver, **options)
        except rasterio.errors.RasterioError as refused:
            failure = refused
    assert failure is not None
    raise failure

"""GDAL as CoSafe lets it run: local files of the formats CoSafe reads, and no network.

Contract:
- Importing this module configures GDAL (pyogrio's library) for the whole process,
  before CoSafe's first GDAL call, and says so with ``configured()``:
  * every network file system of GDAL (/vsicurl/, /vsicurl_streaming/, /vsis3/, /vsigs/,
    /vsiaz/, /vsiadls/, /vsioss/, /vsiswift/, /vsiwebhdfs/, …) and every HTTP request a
    driver makes (a GeoJSON "crs" link, say) fails without opening a connection;
  * PROJ — GDAL's copy and pyproj's (``safe_proj``) — never downloads a grid;
  * every vector driver outside ``ALLOWED_DRIVERS`` is deregistered, so GDAL cannot open a
    virtual layer (VRT), a GDAL pipeline (GDALG), a web service or any other format that
    reads other files or addresses, whatever a file is named.
  CoSafe's modules use ``pyogrio`` from here, never their own import of it (a test keeps it
  so): importing GDAL any other way would skip the configuration.
- ``local_path(path, error)`` (from ``local_files``) is the absolute path to hand GDAL; a path GDAL would read as a
  virtual file system (/vsi…) or a network address (``scheme://``) raises ``error`` with one
  line.
"""

from __future__ import annotations

import os
import sys

# pyogrio loads pyproj when it can, for its GeoDataFrame functions, which CoSafe does not use
# (it reads and writes through ``pyogrio.raw``): keep it from doing so, so that reading a file
# in longitude/latitude loads no PROJ (``safe_proj``). Only while pyogrio loads.
_HIDE_PYPROJ = "pyproj" not in sys.modules
if _HIDE_PYPROJ:
    sys.modules["pyproj"] = None  # type: ignore[assignment]  # "import pyproj" raises ImportError
try:
    import pyogrio
    import pyogrio.errors
    import pyogrio.raw
finally:
    if _HIDE_PYPROJ:
        del sys.modules["pyproj"]

from cosafe.io import safe_proj
from cosafe.io.local_files import local_path

__all__ = ["ALLOWED_DRIVERS", "configured", "local_path", "pyogrio"]

# The vector formats CoSafe's importers read (see vector_kind.SUPPORTED_FORMATS) and its
# exports write. KML is GDAL's own reader, LIBKML Google's (it also reads KMZ); GDAL picks
# LIBKML when it has it. TopoJSON and GeoJSONSeq (newline-delimited GeoJSON, RFC 8142
# sequences) are GeoJSON's relatives: neither opens another file or address. MBTiles reads
# vector MBTiles (``vector_tiles_import``), only once ``mbtiles_import.open_mbtiles`` has
# checked the file; GDAL's MBTiles driver opens nothing without the SQLite driver and decodes
# each tile with the MVT driver. ``vector_kind`` refuses every SQLite file that is not a
# GeoPackage, and every binary file it does not know, before GDAL sees it, so no other import
# reaches these three. OpenFileGDB reads Esri's File Geodatabase (a folder of tables; GDAL's
# own reader, which opens nothing outside that folder).
# GML is read with its own schema (.xsd, .gfs) beside it; the links a GML file may hold to
# other documents (xlink:href, a WFS schema address) are not followed (options below).
# "MapInfo File" reads a MIF/MID pair or a TAB file's .dat/.map/.id parts; ``vector_kind``
# lets through only a TAB of its own data (NATIVE), never one that reads other tables.
ALLOWED_DRIVERS = frozenset({"OSM", "GeoJSON", "GeoJSONSeq", "TopoJSON", "GPKG", "ESRI Shapefile", "KML", "LIBKML",
                             "GPX", "FlatGeobuf", "CSV", "MBTiles", "SQLite", "MVT", "OpenFileGDB", "GML",
                             "MapInfo File"})

# A proxy URL with a scheme curl does not know: curl refuses every request before it looks
# a name up or opens a socket. A real but closed port would still be a connection attempt.
_NO_PROXY_HERE = "cosafe-network-disabled://nowhere.invalid"

_NETWORK_OFF = {
    # /vsicurl/ and every file system built on it (S3, GS, Azure, OSS, Swift, WebHDFS, the
    # streaming variants, the HTTP driver) treat only this name as existing on a server, and
    # it is not a name any of them can be given: they refuse all others without a request.
    "CPL_VSIL_CURL_ALLOWED_FILENAME": "/vsicurl/cosafe-network-disabled.invalid",
    # What the line above does not cover (Swift's folder listing, drivers' own HTTP fetches
    # such as a GeoJSON crs link or a KML style URL) goes through this proxy, which fails.
    "GDAL_HTTP_PROXY": _NO_PROXY_HERE,
    "GDAL_HTTPS_PROXY": _NO_PROXY_HERE,
    "GDAL_HTTP_MAX_RETRY": "0",
    # SQL functions of the GeoPackage and SQLite drivers that open other datasets.
    "OGR_SQLITE_ALLOW_EXTERNAL_ACCESS": "NO",
    # PROJ inside GDAL fetches transformation grids from cdn.proj.org when this is on.
    "PROJ_NETWORK": "OFF",
    # GML: no download of the schema a WFS answer names, no resolving of xlink:href to other
    # documents (GDAL's defaults, stated so that no environment changes them).
    "GML_DOWNLOAD_WFS_SCHEMA": "NO",
    "GML_SKIP_RESOLVE_ELEMS": "ALL",
}

_configured = False


def _configure() -> None:
    """Switch GDAL's and PROJ's network off and deregister the drivers CoSafe does not read.

    Config options set here take precedence over the environment and GDAL's config files,
    so a GDAL_SKIP or CPL_VSIL_CURL_ALLOWED_FILENAME set by the user cannot undo them.
    """
    global _configured
    # curl skips the proxy for hosts listed in no_proxy (``*`` means every host): a leftover
    # no_proxy would let a driver's HTTP request through. Nothing in CoSafe uses a proxy.
    for name in ("no_proxy", "NO_PROXY"):
        os.environ.pop(name, None)
    options: dict[str, str | None] = dict(_NETWORK_OFF)
    # GDAL_SKIP takes a comma-separated list when a name holds a space ("MapInfo File").
    options["GDAL_SKIP"] = ",".join(sorted(set(pyogrio.list_drivers()) - ALLOWED_DRIVERS))
    pyogrio.set_gdal_config_options(options)
    # GDALAllRegister applies GDAL_SKIP each time it runs; pyogrio ran it when it was first
    # imported, perhaps before this module, so run it again to drop the skipped drivers.
    from pyogrio import _ogr

    _ogr._register_drivers()
    safe_proj.offline_if_loaded()  # and ``safe_proj.proj()`` when an import first needs pyproj
    _configured = True


def configured() -> bool:
    """True once GDAL's network is off and only ``ALLOWED_DRIVERS`` remain registered."""
    return _configured and set(pyogrio.list_drivers()) <= ALLOWED_DRIVERS


_configure()

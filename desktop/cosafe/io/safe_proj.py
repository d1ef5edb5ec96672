"""pyproj as CoSafe lets it run: it never downloads a transformation grid.

Contract: importing this module (cheap: it loads no pyproj) sets ``PROJ_NETWORK=OFF`` for every
PROJ context made afterwards in this process; ``proj()`` loads pyproj, switches its network off
and returns the module. CoSafe's readers reach pyproj through ``proj()``, and only when a file
needs a coordinate reference system parsed or converted, so a file in longitude/latitude (and
every OSM extract) imports without loading PROJ at all.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

os.environ["PROJ_NETWORK"] = "OFF"  # PROJ reads it when a context is made: one made later stays offline too

# Texts a layer's CRS comes as when it is longitude/latitude on WGS 84 already (GDAL's and
# pyogrio's names for it): no conversion, so no need to load PROJ to find that out.
LONLAT_NAMES = frozenset({"EPSG:4326", "OGC:CRS84"})


def is_lonlat(text: str | None) -> bool:
    """True for a CRS text that names WGS 84 longitude/latitude (``LONLAT_NAMES``), told without PROJ."""
    return bool(text) and text.strip().upper() in LONLAT_NAMES


def proj() -> ModuleType:
    """The pyproj module, its network switched off (it may have been loaded elsewhere first)."""
    import pyproj
    import pyproj.exceptions
    import pyproj.network

    pyproj.network.set_network_enabled(False)
    return pyproj


def offline_if_loaded() -> None:
    """Switch pyproj's network off if something already loaded it; otherwise ``proj()`` will."""
    if "pyproj.network" in sys.modules:
        proj()

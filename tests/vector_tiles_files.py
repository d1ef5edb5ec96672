"""A small vector MBTiles file in the OpenMapTiles schema, written by GDAL's own ogr2ogr."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
import pyogrio.raw
import shapely

# Over Oakland: at zoom 14 a tile is about 0.022° wide, so these cross several tiles.
LONG_ROAD = shapely.LineString([(-122.33, 37.800), (-122.27, 37.815)])  # ~5 km: 3–4 tiles at zoom 14
FOOTPATH = shapely.LineString([(-122.305, 37.802), (-122.304, 37.803)])
BIG_PARK = shapely.box(-122.32, 37.795, -122.28, 37.812)  # 2 × 2 tiles or more
LAKE = shapely.box(-122.262, 37.800, -122.255, 37.806)
HALL = shapely.box(-122.2995, 37.8080, -122.2990, 37.8084)
SHED = shapely.box(-122.2985, 37.8080, -122.2983, 37.8082)
TOWN_CENTRE = shapely.Point(-122.30, 37.805)
STOP = shapely.Point(-122.301, 37.806)

LAYERS = {
    # layer: [(shape, class, name, name:latin)]
    "transportation": [(LONG_ROAD, "primary", "Long Road", None), (FOOTPATH, "path", None, None)],
    "park": [(BIG_PARK, "park", "Big Park", None)],
    "water": [(LAKE, "lake", None, "Lacus")],
    "building": [(HALL, None, None, None), (SHED, None, None, None)],
    "place": [(TOWN_CENTRE, "suburb", "Centro", None)],
    "poi": [(STOP, "bus", "Stop 7", None)],
    "housenumber": [(shapely.Point(-122.2992, 37.8082), None, "12", None)],
    "transportation_name": [(LONG_ROAD, "primary", "Long Road", None)],
}


def needs_ogr2ogr() -> None:
    if shutil.which("ogr2ogr") is None:
        pytest.skip("GDAL's ogr2ogr (gdal-bin) writes the vector tiles")


def vector_mbtiles(folder: Path, name: str = "town.mbtiles", min_zoom: int = 12, max_zoom: int = 14) -> Path:
    """The LAYERS written as vector tiles (MBTiles, zooms ``min_zoom``–``max_zoom``) by ogr2ogr."""
    needs_ogr2ogr()
    source = folder / "town_layers.gpkg"
    for layer, rows in LAYERS.items():
        shapes = [shape for shape, *_ in rows]
        fields = [np.array([row[index] for row in rows], dtype=object) for index in (1, 2, 3)]
        pyogrio.raw.write(str(source), np.array(shapely.to_wkb(shapes), dtype=object), fields,
                          ["class", "name", "name:latin"], layer=layer, driver="GPKG",
                          geometry_type=shapes[0].geom_type, crs="EPSG:4326", append=source.exists())
    target = folder / name
    result = subprocess.run(["ogr2ogr", "-f", "MBTiles", str(target), str(source), "-dsco", f"MINZOOM={min_zoom}",
                             "-dsco", f"MAXZOOM={max_zoom}", "-dsco", "NAME=Town"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as connection:
        connection.execute("INSERT INTO metadata VALUES ('attribution', "
                           "'<a href=\"https://openmaptiles.org/\">© OpenMapTiles</a> © OpenStreetMap contributors')")
    return target

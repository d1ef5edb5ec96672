"""Small map files and helpers for the basemap import and Layers panel tests.

Holds no tests (its name only keeps it with the files it serves). Files are made
by hand or with the plain libraries: GeoJSON text, an OSM XML string, an MBTiles
database written with sqlite3, photos and tiles drawn with PIL.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pyogrio.raw
import shapely
from PIL import Image, ImageDraw
from pyproj import Transformer

from cosafe.core.records import BasemapLayer
from cosafe.ui.kit import dialogs

# A few streets near West Oakland (lon, lat).
STREETS = {
    "Market Street": [(-122.3000, 37.8070), (-122.2990, 37.8075), (-122.2980, 37.8078)],
    "Mandela Parkway": [(-122.2995, 37.8060), (-122.2995, 37.8090)],
    "7th Street": [(-122.3010, 37.8065), (-122.2970, 37.8065)],
}

OSM_XML = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
  <node id="1" lat="37.8070" lon="-122.3000"/>
  <node id="2" lat="37.8075" lon="-122.2990"/>
  <node id="3" lat="37.8078" lon="-122.2980"/>
  <node id="4" lat="37.8080" lon="-122.2995"/>
  <node id="5" lat="37.8080" lon="-122.2990"/>
  <node id="6" lat="37.8084" lon="-122.2990"/>
  <node id="7" lat="37.8084" lon="-122.2995"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="primary"/><tag k="name" v="Market Street"/></way>
  <way id="11"><nd ref="4"/><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="4"/><tag k="building" v="yes"/></way>
</osm>
"""


def write_geojson(folder: Path, name: str = "roads.geojson") -> Path:
    features = [{"type": "Feature", "properties": {"name": street},
                 "geometry": {"type": "LineString", "coordinates": [list(point) for point in line]}}
                for street, line in STREETS.items()]
    path = folder / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def write_osm(folder: Path) -> Path:
    path = folder / "west_oakland.osm"
    path.write_text(OSM_XML)
    return path


def write_shapefile_without_prj(folder: Path) -> Path:
    """Building footprints in UTM zone 37S (near Dar es Salaam) with the .prj deleted."""
    to_utm = Transformer.from_crs(4326, 32737, always_xy=True)
    squares = []
    for index in range(3):
        lon, lat = 39.28 + index * 0.001, -6.82
        x, y = to_utm.transform(lon, lat)
        squares.append(shapely.box(x, y, x + 20, y + 15))
    path = folder / "footprints.shp"
    pyogrio.raw.write(str(path), np.array(shapely.to_wkb(squares), dtype=object),
                      [np.array(["a", "b", "c"], dtype=object)], ["name"], driver="ESRI Shapefile",
                      geometry_type="Polygon", crs="EPSG:32737")
    path.with_suffix(".prj").unlink()
    return path


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def write_mbtiles(folder: Path, tiles_per_side: int = 2) -> Path:
    path = folder / "aerial.mbtiles"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                           "tile_data BLOB)")
        connection.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", "Oakland aerial"), ("format", "png"), ("bounds", "-122.31,37.80,-122.29,37.815")])
        connection.executemany("INSERT INTO tiles VALUES (15, ?, ?, ?)", [
            (5250 + x, 20110 + y, _png((40 * x, 40 * y, 120)))
            for x in range(tiles_per_side) for y in range(tiles_per_side)])
    connection.close()
    return path


def write_photo(folder: Path, size: tuple[int, int] = (800, 600)) -> Path:
    """A 'photo' of a paper map: a beige sheet with a few dark streets on it."""
    picture = Image.new("RGB", size, (236, 224, 196))
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.line([(0, height * 0.3), (width, height * 0.35)], fill=(60, 60, 60), width=9)
    draw.line([(width * 0.4, 0), (width * 0.45, height)], fill=(60, 60, 60), width=7)
    draw.rectangle([width * 0.6, height * 0.55, width * 0.8, height * 0.8], fill=(150, 190, 120))
    path = folder / "paper_map.jpg"
    picture.save(path, format="JPEG", quality=85)
    return path


def choose_file(monkeypatch, path: Path | str | None) -> None:
    """Answer File › Import Basemap's file dialog with ``path`` (None: cancelled)."""
    monkeypatch.setattr(dialogs, "ask_basemap_path", lambda _parent, _folder: None if path is None else str(path))


def layers_top_down(window) -> list[BasemapLayer]:
    return window.session.store.list(BasemapLayer, order_by="sort_order DESC, fid DESC")

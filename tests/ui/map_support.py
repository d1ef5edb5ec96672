"""Test data for the map tests: a small street basemap, MBTiles of solid tiles, a placed photo.

Holds no tests; the map test modules import from it.
"""

from __future__ import annotations

import io
import itertools
import math
import sqlite3
from pathlib import Path

import shapely

from PIL import Image
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from shapely.geometry import LineString, Point, Polygon, box

from cosafe.core.georef import ControlPoint
from cosafe.core.records import BasemapLayer
from cosafe.io.image_import import place_image
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.core.projection import point_to_mercator

LON, LAT = -122.30, 37.81  # West Oakland
ROAD_Y = LAT - 0.001  # the major road runs east-west along this latitude
EMPTY = (LON + 0.0035, LAT + 0.003)  # no feature of the street basemap here
BUILDINGS = [box(LON + 0.0005 + i * 0.0004, LAT + 0.0010, LON + 0.0008 + i * 0.0004, LAT + 0.0013) for i in range(12)]
TILE_ZOOM = 15
TILE_COLOUR = (200, 30, 160)  # magenta: no basemap class is anything like it
PHOTO_COLOUR = (30, 90, 200)


def street_features() -> list[BasemapFeature]:
    park = Polygon([(LON - 0.004, LAT + 0.001), (LON - 0.001, LAT + 0.001), (LON - 0.001, LAT + 0.003),
                    (LON - 0.004, LAT + 0.003)],
                   [[(LON - 0.003, LAT + 0.0015), (LON - 0.002, LAT + 0.0015), (LON - 0.002, LAT + 0.0025),
                     (LON - 0.003, LAT + 0.0025)]])
    return [
        BasemapFeature(LineString([(LON - 0.005, ROAD_Y), (LON + 0.005, ROAD_Y)]), "major_road", "Main St",
                       {"highway": "primary", "lanes": "4"}),
        BasemapFeature(LineString([(LON, LAT - 0.004), (LON, LAT + 0.004)]), "minor_road", "Side St"),
        BasemapFeature(LineString([(LON + 0.002, LAT - 0.004), (LON + 0.002, LAT + 0.004)]), "minor_road"),
        BasemapFeature(park, "green", "Park", {"leisure": "park"}),
        BasemapFeature(Point(LON + 0.003, LAT - 0.002), "poi", "Cafe", {"amenity": "cafe"}),
        *[BasemapFeature(b, "building", f"House {i}", {"building": "house", "addr:housenumber": str(i)})
          for i, b in enumerate(BUILDINGS)],
    ]


WINDING_NAMES = ("Mwanzo Lane", "Baraka Road", "Amani Way", "Tumaini Street", "Neema Lane", "Upendo Road",
                 "Faraja Way", "Imani Lane", "Furaha Street", "Maua Road", "Kazi Lane", "Jua Way")


def winding_street_features() -> list[BasemapFeature]:
    """Named streets that never run straight for long, as lanes in an informal settlement or an
    old town do: about 450 m of bends, each 45–65 m round and turning 70–100° before the next
    turns back (no stretch of them is straight for a name at street zoom), in rows 150 m apart,
    every other one running north-south, so the two sets cross."""
    metres = 1 / 111_320  # degrees of latitude per metre
    across = metres / math.cos(math.radians(LAT))  # degrees of longitude per metre
    features = []
    for index, name in enumerate(WINDING_NAMES):
        offset = (index // 2 - 2.5) * 150.0
        x, y, side = -225.0, 0.0, 1 if index % 3 else -1
        turn = math.radians(70 + 6 * (index % 6))
        heading = -side * turn / 2  # the bends swing either side of the street's general direction
        points = [(x, y)]
        for bend in range(7):
            radius = 45.0 + 5 * ((index + bend) % 5)
            for _ in range(round(turn * radius / 3.0)):  # 3 m steps along an arc
                heading += side * 3.0 / radius
                x, y = x + 3.0 * math.cos(heading), y + 3.0 * math.sin(heading)
                points.append((x, y))
            side = -side
        if index % 2:  # north-south
            points = [(LON + (offset + b) * across, LAT + a * metres) for a, b in points]
        else:
            points = [(LON + a * across, LAT + (offset + b) * metres) for a, b in points]
        features.append(BasemapFeature(LineString(points), "minor_road", name, {"highway": "residential"}))
    return features


def street_project(path: Path, **layer_fields) -> tuple[ProjectStore, BasemapLayer]:
    store = ProjectStore.create(str(path), name="streets")
    layer = BasemapLayer(name="streets", kind="vector", attribution="© OSM contributors", **layer_fields)
    basemap.add_vector_layer(store, layer, street_features())
    return store, layer


def tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """(column, top-down row) of the web-map tile holding lon/lat."""
    n = 1 << zoom
    column = int((lon + 180.0) / 360.0 * n)
    row = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return column, row


def png(colour: tuple[int, int, int], size: int = 256) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def make_mbtiles(path: Path, lon: float = LON, lat: float = LAT, zooms: tuple[int, ...] = (TILE_ZOOM,),
                 colour: tuple[int, int, int] = TILE_COLOUR, around: int = 1) -> Path:
    """Raster MBTiles of solid tiles: a (2·around+1)² block around lon/lat at each zoom."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.executemany("INSERT INTO metadata VALUES (?, ?)",
                           [("name", "Aerial"), ("format", "png"), ("attribution", "Test imagery")])
    tile = png(colour)
    for zoom in zooms:
        column, row = tile_of(lon, lat, zoom)
        for dc in range(-around, around + 1):
            for dr in range(-around, around + 1):
                tms_row = (1 << zoom) - 1 - (row + dr)
                connection.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (zoom, column + dc, tms_row, tile))
    connection.commit()
    connection.close()
    return path


def add_tile_layer(store: ProjectStore, folder: Path, **kwargs) -> BasemapLayer:
    return import_mbtiles(store, str(make_mbtiles(folder / "aerial.mbtiles", **kwargs)))


def add_placed_photo(store: ProjectStore, folder: Path, west: float, south: float, east: float, north: float,
                     opacity: float = 0.6, colour: tuple[int, int, int] = PHOTO_COLOUR) -> BasemapLayer:
    """A solid-colour 400×300 JPEG placed by its four corners on a lon/lat box."""
    path = folder / "paper-map.jpg"
    Image.new("RGB", (400, 300), colour).save(path, format="JPEG", quality=95)
    (x0, y1), (x1, y0) = point_to_mercator(west, north), point_to_mercator(east, south)
    corners = [ControlPoint(0, 0, x0, y1), ControlPoint(400, 0, x1, y1), ControlPoint(0, 300, x0, y0),
               ControlPoint(400, 300, x1, y0)]
    return place_image(store, str(path), corners, opacity=opacity)


def screen_pos(canvas, lon: float, lat: float) -> QPoint:
    """Viewport pixel of a lon/lat through pyqtgraph's own mapping (not the canvas helper)."""
    x, y = point_to_mercator(lon, lat)
    scene = canvas.view_box.mapViewToScene(QPointF(x, y))
    return canvas.graphics_view.mapFromScene(scene)


def pixel(canvas, lon: float, lat: float) -> QColor:
    """The colour the canvas shows at lon/lat (a real rendering of the widget)."""
    image: QImage = canvas.grab().toImage()
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    return image.pixelColor(screen_pos(canvas, lon, lat) + offset)


def _colour(value: str | tuple) -> QColor:
    return QColor(*value) if isinstance(value, tuple) else QColor(value)


def blend(top: str | tuple, bottom: str | tuple, opacity: float) -> tuple[int, int, int]:
    """``top`` painted at ``opacity`` over ``bottom``."""
    a, b = _colour(top).getRgb()[:3], _colour(bottom).getRgb()[:3]
    red, green, blue = (round(opacity * x + (1 - opacity) * y) for x, y in zip(a, b))
    return red, green, blue


def close(colour: QColor, expected: str | tuple, tolerance: int = 6) -> bool:
    other = _colour(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3]))


def assert_no_overlaps(placed) -> None:
    """Placed map labels (``label_placement.PlacedLabel``): neither the boxes the placement
    checks nor the labels' own (turned) rectangles overlap."""
    for a, b in itertools.combinations(placed, 2):
        for box_a in a.boxes:
            for box_b in b.boxes:
                assert not (box_a[0] < box_b[2] and box_b[0] < box_a[2] and box_a[1] < box_b[3]
                            and box_b[1] < box_a[3]), (a.key, b.key)
        assert not shapely.Polygon(a.corners).intersects(shapely.Polygon(b.corners)), (a.key, b.key)

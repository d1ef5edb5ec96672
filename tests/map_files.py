"""Small map files of every format the basemap importer reads, made with GDAL (pyogrio)."""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pyogrio.raw
import shapely
from PIL import Image
from pyproj import Transformer

# A tiny town near Oakland: (geometry in lon/lat, name, kind)
ROAD = shapely.LineString([(-122.3000, 37.8070), (-122.2990, 37.8075), (-122.2980, 37.8078)])
BUILDING = shapely.Polygon([(-122.2995, 37.8080), (-122.2990, 37.8080), (-122.2990, 37.8084), (-122.2995, 37.8084)])
LAMP = shapely.Point(-122.2992, 37.8072)
TOWN = [(ROAD, "Market Street"), (BUILDING, "Community hall"), (LAMP, "Lamp 12")]


def write_layer(path: Path, driver: str, shapes, names, crs: str = "EPSG:4326", layer: str | None = None, **options) -> Path:
    geometries = np.array(shapely.to_wkb(shapes), dtype=object)
    geometry_type = shapes[0].geom_type
    pyogrio.raw.write(str(path), geometries, [np.array(names, dtype=object)], ["name"], layer=layer, driver=driver,
                      geometry_type=geometry_type, crs=crs, **options)
    return path


def by_kind(kind: str):
    shapes = [g for g, _ in TOWN if g.geom_type == kind]
    names = [n for g, n in TOWN if g.geom_type == kind]
    return shapes, names


def geojson(folder: Path) -> Path:
    return write_layer(folder / "roads.geojson", "GeoJSON", *by_kind("LineString"))


def geopackage(folder: Path) -> Path:
    path = folder / "city.gpkg"
    write_layer(path, "GPKG", *by_kind("LineString"), layer="roads")
    write_layer(path, "GPKG", *by_kind("Polygon"), layer="buildings", append=False)
    return path


def shapefile_utm(folder: Path) -> Path:
    """Buildings in UTM zone 10N, to test reprojection."""
    transformer = Transformer.from_crs(4326, 32610, always_xy=True)
    shapes, names = by_kind("Polygon")
    projected = [shapely.transform(s, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))) for s in shapes]
    return write_layer(folder / "buildings.shp", "ESRI Shapefile", projected, names, crs="EPSG:32610")


def shapefile_without_crs(folder: Path) -> Path:
    path = write_layer(folder / "nocrs.shp", "ESRI Shapefile", *by_kind("Polygon"))
    path.with_suffix(".prj").unlink()
    return path


def zipped_shapefile(folder: Path) -> Path:
    inner = folder / "zip_src"
    inner.mkdir()
    shapefile_utm(inner)
    archive = folder / "buildings.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for part in inner.iterdir():
            bundle.write(part, part.name)
    return archive


def kml(folder: Path) -> Path:
    return write_layer(folder / "lamps.kml", "KML", *by_kind("Point"))


def gpx(folder: Path) -> Path:
    path = folder / "walk.gpx"
    path.write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
        f'<wpt lat="{LAMP.y}" lon="{LAMP.x}"><name>Lamp 12</name></wpt>'
        "<trk><name>Market Street</name><trkseg>"
        + "".join(f'<trkpt lat="{y}" lon="{x}"/>' for x, y in ROAD.coords)
        + "</trkseg></trk></gpx>"
    )
    return path


def flatgeobuf(folder: Path) -> Path:
    return write_layer(folder / "roads.fgb", "FlatGeobuf", *by_kind("LineString"))


def csv_points(folder: Path) -> Path:
    path = folder / "lamps.csv"
    path.write_text(f"name,latitude,longitude\nLamp 12,{LAMP.y},{LAMP.x}\nLamp 13,37.8074,-122.2985\n")
    return path


OSM_XML = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
  <node id="1" lat="37.8070" lon="-122.3000"/>
  <node id="2" lat="37.8075" lon="-122.2990"/>
  <node id="3" lat="37.8078" lon="-122.2980"/>
  <node id="4" lat="37.8080" lon="-122.2995"/>
  <node id="5" lat="37.8080" lon="-122.2990"/>
  <node id="6" lat="37.8084" lon="-122.2990"/>
  <node id="7" lat="37.8084" lon="-122.2995"/>
  <node id="8" lat="37.8072" lon="-122.2992"><tag k="highway" v="street_lamp"/></node>
  <node id="9" lat="37.8073" lon="-122.2993"><tag k="highway" v="turning_circle"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="primary"/><tag k="name" v="Market Street"/></way>
  <way id="11"><nd ref="4"/><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="4"/><tag k="building" v="yes"/><tag k="name" v="Community hall"/></way>
</osm>
"""


def osm_xml(folder: Path) -> Path:
    path = folder / "town.osm"
    path.write_text(OSM_XML)
    return path


def osm_pbf(folder: Path) -> Path | None:
    """The same town as PBF, when osmium is installed to convert it."""
    if shutil.which("osmium") is None:
        return None
    source = osm_xml(folder)
    target = folder / "town.osm.pbf"
    subprocess.run(["osmium", "cat", str(source), "-o", str(target)], check=True, capture_output=True)
    return target


# -- MBTiles ------------------------------------------------------------------------

ZOOM = 15
# Tiles around West Oakland at zoom 15 (x, TMS y): 2×2 block.
TILE_XS = (5250, 5251)
TILE_TMS_YS = (20110, 20111)


def png_tile(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def make_mbtiles(path, fmt="png", tile_bytes=None, metadata=True):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    if metadata:
        connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        connection.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", "Oakland aerial"), ("format", fmt), ("attribution", "Test imagery"),
            ("bounds", "-122.31,37.80,-122.29,37.815"),
        ])
    for x in TILE_XS:
        for y in TILE_TMS_YS:
            data = tile_bytes if tile_bytes is not None else png_tile((x % 256, y % 256, 100))
            connection.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (ZOOM, x, y, data))
    connection.commit()
    connection.close()
    return path


UTM_POINTS = [shapely.Point(500000, 9000000), shapely.Point(500100, 9000100)]  # metres, UTM 37S


def undefined_srs_geopackage(path: Path, srs_id: int) -> Path:
    """A GeoPackage in UTM metres whose layer declares srs_id -1 ("Undefined Cartesian SRS"),
    0 ("Undefined geographic SRS") or a custom id whose definition is "undefined"."""
    write_layer(path, "GPKG", UTM_POINTS, ["a", "b"], crs=None, layer="points")
    with sqlite3.connect(path) as connection:
        if srs_id > 0:
            connection.execute("INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES ('custom', ?, 'NONE', ?, "
                               "'undefined', NULL)", (srs_id, srs_id))
        connection.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
        connection.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    return path


ACCENTED = ["Région de Boké", "Labé Region", "Nzérékoré"]


def shapefile_in_encoding(folder: Path, names: list[str], encoding: str, language_byte: int | None = None,
                          cpg: bool = True) -> Path:
    """Polygons named ``names``, their text written in ``encoding``; the .cpg kept or not, and
    the DBF's language byte set to ``language_byte`` when given (0x57: Windows-1252)."""
    shapes = [shapely.box(index, 0, index + 1, 1) for index in range(len(names))]
    path = write_layer(folder / "regions.shp", "ESRI Shapefile", shapes, names, encoding=encoding)
    if not cpg:
        path.with_suffix(".cpg").unlink(missing_ok=True)
    if language_byte is not None:
        with open(path.with_suffix(".dbf"), "r+b") as dbf:
            dbf.seek(29)
            dbf.write(bytes([language_byte]))
    return path


def _placemark(name: str, lon: float, lat: float, data: dict[str, str] | None = None, schema: str = "") -> str:
    extended = ""
    if data:
        items = "".join(f'<SimpleData name="{key}">{value}</SimpleData>' for key, value in data.items())
        extended = f'<ExtendedData><SchemaData schemaUrl="#{schema}">{items}</SchemaData></ExtendedData>'
    return f"<Placemark><name>{name}</name>{extended}<Point><coordinates>{lon},{lat}</coordinates></Point></Placemark>"


def folders_kml(path: Path, plain_folders: int = 10) -> Path:
    """A KML of ``plain_folders`` folders of two lamps, one folder whose name has quotes and whose
    placemark has its own field (BoroName), and one of shops with another field (kind)."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
             '<Schema name="boroughs" id="boroughs"><SimpleField name="BoroName" type="string"/></Schema>',
             '<Schema name="shops" id="shops"><SimpleField name="kind" type="string"/></Schema>']
    for index in range(plain_folders):
        parts.append(f"<Folder><name>Sector {index:02d}</name>" + _placemark(f"Lamp {index}a", 1 + index / 100, 1)
                     + _placemark(f"Lamp {index}b", 1 + index / 100, 1.01) + "</Folder>")
    parts.append("<Folder><name>O'Brien \"park\"</name>"
                 + _placemark("", 2, 2, {"BoroName": "Queens"}, "boroughs") + "</Folder>")
    parts.append("<Folder><name>Shops</name>" + _placemark("Bakery", 3, 3, {"kind": "bakery"}, "shops")
                 + _placemark("Café", 3, 3.1, {"kind": "café"}, "shops") + "</Folder>")
    parts.append("</Document></kml>")
    path.write_text("".join(parts), encoding="utf-8")
    return path

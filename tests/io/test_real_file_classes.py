"""Classes of real GIS files that went wrong: each test makes a small file of that class."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import map_files
import numpy as np
import pytest
import shapely
from map_files import UTM_POINTS, undefined_srs_geopackage

from cosafe.io.basemap_import import ImportNotes, import_vector_basemap, notes_lines, suggest_style_class
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.safe_gdal import pyogrio
from cosafe.io.vector_source import open_vector_source, resolve_undeclared_types
from cosafe.store import basemap


@pytest.mark.parametrize("srs_id", [-1, 0, 99999])
def test_undefined_srs_is_no_crs_and_crs_given_places_it(store, tmp_path, srs_id):
    path = undefined_srs_geopackage(tmp_path / "plan.gpkg", srs_id)
    source = open_vector_source(str(path))
    assert source.needs_crs  # the GUI asks, the CLI says to give --crs
    with pytest.raises(BasemapImportError, match="no coordinate reference system"):
        import_vector_basemap(store, str(path))
    import_vector_basemap(store, str(path), source_crs="EPSG:32737")
    point = next(f for f in basemap.iter_features(store) if f.name == "a").geometry.centroid
    assert point.x == pytest.approx(39.0, abs=1e-6) and -10 < point.y < -9


def test_a_real_system_named_unknown_is_kept(store, tmp_path):
    path = map_files.write_layer(tmp_path / "site.shp", "ESRI Shapefile", UTM_POINTS, ["a", "b"], crs=None)
    path.with_suffix(".prj").write_text(  # as some tools write UTM 37S: every name "unknown"
        'PROJCS["unknown",GEOGCS["unknown",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
        'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],'
        'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",39],PARAMETER["scale_factor",0.9996],'
        'PARAMETER["false_easting",500000],PARAMETER["false_northing",10000000],UNIT["metre",1]]', encoding="ascii")
    assert not open_vector_source(str(path)).needs_crs
    import_vector_basemap(store, str(path))
    point = next(f for f in basemap.iter_features(store) if f.name == "a").geometry.centroid
    assert point.x == pytest.approx(39.0, abs=1e-6)


def test_given_crs_wins_over_the_declared_one(store, tmp_path):
    # UTM metres labelled as degrees: the declaration is wrong, the person says which it is.
    path = map_files.write_layer(tmp_path / "mislabelled.geojson", "GeoJSON", UTM_POINTS, ["a", "b"])
    with pytest.raises(BasemapImportError, match="outside longitude"):
        import_vector_basemap(store, str(path))
    import_vector_basemap(store, str(path), source_crs="EPSG:32737")
    point = next(f for f in basemap.iter_features(store) if f.name == "a").geometry.centroid
    assert point.x == pytest.approx(39.0, abs=1e-6)


def test_crs_pyproj_cannot_convert_is_one_line(store, tmp_path):
    path = map_files.write_layer(tmp_path / "local.geojson", "GeoJSON", UTM_POINTS, ["a", "b"], crs=None)
    local = 'LOCAL_CS["site grid",UNIT["metre",1],AXIS["Easting",EAST],AXIS["Northing",NORTH]]'
    with pytest.raises(BasemapImportError) as raised:
        import_vector_basemap(store, str(path), source_crs=local)
    assert "\n" not in str(raised.value) and "site grid" in str(raised.value) and "LOCAL_CS" not in str(raised.value)


def test_float_noise_at_the_antimeridian_is_clamped(store, tmp_path):
    ring = [(170, -90.0000000001), (180.00000000000006, -90.0000000001), (180.00000000000006, -80), (170, -80)]
    path = map_files.write_layer(tmp_path / "countries.geojson", "GeoJSON", [shapely.Polygon(ring)], ["Antarctica"])
    import_vector_basemap(store, str(path))
    bounds = next(basemap.iter_features(store)).geometry.bounds
    assert bounds == (170.0, -90.0, 180.0, -80.0)


def test_real_out_of_range_is_still_refused(store, tmp_path):
    path = map_files.write_layer(tmp_path / "wrong.geojson", "GeoJSON", [shapely.Point(180.001, 10)], ["x"])
    with pytest.raises(BasemapImportError, match="outside longitude"):
        import_vector_basemap(store, str(path))


OVERPASS_OSM = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="Overpass API 0.7.61">
  <node id="5" lat="37.8070" lon="-122.3000"/>
  <node id="-3" lat="37.8075" lon="-122.2990"/>
  <node id="2" lat="37.8078" lon="-122.2980"><tag k="highway" v="street_lamp"/></node>
  <way id="20"><nd ref="5"/><nd ref="-3"/><nd ref="2"/><tag k="highway" v="primary"/><tag k="name" v="Market Street"/></way>
  <way id="10"><nd ref="5"/><nd ref="2"/><tag k="highway" v="footway"/><tag k="name" v="Short path"/></way>
</osm>
"""


def test_osm_with_unsorted_and_negative_ids_is_read(store, tmp_path):
    path = tmp_path / "overpass.osm"
    path.write_text(OVERPASS_OSM, encoding="utf-8")
    import_vector_basemap(store, str(path))
    classes = {f.name: f.style_class for f in basemap.iter_features(store) if f.name}
    assert classes == {"Market Street": "major_road", "Short path": "path"}
    lamps = [f for f in basemap.iter_features(store) if f.style_class == "lamp"]
    assert len(lamps) == 1


def _write(path: Path, geometries, geometry_type: str, layer: str, names) -> None:
    pyogrio.raw.write(str(path), np.array(shapely.to_wkb(geometries), dtype=object),
                      [np.array(names, dtype=object)], ["name"], layer=layer, driver="GPKG",
                      geometry_type=geometry_type, crs="EPSG:4326", append=path.exists())


def geometry_z_geopackage(path: Path) -> Path:
    """A GeoPackage with a "GEOMETRY Z" layer of mixed 3D shapes (a type pyogrio cannot name)
    beside an ordinary point layer."""
    shapes = [shapely.LineString([(0, 0, 1), (1, 1, 2)]), shapely.Polygon([(0, 0, 0), (1, 0, 0), (1, 1, 5)]),
              shapely.Point(0.5, 0.5, 3)]
    _write(path, shapes, "Unknown", "contours", ["line", "area", "spot"])
    _write(path, [shapely.Point(2, 2)], "Point", "lamps", ["lamp"])
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE gpkg_geometry_columns SET z = 1 WHERE table_name = 'contours'")
    return path


def test_a_geometry_z_layer_imports_as_2d_with_the_others(store, tmp_path):
    path = geometry_z_geopackage(tmp_path / "survey.gpkg")
    layers = import_vector_basemap(store, str(path))
    # the mixed 3D layer is split by kind (tests/io/test_mixed_layers.py)
    assert sorted(layer.name for layer in layers) == ["survey – contours — areas", "survey – contours — lines",
                                                      "survey – contours — points", "survey – lamps"]
    features = {f.name: f.geometry for f in basemap.iter_features(store)}
    assert set(features) == {"line", "area", "spot", "lamp"}
    assert not any(shapely.has_z(g) for g in features.values())
    assert features["line"].geoms[0].coords[:] == [(0, 0), (1, 1)]


def test_an_unreadable_layer_is_skipped_and_reported(store, tmp_path):
    path = tmp_path / "city.gpkg"
    _write(path, [shapely.Point(1, 1)], "Point", "lamps", ["lamp"])
    _write(path, [shapely.Point(2, 2)], "Point", "broken", ["x"])
    with sqlite3.connect(path) as connection:  # a layer whose table GDAL cannot open
        connection.execute("DROP TABLE broken")
        connection.execute("CREATE VIEW broken AS SELECT fid, geom, name FROM lamps WHERE no_such_function(1)")
    notes = ImportNotes()
    layers = import_vector_basemap(store, str(path), outcome=notes)
    assert [layer.feature_count for layer in layers] == [1]
    assert [layer for layer, _ in notes.skipped_layers] == ["broken"]
    lines = notes_lines(notes)
    assert len(lines) == 1 and "'broken'" in lines[0] and "no_such_function" not in lines[0]


def test_features_without_a_shape_are_counted(store, tmp_path):
    path = tmp_path / "places.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "properties": {"name": "a"}, "geometry": {"type": "Point", "coordinates": [1, 1]}},'
                    '{"type": "Feature", "properties": {"name": "b"}, "geometry": null}]}', encoding="utf-8")
    notes = ImportNotes()
    import_vector_basemap(store, str(path), outcome=notes)
    assert notes.dropped_features == 1
    assert notes_lines(notes) == ["1 feature without a shape was left out"]


DATED_GEOJSON = """{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "a", "surveyed": "2021-03-04T10:15:00"},
 "geometry": {"type": "Point", "coordinates": [1, 1]}},
{"type": "Feature", "properties": {"name": "b", "surveyed": null}, "geometry": {"type": "Point", "coordinates": [2, 2]}}
]}"""

DATED_GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="1" lon="1"><time>2021-03-04T10:15:00Z</time><name>a</name></wpt>
  <wpt lat="2" lon="2"><name>b</name></wpt>
</gpx>
"""


@pytest.mark.parametrize("file_name, text, field", [("survey.geojson", DATED_GEOJSON, "surveyed"),
                                                    ("walk.gpx", DATED_GPX, "time")])
def test_empty_dates_are_empty_not_nat(store, tmp_path, file_name, text, field):
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    import_vector_basemap(store, str(path))
    features = {f.name: f.tags for f in basemap.iter_features(store)}
    assert features["a"][field].startswith("2021-03-04T10:15:00")
    assert field not in features["b"]
    assert not any(value in ("NaT", "nan", "None") for tags in features.values() for value in tags.values())


UNKNOWN_KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Folder><name>Roads</name>
    <Placemark><name>r1</name><LineString><coordinates>1,1 1.1,1.1</coordinates></LineString></Placemark>
  </Folder>
  <Folder><name>Blocks of flats</name>
    <Placemark><name>b1</name><Polygon><outerBoundaryIs><LinearRing>
      <coordinates>1,1 1.1,1 1.1,1.1 1,1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
  </Folder>
  <Folder><name>Parking</name>
    <Placemark><name>p1</name><Polygon><outerBoundaryIs><LinearRing>
      <coordinates>2,2 2.1,2 2.1,2.1 2,2</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
  </Folder>
  <Folder><name>Misc</name>
    <Placemark><name>m1</name><LineString><coordinates>3,3 3.1,3.1</coordinates></LineString></Placemark>
    <Placemark><name>m2</name><LineString><coordinates>3,3 3.2,3.1</coordinates></LineString></Placemark>
    <Placemark><name>m3</name><Point><coordinates>3,3</coordinates></Point></Placemark>
  </Folder>
</Document></kml>
"""


def test_unknown_geometry_type_is_styled_by_what_the_layer_holds(store, tmp_path):
    path = tmp_path / "city.kml"
    path.write_text(UNKNOWN_KML, encoding="utf-8")
    source = open_vector_source(str(path))
    resolve_undeclared_types(source)  # as the import options dialog shows them
    assert {layer.name: suggest_style_class(layer) for layer in source.layers} == {
        "Roads": "minor_road", "Blocks of flats": "landuse", "Parking": "landuse", "Misc": "minor_road"}
    layers = import_vector_basemap(store, str(path))  # decides from the features it reads
    assert {layer.name: layer.style_class for layer in layers} == {
        "city – Roads": "minor_road", "city – Blocks of flats": "landuse", "city – Parking": "landuse",
        "city – Misc — lines": "minor_road", "city – Misc — points": "poi"}  # mixed: a layer per kind


def raster_geopackage(path: Path) -> Path:
    """A GeoPackage holding only map tiles: a table of contents with data_type 'tiles'."""
    map_files.write_layer(path, "GPKG", [shapely.Point(1, 1)], ["x"], layer="scratch")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM gpkg_geometry_columns")
        connection.execute("UPDATE gpkg_contents SET data_type = 'tiles'")
    return path


def test_a_raster_geopackage_is_refused_without_contradiction(store, tmp_path):
    with pytest.raises(BasemapImportError) as raised:
        import_vector_basemap(store, str(raster_geopackage(tmp_path / "aerial.gpkg")))
    text = str(raised.value)
    assert "raster GeoPackage" in text and "tile basemap" in text and "not a format" not in text
    assert str(tmp_path) not in text and "\n" not in text


def test_a_version_gdal_cannot_open_is_not_called_an_unknown_format(store, tmp_path):
    path = map_files.flatgeobuf(tmp_path)
    data = bytearray(path.read_bytes())
    data[3] = 9  # FlatGeobuf major version 9: the content is FlatGeobuf, GDAL reads only version 3
    path.write_bytes(bytes(data))
    with pytest.raises(BasemapImportError) as raised:
        import_vector_basemap(store, str(path))
    text = str(raised.value)
    assert "FlatGeobuf file of a version or variant" in text and "not a format" not in text
    assert str(tmp_path) not in text


def test_a_damaged_crs_declaration_is_one_crs_line(store, tmp_path):
    path = map_files.shapefile_utm(tmp_path)
    path.with_suffix(".prj").write_text('PROJCS["broken",GEOGCS[', encoding="ascii")
    with pytest.raises(BasemapImportError) as raised:
        import_vector_basemap(store, str(path))
    text = str(raised.value)
    assert "coordinate reference system" in text and "missing ]" not in text and "\n" not in text

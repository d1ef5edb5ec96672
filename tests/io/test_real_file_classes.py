"""Classes of real GIS files that went wrong: each test makes a small file of that class."""

from __future__ import annotations

from pathlib import Path

import map_files
import numpy as np
import pytest
import shapely
from map_files import UTM_POINTS, undefined_srs_geopackage

from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.safe_gdal import pyogrio
from cosafe.io.vector_source import open_vector_source
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

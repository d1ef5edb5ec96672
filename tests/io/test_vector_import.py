"""Importing basemaps from every vector format: counts and positions match what GDAL reads."""

from __future__ import annotations

import hashlib
import shutil

import map_files
import pytest
import shapely
from checks import validate_gpkg

from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.store import basemap


def _features(store):
    return {f.name: f for f in basemap.iter_features(store)}


def _close(a, b, tolerance=1e-7) -> bool:
    return a.equals_exact(b, tolerance) or shapely.normalize(a).equals_exact(shapely.normalize(b), tolerance)


def test_osm_xml_is_classed_by_tags(store, tmp_path):
    layers = import_vector_basemap(store, str(map_files.osm_xml(tmp_path)))
    assert [(l.name, l.source_format) for l in layers] == [("town", "OSM")]
    assert layers[0].attribution == "© OpenStreetMap contributors"
    features = _features(store)
    assert features["Market Street"].style_class == "major_road"
    assert _close(features["Market Street"].geometry.geoms[0], map_files.ROAD)
    assert features["Community hall"].style_class == "building"
    lamps = [f for f in basemap.iter_features(store) if f.tags.get("highway") == "street_lamp"]
    assert len(lamps) == 1 and lamps[0].style_class == "lamp"
    # A turning circle is not a safety point: left out.
    assert not [f for f in basemap.iter_features(store) if f.tags.get("highway") == "turning_circle"]
    assert store.get(BasemapLayer, layers[0].uuid).feature_count == 3


def test_osm_pbf(store, tmp_path):
    path = map_files.osm_pbf(tmp_path)
    if path is None:
        pytest.skip("osmium is not installed to make a PBF file")
    import_vector_basemap(store, str(path))
    assert _features(store)["Market Street"].style_class == "major_road"


@pytest.mark.parametrize("make, expected", [
    (map_files.geojson, {"Market Street": "LineString"}),
    (map_files.flatgeobuf, {"Market Street": "LineString"}),
    (map_files.kml, {"Lamp 12": "Point"}),
    (map_files.csv_points, {"Lamp 12": "Point", "Lamp 13": "Point"}),
    (map_files.gpx, {"Lamp 12": "Point", "Market Street": "LineString"}),
    (map_files.geopackage, {"Market Street": "LineString", "Community hall": "Polygon"}),
], ids=lambda v: getattr(v, "__name__", ""))
def test_formats_keep_names_and_positions(store, tmp_path, make, expected):
    path = make(tmp_path)
    import_vector_basemap(store, str(path))
    features = _features(store)
    assert set(features) == set(expected)
    originals = dict((name, shape) for shape, name in map_files.TOWN)
    for name in expected:
        stored = features[name].geometry.geoms[0]
        assert stored.geom_type == expected[name]
        if name in originals:
            assert _close(stored, originals[name], 1e-6), name


def test_multi_layer_file_gives_one_layer_each_with_suggested_classes(store, tmp_path):
    layers = import_vector_basemap(store, str(map_files.geopackage(tmp_path)), name="City GIS")
    assert sorted((l.name, l.style_class) for l in layers) == [
        ("City GIS – buildings", "building"), ("City GIS – roads", "minor_road")]


def test_chosen_style_class_wins(store, tmp_path):
    layers = import_vector_basemap(store, str(map_files.geojson(tmp_path)), style_classes={"roads": "major_road"})
    assert layers[0].style_class == "major_road"
    with pytest.raises(BasemapImportError, match="Unknown style class"):
        import_vector_basemap(store, str(map_files.geojson(tmp_path)), style_classes={"roads": "motorway"})


@pytest.mark.parametrize("make", [map_files.shapefile_utm, map_files.zipped_shapefile], ids=lambda f: f.__name__)
def test_projected_shapefile_is_reprojected(store, tmp_path, make):
    import_vector_basemap(store, str(make(tmp_path)))
    hall = _features(store)["Community hall"]
    assert _close(hall.geometry.geoms[0], map_files.BUILDING, 1e-6)
    assert hall.style_class == "building"


def test_file_without_crs_must_be_told(store, tmp_path):
    path = map_files.shapefile_without_crs(tmp_path)
    with pytest.raises(BasemapImportError, match="no coordinate reference system"):
        import_vector_basemap(store, str(path))
    import_vector_basemap(store, str(path), source_crs="EPSG:4326")
    assert "Community hall" in _features(store)


def test_wrong_crs_gives_out_of_range_error(store, tmp_path):
    path = map_files.shapefile_utm(tmp_path)
    path.with_suffix(".prj").unlink()
    with pytest.raises(BasemapImportError, match="outside longitude"):
        import_vector_basemap(store, str(path), source_crs="EPSG:4326")


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _entity_bomb(folder):
    path = folder / "bomb.osm"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n'
                    '<osm version="0.6"><node id="1" lat="1" lon="1"><tag k="name" v="&b;"/></node></osm>')
    return path


def _truncated_geojson(folder):
    path = map_files.geojson(folder)
    path.write_bytes(path.read_bytes()[:60])
    return path


def _truncated_gpkg(folder):
    path = map_files.geopackage(folder)
    with open(path, "r+b") as handle:
        handle.truncate(2048)
    return path


def _not_a_map(folder):
    path = folder / "minutes.geojson"
    path.write_text("Minutes of the meeting\n")
    return path


def _no_features(folder):
    path = folder / "empty.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    return path


def _csv_without_coordinates(folder):
    path = folder / "list.csv"
    path.write_text("name,phone\nA,1\n")
    return path


def _mbtiles_named_geojson(folder):
    path = folder / "tiles.geojson"
    path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    return path


@pytest.mark.parametrize("make, message", [
    (_entity_bomb, "declares XML entities"),
    (_truncated_geojson, "cannot be read"),
    (_truncated_gpkg, "cannot be read"),
    (_not_a_map, "cannot be read as a map file"),
    (_no_features, "no features"),
    (_csv_without_coordinates, "no longitude/latitude columns"),
    (_mbtiles_named_geojson, "cannot be read"),
    (lambda folder: folder / "missing.osm", "no such file"),
], ids=lambda v: getattr(v, "__name__", ""))
def test_bad_input_is_refused_and_project_unchanged(project_path, tmp_path, make, message):
    from cosafe.store.project_store import ProjectStore

    source = make(tmp_path)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match=message) as raised:
            import_vector_basemap(store, str(source))
        assert "\n" not in str(raised.value)
    assert _digest(project_path) == before


def test_cancel_during_write_leaves_project_unchanged(project_path, tmp_path):
    from cosafe.store.project_store import ProjectStore

    source = map_files.geopackage(tmp_path)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(ImportCancelled):
            import_vector_basemap(store, str(source), progress=lambda fraction, text: fraction < 0.9)
        assert store.counts()["basemap_lines"] == 0
    assert _digest(project_path) == before


def test_imported_project_passes_validators(project_path, tmp_path):
    from checks import ogrinfo_summary

    from cosafe.store.project_store import ProjectStore

    with ProjectStore.open(str(project_path)) as store:
        import_vector_basemap(store, str(map_files.osm_xml(tmp_path)))
        import_vector_basemap(store, str(map_files.shapefile_utm(tmp_path)))
        assert store.check() == []
    assert validate_gpkg(project_path) == []
    if shutil.which("ogrinfo"):
        summary = ogrinfo_summary(project_path)
        assert "Layer name: basemap_polygons" in summary and "Feature Count: 2" in summary


@pytest.mark.parametrize("name, expected", [
    ("buildings", "building"), ("osm_buildings_2020", "building"), ("streets", "minor_road"),
    ("trails", "path"), ("Rail lines", "railway"), ("Parks and gardens", "green"), ("misc", "landuse"),
    ("Parking", "landuse"), ("Mainland", "landuse"), ("Greenwich_blocks", "landuse"), ("BuildingFootprints", "building"),
    ("Treasury", "landuse"), ("Streetlights", "landuse"), ("waterbodies", "water"), ("Bus lanes", "minor_road"),
])
def test_style_class_suggestion_matches_whole_words(name, expected):
    from cosafe.io.basemap_import import suggest_style_class
    from cosafe.io.vector_source import SourceLayer

    assert suggest_style_class(SourceLayer(name, "MultiPolygon", 1, "EPSG:4326")) == expected

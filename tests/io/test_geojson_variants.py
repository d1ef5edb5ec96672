"""GeoJSON as real files write it: TopoJSON, features without "type": "Feature", a lone
feature or geometry, null geometries, GeoJSON sequences. Each imports with GDAL's count,
or says what it left out — never a silent smaller count."""

from __future__ import annotations

import json
import os
import tracemalloc

import pytest
import shapely

from cosafe.io import geojson_features
from cosafe.io.basemap_import import ImportNotes, import_vector_basemap, notes_lines
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.safe_gdal import pyogrio
from cosafe.io.vector_kind import vector_kind
from cosafe.io.vector_source import open_vector_source, read_layer
from cosafe.store import basemap

TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.001, 0.001], "translate": [36.8, -1.3]},
    "objects": {
        "wards": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"name": "North"}},
            {"type": "Polygon", "arcs": [[1]], "properties": {"name": "South"}}]},
        "stops": {"type": "GeometryCollection", "geometries": [
            {"type": "Point", "coordinates": [10, 10], "properties": {"name": "Stop A"}},
            {"type": "Point", "coordinates": [5, 15], "properties": {"name": "Stop B"}},
            {"type": "Point", "coordinates": [1, 25], "properties": {"name": "Stop C"}}]},
    },
    "arcs": [[[0, 0], [10, 0], [0, 10], [-10, -10]], [[0, 20], [10, 0], [0, 10], [-10, -10]]],
}


def _features(store) -> list:
    return list(basemap.iter_features(store))


def test_topojson_imports_one_layer_per_object_with_gdals_counts(store, tmp_path):
    path = tmp_path / "town.topojson"
    path.write_text(json.dumps(TOPOLOGY))
    assert vector_kind(str(path)).drivers == {"TopoJSON"}
    source = open_vector_source(str(path))
    assert sorted((layer.name, layer.feature_count) for layer in source.layers) == [("stops", 3), ("wards", 2)]
    assert not source.needs_crs  # TopoJSON holds longitude/latitude, as the GeoJSON it encodes
    layers = import_vector_basemap(store, str(path), source=source)
    assert sorted((layer.name, layer.feature_count) for layer in layers) == [("town – stops", 3), ("town – wards", 2)]
    north = next(f for f in _features(store) if f.name == "North").geometry
    assert north.geom_type == "MultiPolygon"
    assert north.bounds == pytest.approx((36.8, -1.3, 36.81, -1.29))  # arcs decoded with the transform


def test_a_topojson_named_json_is_known_by_its_content(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(TOPOLOGY, indent=2))
    assert vector_kind(str(path)).drivers == {"TopoJSON"}


def _collection(members: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": members}


def _point(x: float, name: str, typed: bool) -> dict:
    member = {"geometry": {"type": "Point", "coordinates": [x, -1.28]}, "properties": {"name": name}}
    return {"type": "Feature", **member} if typed else member


@pytest.mark.parametrize("typed", [(False, False, False), (True, False, True)], ids=["none-typed", "some-typed"])
def test_features_without_their_type_are_all_read(store, tmp_path, typed):
    path = tmp_path / "incidents.geojson"
    path.write_text(json.dumps(_collection([_point(36.8 + i / 100, f"P{i}", t) for i, t in enumerate(typed)])))
    # GDAL alone skips the members without a type: the reason this file goes through a corrected copy.
    assert pyogrio.read_info(str(path))["features"] == sum(typed)
    assert geojson_features.lacks_feature_type(str(path))
    source = open_vector_source(str(path))
    assert [layer.feature_count for layer in source.layers] == [3]
    assert os.path.basename(source.path) == "incidents.geojson"  # the layer and messages keep the file's name
    import_vector_basemap(store, str(path), source=source)
    assert sorted(f.name for f in _features(store)) == ["P0", "P1", "P2"]


def test_the_corrected_copy_goes_with_its_source(tmp_path):
    path = tmp_path / "incidents.geojson"
    path.write_text(json.dumps(_collection([_point(36.8, "P0", False)])))
    source = open_vector_source(str(path))
    copy = source.path
    assert copy != str(path) and os.path.exists(copy)
    del source
    assert not os.path.exists(copy)


def test_a_lone_feature_without_its_type_keeps_its_properties(store, tmp_path):
    path = tmp_path / "route.geojson"
    path.write_text(json.dumps({"geometry": {"type": "LineString", "coordinates": [[36.8, -1.28], [36.81, -1.29]]},
                                "properties": {"name": "Market Street"}}))
    import_vector_basemap(store, str(path))
    assert [f.name for f in _features(store)] == ["Market Street"]


@pytest.mark.parametrize("content, kind", [
    ({"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, -1.28]},
      "properties": {"name": "Lamp 12"}}, "Point"),
    ({"type": "Polygon", "coordinates": [[[36.8, -1.28], [36.81, -1.28], [36.81, -1.29], [36.8, -1.28]]]},
     "Polygon"),
], ids=["single-feature", "bare-geometry"])
def test_a_single_feature_or_a_bare_geometry_imports(store, tmp_path, content, kind):
    path = tmp_path / "one.geojson"
    path.write_text(json.dumps(content))
    layers = import_vector_basemap(store, str(path))
    assert [layer.feature_count for layer in layers] == [1]
    assert _features(store)[0].geometry.geom_type == "Multi" + kind


def test_null_geometries_are_counted_and_reported(store, tmp_path):
    path = tmp_path / "lamps.geojson"
    members = [_point(36.8, "Lamp 1", True), {"type": "Feature", "geometry": None, "properties": {"name": "Lost"}},
               _point(36.81, "Lamp 2", True), {"type": "Feature", "geometry": None, "properties": {}}]
    path.write_text(json.dumps(_collection(members)))
    notes = ImportNotes()
    layers = import_vector_basemap(store, str(path), outcome=notes)
    assert [layer.feature_count for layer in layers] == [2]
    assert notes.dropped_features == 2
    assert notes_lines(notes) == ["2 features without a shape were left out"]


@pytest.mark.parametrize("separator, name", [("", "stops.geojsonl"), ("\x1e", "stops.geojsons"), ("", "stops.json")],
                         ids=["newline-delimited", "rfc8142", "named-json"])
def test_geojson_sequences_import(store, tmp_path, separator, name):
    path = tmp_path / name
    path.write_text("".join(separator + json.dumps(_point(36.8 + i / 100, f"S{i}", True)) + "\n" for i in range(3)))
    source = open_vector_source(str(path))
    assert source.driver == "GeoJSONSeq"
    import_vector_basemap(store, str(path), source=source)
    assert sorted(f.name for f in _features(store)) == ["S0", "S1", "S2"]


def test_the_correction_survives_block_boundaries_and_escapes(tmp_path, monkeypatch):
    monkeypatch.setattr(geojson_features, "BLOCK", 5)  # every string, escape and member name split across blocks
    tricky = {"q": 'a"{[b\\', "features": [1], "geometry": "not one"}
    members = [{**_point(36.8, "P0", False), "properties": tricky}, _point(36.81, "P1", True),
               {"properties": {}, "geometry": None}]
    path = tmp_path / "tricky.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "name": "x", "features": members}))
    assert geojson_features._count(str(path)) == (4, 1, True)  # the property named "geometry" counts too
    folder = tmp_path / "copy"
    folder.mkdir()
    copy = geojson_features.with_feature_types(str(path), str(folder))
    written = json.loads(open(copy).read())
    assert [member["type"] for member in written["features"]] == ["Feature"] * 3
    assert written["features"][0]["properties"] == tricky and written["name"] == "x"
    assert pyogrio.read_info(copy)["features"] == 3


def test_the_correction_is_streamed(tmp_path):
    """A large file is corrected block by block: Python's own memory stays far below the file's size."""
    path = tmp_path / "big.geojson"
    with open(path, "w") as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        handle.write(", ".join(json.dumps(_point(36.8, f"P{i} " + "x" * 200, False)) for i in range(40_000)))
        handle.write("]}")
    size = os.path.getsize(path)
    assert size > 8_000_000
    folder = tmp_path / "copy"
    folder.mkdir()
    tracemalloc.start()
    try:
        assert geojson_features.lacks_feature_type(str(path))
        copy = geojson_features.with_feature_types(str(path), str(folder))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size / 2
    assert os.path.getsize(copy) == size + 40_000 * len(geojson_features._ADDED)


def test_a_corrected_file_reads_like_gdal_reads_the_same_file_with_types(tmp_path):
    members = [_point(36.8 + i / 100, f"P{i}", False) for i in range(4)]
    plain = tmp_path / "plain.geojson"
    plain.write_text(json.dumps(_collection(members)))
    typed = tmp_path / "typed.geojson"
    typed.write_text(json.dumps(_collection([{"type": "Feature", **member} for member in members])))
    ours = read_layer(source := open_vector_source(str(plain)), source.layers[0])
    gdal = read_layer(reference := open_vector_source(str(typed)), reference.layers[0])
    assert ours.attributes == gdal.attributes
    assert all(shapely.equals(a, b) for a, b in zip(ours.geometries, gdal.geometries))


def test_a_collection_whose_features_all_lack_a_geometry_says_so(store, tmp_path):
    path = tmp_path / "register.geojson"
    path.write_text(json.dumps(_collection([{"type": "Feature", "geometry": None, "properties": {"name": f"n{i}"}}
                                            for i in range(3)])))
    with pytest.raises(BasemapImportError, match=r"^register.geojson has no shapes to draw: none of its 3 features has "
                                                 r"a geometry; export it again with its geometry$"):
        import_vector_basemap(store, str(path))

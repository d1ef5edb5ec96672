"""OSM extracts read in one pass (``io/osm_reader``): the same features, classes, tags and shapes
GDAL's OSM driver gives through its points, lines and multipolygons layers."""

from __future__ import annotations

import warnings

import map_files
import pyogrio
import pytest
import shapely

from cosafe.core.records import BasemapLayer
from cosafe.io import osm_classes, osm_reader
from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.store import basemap

# A neighbourhood with what decides line or area: a closed footway (a line), a closed way with
# area=no, a multipolygon whose outer way has tags of its own (GDAL draws it only as part of the
# relation) and an inner building with tags of its own (an area of its own), a platform (an area
# by key=value), an old-style multipolygon (its tags on its outer way), tags GDAL ignores, and a
# way with a node missing from the extract.
NEIGHBOURHOOD = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
  <node id="1" lat="37.8000" lon="-122.3000"/>
  <node id="2" lat="37.8000" lon="-122.2900"/>
  <node id="3" lat="37.8100" lon="-122.2900"/>
  <node id="4" lat="37.8100" lon="-122.3000"/>
  <node id="5" lat="37.8030" lon="-122.2970"/>
  <node id="6" lat="37.8030" lon="-122.2930"/>
  <node id="7" lat="37.8070" lon="-122.2930"/>
  <node id="8" lat="37.8070" lon="-122.2970"/>
  <node id="9" lat="37.8050" lon="-122.3050"><tag k="amenity" v="police"/><tag k="name" v="Station"/><tag k="source" v="survey"/><tag k="note" v="check"/></node>
  <node id="10" lat="37.8051" lon="-122.3051"><tag k="amenity" v="bench"/></node>
  <node id="11" lat="37.8060" lon="-122.3060"/>
  <node id="12" lat="37.8060" lon="-122.3040"/>
  <node id="13" lat="37.8040" lon="-122.3040"/>
  <node id="14" lat="37.8040" lon="-122.3060"/>
  <way id="20"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="leisure" v="park"/><tag k="name" v="Old park edge"/></way>
  <way id="21"><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="8"/><nd ref="5"/><tag k="building" v="yes"/><tag k="name" v="Pavilion"/></way>
  <way id="22"><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/><tag k="highway" v="footway"/><tag k="name" v="Loop path"/></way>
  <way id="23"><nd ref="11"/><nd ref="13"/><nd ref="12"/><nd ref="14"/><nd ref="11"/><tag k="landuse" v="grass"/><tag k="area" v="no"/><tag k="highway" v="service"/><tag k="name" v="Ring road"/></way>
  <way id="24"><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="12"/><tag k="highway" v="footway"/><tag k="public_transport" v="platform"/><tag k="name" v="Bus platform"/></way>
  <way id="25"><nd ref="1"/><nd ref="999"/><tag k="highway" v="residential"/><tag k="name" v="Cut street"/></way>
  <way id="26"><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/><tag k="building" v="yes"/><tag k="name" v="Old style hall"/></way>
  <relation id="31"><member type="way" ref="26" role="outer"/><tag k="type" v="multipolygon"/></relation>
  <relation id="30"><member type="way" ref="20" role="outer"/><member type="way" ref="21" role="inner"/><tag k="type" v="multipolygon"/><tag k="leisure" v="park"/><tag k="name" v="Lincoln Park"/></relation>
</osm>
"""


def _neighbourhood(folder):
    path = folder / "neighbourhood.osm"
    path.write_text(NEIGHBOURHOOD, encoding="utf-8")
    return path


def _by_name(read: osm_reader.OsmFeatures) -> dict[str, tuple]:
    return {name: (style_class, tags, geometry) for name, style_class, tags, geometry
            in zip(read.names, read.style_classes, read.tags, read.geometries)}


def _gdal_features(path) -> dict[tuple[str, str], tuple]:
    """What GDAL's points, lines and multipolygons layers give, classed as CoSafe classes them:
    {(layer, osm id): (class, tags, shape)}."""
    found = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for layer, kind in (("points", "point"), ("lines", "line"), ("multipolygons", "polygon")):
            meta, _, wkb, columns = pyogrio.raw.read(str(path), layer=layer)
            for index, shape in enumerate(shapely.from_wkb(wkb)):
                fields = {str(name): str(values[index]) for name, values in zip(meta["fields"], columns)
                          if values[index] is not None and name not in ("other_tags", "z_order")}
                other = [values[index] for name, values in zip(meta["fields"], columns) if name == "other_tags"]
                fields.update(osm_classes.parse_other_tags(other[0] if other else None))
                style_class = osm_classes.classify(fields, kind)
                if style_class is not None:
                    key = fields.get("osm_id") or "w" + fields.get("osm_way_id", "")
                    found[(kind, key)] = (style_class, fields, shape)
    return found


def _ours(read: osm_reader.OsmFeatures) -> dict[tuple[str, str], tuple]:
    kinds = {"Point": "point", "LineString": "line", "MultiPolygon": "polygon"}
    return {(kinds[shape.geom_type], tags.get("osm_id") or "w" + tags.get("osm_way_id", "")): (style_class, tags, shape)
            for style_class, tags, shape in zip(read.style_classes, read.tags, read.geometries)}


@pytest.mark.parametrize("make", [_neighbourhood, map_files.osm_xml], ids=["neighbourhood", "town"])
def test_the_same_features_classes_tags_and_shapes_as_gdal(tmp_path, make):
    path = make(tmp_path)
    gdal, ours = _gdal_features(path), _ours(osm_reader.read_osm(str(path)))
    assert sorted(ours) == sorted(gdal)
    for key, (style_class, tags, shape) in ours.items():
        assert (style_class, tags) == gdal[key][:2], key
        assert shapely.normalize(shape).equals_exact(shapely.normalize(gdal[key][2]), 1e-7), key


def test_what_decides_line_or_area(tmp_path):
    features = _by_name(osm_reader.read_osm(str(_neighbourhood(tmp_path))))
    assert features["Loop path"][0] == "path" and features["Loop path"][2].geom_type == "LineString"
    assert features["Ring road"][0] == "minor_road" and features["Ring road"][2].geom_type == "LineString"
    assert features["Bus platform"][0] == "path" and features["Bus platform"][2].geom_type == "MultiPolygon"
    park_class, park_tags, park = features["Lincoln Park"]
    assert park_class == "green" and park_tags["type"] == "multipolygon" and park_tags["osm_id"] == "30"
    assert len(park.geoms[0].interiors) == 1  # the pavilion is its hole
    assert "Old park edge" not in features  # the relation's outer way: drawn only as its part
    assert features["Pavilion"][0] == "building" and features["Pavilion"][1]["osm_way_id"] == "21"
    hall_class, hall_tags, _ = features["Old style hall"]
    assert hall_class == "building" and hall_tags["osm_id"] == "31" and "osm_way_id" not in hall_tags
    station = features["Station"][1]
    assert station == {"amenity": "police", "name": "Station", "osm_id": "9"}  # source and note: ignored by GDAL too
    assert "Cut street" not in features  # its second node is not in the extract


def test_a_way_without_its_nodes_is_counted_as_left_out(store, tmp_path):
    notes_path = _neighbourhood(tmp_path)
    from cosafe.io.basemap_import import ImportNotes

    notes = ImportNotes()
    import_vector_basemap(store, str(notes_path), outcome=notes)
    assert notes.dropped_features == 1


def test_batches_add_up_to_the_whole(tmp_path):
    path = str(_neighbourhood(tmp_path))
    whole = osm_reader.read_osm(path)
    batches = list(osm_reader.iter_osm(path, batch_size=2))
    assert len(batches) >= 3 and all(len(batch.geometries) <= 2 for batch in batches)
    assert [name for batch in batches for name in batch.names] == whole.names
    assert sum(batch.without_shape for batch in batches) == whole.without_shape == 1


def test_asked_to_stop_the_read_stops(tmp_path):
    asked = []
    batches = list(osm_reader.iter_osm(str(_neighbourhood(tmp_path)), keep=lambda objects: asked.append(objects)))
    assert not asked  # asked every few thousand objects: this file has fewer
    path = tmp_path / "big.osm"
    nodes = "".join(f'<node id="{i}" lat="37.8" lon="-122.3"><tag k="amenity" v="police"/></node>'
                    for i in range(1, 10_001))
    path.write_text(f"<?xml version='1.0'?><osm version='0.6'>{nodes}</osm>")
    batches = list(osm_reader.iter_osm(str(path), keep=lambda objects: False))
    assert batches[-1].stopped and len(batches[-1].geometries) < 10_000
    assert batches and not any(batch.stopped for batch in batches[:-1])


def test_a_cancelled_or_damaged_import_leaves_the_project_unchanged(store, tmp_path):
    path = tmp_path / "big.osm"
    nodes = "".join(f'<node id="{i}" lat="37.8" lon="-122.3"><tag k="amenity" v="police"/></node>'
                    for i in range(1, 30_001))
    path.write_text(f"<?xml version='1.0'?><osm version='0.6'>{nodes}</osm>")
    calls = []

    def progress(fraction, text):
        calls.append(fraction)
        return len(calls) < 8  # stop after the first batch was written
    with pytest.raises(ImportCancelled):
        import_vector_basemap(store, str(path), progress=progress)
    assert not store.list(BasemapLayer) and not list(basemap.iter_features(store))
    assert calls == sorted(calls)  # the bar never goes back
    damaged = tmp_path / "damaged.osm.pbf"
    pbf = map_files.osm_pbf(tmp_path)
    if pbf is None:
        pytest.skip("osmium is not installed to make a PBF file")
    damaged.write_bytes(pbf.read_bytes()[:-40])
    with pytest.raises(BasemapImportError, match="damaged or incomplete") as raised:
        import_vector_basemap(store, str(damaged))
    assert "\n" not in str(raised.value) and str(tmp_path) not in str(raised.value)
    assert not store.list(BasemapLayer)


@pytest.mark.parametrize("edit", [
    lambda text: text.replace('<way id="20">', '<way id="-20">').replace('ref="20" role', 'ref="-20" role')
    .replace('<node id="5" ', '<node id="-5" ').replace('<nd ref="5"/>', '<nd ref="-5"/>'),
    lambda text: text.replace('<way id="20">', '<way id="40">').replace('ref="20" role', 'ref="40" role'),
], ids=["negative ids", "unsorted"])
def test_an_unsorted_file_with_negative_ids_keeps_its_ids_and_multipolygons(tmp_path, edit):
    unsorted = edit(NEIGHBOURHOOD)
    path = tmp_path / "edited.osm"
    path.write_text(unsorted, encoding="utf-8")
    with pytest.raises(osm_reader.UnsortedOsm):
        list(osm_reader.iter_osm(str(path)))
    with osm_reader.sorted_copy(str(path)) as copy:
        features = _by_name(osm_reader.read_osm(copy))
    assert features["Lincoln Park"][0] == "green" and len(features["Lincoln Park"][2].geoms[0].interiors) == 1
    assert (-122.297, 37.803) in list(features["Pavilion"][2].geoms[0].exterior.coords)  # node -5 is found
    assert "Old park edge" not in features
    assert features["Station"][1]["osm_id"] == "9"


@pytest.mark.parametrize("name", ["interpreter", "map", "export.xml"])
def test_a_file_is_read_by_its_content_whatever_its_name(store, tmp_path, name):
    path = tmp_path / name
    path.write_text(map_files.OSM_XML, encoding="utf-8")  # Overpass downloads have such names
    import_vector_basemap(store, str(path))
    assert {f.name for f in basemap.iter_features(store) if f.name} == {"Market Street", "Community hall"}
    unsorted = tmp_path / "unsorted" / name
    unsorted.parent.mkdir()
    unsorted.write_text(NEIGHBOURHOOD.replace('<way id="20">', '<way id="40">').replace('ref="20" role', 'ref="40" role'))
    with osm_reader.sorted_copy(str(unsorted)) as copy:
        assert "Lincoln Park" in osm_reader.read_osm(copy).names


def test_stored_from_libosmium_wkb_as_the_shapes_would_be(store, tmp_path):
    """The import stores libosmium's WKB as it is (made Multi by a prefix): the rows are those
    encoding each shape again would give."""
    import numpy as np

    from cosafe.store import geometry

    path = str(_neighbourhood(tmp_path))
    read = osm_reader.read_osm(path)
    assert [shapely.from_wkb(wkb) for wkb in read.wkbs] == read.geometries
    assert {wkb[:5] for wkb in read.wkbs} == {b"\x01\x01\x00\x00\x00", b"\x01\x02\x00\x00\x00", b"\x01\x06\x00\x00\x00"}
    (layer,) = import_vector_basemap(store, path)
    stored = sorted(row for table in (basemap.POINTS, basemap.LINES, basemap.POLYGONS)
                    for row in store.connection.execute(f"SELECT geom, style_class, name, tags FROM {table} "
                                                        "WHERE layer_uuid = ?", (layer.uuid,)))
    multi = basemap._as_multi(np.array(read.geometries, dtype=object))
    expected = sorted((geometry.encode(shape), style_class, name, basemap._tags_json(tags))
                      for shape, style_class, name, tags in zip(multi, read.style_classes, read.names, read.tags))
    assert stored and stored == expected

"""Import choices for files of several layers: which layers, which field names the features,
which text encoding a Shapefile's attributes are in — and a KML of many folders read once."""

from __future__ import annotations

import zipfile

import map_files
import numpy as np
import pytest
import shapely

from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import chosen_layers, import_vector_basemap, layer_names_text
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.label_field import guess_label_field, preview_values
from cosafe.io.safe_gdal import pyogrio
from cosafe.io.text_encoding import dbf_encodings, encoding_name
from cosafe.io.vector_source import inspect_layers, open_vector_source, read_layer, read_together
from cosafe.store import basemap

def _names(store) -> dict[str, list[str]]:
    """Feature names per stored layer name."""
    layers = {layer.uuid: layer.name for layer in store.list(BasemapLayer)}
    names: dict[str, list[str]] = {}
    for feature in basemap.iter_features(store):
        names.setdefault(layers[feature.layer_uuid], []).append(feature.name)
    return {layer: sorted(values, key=str) for layer, values in names.items()}


# -- label field ------------------------------------------------------------------------------


@pytest.mark.parametrize("fields, rows, expected", [
    (["BoroCode", "BoroName", "Shape_Area"],
     [{"BoroCode": "1", "BoroName": "Manhattan"}, {"BoroCode": "2", "BoroName": "Bronx"}], "BoroName"),
    (["STATE_FIPS", "STATE_NAME", "SUB_REGION"],
     [{"STATE_FIPS": "01", "STATE_NAME": "Alabama", "SUB_REGION": "E S Cen"},
      {"STATE_FIPS": "02", "STATE_NAME": "Alaska", "SUB_REGION": "Pacific"}], "STATE_NAME"),
    (["id", "name", "NAME_EN"], [{"name": "Dar", "NAME_EN": "Dar es Salaam"}, {"name": "Zanzibar"}], "name"),
    (["id", "NAME_EN"], [{"NAME_EN": "Dar es Salaam"}, {"NAME_EN": "Zanzibar"}], "NAME_EN"),
    # FME fills a KML's Name with numbered placeholders; the school's name is in TEXT.
    (["Name", "description", "IDEN", "TEXT"],
     [{"Name": "kml_1", "description": "<table>…</table>", "TEXT": "ECOLE PAUL BERT"},
      {"Name": "kml_2", "description": "<table>…</table>", "TEXT": "ECOLE LARDENNE"}], "TEXT"),
    # Only numbers, only HTML, or nothing at all: no label rather than a wrong one.
    (["name", "description"], [{"name": "12", "description": "<b>x</b>"}, {"name": "13"}], None),
    (["economy", "area"], [{"economy": "Low income", "area": "big"}], None),
    (["Name", "description"], [{"description": "somewhere"}], None),
    # Among columns of the same rank, the one whose short values differ most.
    (["TYPE_NAME", "ROAD_NAME"], [{"TYPE_NAME": "street", "ROAD_NAME": "Soko Street"},
                                  {"TYPE_NAME": "street", "ROAD_NAME": "Tumaini Lane"}], "ROAD_NAME"),
])
def test_label_field_guess(fields, rows, expected):
    assert guess_label_field(fields, rows) == expected


def test_preview_values_are_the_first_distinct_ones():
    rows = [{"n": " Queens "}, {"n": "Queens"}, {}, {"n": "Bronx"}, {"n": "Brooklyn"}, {"n": "Manhattan"}]
    assert preview_values(rows, "n") == ["Queens", "Bronx", "Brooklyn"]
    assert preview_values(rows, None) == []


def test_the_guessed_label_field_names_the_features_unless_another_is_chosen(store, tmp_path):
    shapes = [shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)]
    path = tmp_path / "boroughs.geojson"
    geometries = shapely.to_wkb(shapes)
    pyogrio.raw.write(str(path), np.array(geometries, dtype=object),
                      [np.array(["1", "2"], dtype=object), np.array(["Manhattan", "Bronx "], dtype=object)],
                      ["BoroCode", "BoroName"], driver="GeoJSON", geometry_type="Polygon", crs="EPSG:4326")
    import_vector_basemap(store, str(path), name="guessed")
    import_vector_basemap(store, str(path), name="chosen", label_fields={"boroughs": "BoroCode"})
    import_vector_basemap(store, str(path), name="unnamed", label_fields={"boroughs": None})
    assert _names(store) == {"guessed": ["Bronx", "Manhattan"], "chosen": ["1", "2"], "unnamed": [None, None]}


# -- choosing layers -----------------------------------------------------------------------------


def test_only_the_chosen_layers_are_imported(store, tmp_path):
    path = map_files.geopackage(tmp_path)  # layers "roads" and "buildings"
    layers = import_vector_basemap(store, str(path), name="City", layers=["buildings"])
    assert [layer.name for layer in layers] == ["City – buildings"]  # still named after its source layer
    assert _names(store) == {"City – buildings": ["Community hall"]}


def test_an_unknown_layer_is_one_line_naming_the_layers(store, tmp_path):
    path = map_files.geopackage(tmp_path)
    with pytest.raises(BasemapImportError) as refused:
        import_vector_basemap(store, str(path), layers=["roads", "rivers"])
    assert str(refused.value) == "city.gpkg has no layer 'rivers'; its layers are 'roads', 'buildings'"
    with pytest.raises(BasemapImportError, match="No layer of city.gpkg was chosen"):
        import_vector_basemap(store, str(path), layers=[])
    assert store.list(BasemapLayer) == []


def test_many_layer_names_are_shortened():
    names = [f"F{index}" for index in range(30)]
    text = layer_names_text(names)
    assert text.startswith("'F0', 'F1'") and text.endswith("'F11' and 18 more")


# -- a KML of many folders ---------------------------------------------------------------------------


class _Openings:
    """Counts every time GDAL opens the file (a KML is parsed whole at each opening)."""

    def __init__(self, monkeypatch):
        self.count = 0
        for module, name in ((pyogrio, "list_layers"), (pyogrio, "read_info"), (pyogrio.raw, "read")):
            monkeypatch.setattr(module, name, self._counted(getattr(module, name)))

    def _counted(self, function):
        def counted(*args, **kwargs):
            self.count += 1
            return function(*args, **kwargs)
        return counted


def test_a_kml_of_many_folders_is_opened_a_few_times_not_once_per_folder(store, tmp_path, monkeypatch):
    path = map_files.folders_kml(tmp_path / "zones.kml", plain_folders=20)
    openings = _Openings(monkeypatch)
    source = open_vector_source(str(path))
    inspect_layers(source)  # what the options dialog shows: shapes and first names
    layers = import_vector_basemap(store, str(path), name="z", source=source)
    assert len(layers) == 22
    # list the layers, learn the driver, one query for every folder's count and fields, one read of all.
    assert openings.count <= 4
    assert sum(layer.feature_count for layer in layers) == 43


def test_folders_read_together_are_the_folders_read_one_by_one(tmp_path):
    path = map_files.folders_kml(tmp_path / "zones.kml", plain_folders=3)
    source = open_vector_source(str(path))
    assert source.driver in ("LIBKML", "KML") and source.reads_in_one_pass
    assert [(layer.name, layer.feature_count) for layer in source.layers][-2:] == [("O'Brien \"park\"", 1),
                                                                                  ("Shops", 2)]
    read_together(source, source.layers)
    together = dict(source.read_ahead)
    assert set(together) == {layer.name for layer in source.layers}
    for layer in source.layers:
        alone = read_layer(open_vector_source(str(path)), layer)
        assert together[layer.name].attributes == alone.attributes  # no other folder's fields either
        assert list(shapely.to_wkt(together[layer.name].geometries)) == list(shapely.to_wkt(alone.geometries))
    assert together["Shops"].attributes[1]["kind"] == "café"
    assert "kind" not in together["Sector 00"].attributes[0]


def test_chosen_folders_and_their_label_fields(store, tmp_path):
    path = map_files.folders_kml(tmp_path / "zones.kml", plain_folders=2)
    import_vector_basemap(store, str(path), name="z", layers=["O'Brien \"park\"", "Shops"],
                          label_fields={"Shops": "kind"})
    assert _names(store) == {"z – O'Brien \"park\"": ["Queens"], "z – Shops": ["bakery", "café"]}


# -- encodings ---------------------------------------------------------------------------------------


def test_utf8_text_declared_as_windows_1252_reads_as_utf8(store, tmp_path):
    path = map_files.shapefile_in_encoding(tmp_path, map_files.ACCENTED, "UTF-8", language_byte=0x57, cpg=False)
    assert dbf_encodings(str(path)) == ("CP1252", "UTF-8")
    source = open_vector_source(str(path))
    assert (source.takes_encoding, source.declared_encoding, source.encoding) == (True, "CP1252", "UTF-8")
    import_vector_basemap(store, str(path), name="auto", source=source)
    import_vector_basemap(store, str(path), name="declared", encoding="CP1252")
    names = _names(store)
    assert names["auto"] == sorted(map_files.ACCENTED)
    assert "RÃ©gion de BokÃ©" in names["declared"]  # what the file's own declaration gives


def test_text_really_in_windows_1252_is_left_as_declared(store, tmp_path):
    path = map_files.shapefile_in_encoding(tmp_path, map_files.ACCENTED, "CP1252")
    declared, suggested = dbf_encodings(str(path))
    assert declared == "CP1252" and suggested is None
    source = open_vector_source(str(path))
    assert source.encoding is None
    inspect_layers(source)
    assert preview_values(source.layers[0].sample, "name") == map_files.ACCENTED
    source.use_encoding("UTF-8")  # a wrong choice: one line, never a traceback
    with pytest.raises(BasemapImportError) as refused:
        import_vector_basemap(store, str(path), name="cp", source=source)
    assert str(refused.value) == ("regions.shp: its text cannot be read as UTF-8; choose another encoding "
                                  "(this file declares CP1252)")
    source.use_encoding("CP437")  # a one-byte code page reads any bytes: other letters, no failure
    import_vector_basemap(store, str(path), name="cp", source=source)
    assert _names(store)["cp"] != sorted(map_files.ACCENTED)


def test_a_zipped_shapefile_is_checked_too(tmp_path):
    folder = tmp_path / "parts"
    folder.mkdir()
    path = map_files.shapefile_in_encoding(folder, map_files.ACCENTED, "UTF-8", language_byte=0x57, cpg=False)
    archive = tmp_path / "regions.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for part in folder.iterdir():
            bundle.write(part, part.name)
    assert path.exists() and dbf_encodings(str(archive)) == ("CP1252", "UTF-8")
    source = open_vector_source(str(archive))
    assert source.encoding == "UTF-8"
    assert {row["name"] for row in read_layer(source, source.layers[0]).attributes} == set(map_files.ACCENTED)


def test_ascii_text_needs_no_choice(tmp_path):
    path = map_files.shapefile_in_encoding(tmp_path, ["Kankan", "Conakry"], "UTF-8", language_byte=0x57, cpg=False)
    assert dbf_encodings(str(path)) == ("CP1252", None)


@pytest.mark.parametrize("text, expected", [("utf8", "UTF-8"), ("1252", "CP1252"), ("windows-1256", "CP1256"),
                                            ("latin1", "ISO-8859-1"), ("cp850", "CP850"), ("65001", "UTF-8"),
                                            ("klingon", None)])
def test_encoding_names(text, expected):
    assert encoding_name(text) == expected


def test_chosen_layers_keeps_the_file_order(tmp_path):
    source = open_vector_source(str(map_files.geopackage(tmp_path)))
    assert [layer.name for layer in chosen_layers(source, ["roads", "buildings"])] == \
        [layer.name for layer in source.layers]


def test_gpx_waypoints_routes_and_tracks_are_counted_and_chosen_alike(store, tmp_path):
    path = map_files.gpx(tmp_path)
    source = open_vector_source(str(path))
    assert [(layer.name, layer.feature_count) for layer in source.layers] == [("waypoints", 1), ("routes", 0),
                                                                              ("tracks", 1)]
    import_vector_basemap(store, str(path), name="walk", layers=["tracks"], source=source)
    assert _names(store) == {"walk – tracks": ["Market Street"]}


def test_an_osm_extract_is_imported_whole(store, tmp_path):
    path = str(map_files.osm_xml(tmp_path))
    with pytest.raises(BasemapImportError) as refused:
        import_vector_basemap(store, path, layers=["lines"])
    assert str(refused.value) == ("town.osm is an OpenStreetMap file: it is imported whole, its points, lines and "
                                  "areas together, so none of its layers can be left out")
    assert store.list(BasemapLayer) == []
    layers = import_vector_basemap(store, path, layers=["points", "lines", "multipolygons"])
    assert [layer.feature_count for layer in layers] == [3]

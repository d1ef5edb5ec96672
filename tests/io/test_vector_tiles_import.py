"""Vector MBTiles (offline map packages) become vector basemap layers, one per source layer (issue 16)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
import shapely
from checks import ogrinfo_available, validate_gpkg
from vector_tiles_files import BIG_PARK, LONG_ROAD, vector_mbtiles

from cosafe.io import vector_tiles_import
from cosafe.io.basemap_import import ImportNotes, notes_lines, source_kind
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.io.vector_tiles_import import import_vector_mbtiles, style_class_of
from cosafe.store import basemap
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import PROJECT_AREA_KEY


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _features(store, layer):
    return [f for f in basemap.iter_features(store, layer.uuid)]


def test_each_source_layer_becomes_a_layer_styled_by_class(store, tmp_path):
    path = vector_mbtiles(tmp_path)
    assert source_kind(str(path)) == "vector_tiles"
    notes = ImportNotes()
    layers = import_vector_mbtiles(store, str(path), outcome=notes)
    by_name = {layer.name: layer for layer in layers}
    assert set(by_name) == {"Town – transportation", "Town – park", "Town – water", "Town – building",
                            "Town – place", "Town – poi", "Town – transportation_name"}  # no house numbers
    assert all(layer.kind == "vector" and layer.source_format == "MBTiles" for layer in layers)
    assert by_name["Town – water"].attribution == "© OpenMapTiles © OpenStreetMap contributors"  # no HTML
    classes = {layer.name.split(" – ")[1]: sorted((f.style_class, f.name) for f in _features(store, layer))
               for layer in layers}
    assert classes["transportation"] == [("major_road", "Long Road"), ("path", None)]
    assert classes["park"] == [("green", "Big Park")]
    assert classes["water"] == [("water", "Lacus")]  # the name from name:latin
    assert classes["building"] == [("building", None), ("building", None)]  # alike, apart: still two
    assert classes["place"] == [("place", "Centro")]
    assert classes["poi"] == [("transport", "Stop 7")]
    # OpenMapTiles names its streets only in transportation_name: kept, drawn on the road, labelled.
    assert classes["transportation_name"] == [("major_road", "Long Road")]
    assert notes.skipped_layers == [("housenumber", "house numbers are not drawn on CoSafe's map")]
    assert notes_lines(notes) == ["Layer 'housenumber' was not imported: house numbers are not drawn on CoSafe's map"]


def test_features_cut_at_tile_edges_are_joined_again(store, tmp_path):
    path = vector_mbtiles(tmp_path)
    layers = {layer.name: layer for layer in import_vector_mbtiles(store, str(path))}
    [road, path_line] = sorted(_features(store, layers["Town – transportation"]), key=lambda f: -f.geometry.length)
    # The 5 km road crosses several zoom-14 tiles: one line again, end to end, as long as it was.
    assert road.geometry.geom_type == "MultiLineString" and len(road.geometry.geoms) == 1
    assert road.geometry.length == pytest.approx(LONG_ROAD.length, rel=0.01)
    [park] = _features(store, layers["Town – park"])
    assert len(park.geometry.geoms) == 1  # one polygon, not a piece per tile
    assert park.geometry.area == pytest.approx(BIG_PARK.area, rel=0.01)
    assert shapely.Polygon(park.geometry.geoms[0].exterior).equals_exact(park.geometry.geoms[0], 1e-9)  # no seams


def test_the_project_area_limits_what_is_read(store, tmp_path):
    path = vector_mbtiles(tmp_path)
    store.set_meta_values({PROJECT_AREA_KEY: "-122.2625,37.7995,-122.2545,37.8065"})  # over the lake only
    layers = {layer.name: layer for layer in import_vector_mbtiles(store, str(path))}
    assert "Town – water" in layers and "Town – building" not in layers and "Town – place" not in layers


def test_the_zoom_is_the_deepest_with_few_enough_tiles(store, tmp_path, monkeypatch):
    path = vector_mbtiles(tmp_path, min_zoom=10, max_zoom=14)
    with sqlite3.connect(path) as connection:
        assert vector_tiles_import._zoom_and_area(store, connection, "town.mbtiles") == (14, None)
        monkeypatch.setattr(vector_tiles_import, "MAX_TILES", 2)
        zoom, _ = vector_tiles_import._zoom_and_area(store, connection, "town.mbtiles")
        counts = dict(connection.execute("SELECT zoom_level, count(*) FROM tiles GROUP BY zoom_level"))
    assert zoom < 14 and counts[zoom] <= 2 and counts[zoom + 1] > 2


def test_the_written_project_passes_gdal(project_path, tmp_path):
    path = vector_mbtiles(tmp_path)
    with ProjectStore.open(str(project_path)) as store:
        import_vector_mbtiles(store, str(path))
        assert store.check() == []
    assert validate_gpkg(project_path) == []
    if ogrinfo_available():
        import subprocess

        result = subprocess.run(["ogrinfo", "-ro", "-so", str(project_path), "basemap_lines"],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "Feature Count: 3" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("damage, message", [
    ("truncate", "town.mbtiles is damaged"),
    ("junk-tiles", "town.mbtiles has no features CoSafe can draw"),
    ("view", "is a view CoSafe does not know"),
], ids=["truncated", "junk-tiles", "unknown-view"])
def test_a_bad_vector_mbtiles_is_one_line_and_changes_nothing(project_path, tmp_path, damage, message):
    path = vector_mbtiles(tmp_path)
    if damage == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 3])
    else:
        with sqlite3.connect(path) as connection:
            if damage == "junk-tiles":
                connection.execute("UPDATE tiles SET tile_data = X'1f8b0800deadbeef'")
            else:
                connection.execute("ALTER TABLE tiles RENAME TO real_tiles")
                connection.execute("CREATE VIEW tiles AS SELECT * FROM real_tiles WHERE 1")
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_vector_mbtiles(store, str(path))
    assert message in str(raised.value) and "\n" not in str(raised.value) and str(tmp_path) not in str(raised.value)
    assert _digest(project_path) == before


def test_cancel_leaves_the_project_unchanged(project_path, tmp_path):
    path = vector_mbtiles(tmp_path)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(ImportCancelled):
            import_vector_mbtiles(store, str(path), progress=lambda fraction, text: fraction < 0.5)
    assert _digest(project_path) == before


def test_the_raster_importer_points_vector_tiles_elsewhere(store, tmp_path):
    with pytest.raises(BasemapImportError, match="holds vector tiles: import it as a vector basemap"):
        import_mbtiles(store, str(vector_mbtiles(tmp_path)))


@pytest.mark.parametrize("layer, kind, attributes, expected", [
    ("transportation", "line", {"class": "motorway"}, "major_road"),
    ("transportation", "line", {"class": "service"}, "minor_road"),
    ("transportation", "line", {"class": "rail"}, "railway"),
    ("transportation", "polygon", {"class": "pier"}, "landuse"),
    ("waterway", "line", {"class": "stream"}, "waterway"),
    ("landcover", "polygon", {"class": "wood"}, "green"),
    ("landuse", "polygon", {"class": "residential"}, "landuse"),
    ("landuse", "polygon", {"class": "cemetery"}, "green"),
    ("road", "line", {"class": "street"}, "minor_road"),  # Mapbox Streets
    ("streets", "line", {"kind": "primary"}, "major_road"),  # Shortbread
    ("water_polygons", "polygon", {}, "water"),
    ("poi", "point", {"class": "cafe"}, "poi"),
    ("water_name", "point", {"class": "lake"}, "place"),
    ("mountain_peak", "point", {}, "poi"),
    ("boundary", "line", {"admin_level": "8"}, "minor_road"),
], ids=lambda value: value if isinstance(value, str) else None)
def test_style_classes_of_common_schemas(layer, kind, attributes, expected):
    assert style_class_of(layer, kind, attributes) == expected


def test_areas_lie_below_lines_and_lines_below_points(store, tmp_path):
    layers = import_vector_mbtiles(store, str(vector_mbtiles(tmp_path)))  # the file lists transportation first
    order = {layer.name.split(" – ")[1]: layer.sort_order for layer in layers}
    assert max(order["park"], order["water"], order["building"]) < order["transportation"] < min(order["place"],
                                                                                                   order["poi"])

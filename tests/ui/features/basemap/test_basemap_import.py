"""File › Import Basemap through the real menu, options dialog and progress dialog."""

from __future__ import annotations

import threading

import pytest
import numpy as np
import pyogrio
import shapely
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash, menu_action
from basemap_support import (
    choose_file,
    layers_top_down,
    write_geojson,
    write_mbtiles,
    write_osm,
    write_shapefile_without_prj,
)

from cosafe.store import basemap
from cosafe.ui.features.basemap import import_flow as basemap_import_flow
from cosafe.ui.features.basemap.import_options_dialog import CRS_HELP, CRS_HELP_DEGREES, ImportOptionsDialog
from cosafe.ui.kit.progress_job import JobProgressDialog

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def opened(window, project_path):
    assert window.open_project(str(project_path))
    return window


def import_via_menu(window) -> None:
    menu_action(window, "File", "Import Basemap").trigger()


def test_import_action_has_shortcut_and_follows_the_project(window, project_path):
    action = menu_action(window, "File", "Import Basemap")
    assert action.shortcut().toString() == "Ctrl+I"
    assert not action.isEnabled()  # nothing to import into on the welcome page
    window.open_project(str(project_path))
    assert action.isEnabled()
    window.close_project()
    window.open_project(str(project_path), read_only=True)
    assert not action.isEnabled()


def test_geojson_with_chosen_style_class(opened, monkeypatch, tmp_path):
    choose_file(monkeypatch, write_geojson(tmp_path))
    seen = {}

    def choose_major_roads(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportOptionsDialog)
        combo = dialog.style_combos["roads"]
        seen["suggested"] = combo.currentData()
        combo.setCurrentIndex(combo.findData("major_road"))
        dialog.name_edit.setText("Main streets")
        assert dialog.crs_edit is None  # GeoJSON is always lon/lat
        dialog.ok_button.click()

    answer_next_modal(choose_major_roads)
    import_via_menu(opened)
    assert seen["suggested"] == "minor_road"  # from the layer name "roads"
    [layer] = layers_top_down(opened)
    assert (layer.name, layer.style_class, layer.feature_count) == ("Main streets", "major_road", 3)
    classes = {f.style_class for f in basemap.iter_features(opened.session.store, layer.uuid)}
    assert classes == {"major_road"}
    assert opened.statusBar().currentMessage() == "Imported 3 features into “Main streets”"
    assert opened.session.undo_stack.count() == 0  # imports are not undo steps
    assert [layer.name for layer in opened.features.basemap.panel.layers] == ["Main streets"]
    assert "reload_basemap" in opened.map_canvas.calls


def test_osm_imports_without_questions(opened, monkeypatch, tmp_path):
    choose_file(monkeypatch, write_osm(tmp_path))
    import_via_menu(opened)  # would wait for a dialog nobody answers if one were asked
    [layer] = layers_top_down(opened)
    assert layer.name == "west oakland" and layer.attribution == "© OpenStreetMap contributors"
    assert layer.feature_count == 2
    assert opened.statusBar().currentMessage() == "Imported 2 features into “west oakland”"


def test_mbtiles_imports_as_tiles(opened, monkeypatch, tmp_path):
    choose_file(monkeypatch, write_mbtiles(tmp_path))
    import_via_menu(opened)
    [layer] = layers_top_down(opened)
    assert (layer.kind, layer.name, layer.feature_count) == ("tiles", "Oakland aerial", 4)
    assert opened.statusBar().currentMessage() == "Imported 4 tiles into “Oakland aerial”"
    assert opened.features.basemap.panel.tree.topLevelItem(0).text(2) == "4 tiles"


def test_shapefile_without_crs_asks_for_one_and_refuses_nonsense(opened, monkeypatch, tmp_path):
    choose_file(monkeypatch, write_shapefile_without_prj(tmp_path))
    seen = {}

    def answer(dialog: QDialog) -> None:
        assert dialog.crs_edit is not None and dialog.crs_edit.isVisible()
        assert dialog.findChild(QLabel, "crsHelp").text() == CRS_HELP  # its shapes are not in degrees
        assert not dialog.ok_button.isEnabled()  # the CRS is required
        dialog.crs_edit.setText("EPSG:999999")
        dialog.ok_button.click()
        seen["refused"] = dialog.isVisible() and dialog.crs_error.isVisible()
        seen["error"] = dialog.crs_error.text()
        dialog.crs_edit.setText("EPSG:32737")
        dialog.ok_button.click()

    answer_next_modal(answer)
    import_via_menu(opened)
    assert seen["refused"] and "not a coordinate system CoSafe knows" in seen["error"]
    [layer] = layers_top_down(opened)
    assert layer.style_class == "building"  # suggested from the name "footprints"
    lon, lat = next(basemap.iter_features(opened.session.store, layer.uuid)).geometry.centroid.coords[0]
    assert lon == pytest.approx(39.28, abs=0.01) and lat == pytest.approx(-6.82, abs=0.01)


def test_shapefile_without_crs_in_degrees_is_offered_epsg_4326(opened, monkeypatch, tmp_path):
    path = tmp_path / "wells.shp"
    pyogrio.raw.write(str(path), np.array(shapely.to_wkb([shapely.Point(44.36, 33.31), shapely.Point(44.40, 33.35)]),
                                          dtype=object),
                      [np.array(["a", "b"], dtype=object)], ["name"], driver="ESRI Shapefile", geometry_type="Point",
                      crs="EPSG:4326")
    path.with_suffix(".prj").unlink()
    choose_file(monkeypatch, path)
    seen = {}

    def answer(dialog: QDialog) -> None:
        seen["help"] = dialog.findChild(QLabel, "crsHelp").text()
        seen["placeholder"] = dialog.crs_edit.placeholderText()
        seen["typed"] = dialog.crs_edit.text()
        dialog.crs_edit.setText("EPSG:4326")
        dialog.ok_button.click()

    answer_next_modal(answer)
    import_via_menu(opened)
    assert seen["help"] == CRS_HELP_DEGREES and seen["placeholder"] == "e.g. EPSG:4326"
    assert seen["typed"] == ""  # suggested, never filled in for the person
    [layer] = layers_top_down(opened)
    assert layer.feature_count == 2


def test_a_file_without_crs_or_shapes_says_so_without_asking(opened, monkeypatch, tmp_path, project_path, dialog_log):
    path = tmp_path / "register.shp"
    pyogrio.raw.write(str(path), np.array([None, None], dtype=object), [np.array(["a", "b"], dtype=object)], ["name"],
                      driver="ESRI Shapefile", geometry_type="Point", crs="EPSG:4326")
    path.with_suffix(".prj").unlink()
    choose_file(monkeypatch, path)
    before = file_hash(project_path)
    asked = []
    answer_next_modal(lambda dialog: asked.append(dialog.reject()), kind=ImportOptionsDialog)
    import_via_menu(opened)  # no options dialog: a CRS would place nothing
    assert asked == []
    [(title, text)] = dialog_log.errors
    assert title == "The basemap was not imported" and "has no shapes to draw" in text
    assert file_hash(project_path) == before


def test_cancelling_the_options_dialog_imports_nothing(opened, monkeypatch, tmp_path, project_path):
    choose_file(monkeypatch, write_geojson(tmp_path))
    before = file_hash(project_path)
    answer_next_modal(lambda dialog: dialog.reject())
    import_via_menu(opened)
    assert layers_top_down(opened) == [] and file_hash(project_path) == before


def hold_at_first_report(monkeypatch, name: str) -> threading.Event:
    """Make the worker wait at its first progress report until the test has pressed Cancel."""
    pressed = threading.Event()
    real = getattr(basemap_import_flow, name)

    def gated_import(*args, progress, **kwargs):
        def gated(fraction: float, text: str) -> bool:
            pressed.wait(5)
            return progress(fraction, text)

        return real(*args, progress=gated, **kwargs)

    monkeypatch.setattr(basemap_import_flow, name, gated_import)
    return pressed


@pytest.mark.parametrize("make, function", [(write_osm, "import_vector_basemap"),
                                            (write_mbtiles, "import_mbtiles")], ids=["osm", "mbtiles"])
def test_cancel_in_progress_dialog_leaves_project_unchanged(opened, monkeypatch, tmp_path, project_path, make,
                                                            function):
    choose_file(monkeypatch, make(tmp_path))
    pressed = hold_at_first_report(monkeypatch, function)
    before = file_hash(project_path)
    seen = {}

    def press_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, JobProgressDialog)
        seen["title"] = dialog.windowTitle()
        dialog.findChild(QPushButton).click()
        seen["label"] = dialog.labelText()
        seen["still_up"] = dialog.isVisible()  # until the worker has stopped
        pressed.set()

    answer_next_modal(press_cancel)
    import_via_menu(opened)
    assert seen["title"].startswith("Importing ") and seen["title"].endswith("…")
    assert seen["label"].endswith("\nCancelling…") and seen["still_up"]
    assert opened.statusBar().currentMessage() == "Import cancelled; nothing was changed"
    assert layers_top_down(opened) == []
    assert file_hash(project_path) == before


@pytest.mark.parametrize("name, content, message", [
    ("broken.geojson", '{"type": "FeatureCollection", "features": [', "cannot be read as a map file"),
    ("fake.mbtiles", "not a database at all", "not an MBTiles file"),
    ("empty.osm", "", "empty"),
    ("roads.geojson", "<OGRVRTDataSource><OGRVRTLayer name='roads'><SrcDataSource>/vsicurl/http://127.0.0.1:9/r.geojson"
                      "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>", "roads.geojson is a GDAL virtual layer (VRT)"),
], ids=["geojson", "mbtiles", "osm", "vrt"])
def test_bad_file_shows_one_line_and_changes_nothing(opened, monkeypatch, tmp_path, project_path, dialog_log,
                                                     name, content, message):
    path = tmp_path / name
    path.write_text(content)
    choose_file(monkeypatch, path)
    before = file_hash(project_path)
    import_via_menu(opened)
    [(title, text)] = dialog_log.errors
    assert title == "The basemap was not imported" and message in text and "\n" not in text
    assert file_hash(project_path) == before


def test_file_dialog_cancelled_does_nothing(opened, monkeypatch, dialog_log):
    choose_file(monkeypatch, None)
    import_via_menu(opened)
    assert dialog_log.errors == [] and layers_top_down(opened) == []


def _shapefile_without_shx(folder):
    import numpy as np
    import pyogrio.raw
    import shapely

    path = folder / "streets.shp"
    geometry = np.array([shapely.to_wkb(shapely.Point(36.8, -1.28))], dtype=object)
    pyogrio.raw.write(str(path), geometry=geometry, field_data=[np.array([1])], fields=["id"],
                      geometry_type="Point", crs="EPSG:4326", driver="ESRI Shapefile")
    (folder / "streets.shx").unlink()  # copied without it, as happens from a stick
    return path


def _truncated_geopackage(folder):
    import numpy as np
    import pyogrio.raw
    import shapely

    whole = folder / "whole.gpkg"
    geometry = np.array([shapely.to_wkb(shapely.Point(36.8, -1.28))], dtype=object)
    pyogrio.raw.write(str(whole), geometry=geometry, field_data=[np.array([1])], fields=["id"],
                      geometry_type="Point", crs="EPSG:4326", driver="GPKG", layer="roads")
    path = folder / "roads.gpkg"
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # a copy that stopped a third of the way
    return path


@pytest.mark.parametrize("make, expected", [
    (_shapefile_without_shx, "streets.shp cannot be read as a map file (its .shx file is missing: a shapefile is "
                             "several files (.shp, .shx, .dbf); copy them together)"),
    (_truncated_geopackage, "roads.gpkg cannot be read as a map file (the file is damaged or incomplete; copy it "
                            "again from where it came from)"),
], ids=["shapefile-without-shx", "truncated-geopackage"])
def test_a_broken_file_is_named_once_in_plain_words(opened, monkeypatch, tmp_path, dialog_log, make, expected):
    path = make(tmp_path)
    choose_file(monkeypatch, path)
    import_via_menu(opened)
    [(_title, text)] = dialog_log.errors
    assert text.startswith(expected + "; CoSafe reads ")
    assert "\n" not in text and str(tmp_path) not in text and text.count(path.name) == 1
    for gdal_words in ("Unable to open", "sqlite3_prepare", "malformed", "SELECT"):
        assert gdal_words not in text


MIXED_GEOJSON = """{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "Lot 1"}, "geometry": {"type": "Polygon",
 "coordinates": [[[1, 1], [1.1, 1], [1.1, 1.1], [1, 1]]]}},
{"type": "Feature", "properties": {"name": "Lot 2"}, "geometry": {"type": "MultiPolygon",
 "coordinates": [[[[2, 2], [2.1, 2], [2.1, 2.1], [2, 2]]]]}},
{"type": "Feature", "properties": {"name": "Lost"}, "geometry": null}]}"""


def test_shapes_of_an_unknown_layer_are_shown_and_left_out_features_told(opened, monkeypatch, tmp_path, dialog_log):
    path = tmp_path / "misc.geojson"  # Polygon and MultiPolygon mixed: GDAL declares the type "Unknown"
    path.write_text(MIXED_GEOJSON, encoding="utf-8")
    choose_file(monkeypatch, path)
    seen = {}

    def accept(dialog: QDialog) -> None:
        seen["suggested"] = dialog.style_combos["misc"].currentData()
        dialog.ok_button.click()

    answer_next_modal(accept)
    import_via_menu(opened)
    assert seen["suggested"] == "landuse"  # drawn as the polygons it holds, not as points of interest
    [layer] = layers_top_down(opened)
    assert layer.feature_count == 2
    assert dialog_log.infos == [("Part of the file was not imported", "1 feature without a shape was left out")]


def _three_layer_geopackage(folder) -> str:
    """Boroughs named in BoroName (with a code beside it), roads and lamps, in one GeoPackage."""
    import numpy as np
    import shapely

    from cosafe.io.safe_gdal import pyogrio

    path = str(folder / "city.gpkg")
    boroughs = [shapely.box(0, 0, 0.01, 0.01), shapely.box(0.01, 0, 0.02, 0.01)]
    pyogrio.raw.write(path, np.array(shapely.to_wkb(boroughs), dtype=object),
                      [np.array(["1", "2"], dtype=object), np.array(["Manhattan", "Bronx"], dtype=object)],
                      ["BoroCode", "BoroName"], layer="boroughs", driver="GPKG", geometry_type="Polygon",
                      crs="EPSG:4326")
    for layer, shapes in (("roads", [shapely.LineString([(0, 0), (0.01, 0.01)])]),
                          ("lamps", [shapely.Point(0.005, 0.005)])):
        pyogrio.raw.write(path, np.array(shapely.to_wkb(shapes), dtype=object), [np.array(["x"], dtype=object)],
                          ["ref"], layer=layer, driver="GPKG", geometry_type=shapes[0].geom_type, crs="EPSG:4326",
                          append=True)
    return path


def test_layers_are_ticked_and_their_label_field_chosen(opened, monkeypatch, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from cosafe.ui.features.basemap.import_options_dialog import EXAMPLES_COLUMN, NAME_COLUMN

    choose_file(monkeypatch, _three_layer_geopackage(tmp_path))
    seen = {}

    def choose(dialog: QDialog) -> None:
        table = dialog.table
        names = [table.item(row, NAME_COLUMN).text() for row in range(table.rowCount())]
        seen["rows"] = [(name, table.item(row, 1).text(), table.item(row, 2).text()) for row, name in enumerate(names)]
        seen["all ticked"] = dialog.chosen_layers() == names and dialog.ok_button.isEnabled()
        boroughs = names.index("boroughs")
        labels = dialog.label_combos["boroughs"]
        seen["guess"] = labels.currentData()
        seen["examples"] = table.item(boroughs, EXAMPLES_COLUMN).text()
        qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
        seen["none ticked: OK"] = dialog.ok_button.isEnabled()
        seen["none ticked: combos"] = dialog.label_combos["roads"].isEnabled()
        qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
        seen["all again: OK"] = dialog.ok_button.isEnabled()
        table.item(names.index("lamps"), NAME_COLUMN).setCheckState(Qt.CheckState.Unchecked)
        seen["chosen"] = dialog.chosen_label.text()
        labels.setCurrentIndex(labels.findData("BoroCode"))
        seen["examples after"] = table.item(boroughs, EXAMPLES_COLUMN).text()
        dialog.ok_button.click()

    answer_next_modal(choose)
    import_via_menu(opened)
    assert sorted(seen["rows"]) == [("boroughs", "Areas", "2"), ("lamps", "Points", "1"), ("roads", "Lines", "1")]
    assert seen["all ticked"] and seen["guess"] == "BoroName" and seen["examples"] == "Manhattan, Bronx"
    assert not seen["none ticked: OK"] and not seen["none ticked: combos"] and seen["all again: OK"]
    assert seen["chosen"] == "2 of 3 chosen" and seen["examples after"] == "1, 2"
    layers = layers_top_down(opened)
    assert sorted(layer.name for layer in layers) == ["city – boroughs", "city – roads"]  # lamps left out
    store = opened.session.store
    [boroughs] = [layer for layer in layers if layer.name.endswith("boroughs")]
    assert sorted(f.name for f in basemap.iter_features(store, boroughs.uuid)) == ["1", "2"]


def test_a_shapefile_s_encoding_is_proposed_and_previewed(opened, monkeypatch, tmp_path):
    import shapely
    from map_files import write_layer

    names = ["Région de Boké", "Labé Region"]
    path = write_layer(tmp_path / "regions.shp", "ESRI Shapefile", [shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
                       names, encoding="UTF-8")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    with open(path.with_suffix(".dbf"), "r+b") as dbf:  # the DBF says Windows-1252; its bytes are UTF-8
        dbf.seek(29)
        dbf.write(bytes([0x57]))
    choose_file(monkeypatch, path)
    seen = {}

    def look(dialog: QDialog) -> None:
        combo = dialog.encoding_combo
        seen["proposed"] = combo.currentData()
        seen["note"] = dialog.encoding_note.text() if dialog.encoding_note.isVisibleTo(dialog) else ""
        seen["examples"] = dialog.table.item(0, 5).text()
        combo.setCurrentIndex(combo.findData(""))  # as the file declares
        seen["declared examples"] = dialog.table.item(0, 5).text()
        combo.setCurrentIndex(combo.findData("UTF-8"))
        dialog.ok_button.click()

    answer_next_modal(look)
    import_via_menu(opened)
    assert seen["proposed"] == "UTF-8"
    assert seen["note"].startswith("The file says its text is CP1252, but it reads as UTF-8, so UTF-8 is chosen.")
    assert seen["examples"] == "Région de Boké, Labé Region"
    assert seen["declared examples"] == "RÃ©gion de BokÃ©, LabÃ© Region"
    [layer] = layers_top_down(opened)
    assert sorted(f.name for f in basemap.iter_features(opened.session.store, layer.uuid)) == sorted(names)


def test_an_empty_layer_starts_unticked_and_greyed_as_the_command_line_leaves_it_out(opened, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from map_files import gpx

    from cosafe.ui.features.basemap.import_options_dialog import NAME_COLUMN

    choose_file(monkeypatch, gpx(tmp_path))  # a waypoint and a track; no route
    seen = {}

    def look(dialog: QDialog) -> None:
        table = dialog.table
        for row in range(table.rowCount()):
            name = table.item(row, NAME_COLUMN).text()
            seen[name] = (table.item(row, NAME_COLUMN).checkState() == Qt.CheckState.Checked,
                          dialog.label_combos[name].isEnabled())
        dialog.ok_button.click()

    answer_next_modal(look)
    import_via_menu(opened)
    assert seen == {"waypoints": (True, True), "routes": (False, False), "tracks": (True, True)}
    assert sorted(layer.name for layer in layers_top_down(opened)) == ["walk – tracks", "walk – waypoints"]

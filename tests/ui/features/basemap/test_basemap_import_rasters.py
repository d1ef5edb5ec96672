"""File › Import Basemap with a GeoTIFF, a raster GeoPackage and a vector MBTiles: no control points,
no questions, progress off the UI thread (issue 16)."""

from __future__ import annotations

import threading

import pytest
import raster_files
from basemap_support import choose_file, layers_top_down
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash, menu_action
from vector_tiles_files import vector_mbtiles

from cosafe.io import raster_import, vector_tiles_import
from cosafe.ui.kit.progress_job import JobProgressDialog

pytestmark = OFFSCREEN_NOISE


def import_via_menu(window) -> None:
    menu_action(window, "File", "Import Basemap").trigger()


def test_a_geotiff_is_placed_without_the_paper_map_dialog(window, project_path, monkeypatch, tmp_path, dialog_log):
    assert window.open_project(str(project_path))
    choose_file(monkeypatch, raster_files.grid_geotiff(tmp_path / "aerial.tif"))
    import_via_menu(window)  # a project without a street map: a paper map would be refused here
    [layer] = layers_top_down(window)
    assert (layer.kind, layer.name, layer.source_format, layer.feature_count) == ("tiles", "aerial", "GeoTIFF", 4)
    assert window.statusBar().currentMessage() == "Imported 4 tiles into “aerial”"
    assert dialog_log.errors == [] and dialog_log.infos == []


def test_a_raster_geopackage_imports_as_tiles(window, project_path, monkeypatch, tmp_path):
    assert window.open_project(str(project_path))
    source = raster_files.raster_geopackage(tmp_path / "offline.gpkg", raster_files.utm_geotiff(tmp_path / "o.tif"),
                                            google=False)
    choose_file(monkeypatch, source)
    import_via_menu(window)
    [layer] = layers_top_down(window)
    assert (layer.kind, layer.name, layer.source_format) == ("tiles", "offline", "GeoPackage")


def test_a_vector_mbtiles_imports_its_layers_and_tells_what_it_left_out(window, project_path, monkeypatch, tmp_path,
                                                                         dialog_log):
    assert window.open_project(str(project_path))
    choose_file(monkeypatch, vector_mbtiles(tmp_path))
    import_via_menu(window)
    layers = layers_top_down(window)
    assert len(layers) == 7 and all(layer.kind == "vector" for layer in layers)
    assert window.statusBar().currentMessage() == "Imported 9 features into 7 layers from town.mbtiles"
    [(title, text)] = dialog_log.infos
    assert title == "Part of the file was not imported" and "house numbers are not drawn" in text


def test_a_crs_proj_cannot_use_is_one_error_line(window, project_path, monkeypatch, tmp_path, dialog_log):
    assert window.open_project(str(project_path))
    before = file_hash(project_path)
    choose_file(monkeypatch, raster_files.utm_geotiff(tmp_path / "site.tif", size=50,
                                                      crs='LOCAL_CS["site",UNIT["metre",1]]'))
    import_via_menu(window)
    [(title, text)] = dialog_log.errors
    assert title == "The basemap was not imported" and text.startswith("site.tif is georeferenced in a coordinate")
    assert layers_top_down(window) == [] and file_hash(project_path) == before
    assert no_progress_dialog_up()


def no_progress_dialog_up() -> bool:
    """No progress dialog shown once the import is over: a job failing right after its 0 % report
    once left QProgressDialog's own show timer running, and the dialog came back, modal."""
    return not [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, JobProgressDialog) and widget.isVisible()]


@pytest.mark.parametrize("make, module, function", [
    (lambda folder: raster_files.utm_geotiff(folder / "ortho.tif", size=600), raster_import,
     "import_georeferenced_raster"),
    (vector_mbtiles, vector_tiles_import, "import_vector_mbtiles"),
], ids=["geotiff", "vector-mbtiles"])
def test_cancel_in_the_progress_dialog_leaves_the_project_unchanged(window, project_path, monkeypatch, tmp_path, make,
                                                                    module, function):
    assert window.open_project(str(project_path))
    choose_file(monkeypatch, make(tmp_path))
    pressed = threading.Event()
    real = getattr(module, function)

    def gated_import(*args, progress, **kwargs):
        def gated(fraction: float, text: str) -> bool:
            pressed.wait(5)  # the worker waits at its first report until Cancel is pressed
            return progress(fraction, text)

        return real(*args, progress=gated, **kwargs)

    monkeypatch.setattr(module, function, gated_import)
    before = file_hash(project_path)
    seen = {}

    def press_cancel(dialog: QDialog) -> None:
        seen["progress"] = isinstance(dialog, JobProgressDialog)
        dialog.findChild(QPushButton).click()
        pressed.set()

    answer_next_modal(press_cancel)
    import_via_menu(window)
    assert seen["progress"]
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed"
    assert layers_top_down(window) == [] and file_hash(project_path) == before
    assert no_progress_dialog_up()

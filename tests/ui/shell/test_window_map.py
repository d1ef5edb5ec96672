"""The map in the main window: identify panel, zoom actions, map image export (real canvas)."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from shell_support import answer_next_modal, menu_action

from cosafe.core.records import BasemapLayer
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

LON, LAT = 36.85, -1.28


def _project(tmp_path):
    path = tmp_path / "map.gpkg"
    with ProjectStore.create(str(path), name="Map test") as store:
        basemap.add_vector_layer(store, BasemapLayer(name="Streets", kind="vector"), [
            BasemapFeature(shapely.LineString([(LON - 0.004, LAT), (LON + 0.004, LAT)]), "major_road", "Soko Street",
                           {"highway": "primary"}),
        ])
        basemap.add_vector_layer(store, BasemapLayer(name="Far park", kind="vector"), [
            BasemapFeature(shapely.box(LON + 0.05, LAT + 0.05, LON + 0.051, LAT + 0.051), "green", "Far Park"),
        ])
    return path


def _window(qtbot, path):
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(str(path))
    qtbot.waitExposed(window)
    return window


def test_clicking_a_road_shows_it_in_the_identify_panel(qtbot, tmp_path, dialog_log):
    window = _window(qtbot, _project(tmp_path))
    canvas = window.map_canvas
    window.features.basemap.zoom_to_layer(window.features.basemap.panel.layers[-1].uuid)  # the streets
    point = canvas.viewport_position(LON, LAT).toPoint() + QPoint(0, 2)
    viewport = canvas.graphics_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.identify_panel.feature is not None)
    assert window.identify_panel.feature["name"] == "Soko Street"
    assert window.identify_panel.title_label.text() == "Soko Street"
    window.close_project()
    assert window.identify_panel.feature is None


def test_zoom_actions(qtbot, tmp_path, dialog_log):
    window = _window(qtbot, _project(tmp_path))
    canvas = window.map_canvas
    streets = next(layer for layer in window.features.basemap.panel.layers if layer.name == "Streets")
    window.features.basemap.panel.select(streets.uuid)
    menu_action(window, "View", "Zoom to Layer").trigger()
    west, _, east, _ = canvas.mercator_view()
    assert east - west < 3000  # about the 900 m street, not the 6 km to the far park
    menu_action(window, "View", "Zoom to Project").trigger()
    west, _, east, _ = canvas.mercator_view()
    assert east - west > 5000


def test_export_map_image_from_the_file_menu(qtbot, tmp_path, dialog_log):
    window = _window(qtbot, _project(tmp_path))
    target = tmp_path / "map.png"

    def fill(dialog) -> None:
        dialog.width_spin.setValue(800)
        dialog.height_spin.setValue(600)
        dialog.dpi_spin.setValue(200)
        dialog.path_edit.setText(str(target))
        dialog.export_button.click()

    answer_next_modal(fill)
    menu_action(window, "File", "Export Map Image").trigger()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (800, 600)
    assert round(image.dotsPerMeterX() * 0.0254) == 200


def test_map_actions_wait_for_a_project(qtbot, dialog_log):
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    for menu, name in (("File", "Export Map Image"), ("View", "Zoom to Project"), ("View", "Zoom to Layer")):
        assert not menu_action(window, menu, name).isEnabled()

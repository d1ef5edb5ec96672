"""The paper-map placement dialog: clicks on the photo, points on the map, the fit, placing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash, menu_action
from basemap_support import choose_file, layers_top_down, write_geojson, write_photo

from cosafe.core.records import Attachment, BasemapLayer
from cosafe.io.basemap_import import import_vector_basemap
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.basemap.paper_map_dialog import PaperMapDialog
from cosafe.ui.features.basemap.paper_map_views import load_photo, to_mercator

pytestmark = OFFSCREEN_NOISE

# The photo (800 × 600 px) shows this lon/lat box, north up.
WEST, EAST, SOUTH, NORTH = -122.3010, -122.2970, 37.8060, 37.8090
PHOTO_POINTS = [(100, 100), (700, 150), (400, 500), (650, 520)]


def truth(column: float, row: float) -> tuple[float, float]:
    """Where a photo pixel really is: linear in Web Mercator, as a flat map photo is."""
    from cosafe.core.projection import point_to_lonlat

    (left, top), (right, bottom) = to_mercator(WEST, NORTH), to_mercator(EAST, SOUTH)
    return point_to_lonlat(left + (right - left) * column / 800, top + (bottom - top) * row / 600)


@pytest.fixture
def store_with_streets(project_path, tmp_path):
    store = ProjectStore.open(str(project_path))
    import_vector_basemap(store, str(write_geojson(tmp_path)))
    yield store
    store.close()


@pytest.fixture
def dialog(qtbot, store_with_streets, tmp_path):
    path = write_photo(tmp_path)
    image, scale = load_photo(str(path))
    widget = PaperMapDialog(store_with_streets, str(path), image, scale)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_photo(qtbot, dialog: PaperMapDialog, column: float, row: float) -> None:
    view = dialog.photo_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.image_to_view(column, row))


def test_three_clicked_pairs_place_the_photo(dialog, qtbot, store_with_streets):
    assert not dialog.ok_button.isEnabled()
    for column, row in PHOTO_POINTS[:3]:
        click_photo(qtbot, dialog, column, row)
        assert dialog.pending == pytest.approx((column, row), abs=2)  # within a screen pixel or so
        assert "same place on the map" in dialog.instruction.text()
        dialog.add_map_point(*truth(column, row))
    assert dialog.table.rowCount() == 3 and dialog.ok_button.isEnabled()
    assert "RMS error" in dialog.rms_label.text() and dialog.message_label.text() == ""
    assert dialog.opacity_slider.value() == 70
    dialog.name_edit.setText("Hand-drawn safety map")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    layer = store_with_streets.get(BasemapLayer, dialog.placed_layer.uuid)
    assert (layer.kind, layer.name, layer.opacity) == ("image", "Hand-drawn safety map", 0.7)
    assert len(layer.placement["control_points"]) == 3 and layer.placement["rms_m"] < 3
    assert store_with_streets.count(Attachment) == 1


def test_fourth_point_shows_residuals_and_a_real_map_click_counts(dialog, qtbot):
    for column, row in PHOTO_POINTS[:3]:
        click_photo(qtbot, dialog, column, row)
        dialog.add_map_point(*truth(column, row))
    click_photo(qtbot, dialog, *PHOTO_POINTS[3])
    canvas = dialog.map_canvas
    lon, lat = truth(*PHOTO_POINTS[3])
    qtbot.mouseClick(canvas.graphics_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=canvas.viewport_position(lon, lat).toPoint())
    assert len(dialog.pairs) == 4
    assert dialog.pairs[3][2:] == pytest.approx((lon, lat), abs=5e-5)  # one screen pixel of the map
    errors = [float(dialog.table.item(row, 3).text().removesuffix(" m")) for row in range(4)]
    assert max(errors) < 10


def test_collinear_points_keep_ok_disabled_and_say_why(dialog, qtbot):
    for column, row in [(100, 100), (300, 200), (500, 300)]:
        click_photo(qtbot, dialog, column, row)
        dialog.add_map_point(*truth(column, row))
    assert not dialog.ok_button.isEnabled()
    assert "lie on one line" in dialog.message_label.text()
    assert dialog.table.item(0, 3).text() == "—"


def test_undo_last_and_remove_point(dialog, qtbot):
    for column, row in PHOTO_POINTS[:2]:
        click_photo(qtbot, dialog, column, row)
        dialog.add_map_point(*truth(column, row))
    assert "Add 1 more point" in dialog.message_label.text()
    click_photo(qtbot, dialog, *PHOTO_POINTS[2])
    dialog.photo_view.setFocus()
    qtbot.keyClick(dialog.photo_view, Qt.Key.Key_Backspace)  # drops the waiting photo point first
    assert dialog.pending is None and len(dialog.pairs) == 2
    qtbot.keyClick(dialog.photo_view, Qt.Key.Key_Backspace)
    assert len(dialog.pairs) == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.pairs == [] and dialog.table.rowCount() == 0
    dialog.add_map_point(-122.3, 37.8)  # a map click with no photo point waiting
    assert dialog.pairs == [] and "on the photo first" in dialog.message_label.text()


# -- through File › Import Basemap, with the real map canvas ------------------------------


@pytest.fixture
def real_window(qtbot, dialog_log):
    from cosafe.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def test_photo_through_the_menu_becomes_an_image_layer(real_window, monkeypatch, tmp_path, project_path):
    with ProjectStore.open(str(project_path)) as store:
        import_vector_basemap(store, str(write_geojson(tmp_path)))
    assert real_window.open_project(str(project_path))
    choose_file(monkeypatch, write_photo(tmp_path))

    def place(dialog: QDialog) -> None:
        assert isinstance(dialog, PaperMapDialog)
        for column, row in PHOTO_POINTS[:3]:
            dialog.add_photo_point(column, row)
            dialog.add_map_point(*truth(column, row))
        dialog.ok_button.click()

    answer_next_modal(place)
    menu_action(real_window, "File", "Import Basemap").trigger()
    top = layers_top_down(real_window)[0]
    assert top.kind == "image" and top.name == "paper map"
    assert max(top.placement["residuals_m"]) < 1e-3  # exact points fit exactly
    assert real_window.statusBar().currentMessage() == "Placed paper map “paper map” by 3 points"
    assert real_window.features.basemap.panel.layers[0].uuid == top.uuid


def test_photo_without_a_basemap_explains_instead(real_window, monkeypatch, tmp_path, project_path, dialog_log):
    assert real_window.open_project(str(project_path))
    choose_file(monkeypatch, write_photo(tmp_path))
    before = file_hash(project_path)
    menu_action(real_window, "File", "Import Basemap").trigger()
    assert dialog_log.infos and dialog_log.infos[0][0] == "Import a street map first"
    assert file_hash(project_path) == before


def test_on_a_laptop_screen_the_dialog_and_its_buttons_fit(qtbot, store_with_streets, tmp_path, monkeypatch):
    """At a fixed 1200 × 820 the dialog overran a 1024 × 768 screen and Place Map was off it."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialogButtonBox, QStyle

    class LaptopScreen:  # 1024 × 768 with a task bar
        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
            return QRect(0, 0, 1024, 728)

    monkeypatch.setattr(PaperMapDialog, "screen", lambda _self: LaptopScreen())
    path = write_photo(tmp_path)
    image, scale = load_photo(str(path))
    widget = PaperMapDialog(store_with_streets, str(path), image, scale)
    qtbot.addWidget(widget)
    title_bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    assert widget.width() <= 1024 and widget.height() + title_bar <= 728
    widget.show()
    qtbot.waitExposed(widget)
    buttons = widget.findChild(QDialogButtonBox)
    assert buttons.geometry().bottom() < widget.height() and buttons.geometry().right() < widget.width()

"""Map image export: render_map_image (also headless from a plain script) and the export dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from map_support import LON, ROAD_Y, TILE_COLOUR, add_tile_layer, close, street_project

from cosafe.core.palette import BASEMAP_STYLES
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.export import render_map_image
from cosafe.core.projection import point_to_mercator
from cosafe.ui.map.style import BACKGROUND
from cosafe.ui.shell.map_export_dialog import MapExportDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
BBOX = (LON - 0.004, ROAD_Y - 0.002, LON + 0.004, ROAD_Y + 0.002)
DESKTOP = Path(__file__).resolve().parents[3] / "desktop"


@pytest.fixture
def streets(tmp_path):
    store, layer = street_project(tmp_path / "streets.gpkg")
    yield store
    store.close()


def _expected_pixel(lon: float, lat: float, bbox, width: int, height: int) -> tuple[int, int]:
    """Where lon/lat lands when ``bbox`` is fitted whole and centred into width × height."""
    x0, y0 = point_to_mercator(bbox[0], bbox[1])
    x1, y1 = point_to_mercator(bbox[2], bbox[3])
    per_px = max((x1 - x0) / width, (y1 - y0) / height)
    x, y = point_to_mercator(lon, lat)
    return round(width / 2 + (x - (x0 + x1) / 2) / per_px), round(height / 2 - (y - (y0 + y1) / 2) / per_px)


def _ink(image: QImage, left: int, top: int, width: int, height: int) -> int:
    """Pixels in a rectangle that are not map background."""
    background = QColor(BACKGROUND)
    return sum(not close(image.pixelColor(x, y), background.name(), tolerance=4)
               for x in range(left, left + width) for y in range(top, top + height))


def test_render_has_the_size_the_road_where_it_is_and_the_furniture(qapp, streets):
    image = render_map_image(streets, 800, 500, bbox=BBOX)
    assert (image.width(), image.height()) == (800, 500)
    assert image.dotsPerMeterX() == round(96 / 0.0254)
    x, y = _expected_pixel(LON - 0.003, ROAD_Y, BBOX, 800, 500)
    assert close(image.pixelColor(x, y), BASEMAP_STYLES["major_road"][0])
    assert close(image.pixelColor(x, y - 15), BACKGROUND)  # past the road's casing: background again
    assert _ink(image, 0, 440, 160, 60) > 300  # scale bar, bottom left
    assert _ink(image, 600, 470, 200, 30) > 200  # attribution, bottom right
    assert _ink(image, 740, 0, 60, 70) > 300  # north arrow, top right
    without = render_map_image(streets, 800, 500, bbox=BBOX, attribution="")
    assert _ink(without, 600, 470, 200, 30) < _ink(image, 600, 470, 200, 30) / 3


def test_default_extent_is_the_whole_project_and_dpi_scales_what_is_in_pixels(qapp, streets):
    # Without labels: the road's name sits on the middle of the road, where its width is measured
    # (test_map_labels measures the labels' own size at several DPIs).
    small = render_map_image(streets, 600, 600, labels=False)
    large = render_map_image(streets, 1875, 1875, dpi=300, labels=False)  # the same map at 300 DPI
    assert large.dotsPerMeterX() == round(300 / 0.0254) and large.dotsPerMeterY() == large.dotsPerMeterX()
    # The road's pixel spot scales with the image; its width and the furniture scale with the DPI.
    for image, scale in ((small, 1.0), (large, 1875 / 600)):
        x = round(300 * scale)
        column = [y for y in range(image.height())
                  if close(image.pixelColor(x, y), BASEMAP_STYLES["major_road"][0], tolerance=10)]
        assert column, "the road crosses the middle column"
        if scale == 1.0:
            small_width = len(column)
        else:
            assert len(column) == pytest.approx(small_width * 300 / 96, rel=0.35)
    assert _ink(large, 0, 1875 - 190, 500, 190) > 8 * _ink(small, 0, 600 - 60, 160, 60)


def test_tiles_are_rendered_under_the_roads(qapp, streets, tmp_path):
    add_tile_layer(streets, tmp_path)
    image = render_map_image(streets, 800, 500, bbox=BBOX)
    empty = (LON + 0.0035, ROAD_Y + 0.0012)  # no street feature here
    assert close(image.pixelColor(*_expected_pixel(*empty, BBOX, 800, 500)), TILE_COLOUR, tolerance=2)
    assert close(image.pixelColor(*_expected_pixel(LON - 0.003, ROAD_Y, BBOX, 800, 500)),
                 BASEMAP_STYLES["major_road"][0])


def test_nothing_to_render_and_bad_sizes_are_refused(qapp, tmp_path):
    store = ProjectStore.create(str(tmp_path / "empty.gpkg"), name="empty")
    try:
        with pytest.raises(ValueError, match="Nothing to draw"):
            render_map_image(store, 100, 100)
        with pytest.raises(ValueError, match="size"):
            render_map_image(store, 0, 100, bbox=BBOX)
        assert render_map_image(store, 50, 40, bbox=BBOX).size().width() == 50  # a bbox alone is fine
    finally:
        store.close()


def test_render_works_from_a_plain_script_with_a_gui_application(tmp_path, streets):
    out = tmp_path / "map.png"
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtGui import QGuiApplication
        from cosafe.store.project_store import ProjectStore
        from cosafe.ui.map.export import render_map_image

        app = QGuiApplication(sys.argv[:1])
        with ProjectStore.open({str(streets.path)!r}, read_only=True) as store:
            image = render_map_image(store, 640, 400, bbox={BBOX!r}, dpi=150)
        sys.exit(0 if image.save({str(out)!r}) else 1)
    """)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(DESKTOP)}
    environment.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    assert image.dotsPerMeterX() == round(150 / 0.0254)


# -- the dialog ------------------------------------------------------------------------


@pytest.fixture
def canvas(qtbot, streets):
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_project(streets)
    return widget


def test_dialog_writes_a_png_of_the_chosen_size_and_dpi(qtbot, streets, canvas, tmp_path, monkeypatch):
    dialog = MapExportDialog(streets, canvas)
    qtbot.addWidget(dialog)
    target = tmp_path / "exported"  # no suffix: the dialog adds ".png"
    monkeypatch.setattr(dialog, "choose_path", lambda: str(target))
    dialog.width_spin.setValue(640)
    dialog.height_spin.setValue(480)
    dialog.dpi_spin.setValue(300)
    dialog.project_radio.setChecked(True)
    assert "5.4 × 4.1 cm" in dialog.print_size_label.text()
    dialog.export_button.click()
    assert dialog.result() == MapExportDialog.DialogCode.Accepted
    assert dialog.written_path == str(target) + ".png"
    image = QImage(dialog.written_path)
    assert (image.width(), image.height()) == (640, 480)
    assert image.dotsPerMeterX() == round(300 / 0.0254)


def test_dialog_current_view_is_the_canvas_view(qtbot, streets, canvas, tmp_path, monkeypatch):
    canvas.zoom_to_bounds(*BBOX)
    dialog = MapExportDialog(streets, canvas)
    qtbot.addWidget(dialog)
    assert dialog.view_radio.isChecked()
    west, south, east, north = dialog.bbox()
    assert west <= BBOX[0] and south <= BBOX[1] and east >= BBOX[2] and north >= BBOX[3]
    assert east - west < 2 * (BBOX[2] - BBOX[0]) + 0.01
    dialog.project_radio.setChecked(True)
    assert dialog.bbox() is None


def test_dialog_cancelled_file_choice_writes_nothing(qtbot, streets, canvas, tmp_path, monkeypatch):
    dialog = MapExportDialog(streets, canvas)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_path", lambda: None)
    dialog.export_button.click()
    assert dialog.written_path is None and dialog.result() != MapExportDialog.DialogCode.Accepted
    assert list(tmp_path.glob("*.png")) == []

"""File › Export Map Image with overlays: tick boxes as the canvas shows them, the public blur, the PNG written."""

from __future__ import annotations

import pytest
from perception_support import new_project
from PySide6.QtGui import QImage
from shell_support import OFFSCREEN_NOISE

from cosafe.core.perception_data import PerceptionFilter
from cosafe.ui.map.export import render_map_image
from cosafe.ui.shell.map_export_dialog import CanvasOverlays, MapExportDialog, canvas_overlays
from cosafe.ui.features.analysis.style import HEAT, INCIDENTS, LOW_SCORES, PINS

pytestmark = OFFSCREEN_NOISE
SIZE = (640, 480)


@pytest.fixture
def opened(window, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")  # audits, pins, incidents; no basemap
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    return window


def _dialog(window, qtbot, **kwargs) -> MapExportDialog:
    dialog = MapExportDialog(window.session.store, window.map_canvas, window, **kwargs)
    qtbot.addWidget(dialog)
    dialog.width_spin.setValue(SIZE[0])
    dialog.height_spin.setValue(SIZE[1])
    dialog.dpi_spin.setValue(96)
    dialog.project_radio.setChecked(True)
    return dialog


def test_boxes_start_as_the_canvas_shows_the_layers(opened, qtbot):
    ui = opened.features.analysis
    ui.layer_actions[INCIDENTS].setChecked(False)
    ui.layer_actions[HEAT].setChecked(True)
    ui.heat_actions[LOW_SCORES].setChecked(True)
    ui.filter_state.update(times_of_day=frozenset({"night"}))
    shown = canvas_overlays(opened)
    assert shown.visible == {"proposals", "audit_points", "pins", "routes", "heat"}
    assert shown.heat_source == LOW_SCORES and shown.heat_radius_m == ui.map_panel.radius
    assert shown.content is ui.source.map_content()  # the filtered content the canvas draws
    dialog = _dialog(opened, qtbot)
    assert dialog.overlays() == shown.visible
    assert dialog.public_box.isChecked() and dialog.grid_spin.isEnabled()  # what leaves the laptop is blurred
    dialog.public_box.setChecked(False)  # exact places: a deliberate choice
    assert not dialog.grid_spin.isEnabled()


def test_export_writes_the_ticked_overlays_blurred_when_asked(opened, qtbot, tmp_path):
    store = opened.session.store
    shown = CanvasOverlays(frozenset({PINS}))
    dialog = _dialog(opened, qtbot, shown=shown)
    assert dialog.overlays() == {PINS}
    dialog.public_box.setChecked(True)
    dialog.grid_spin.setValue(150)
    path = tmp_path / "public.png"
    assert dialog.export_to(str(path))
    written = QImage(str(path))
    expected = render_map_image(store, *SIZE, overlays={PINS}, public=True, grid_m=150)
    assert written.convertToFormat(expected.format()) == expected
    exact = render_map_image(store, *SIZE, overlays={PINS})
    assert written.convertToFormat(exact.format()) != exact


def test_nothing_ticked_and_no_basemap_is_told_and_writes_nothing(opened, qtbot, tmp_path, dialog_log):
    dialog = _dialog(opened, qtbot, shown=CanvasOverlays())
    assert dialog.overlays() == frozenset()
    path = tmp_path / "none.png"
    assert not dialog.export_to(str(path))
    assert not path.exists()
    assert dialog_log.errors and "Nothing to draw" in dialog_log.errors[0][1]
    dialog.overlay_boxes["audit_points"].setChecked(True)
    assert dialog.export_to(str(path)) and path.exists()


def test_a_filter_with_no_match_leaves_the_perception_layers_empty(opened, qtbot, tmp_path):
    ui = opened.features.analysis
    ui.filter_state.set_filter(PerceptionFilter(date_from="2030-01-01"))
    dialog = _dialog(opened, qtbot)
    dialog.overlay_boxes["proposals"].setChecked(False)
    assert not dialog.export_to(str(tmp_path / "empty.png"))  # nothing the filter keeps, no basemap


def test_the_legend_speaks_the_project_s_report_language(opened, qtbot, tmp_path):
    from cosafe.catalogues import speaking
    from cosafe.core import i18n
    from cosafe.core.edits import SetProjectProperties

    store = opened.session.store
    assert opened.session.perform(SetProjectProperties(store, {"report_language": "pt"}))
    dialog = _dialog(opened, qtbot, shown=CanvasOverlays(frozenset({PINS})))
    dialog.public_box.setChecked(False)
    path = tmp_path / "pt.png"
    assert dialog.export_to(str(path))
    written = QImage(str(path))
    with speaking("pt"):
        portuguese = render_map_image(store, *SIZE, overlays={PINS})
    english = render_map_image(store, *SIZE, overlays={PINS})
    assert written.convertToFormat(portuguese.format()) == portuguese
    assert written.convertToFormat(english.format()) != english  # the legend's words differ
    assert i18n.language() == "en" and dialog.windowTitle() == "Export Map Image"

"""The heat map layer: source, radius, orientation, the panel's controls and the View menu."""

from __future__ import annotations

import time

import numpy as np
import pytest
from perception_support import LAT, LON, new_project
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.core.projection import to_mercator
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.features.analysis.style import MAX_ALPHA, heat_lut
from cosafe.ui.features.analysis.map_layers import PerceptionMapLayers
from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.features.analysis.style import HEAT, INCIDENT_DENSITY, LOW_SCORES, UNSAFE_PINS

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def layers(qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "p.gpkg")
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    layers = PerceptionMapLayers(canvas.view_box)
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    layers.show(source.map_content())
    yield layers
    store.close()


def hottest_lonlat_y(layers: PerceptionMapLayers) -> float:
    """Mercator y of the centre of the hottest cell, read back through the drawn image's rectangle."""
    item = layers.heat_item
    values = item.image
    row = np.unravel_index(np.argmax(values), values.shape)[0]
    rect = item.mapRectToParent(item.boundingRect())
    return rect.top() + (row + 0.5) / values.shape[0] * rect.height()


def test_lookup_table_is_transparent_when_cold_and_opaque_when_hot():
    lut = heat_lut()
    assert lut.shape == (256, 4)
    assert lut[0, 3] == 0 and lut[-1, 3] == MAX_ALPHA
    assert np.all(np.diff(lut[:, 3].astype(int)) >= 0)
    assert lut[-1, 0] > lut[-1, 2]  # hot is red, not blue


def test_heat_map_is_off_until_chosen_and_follows_its_layer_toggle(layers):
    assert not layers.heat_item.isVisible()
    layers.set_heat(UNSAFE_PINS, 100)
    assert layers.heat_item.isVisible() and layers.heat_item.image is not None
    layers.set_layer_visible(HEAT, False)
    assert not layers.heat_item.isVisible()
    layers.set_layer_visible(HEAT, True)
    assert layers.heat_item.isVisible()
    layers.set_heat(None, 100)
    assert not layers.heat_item.isVisible()


def test_radius_changes_the_image(layers):
    layers.set_heat(UNSAFE_PINS, 60)
    small = layers.heat_item.image.copy()
    small_rect = layers.heat_item.mapRectToParent(layers.heat_item.boundingRect())
    layers.set_heat(UNSAFE_PINS, 300)
    large = layers.heat_item.image
    large_rect = layers.heat_item.mapRectToParent(layers.heat_item.boundingRect())
    # A wider reach pads the grid further and spreads the heat: more ground is warm.
    assert large_rect.width() > small_rect.width() + 400

    def warm_area(values, rect):
        return (values > 0.2).sum() * rect.width() / values.shape[1] * rect.height() / values.shape[0]

    assert warm_area(large, large_rect) > 3 * warm_area(small, small_rect)


def test_the_hottest_place_is_drawn_where_the_points_are(layers):
    _x, south = to_mercator(LON, LAT - 0.0008)  # the four unsafe night pins
    _x, north = to_mercator(LON, LAT + 0.0012)  # the four incidents
    _x, walk = to_mercator(LON, LAT)  # the audit points; the night ones score low
    layers.set_heat(UNSAFE_PINS, 80)
    assert abs(hottest_lonlat_y(layers) - south) < 30
    layers.set_heat(INCIDENT_DENSITY, 80)
    assert abs(hottest_lonlat_y(layers) - north) < 30
    layers.set_heat(LOW_SCORES, 80)
    assert abs(hottest_lonlat_y(layers) - walk) < 30


def test_no_weighted_points_means_no_heat(qtbot):
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    layers = PerceptionMapLayers(canvas.view_box)
    layers.show(MapContent(pin_lons=np.array([LON]), pin_lats=np.array([LAT]),
                           pin_feelings=np.array(["safe"], dtype=object)))
    layers.set_heat(UNSAFE_PINS, 100)
    assert not layers.heat_item.isVisible()


def test_heat_of_ten_thousand_pins_is_quick(qtbot):
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    layers = PerceptionMapLayers(canvas.view_box)
    rng = np.random.default_rng(3)
    layers.show(MapContent(pin_lons=LON + rng.random(10_000) * 0.03, pin_lats=LAT + rng.random(10_000) * 0.03,
                           pin_feelings=np.full(10_000, "unsafe", dtype=object)))
    started = time.perf_counter()
    layers.set_heat(UNSAFE_PINS, 150)
    elapsed = time.perf_counter() - started
    assert layers.heat_item.isVisible()
    assert elapsed < 0.5, f"heat map of 10,000 pins took {elapsed:.3f} s"


def test_panel_radius_and_view_menu_drive_the_heat_map(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    ui = window.features.analysis
    panel = ui.map_panel
    assert not ui.layers.heat_item.isVisible()
    panel.source_combo.setCurrentIndex(panel.source_combo.findData(INCIDENT_DENSITY))
    assert ui.heat_actions[INCIDENT_DENSITY].isChecked() and ui.layer_actions[HEAT].isChecked()
    assert ui.layers.heat_source == INCIDENT_DENSITY and ui.layers.heat_item.isVisible()
    before = ui.layers.heat_item.image.copy()
    with qtbot.waitSignal(panel.radius_changed, timeout=2000) as blocker:
        panel.radius_spin.setValue(250)
        panel.radius_slider.setValue(300)  # a drag: one recomputation once it rests
    assert blocker.args == [300]
    assert ui.layers.heat_radius_m == 300
    assert ui.layers.heat_item.image.shape != before.shape
    # View › Heat Map Source: the menu and the panel's combo stay in step.
    ui.heat_actions[LOW_SCORES].trigger()
    assert panel.source_combo.currentData() == LOW_SCORES and ui.layers.heat_source == LOW_SCORES
    assert ui.radius_action in ui.heat_menu.actions()
    ui.layer_actions[HEAT].trigger()
    assert not panel.heat_box.isChecked() and not ui.layers.heat_item.isVisible()


def test_view_menu_asks_for_the_radius(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "r.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "r.gpkg"))
    ui = window.features.analysis

    def answer(dialog) -> None:
        dialog.setIntValue(420)
        dialog.accept()

    answer_next_modal(answer)
    ui.radius_action.trigger()
    assert ui.map_panel.radius == 420
    assert ui.layer_actions[HEAT].isChecked()
    qtbot.waitUntil(lambda: ui.layers.heat_radius_m == 420)
    assert ui.layers.heat_item.isVisible()

"""Perceptions on the map: audit points by score, dark spots, pins, incidents, routes; toggles; the window."""

from __future__ import annotations

import time

import numpy as np
import pytest
from perception_support import LAT, LON, new_project
from PySide6.QtGui import QColor, QImage, QPainter
from shapely.geometry import Point
from shell_support import OFFSCREEN_NOISE

from cosafe.core.edits import AddRecord
from cosafe.core.projection import to_mercator
from cosafe.core.records import PerceptionPin
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.features.analysis.map_items import RouteItem, audit_point_items, pin_items
from cosafe.ui.features.analysis.map_layers import PerceptionMapLayers
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.features.analysis.style import AUDIT_POINTS, INCIDENTS, LEGEND, PINS, ROUTES, SCORE_CLASSES, score_class
from cosafe.ui.map.symbols import symbol_icon

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def mapped(qtbot, tmp_path):
    """A canvas with the perception layers of the seeded project, zoomed onto them."""
    store, seeded = new_project(tmp_path / "p.gpkg")
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    canvas.set_project(store)
    layers = PerceptionMapLayers(canvas.view_box)
    source = PerceptionSource(PerceptionFilterState())
    source.updated.connect(lambda: layers.show(source.map_content()))
    source.set_store(store)
    canvas.zoom_to_bounds(LON - 0.001, LAT - 0.0015, LON + 0.004, LAT + 0.0015)
    yield canvas, layers, source, seeded
    store.close()


def styles(layers: PerceptionMapLayers, key: str) -> dict[str, int]:
    return {item.style_name: item.line_count if isinstance(item, RouteItem) else len(item.data)
            for item in layers.items(key)}


def test_score_classes_split_the_0_to_5_range_in_five():
    classes = score_class(np.array([0.0, 0.99, 1.0, 2.5, 4.2, 5.0, np.nan]))
    assert classes.tolist() == [0, 0, 1, 2, 4, 4, -1]
    assert len(SCORE_CLASSES) == 5


def test_audit_points_are_drawn_by_score_class_with_dark_spots_framed(mapped):
    _canvas, layers, _source, _seeded = mapped
    # Day points score 4.79 (class 4); night points 1.25 (places 0-1, lighting 0) and 1.67 (class 1).
    assert styles(layers, AUDIT_POINTS) == {"dark_spot": 2, "score_4": 6, "score_1": 6}
    frame = next(i for i in layers.items(AUDIT_POINTS) if i.style_name == "dark_spot")
    poor = next(i for i in layers.items(AUDIT_POINTS) if i.style_name == "score_1")
    good = next(i for i in layers.items(AUDIT_POINTS) if i.style_name == "score_4")
    assert frame.zValue() < good.zValue() < poor.zValue()  # frames under circles, poor places on top


def test_pins_incidents_and_routes_have_their_own_styles(mapped):
    _canvas, layers, _source, _seeded = mapped
    assert styles(layers, PINS) == {"safe": 6, "unsafe": 6}
    assert styles(layers, INCIDENTS) == {"incident": 4}
    assert styles(layers, ROUTES) == {"route_day": 1, "route_night": 1}
    symbols = {item.style_name: item.opts["symbol"] for item in layers.items(PINS)}
    assert symbols["safe"] is not symbols["unsafe"]  # told apart by shape, not only colour


def test_markers_are_painted_where_the_data_is(mapped, qtbot):
    canvas, layers, _source, _seeded = mapped
    qtbot.wait(50)
    image = canvas.grab().toImage()
    # The unsafe night pins (vermillion triangles) at LAT - 0.0008: the pixel there is warm.
    pos = canvas.viewport_position(LON + 0.0004, LAT - 0.0008).toPoint()
    colour = QColor(image.pixel(pos.x(), pos.y() + 1))
    assert colour.red() > 150 and colour.blue() < 120
    layers.set_layer_visible(PINS, False)
    qtbot.wait(50)
    hidden = QColor(canvas.grab().toImage().pixel(pos.x(), pos.y() + 1))
    assert hidden != colour
    assert not any(item.isVisible() for item in layers.items(PINS))
    layers.set_layer_visible(PINS, True)
    assert all(item.isVisible() for item in layers.items(PINS))


def test_ten_thousand_pins_are_two_batched_items_drawn_quickly(qtbot):
    rng = np.random.default_rng(5)
    lons, lats = LON + rng.random(10_000) * 0.03, LAT + rng.random(10_000) * 0.03
    feelings = np.where(rng.random(10_000) < 0.6, "unsafe", "safe").astype(object)
    items = pin_items(lons, lats, feelings)
    assert len(items) == 2 and sum(len(item.data) for item in items) == 10_000
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    for item in items:
        canvas.view_box.addItem(item, ignoreBounds=True)
    canvas.zoom_to_bounds(LON, LAT, LON + 0.03, LAT + 0.03)
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    canvas.graphics_view.render(painter)  # first paint builds the marker atlas
    started = time.perf_counter()
    canvas.graphics_view.render(painter)
    elapsed = time.perf_counter() - started
    painter.end()
    assert elapsed < 0.5, f"10,000 pins took {elapsed:.3f} s to paint"


def test_unscored_points_are_grey_and_hollow():
    items = audit_point_items(np.array([LON, LON + 0.001]), np.array([LAT, LAT]), np.array([np.nan, 3.2]),
                              np.array([False, False]))
    assert sorted(item.style_name for item in items) == ["score_3", "unscored"]


def test_legend_swatches_draw_every_style(qtbot):
    for _layer, _label, shape, pen, brush in LEGEND:
        pixmap = symbol_icon(shape, pen, brush).pixmap(18, 18)
        image = pixmap.toImage()
        assert any(QColor(image.pixel(x, y)).alpha() > 0 for x in range(18) for y in range(18))


def test_window_shows_perceptions_and_follows_edits(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    ui = window.features.analysis
    assert styles(ui.layers, PINS) == {"safe": 6, "unsafe": 6}
    assert ui.map_panel.counts.text() == "On the map: 12 audit points · 12 pins · 2 routes · 4 recorded incidents"
    pin = PerceptionPin(geom=Point(LON, LAT), feeling="unsafe", time_of_day="night")
    assert window.session.perform(AddRecord(pin))
    assert styles(ui.layers, PINS) == {"safe": 6, "unsafe": 7}
    window.session.undo_stack.undo()
    assert styles(ui.layers, PINS) == {"safe": 6, "unsafe": 6}
    # View › Perception Layers toggles the same layer the panel's tick box does.
    action = ui.layer_actions[PINS]
    action.trigger()
    assert not ui.map_panel.boxes[PINS].isChecked()
    assert not any(item.isVisible() for item in ui.layers.items(PINS))
    ui.map_panel.boxes[PINS].setChecked(True)
    assert action.isChecked() and all(item.isVisible() for item in ui.layers.items(PINS))
    window.close_project()
    assert ui.map_dock.isHidden() and ui.analysis_dock.isHidden()
    assert not ui.map_dock.toggleViewAction().isEnabled()


def test_project_without_basemap_opens_on_its_perceptions(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "nobasemap.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "nobasemap.gpkg"))
    canvas = window.map_canvas
    x, y = to_mercator(LON + 0.0015, LAT)

    def shown() -> bool:
        left, bottom, right, top = canvas.mercator_view()
        return left < x < right and bottom < y < top and right - left < 2000

    qtbot.waitUntil(shown)

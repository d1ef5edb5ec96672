"""Identify: clicking the map names the feature under the click; the panel shows its tags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from shapely.geometry import box
from map_support import BUILDINGS, EMPTY, LAT, LON, ROAD_Y, close, screen_pos, street_project

from cosafe.core.records import BasemapLayer
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.ui.shell.identify_panel import EMPTY_TEXT, IdentifyPanel
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.highlight import CORE
from cosafe.store.queries.identify import identify_feature

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def streets(tmp_path):
    store, layer = street_project(tmp_path / "streets.gpkg")
    yield store, layer
    store.close()


@pytest.fixture
def canvas(qtbot, streets):
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_project(streets[0])
    return widget


def _click(qtbot, canvas: MapCanvas, point: QPoint):
    with qtbot.waitSignal(canvas.feature_identified, timeout=2000) as blocker:
        qtbot.mouseClick(canvas.graphics_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return blocker.args[0]


def test_clicking_three_pixels_off_a_road_identifies_it(qtbot, canvas):
    road = screen_pos(canvas, LON - 0.003, ROAD_Y)
    found = _click(qtbot, canvas, road + QPoint(0, 3))
    assert found["name"] == "Main St" and found["class_label"] == "Major road" and found["layer_name"] == "streets"
    assert found["tags"] == {"highway": "primary", "lanes": "4"}
    assert found["distance_m"] == pytest.approx(3 * canvas.ground_metres_per_pixel(), rel=0.4)
    # The road is outlined on the map, above everything else.
    assert canvas.highlight is not None
    image = canvas.grab().toImage()
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    assert close(image.pixelColor(road + offset), CORE.name(), tolerance=10)


def test_clicking_inside_a_building_identifies_it(qtbot, canvas):
    x, y = BUILDINGS[3].centroid.coords[0]
    canvas.zoom_to_bounds(*BUILDINGS[3].buffer(0.001).bounds)  # buildings are only drawn close up
    found = _click(qtbot, canvas, screen_pos(canvas, x, y))
    assert found["name"] == "House 3" and found["class_label"] == "Building"
    assert found["tags"]["addr:housenumber"] == "3"


def test_clicking_empty_space_finds_nothing_and_clears_the_highlight(qtbot, canvas):
    _click(qtbot, canvas, screen_pos(canvas, LON - 0.003, ROAD_Y))
    assert canvas.highlight is not None
    assert _click(qtbot, canvas, screen_pos(canvas, *EMPTY)) is None
    assert canvas.highlight is None


def test_hiding_the_layer_clears_the_identified_feature(qtbot, canvas, streets):
    store, layer = streets
    _click(qtbot, canvas, screen_pos(canvas, LON - 0.003, ROAD_Y))
    layer = store.get(BasemapLayer, layer.uuid)
    layer.visible = False
    store.replace(layer)
    with qtbot.waitSignal(canvas.feature_identified) as blocker:
        canvas.reload_basemap()
    assert blocker.args == [None] and canvas.highlight is None
    assert canvas.identify_at(LON - 0.003, ROAD_Y) is None  # hidden layers are not identified


def test_identify_can_be_turned_off(qtbot, canvas):
    canvas.identify_enabled = False
    with qtbot.assertNotEmitted(canvas.feature_identified):
        qtbot.mouseClick(canvas.graphics_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=screen_pos(canvas, LON - 0.003, ROAD_Y))
    assert canvas.highlight is None


# -- the query, without Qt -----------------------------------------------------------


def test_query_prefers_points_and_lines_then_the_smallest_polygon(tmp_path):
    store = ProjectStore.create(str(tmp_path / "q.gpkg"), name="q")
    try:
        layer = BasemapLayer(name="area", kind="vector")
        basemap.add_vector_layer(store, layer, [
            BasemapFeature(box(LON, LAT, LON + 0.01, LAT + 0.01), "landuse", "District"),
            BasemapFeature(box(LON + 0.004, LAT + 0.004, LON + 0.006, LAT + 0.006), "green", "Square"),
            BasemapFeature(box(LON + 0.0045, LAT + 0.0045, LON + 0.0046, LAT + 0.0046), "building", "Kiosk"),
        ])
        inside_square = identify_feature(store, LON + 0.0055, LAT + 0.0055, 10)
        assert inside_square.name == "Square" and inside_square.kind == "polygon"
        assert identify_feature(store, LON + 0.00455, LAT + 0.00455, 10).name == "Kiosk"
        assert identify_feature(store, LON + 0.00455, LAT + 0.00455, 10, hidden_classes={"building"}).name == "Square"
        assert identify_feature(store, LON + 0.001, LAT + 0.001, 10).name == "District"
        assert identify_feature(store, LON - 0.001, LAT - 0.001, 10) is None
    finally:
        store.close()


def test_query_radius_is_ground_metres(tmp_path, streets):
    store, _ = streets
    metres_per_degree_lat = 111_320.0
    # 20 m south of the road: found within 25 m, not within 15 m.
    south = ROAD_Y - 20 / metres_per_degree_lat
    assert identify_feature(store, LON - 0.003, south, 25).name == "Main St"
    assert identify_feature(store, LON - 0.003, south, 15) is None


# -- the panel -------------------------------------------------------------------------


def test_panel_shows_a_calm_hint_then_the_feature_and_its_tags(qtbot):
    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.pages.currentWidget() is panel.empty_label and panel.empty_label.text() == EMPTY_TEXT
    panel.show_feature({"name": "Main St", "style_class": "major_road", "class_label": "Major road",
                        "layer_name": "streets", "tags": {"lanes": "4", "highway": "primary"}})
    assert panel.title_label.text() == "Main St"
    assert "Major road" in panel.kind_label.text() and "streets" in panel.kind_label.text()
    assert panel.tag_rows() == [("highway", "primary"), ("lanes", "4")]
    assert panel.table.columnCount() == 2 and panel.table.isVisibleTo(panel)
    panel.show_feature({"name": None, "class_label": "Building", "layer_name": "OSM", "tags": {}})
    assert panel.title_label.text() == "Unnamed building"
    assert panel.tag_rows() == [] and panel.no_tags_label.isVisibleTo(panel)
    panel.show_feature(None)
    assert panel.pages.currentWidget() is panel.empty_label


def test_panel_follows_the_canvas(qtbot, canvas):
    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    canvas.feature_identified.connect(panel.show_feature)
    _click(qtbot, canvas, screen_pos(canvas, LON - 0.003, ROAD_Y))
    assert panel.title_label.text() == "Main St"
    assert ("lanes", "4") in panel.tag_rows()

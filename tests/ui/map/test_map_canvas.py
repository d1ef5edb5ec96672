"""MapCanvas: batched basemap items, navigation, cursor position, pixels, scale bar."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from shapely.geometry import LineString, Point, Polygon, box

from cosafe.core.palette import BASEMAP_STYLES
from cosafe.core.records import BasemapLayer
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.basemap_data import build_basemap
from cosafe.ui.map.basemap_items import BasemapClassItem
from cosafe.ui.map.overlay import MARGIN, nice_length
from cosafe.core.projection import point_to_lonlat, point_to_mercator, to_lonlat, to_mercator
from cosafe.ui.map.style import BACKGROUND

LON, LAT = -122.30, 37.81  # West Oakland
ROAD_Y = LAT - 0.001  # the major road runs east-west along this latitude
BUILDINGS = [box(LON + 0.0005 + i * 0.0004, LAT + 0.0010, LON + 0.0008 + i * 0.0004, LAT + 0.0013) for i in range(12)]
# The offscreen platform plugin says this whenever a top-level window is shown; it is
# about the test platform, not the canvas. Any other Qt warning still fails a test.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
NICE = {f * 10.0**k for k in range(0, 7) for f in (1, 2, 5)}


def _features() -> list[BasemapFeature]:
    park = Polygon([(LON - 0.004, LAT + 0.001), (LON - 0.001, LAT + 0.001), (LON - 0.001, LAT + 0.003),
                    (LON - 0.004, LAT + 0.003)],
                   [[(LON - 0.003, LAT + 0.0015), (LON - 0.002, LAT + 0.0015), (LON - 0.002, LAT + 0.0025),
                     (LON - 0.003, LAT + 0.0025)]])
    return [
        BasemapFeature(LineString([(LON - 0.005, ROAD_Y), (LON + 0.005, ROAD_Y)]), "major_road", "Main St"),
        BasemapFeature(LineString([(LON, LAT - 0.004), (LON, LAT + 0.004)]), "minor_road", "Side St"),
        BasemapFeature(LineString([(LON + 0.002, LAT - 0.004), (LON + 0.002, LAT + 0.004)]), "minor_road"),
        BasemapFeature(park, "green", "Park"),
        BasemapFeature(Point(LON + 0.003, LAT - 0.002), "poi", "Cafe"),
        *[BasemapFeature(b, "building") for b in BUILDINGS],
    ]


@pytest.fixture
def project(tmp_path):
    store = ProjectStore.create(str(tmp_path / "p.gpkg"), name="x")
    basemap.add_vector_layer(store, BasemapLayer(name="streets", kind="vector", attribution="© OSM contributors"),
                             _features())
    yield store
    store.close()


@pytest.fixture
def canvas(qtbot, project):
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_project(project)
    return widget


def _screen_pos(canvas: MapCanvas, lon: float, lat: float) -> QPoint:
    """Viewport pixel of a lon/lat through pyqtgraph's own mapping (not the canvas helper)."""
    x, y = point_to_mercator(lon, lat)
    scene = canvas.view_box.mapViewToScene(QPointF(x, y))
    return canvas.graphics_view.mapFromScene(scene)


def _grab(canvas: MapCanvas) -> QImage:
    image = canvas.grab().toImage()
    assert image.devicePixelRatio() == 1.0
    return image


def _by_class(canvas: MapCanvas) -> dict[str, BasemapClassItem]:
    return {style_class: item for (_, style_class), item in canvas.basemap_items.items()}


def _close(colour: QColor, expected: str, tolerance: int = 6) -> bool:
    other = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3]))


def test_one_item_per_style_class_not_per_feature(canvas):
    items = [i for i in canvas.view_box.childGroup.childItems() if isinstance(i, BasemapClassItem)]
    assert sorted(i.style_class for i in items) == ["building", "green", "major_road", "minor_road", "poi"]
    assert _by_class(canvas)["building"].feature_count == len(BUILDINGS)
    assert len(canvas.graphics_view.scene().items()) < len(BUILDINGS)  # nothing per feature anywhere
    # Stacking follows BASEMAP_DRAW_ORDER: roads above buildings above parks.
    z = {i.style_class: i.zValue() for i in items}
    assert z["green"] < z["building"] < z["minor_road"] < z["major_road"] < z["poi"]


def test_empty_and_no_project_show_a_calm_hint(qtbot, tmp_path):
    widget = MapCanvas()
    qtbot.addWidget(widget)
    assert widget.overlay.hint == "No project open"
    store = ProjectStore.create(str(tmp_path / "empty.gpkg"), name="empty")
    try:
        widget.set_project(store)
        assert widget.overlay.hint == "No basemap yet"
        assert widget.basemap_items == {}
        widget.zoom_to_extent()  # nothing to fit: no error
        widget.grab()
    finally:
        widget.set_project(None)
        store.close()


def test_clearing_the_project_removes_items(canvas):
    canvas.set_project(None)
    assert canvas.basemap_items == {}
    assert not [i for i in canvas.view_box.childGroup.childItems() if isinstance(i, BasemapClassItem)]


def test_zoom_to_extent_contains_the_data(canvas, project):
    canvas.view_box.translateBy(x=50_000)
    canvas.zoom_to_extent()
    min_x, min_y = point_to_mercator(*basemap.extent(project)[:2])
    max_x, max_y = point_to_mercator(*basemap.extent(project)[2:])
    view = canvas.view_box.viewRect()
    assert view.left() <= min_x and view.right() >= max_x
    assert view.top() <= min_y and view.bottom() >= max_y  # y up: QRectF top is the smaller y
    assert view.width() < 3 * (max_x - min_x)  # fitted, not just anywhere around it


def test_cursor_moved_reports_lon_lat_under_the_mouse(qtbot, canvas):
    target = _screen_pos(canvas, LON + 0.002, ROAD_Y)
    with qtbot.waitSignal(canvas.cursor_moved, timeout=2000) as blocker:
        qtbot.mouseMove(canvas.graphics_view.viewport(), target)
    lon, lat = blocker.args
    degrees_per_pixel = (canvas.view_box.viewPixelSize()[0] / 111_320) * 2  # a pixel's worth, with margin
    assert lon == pytest.approx(LON + 0.002, abs=degrees_per_pixel)
    assert lat == pytest.approx(ROAD_Y, abs=degrees_per_pixel)


def test_wheel_zooms_around_the_cursor(qtbot, canvas):
    viewport = canvas.graphics_view.viewport()
    cursor = _screen_pos(canvas, LON + 0.002, ROAD_Y)
    before = canvas.view_box.viewRect().width()
    event = QWheelEvent(QPointF(cursor), QPointF(viewport.mapToGlobal(cursor)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert canvas.view_box.viewRect().width() < before * 0.95
    still_there = canvas.lonlat_at(QPointF(cursor))
    assert still_there[0] == pytest.approx(LON + 0.002, abs=2e-5)
    assert still_there[1] == pytest.approx(ROAD_Y, abs=2e-5)


def test_keys_zoom_and_pan(qtbot, canvas):
    view = canvas.graphics_view
    width = canvas.view_box.viewRect().width()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert canvas.view_box.viewRect().width() == pytest.approx(width / 1.25, rel=0.01)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert canvas.view_box.viewRect().width() == pytest.approx(width * 1.25, rel=0.01)
    left = canvas.view_box.viewRect().left()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert canvas.view_box.viewRect().left() > left
    bottom = canvas.view_box.viewRect().top()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert canvas.view_box.viewRect().top() > bottom  # north is up


def test_enter_and_insert_click_at_the_centre_marked_by_a_crosshair(qtbot, canvas):
    """The keyboard places as the mouse does: Enter or Insert on the map is a left click at its centre."""
    view = canvas.graphics_view
    clicks: list[tuple[float, float]] = []
    canvas.clicked.connect(lambda lon, lat: clicks.append((lon, lat)))
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert canvas.overlay.crosshair  # reached by the keyboard: the centre is shown
    centre = canvas.view_box.viewRect().center()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert):
        qtbot.keyClick(view, key)
    lon, lat = point_to_lonlat(centre.x(), centre.y())
    degrees_per_pixel = canvas.view_box.viewPixelSize()[0] / 111_320 * 2
    assert len(clicks) == 3
    assert all(c == pytest.approx((lon, lat), abs=degrees_per_pixel) for c in clicks)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)  # the mouse shows where it places
    assert not canvas.overlay.crosshair and len(clicks) == 4
    qtbot.keyClick(view, Qt.Key.Key_Return)  # after the mouse, Enter is the tool's key only
    assert len(clicks) == 4
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert canvas.overlay.crosshair
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(clicks) == 5


def test_pixels_show_the_road_where_it_is_and_background_elsewhere(canvas):
    road = _screen_pos(canvas, LON - 0.0035, ROAD_Y)
    empty = _screen_pos(canvas, LON + 0.0035, LAT + 0.003)  # no feature there
    image = _grab(canvas)
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    assert _close(image.pixelColor(road + offset), BASEMAP_STYLES["major_road"][0])
    assert _close(image.pixelColor(empty + offset), BACKGROUND)
    # Just north of the road, past its casing, is background again.
    assert _close(image.pixelColor(road + offset - QPoint(0, 12)), BACKGROUND)


def test_buildings_are_dropped_when_zoomed_far_out(canvas):
    building_lonlat = BUILDINGS[0].centroid.coords[0]
    canvas.view_box.setRange(xRange=(0, 1), yRange=(0, 1))  # reset, then a close view on the building
    x, y = point_to_mercator(*building_lonlat)
    canvas.view_box.setRange(xRange=(x - 150, x + 150), yRange=(y - 150, y + 150), padding=0)
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    near = _grab(canvas).pixelColor(_screen_pos(canvas, *building_lonlat) + offset)
    assert _close(near, BASEMAP_STYLES["building"][0])
    canvas.view_box.setRange(xRange=(x - 20_000, x + 20_000), yRange=(y - 20_000, y + 20_000), padding=0)
    far = _grab(canvas).pixelColor(_screen_pos(canvas, *building_lonlat) + offset)
    assert not _close(far, BASEMAP_STYLES["building"][0], tolerance=3)


def test_scale_bar_is_round_and_true_to_ground_distance(canvas):
    for width in (300.0, 2_000.0, 30_000.0):
        x, y = point_to_mercator(LON, LAT)
        canvas.view_box.setRange(xRange=(x - width / 2, x + width / 2), yRange=(y - 10, y + 10), padding=0)
        bar = canvas.overlay.scale_bar
        assert bar.metres in NICE
        assert bar.label in (f"{bar.metres:g} m", f"{bar.metres / 1000:g} km")
        # Ground distance between two viewport pixels `bar.pixels` apart at mid-height.
        mid = canvas.graphics_view.viewport().height() / 2
        lon1, lat1 = canvas.lonlat_at(QPointF(100, mid))
        lon2, lat2 = _lonlat_at_exact(canvas, 100 + bar.pixels, mid)
        ground = Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)[2]
        assert ground == pytest.approx(bar.metres, rel=0.02)
        # The drawn bar: dark ink along its baseline, as long as announced.
        image = _grab(canvas)
        row = image.height() - MARGIN - 7
        dark = [px for px in range(image.width() // 2) if image.pixelColor(px, row).lightness() < 90]
        assert dark and dark[-1] - dark[0] + 1 == pytest.approx(bar.pixels, rel=0.02, abs=1.0)


def _lonlat_at_exact(canvas: MapCanvas, px: float, py: float) -> tuple[float, float]:
    """Like ``lonlat_at`` but without rounding to whole pixels (bars are fractional)."""
    scene = canvas.graphics_view.mapToScene(QPoint(0, 0)) + QPointF(px, py)
    point = canvas.view_box.mapSceneToView(scene)
    return point_to_lonlat(point.x(), point.y())


def test_attribution_comes_from_the_layers(canvas):
    assert canvas.overlay.attribution == "© OSM contributors"


def test_hidden_layers_are_not_drawn(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "h.gpkg"), name="h")
    try:
        basemap.add_vector_layer(store, BasemapLayer(name="off", kind="vector", visible=False), _features())
        widget = MapCanvas()
        qtbot.addWidget(widget)
        widget.set_project(store)
        assert widget.basemap_items == {}
        assert widget.overlay.hint == "No basemap yet"
    finally:
        store.close()


def test_a_lone_point_is_shown_with_its_surroundings(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "pt.gpkg"), name="pt")
    try:
        basemap.add_vector_layer(store, BasemapLayer(name="one", kind="vector"),
                                 [BasemapFeature(Point(LON, LAT), "poi", "Here")])
        widget = MapCanvas()
        qtbot.addWidget(widget)
        widget.resize(400, 300)
        widget.set_project(store)
        assert list(_by_class(widget)) == ["poi"]
        assert widget.view_box.viewRect().width() >= 500
        assert widget.overlay.attribution == "Basemap: project data"
        widget.grab()
    finally:
        store.close()


# -- the Qt-free parts -------------------------------------------------------------


def test_projection_round_trip_and_known_values():
    x, y = to_mercator([0.0, 180.0, LON], [0.0, 0.0, LAT])
    assert x[:2] == pytest.approx([0.0, 20037508.342789244])
    lon, lat = to_lonlat(x, y)
    assert lon == pytest.approx([0.0, 180.0, LON])
    assert lat == pytest.approx([0.0, 0.0, LAT])
    assert np.isfinite(to_mercator(0.0, 90.0)[1])  # poles clamp instead of going to infinity


def test_nice_lengths():
    assert [nice_length(m) for m in (0.5, 14, 20, 99, 180, 460, 999, 1500, 4999)] == [
        1, 10, 20, 50, 100, 200, 500, 1000, 2000]


def test_polygon_rings_are_oriented_for_winding_fill():
    clockwise_shell = Polygon([(0, 0), (0, 0.01), (0.01, 0.01), (0.01, 0)], [[(0.002, 0.002), (0.008, 0.002),
                                                                             (0.008, 0.008), (0.002, 0.008)]])
    assert not clockwise_shell.exterior.is_ccw and clockwise_shell.interiors[0].is_ccw
    data = build_basemap([clockwise_shell], ["green"])
    batch = data.layers[""].batches["green"]["polygon"][0]
    rings = np.split(np.column_stack([batch.x, batch.y]), np.flatnonzero(~batch.connect)[:-1] + 1)
    assert [shapely.LinearRing(r).is_ccw for r in rings] == [True, False]
    assert not batch.connect[-1]


def test_coarser_levels_simplify_and_drop_what_is_below_a_pixel():
    wiggly = LineString([(LON + i * 1e-5, LAT + (i % 2) * 1e-6) for i in range(500)])  # ~440 m, 0.1 m zigzag
    tiny = LineString([(LON, LAT), (LON + 1e-5, LAT)])  # under a metre
    levels = build_basemap([wiggly, tiny], ["minor_road"] * 2).layers[""].batches["minor_road"]["line"]
    assert [b.tolerance for b in levels][:2] == [0.0, 3.0]
    assert levels[0].feature_count == 2 and levels[0].vertex_count == 502
    assert levels[1].feature_count == 1 and levels[1].vertex_count == 2  # straightened, tiny one gone

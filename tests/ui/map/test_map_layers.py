"""MapCanvas layers: per-layer opacity and stacking, tile pyramids, placed paper maps, gestures, zooms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture
from shapely.geometry import box
from map_support import (
    EMPTY,
    LAT,
    LON,
    PHOTO_COLOUR,
    ROAD_Y,
    TILE_COLOUR,
    add_placed_photo,
    add_tile_layer,
    blend,
    close,
    pixel,
    screen_pos,
    street_project,
)

from cosafe.core.palette import BASEMAP_STYLES
from cosafe.core.records import BasemapLayer
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map import canvas as canvas_module
from cosafe.core.projection import point_to_mercator
from cosafe.ui.map.raster_items import PlacedImageItem, TileLayerItem, choose_zoom, zoom_resolution
from cosafe.ui.map.style import BACKGROUND

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
PARK = (LON - 0.0035, LAT + 0.002)  # inside the park, outside its hole
GREEN, WATER = BASEMAP_STYLES["green"][0], BASEMAP_STYLES["water"][0]


@pytest.fixture
def streets(tmp_path):
    store, layer = street_project(tmp_path / "streets.gpkg")
    yield store, layer
    store.close()


def _canvas(qtbot, store: ProjectStore | None = None) -> MapCanvas:
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    if store is not None:
        widget.set_project(store)
    return widget


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """Counts geometry reads by the canvas."""
    calls: list[int] = []
    original = canvas_module.load_basemap

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(canvas_module, "load_basemap", counting)
    return calls


def _update(store: ProjectStore, layer: BasemapLayer, **changes) -> None:
    record = store.get(BasemapLayer, layer.uuid)
    for name, value in changes.items():
        setattr(record, name, value)
    store.replace(record)


def test_layer_opacity_blends_the_polygon_with_what_is_below(qtbot, streets, reads):
    store, layer = streets
    canvas = _canvas(qtbot, store)
    assert close(pixel(canvas, *PARK), GREEN)
    _update(store, layer, opacity=0.5)
    canvas.reload_basemap()
    assert close(pixel(canvas, *PARK), blend(GREEN, BACKGROUND, 0.5), tolerance=3)
    assert all(item.opacity() == 0.5 for item in canvas.basemap_items.values())
    assert len(reads) == 1  # opacity alone did not re-read the geometry


def test_sort_order_decides_which_layer_is_on_top(qtbot, tmp_path, reads):
    store = ProjectStore.create(str(tmp_path / "two.gpkg"), name="two")
    try:
        lower = BasemapLayer(name="water", kind="vector", sort_order=0)
        upper = BasemapLayer(name="parks", kind="vector", sort_order=1)
        basemap.add_vector_layer(store, lower, [BasemapFeature(box(LON, LAT, LON + 0.004, LAT + 0.004), "water")])
        basemap.add_vector_layer(store, upper, [BasemapFeature(box(LON + 0.002, LAT, LON + 0.006, LAT + 0.004),
                                                               "green")])
        canvas = _canvas(qtbot, store)
        overlap = (LON + 0.003, LAT + 0.002)
        # Within one layer water is drawn over green; across layers sort_order decides.
        assert close(pixel(canvas, *overlap), GREEN)
        assert close(pixel(canvas, LON + 0.001, LAT + 0.002), WATER)
        _update(store, lower, sort_order=5)
        canvas.reload_basemap()
        assert close(pixel(canvas, *overlap), WATER)
        assert close(pixel(canvas, LON + 0.005, LAT + 0.002), GREEN)
        assert len(reads) == 1
        items = canvas.basemap_items
        assert items[(lower.uuid, "water")].zValue() > items[(upper.uuid, "green")].zValue()
    finally:
        store.close()


def test_hiding_and_showing_a_layer_and_removing_one(qtbot, streets, reads):
    store, layer = streets
    canvas = _canvas(qtbot, store)
    _update(store, layer, visible=False)
    canvas.reload_basemap()
    assert canvas.basemap_items == {}
    assert canvas.overlay.hint == "No basemap yet"
    assert close(pixel(canvas, *PARK), BACKGROUND)
    _update(store, layer, visible=True)
    canvas.reload_basemap()
    assert close(pixel(canvas, *PARK), GREEN)
    assert len(reads) == 1  # it was read once; hiding and showing again needed no new read
    store.delete(BasemapLayer, layer.uuid)
    canvas.reload_basemap()
    assert canvas.basemap_items == {}


def test_a_new_visible_layer_is_read(qtbot, streets, reads):
    store, _ = streets
    canvas = _canvas(qtbot, store)
    extra = BasemapLayer(name="lake", kind="vector", sort_order=3)
    basemap.add_vector_layer(store, extra, [BasemapFeature(box(*EMPTY, EMPTY[0] + 0.0005, EMPTY[1] + 0.0005), "water")])
    canvas.reload_basemap()
    assert len(reads) == 2
    assert (extra.uuid, "water") in canvas.basemap_items
    assert close(pixel(canvas, EMPTY[0] + 0.00025, EMPTY[1] + 0.00025), WATER)


def test_tile_layer_shows_under_the_vector_roads(qtbot, streets, tmp_path):
    store, _ = streets
    tiles = add_tile_layer(store, tmp_path)
    canvas = _canvas(qtbot, store)
    item = canvas.raster_items[tiles.uuid]
    assert isinstance(item, TileLayerItem) and item.zoom == 15 and item.tiles_shown > 0
    assert close(pixel(canvas, *EMPTY), TILE_COLOUR, tolerance=2)  # background before: tiles cover it now
    assert close(pixel(canvas, LON - 0.0035, ROAD_Y), BASEMAP_STYLES["major_road"][0])  # road drawn over tiles
    assert item.zValue() < min(i.zValue() for i in canvas.basemap_items.values())
    _update(store, tiles, opacity=0.5)
    canvas.reload_basemap()
    assert canvas.raster_items[tiles.uuid] is item  # kept: no tile decoded again
    assert close(pixel(canvas, *EMPTY), blend(TILE_COLOUR, BACKGROUND, 0.5), tolerance=3)
    _update(store, tiles, sort_order=10)  # now above the streets
    canvas.reload_basemap()
    assert close(pixel(canvas, LON - 0.0035, ROAD_Y), blend(TILE_COLOUR, BASEMAP_STYLES["major_road"][0], 0.5),
                 tolerance=8)


def test_tiles_come_from_the_nearest_zoom_level_and_only_where_the_view_is(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "tiles.gpkg"), name="tiles")
    try:
        layer = add_tile_layer(store, tmp_path, zooms=(13, 15, 17), around=2)
        canvas = _canvas(qtbot, store)
        assert canvas.overlay.hint == "" and canvas.overlay.attribution == "Test imagery"
        item = canvas.raster_items[layer.uuid]
        x, y = point_to_mercator(LON, LAT)
        for metres_per_pixel, expected in ((zoom_resolution(17), 17), (zoom_resolution(16) * 1.2, 15),
                                           (zoom_resolution(12), 13)):
            half = metres_per_pixel * canvas.view_box.width() / 2
            canvas.view_box.setRange(xRange=(x - half, x + half), yRange=(y - 1, y + 1), padding=0)
            qtbot.waitUntil(lambda expected=expected: item.zoom == expected, timeout=2000)
        canvas.view_box.setRange(xRange=(x - 30, x + 30), yRange=(y - 30, y + 30), padding=0)
        qtbot.waitUntil(lambda: item.zoom == 17)
        assert 1 <= item.tiles_shown <= 4  # a street corner needs a tile or few, not the 25 stored
    finally:
        store.close()


def test_choose_zoom():
    assert choose_zoom([13, 15, 17], zoom_resolution(15)) == 15
    assert choose_zoom([13, 15, 17], zoom_resolution(20)) == 17  # nothing finer: the finest there is
    assert choose_zoom([13, 15, 17], zoom_resolution(3)) == 13
    assert choose_zoom([14, 16], zoom_resolution(15)) == 16  # a tie goes to the sharper level
    assert choose_zoom([], 10.0) is None


def test_placed_photo_appears_where_its_corners_were_placed_with_its_opacity(qtbot, streets, tmp_path):
    store, _ = streets
    west, south, east, north = LON + 0.003, LAT + 0.0025, LON + 0.0045, LAT + 0.0035
    photo = add_placed_photo(store, tmp_path, west, south, east, north, opacity=0.6)
    canvas = _canvas(qtbot, store)
    assert isinstance(canvas.raster_items[photo.uuid], PlacedImageItem)
    expected = blend(PHOTO_COLOUR, BACKGROUND, 0.6)
    assert close(pixel(canvas, *EMPTY), expected, tolerance=5)
    image = canvas.grab().toImage()
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    for lon, lat, inward in ((west, north, QPoint(3, 3)), (east, north, QPoint(-3, 3)),
                             (west, south, QPoint(3, -3)), (east, south, QPoint(-3, -3))):
        corner = screen_pos(canvas, lon, lat) + offset
        assert close(image.pixelColor(corner + inward), expected, tolerance=5)
        assert close(image.pixelColor(corner - inward), BACKGROUND, tolerance=3)


def test_zoom_to_bounds_and_to_layer(qtbot, streets, tmp_path):
    store, layer = streets
    tiles = add_tile_layer(store, tmp_path, around=3)
    canvas = _canvas(qtbot, store)
    canvas.zoom_to_layer(layer.uuid)
    view = canvas.view_box.viewRect()
    min_x, min_y = point_to_mercator(LON - 0.005, LAT - 0.004)
    max_x, max_y = point_to_mercator(LON + 0.005, LAT + 0.004)
    assert view.left() <= min_x and view.right() >= max_x and view.top() <= min_y and view.bottom() >= max_y
    assert view.width() < 2 * (max_x - min_x)
    canvas.zoom_to_layer(tiles.uuid)
    assert canvas.view_box.viewRect().width() > 5 * (max_x - min_x)  # 7 tiles of ~1.2 km
    canvas.zoom_to_bounds(LON, LAT, LON + 0.001, LAT + 0.001)
    x0, y0 = point_to_mercator(LON, LAT)
    x1, y1 = point_to_mercator(LON + 0.001, LAT + 0.001)
    view = canvas.view_box.viewRect()
    assert view.left() <= x0 and view.right() >= x1 and view.top() <= y0 and view.bottom() >= y1
    assert view.width() < 700  # a ~100 m box: the 500 m minimum surroundings, widened to 4:3


def test_clicked_reports_lon_lat_and_a_drag_is_no_click(qtbot, streets):
    store, _ = streets
    canvas = _canvas(qtbot, store)
    canvas.identify_enabled = False
    viewport = canvas.graphics_view.viewport()
    target = screen_pos(canvas, LON + 0.001, LAT + 0.002)
    with qtbot.waitSignal(canvas.clicked, timeout=2000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=target)
    degrees_per_pixel = canvas.view_box.viewPixelSize()[0] / 111_320 * 2
    assert blocker.args[0] == pytest.approx(LON + 0.001, abs=degrees_per_pixel)
    assert blocker.args[1] == pytest.approx(LAT + 0.002, abs=degrees_per_pixel)
    with qtbot.assertNotEmitted(canvas.clicked):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=target)
        qtbot.mouseMove(viewport, target + QPoint(30, 10))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target + QPoint(30, 10))


def _assert_zoomed_about(canvas: MapCanvas, point: QPoint, lonlat: tuple[float, float], before: float) -> None:
    assert canvas.view_box.viewRect().width() == pytest.approx(before / 1.5, rel=0.01)
    still = canvas.lonlat_at(QPointF(point))
    assert still[0] == pytest.approx(lonlat[0], abs=2e-5) and still[1] == pytest.approx(lonlat[1], abs=2e-5)


def test_touchpad_pinch_zooms_around_the_gesture(qtbot, streets):
    store, _ = streets
    canvas = _canvas(qtbot, store)
    viewport = canvas.graphics_view.viewport()
    point = screen_pos(canvas, LON + 0.002, ROAD_Y)
    lonlat = canvas.lonlat_at(QPointF(point))
    before = canvas.view_box.viewRect().width()
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                QPointF(point), QPointF(point), QPointF(viewport.mapToGlobal(point)), 0.5,
                                QPointF(0, 0))
    QApplication.sendEvent(viewport, event)
    _assert_zoomed_about(canvas, point, lonlat, before)


def test_touchscreen_pinch_zooms_around_the_gesture(qtbot, streets):
    store, _ = streets
    canvas = _canvas(qtbot, store)
    viewport = canvas.graphics_view.viewport()
    point = screen_pos(canvas, LON - 0.002, LAT + 0.002)
    lonlat = canvas.lonlat_at(QPointF(point))
    before = canvas.view_box.viewRect().width()
    pinch = QPinchGesture()
    pinch.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
    pinch.setScaleFactor(1.5)
    pinch.setCenterPoint(QPointF(viewport.mapToGlobal(point)))
    QApplication.sendEvent(viewport, QGestureEvent([pinch]))
    _assert_zoomed_about(canvas, point, lonlat, before)


def test_hidden_raster_layers_have_no_item(qtbot, streets, tmp_path):
    store, _ = streets
    tiles = add_tile_layer(store, tmp_path)
    photo = add_placed_photo(store, tmp_path, LON, LAT, LON + 0.001, LAT + 0.001)
    canvas = _canvas(qtbot, store)
    assert set(canvas.raster_items) == {tiles.uuid, photo.uuid}
    _update(store, tiles, visible=False)
    _update(store, photo, visible=False)
    canvas.reload_basemap()
    assert canvas.raster_items == {}
    assert close(pixel(canvas, *EMPTY), BACKGROUND)
    assert canvas.overlay.attribution == "© OSM contributors"  # hidden layers' credits go too


def test_stacking_is_by_sort_order_then_by_age(tmp_path):
    from cosafe.ui.map.layer_stack import stacked_layers

    store = ProjectStore.create(str(tmp_path / "s.gpkg"), name="s")
    try:
        for name, order in (("a", 2), ("b", 0), ("c", 2), ("d", -1)):
            store.insert(BasemapLayer(name=name, kind="vector", sort_order=order))
        assert [layer.name for layer in stacked_layers(store)] == ["d", "b", "a", "c"]
    finally:
        store.close()

"""Zoom to Project fits the workshop's area (proposals, pins, walks, the facilitator's area), not the basemap."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import QPoint
from map_support import LAT, LON, screen_pos
from shell_support import menu_action

from cosafe.core.projection import extent_to_mercator
from cosafe.core.records import AuditWalk, BasemapLayer, PerceptionPin, Proposal
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import PROJECT_AREA_KEY, format_area, parse_area, project_area, workshop_extent
from cosafe.ui.map.canvas import PROJECT_MARGIN
from cosafe.ui.map.export import render_map_image
from cosafe.ui.map.layer_stack import padded

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
WORKSHOP = (LON - 0.002, LAT - 0.0015, LON + 0.003, LAT + 0.001)  # about 440 m × 280 m


def _project(path) -> ProjectStore:
    """A workshop in a few streets, on a basemap with a railway running 60 km out of town."""
    store = ProjectStore.create(str(path), name="railway")
    basemap.add_vector_layer(store, BasemapLayer(name="OSM", kind="vector"), [
        BasemapFeature(shapely.LineString([(LON - 0.005, LAT), (LON + 0.005, LAT)]), "major_road", "Main St"),
        BasemapFeature(shapely.LineString([(LON, LAT), (LON + 0.6, LAT + 0.3)]), "railway", "Coast Line"),
    ])
    store.insert(Proposal(geom=shapely.Point(WORKSHOP[0], WORKSHOP[1]), title="Lights"))
    store.insert(Proposal(geom=shapely.box(LON, LAT, LON + 0.001, LAT + 0.0005), title="Pocket park"))
    store.insert(PerceptionPin(geom=shapely.Point(WORKSHOP[2], LAT), feeling="unsafe"))
    store.insert(AuditWalk(geom=shapely.LineString([(LON, WORKSHOP[1]), (LON, WORKSHOP[3])]), title="Walk"))
    return store


def _window(qtbot, path):
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(str(path))
    return window


def _contains(outer, inner, slack: float = 1.0) -> bool:
    """Whether box ``outer`` holds ``inner`` (to ``slack`` metres: the view box rounds a fitted range)."""
    return (outer[0] <= inner[0] + slack and outer[1] <= inner[1] + slack and outer[2] >= inner[2] - slack
            and outer[3] >= inner[3] - slack)


def test_the_workshop_extent_is_its_records_and_area_not_the_basemap(tmp_path):
    store = _project(tmp_path / "p.gpkg")
    assert workshop_extent(store) == pytest.approx(WORKSHOP)
    store.set_meta_values({PROJECT_AREA_KEY: format_area((LON - 0.01, LAT - 0.01, LON - 0.009, LAT - 0.009))})
    assert workshop_extent(store) == pytest.approx((LON - 0.01, LAT - 0.01, WORKSHOP[2], WORKSHOP[3]))
    empty = ProjectStore.create(str(tmp_path / "e.gpkg"), name="e")
    assert workshop_extent(empty) is None
    for bad in ("", "1,2,3", "a,b,c,d", "5,5,1,1", "0,0,200,1", "nan,0,1,1"):
        assert parse_area(bad) is None
    assert parse_area("1,2,3,4") == (1.0, 2.0, 3.0, 4.0)
    store.close()
    empty.close()


def test_zoom_to_project_shows_the_workshop_not_the_railway(qtbot, tmp_path, dialog_log):
    path = tmp_path / "p.gpkg"
    _project(path).close()
    window = _window(qtbot, path)
    canvas = window.map_canvas
    expected = padded(extent_to_mercator(WORKSHOP), PROJECT_MARGIN)
    view = canvas.mercator_view()  # opening the project shows it too
    assert _contains(view, expected)
    canvas.zoom_to_extent()  # the whole map: the railway makes the workshop a speck
    assert canvas.mercator_view()[2] - canvas.mercator_view()[0] > 50_000
    menu_action(window, "View", "Zoom to Project").trigger()
    view = canvas.mercator_view()
    assert _contains(view, expected)
    # Fitted: the workshop's box with its margin fills the view along one side.
    fill_x = (expected[2] - expected[0]) / (view[2] - view[0])
    fill_y = (expected[3] - expected[1]) / (view[3] - view[1])
    assert max(fill_x, fill_y) == pytest.approx(1.0, abs=0.01)


def test_the_facilitator_sets_the_project_area_from_the_view(qtbot, tmp_path, dialog_log):
    path = tmp_path / "p.gpkg"
    _project(path).close()
    window = _window(qtbot, path)
    canvas, feature = window.map_canvas, window.features.basemap
    assert not feature.clear_area_action.isEnabled()
    canvas.zoom_to_bounds(LON - 0.02, LAT - 0.02, LON + 0.02, LAT + 0.02)  # the neighbourhood around
    wide = canvas.mercator_view()
    menu_action(window, "View", "Set Project Area").trigger()
    area = project_area(window.session.store)
    assert area is not None and extent_to_mercator(area) == pytest.approx(wide, abs=0.5)
    assert feature.clear_area_action.isEnabled()
    assert window.session.undo_stack.undoText() == "Change project area"
    canvas.zoom_to_bounds(LON, LAT, LON + 0.0001, LAT + 0.0001)
    window.zoom_to_project()
    assert _contains(canvas.mercator_view(), wide)
    # The exported map of the whole project frames the same.
    image_area = render_map_image(window.session.store, 400, 400, labels=False)
    assert image_area.width() == 400
    window.session.undo_stack.undo()
    assert project_area(window.session.store) is None and not feature.clear_area_action.isEnabled()
    window.session.undo_stack.redo()
    menu_action(window, "View", "Clear Project Area").trigger()
    assert project_area(window.session.store) is None
    window.zoom_to_project()
    assert _contains(canvas.mercator_view(), padded(extent_to_mercator(WORKSHOP), PROJECT_MARGIN))
    assert canvas.mercator_view()[2] - canvas.mercator_view()[0] < wide[2] - wide[0]


def test_without_workshop_records_zoom_to_project_shows_the_whole_map(qtbot, tmp_path, dialog_log):
    store = ProjectStore.create(str(tmp_path / "b.gpkg"), name="b")
    basemap.add_vector_layer(store, BasemapLayer(name="OSM", kind="vector"), [
        BasemapFeature(shapely.LineString([(LON - 0.005, LAT), (LON + 0.005, LAT)]), "major_road", "Main St")])
    store.close()
    window = _window(qtbot, tmp_path / "b.gpkg")
    window.zoom_to_project()
    view = window.map_canvas.mercator_view()
    west, _, east, _ = extent_to_mercator((LON - 0.005, LAT, LON + 0.005, LAT))
    assert view[0] <= west and view[2] >= east and view[2] - view[0] < 2 * (east - west)


def _dark_pixels_along(canvas, lon: float, south: float, north: float) -> int:
    """How many pixels of a vertical strip at ``lon`` (±1 px) are dark: the area's dashed edge."""
    image = canvas.grab().toImage()
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    top, bottom = screen_pos(canvas, lon, north) + offset, screen_pos(canvas, lon, south) + offset
    dark = 0
    for y in range(top.y() + 5, bottom.y() - 5):
        if any(image.pixelColor(top.x() + dx, y).lightness() < 110 for dx in (-1, 0, 1)):
            dark += 1
    return dark


def test_the_project_area_is_drawn_while_it_is_set(qtbot, tmp_path, dialog_log):
    """The facilitator sees the box Zoom to Project keeps: a dashed outline, gone when cleared or undone."""
    path = tmp_path / "p.gpkg"
    with _project(path) as store:
        store.set_meta_values({PROJECT_AREA_KEY: format_area((LON - 0.01, LAT - 0.01, LON + 0.01, LAT + 0.01))})
    window = _window(qtbot, path)
    canvas, feature = window.map_canvas, window.features.basemap
    canvas.zoom_to_bounds(LON - 0.02, LAT - 0.02, LON + 0.02, LAT + 0.02)
    west_edge = (LON - 0.01, LAT - 0.008, LAT + 0.008)  # clear of the streets and the workshop's records
    assert feature.area_item.rect() is not None
    assert _dark_pixels_along(canvas, *west_edge) > 20  # dashes: dark for most of the edge, not all
    menu_action(window, "View", "Clear Project Area").trigger()
    assert feature.area_item.rect() is None and _dark_pixels_along(canvas, *west_edge) == 0
    window.session.undo_stack.undo()
    assert _dark_pixels_along(canvas, *west_edge) > 20
    window.close_project()
    assert feature.area_item.rect() is None

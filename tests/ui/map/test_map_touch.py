"""The map under fingers and a pen: one finger pans, two pan and pinch-zoom, a long press opens the
context menu a right click opens, and a tap is one click with a finger-sized reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QInputDevice
from PySide6.QtWidgets import QApplication
from map_support import LAT, LON, ROAD_Y, screen_pos, street_project
from touch_support import HOLD_MS, MouseSpy, drag, long_press, pen, tap, two_fingers

from cosafe.ui.map.canvas import MapCanvas

TOUCH_TARGET_PX = 44  # the smallest target for a fingertip (Apple HIG, WCAG 2.5.5)
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)")


@pytest.fixture
def canvas(qtbot, tmp_path):
    store, _layer = street_project(tmp_path / "streets.gpkg")
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_project(store)
    widget.zoom_to_bounds(LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003)
    yield widget
    widget.set_project(None)
    store.close()


def _viewport(canvas: MapCanvas):
    return canvas.graphics_view.viewport()


def _lonlat(canvas: MapCanvas, point: QPoint) -> tuple[float, float]:
    return canvas.lonlat_at(QPointF(point))


def test_two_fingers_pan_and_pinch_zoom_one_finger_pans_and_none_of_it_is_a_click(qtbot, canvas):
    clicks = []
    canvas.clicked.connect(lambda lon, lat: clicks.append((lon, lat)))
    viewport = _viewport(canvas)
    centre = QPoint(400, 300)
    under = _lonlat(canvas, centre)
    width = canvas.view_box.viewRect().width()
    # Spread from 100 px to 200 px apart while the pair moves 80 px right and 40 px down.
    two_fingers(viewport, (centre - QPoint(50, 0), centre + QPoint(50, 0)),
                (centre + QPoint(80 - 100, 40), centre + QPoint(80 + 100, 40)))
    assert canvas.view_box.viewRect().width() == pytest.approx(width / 2, rel=0.05)  # twice as close
    moved_to = _lonlat(canvas, centre + QPoint(80, 40))  # what was under the fingers stayed under them
    assert moved_to == pytest.approx(under, abs=3 * canvas.ground_metres_per_pixel() / 111_000)

    before = canvas.mercator_view()
    drag(viewport, [QPoint(300, 300), QPoint(330, 300), QPoint(400, 300)])
    after = canvas.mercator_view()
    assert after[0] < before[0] and after[1] == pytest.approx(before[1])  # dragged east: the view went west
    assert clicks == []


def test_a_long_press_opens_the_menu_a_right_click_opens(qtbot, canvas):
    spots = []
    canvas.context_menu_sources.append(lambda menu, spot: spots.append(spot) or menu.addAction("Do Something"))
    clicks = []
    canvas.clicked.connect(lambda lon, lat: clicks.append((lon, lat)))
    viewport = _viewport(canvas)
    road = screen_pos(canvas, LON + 0.001, ROAD_Y)

    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=road)
    menu = canvas.context_menu
    assert menu is not None and [a.text() for a in menu.actions() if a.text()] == ["Do Something", "What Is &Here?"]
    assert not spots[-1].coarse and spots[-1].reach(8) == pytest.approx(8 * spots[-1].pixel)
    assert (spots[-1].lon, spots[-1].lat) == pytest.approx(_lonlat(canvas, road))
    menu.close()

    long_press(qtbot, viewport, road + QPoint(0, 15))  # and lifted: the menu stays
    menu = canvas.context_menu
    assert menu is not None and len(spots) == 2
    assert spots[-1].coarse and spots[-1].reach(8) == pytest.approx(TOUCH_TARGET_PX / 2 * spots[-1].pixel)
    assert clicks == []  # the finger held still is not a tap as well
    identified = []
    canvas.feature_identified.connect(identified.append)
    [what] = [a for a in menu.actions() if a.text() == "What Is &Here?"]
    what.trigger()  # 15 px off the road: within a finger's reach
    assert identified and identified[-1]["name"] == "Main St"
    menu.close()

    # A finger that moves is a drag (a pan), never a long press; a right drag still zooms.
    drag(viewport, [road, road + QPoint(30, 0), road + QPoint(60, 0)])
    qtbot.wait(700)
    width = canvas.view_box.viewRect().width()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=road)
    qtbot.mouseMove(viewport, road + QPoint(40, -40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=road + QPoint(40, -40))
    assert canvas.view_box.viewRect().width() != pytest.approx(width)
    assert canvas.context_menu is None and len(spots) == 2

    # A pen held still opens it too, and its lift leaves it open; so does the keyboard's Menu key.
    accepted = pen(viewport, QEvent.Type.TabletPress, road)
    qtbot.wait(HOLD_MS)
    assert accepted and canvas.context_menu is not None and spots[-1].coarse
    pen(viewport, QEvent.Type.TabletRelease, road, 0.0, Qt.MouseButton.NoButton)
    assert canvas.context_menu is not None and clicks == []
    canvas.context_menu.close()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0)))
    assert canvas.context_menu is not None and len(spots) == 4 and not spots[-1].coarse


def test_a_tap_is_one_click_made_by_the_finger_with_a_fingers_reach(qtbot, canvas):
    viewport = _viewport(canvas)
    spy = MouseSpy(viewport)
    identified = []
    canvas.feature_identified.connect(identified.append)
    clicks = []
    canvas.clicked.connect(lambda lon, lat: clicks.append((lon, lat)))
    beside_road = screen_pos(canvas, LON + 0.001, ROAD_Y) + QPoint(0, 15)  # a fingertip's width off the line
    tap(viewport, beside_road)
    QApplication.processEvents()
    assert spy.presses == [QInputDevice.DeviceType.TouchScreen]  # one press: Qt made no mouse press of its own
    assert len(clicks) == 1 and clicks[0] == pytest.approx(_lonlat(canvas, beside_road))
    assert identified and identified[-1]["name"] == "Main St"
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=beside_road)  # the mouse keeps its 8 px
    assert identified[-1] is None

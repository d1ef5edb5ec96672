"""Sketching with fingers and a pen: taps place vertices, two fingers never draw, a long press
offers what Enter, Backspace and Delete do, pen strokes are drawings one by one, and vertex handles
are touch-sized under a finger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from touch_support import MouseSpy, drag, finger_device, long_press, pen, pen_stroke, tap, two_fingers

MOUSE_HANDLE_PX = 9  # as drawn for the mouse; a finger's are larger, with a 44 px target
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)")


def menu_entries(sketch) -> dict[str, object]:
    menu = sketch.canvas.context_menu
    assert menu is not None, "no context menu is shown"
    return {action.text().replace("&", ""): action for action in menu.actions() if action.text()}


def choose(sketch, text: str) -> None:
    entries = menu_entries(sketch)
    sketch.canvas.context_menu.close()
    entries[text].trigger()


def test_pen_strokes_are_drawings_one_by_one_each_its_own_undo_step(sketch):
    sketch.tool("freehand")
    strokes = [[(-0.002 + i * 0.0002, row * 0.0006 + 0.0001 * (i % 2)) for i in range(12)] for row in range(3)]
    accepted = pen(sketch.viewport, QEvent.Type.TabletMove, sketch.at(0.0, -0.002), 0.0, Qt.MouseButton.NoButton)
    assert accepted  # the map takes the pen's events: Qt makes no mouse events of them as well
    for number, stroke in enumerate(strokes):
        points = [sketch.at(*point) for point in stroke]
        pen_stroke(sketch.viewport, points, pressures=[0.1 + 0.07 * i for i in range(len(points))])
        if number == 1:
            tap(sketch.viewport, sketch.at(0.002, -0.002))  # the hand resting on the screen meanwhile
    drawn = sketch.proposals()
    assert [p.geom.geom_type for p in drawn] == ["LineString"] * 3  # no Enter, no double-click after each
    assert sketch.window.session.undo_stack.count() == 3
    sketch.window.session.undo_stack.undo()  # takes back the last stroke only
    assert len(sketch.proposals()) == 2 and sketch.canvas.context_menu is None


def test_a_tap_places_one_vertex_a_second_finger_takes_the_press_back_and_a_double_tap_finishes(sketch):
    sketch.tool("line")
    spy = MouseSpy(sketch.viewport)
    corners = [(-0.002, 0.0), (0.0, 0.001), (0.002, 0.0)]
    for corner in corners:
        tap(sketch.viewport, sketch.at(*corner))
        sketch.qtbot.wait(QApplication.doubleClickInterval() + 50)  # apart: not a double tap
    controller = sketch.window.features.sketching.controller
    assert len(controller.tool.points) == 3 and len(spy.presses) == 3  # one press per tap, none of Qt's
    # A finger starts to drag, a second lands: a pinch, which neither adds a vertex nor pans a line.
    start = sketch.at(0.001, -0.001)
    width = sketch.canvas.view_box.viewRect().width()
    drag(sketch.viewport, [start, start + QPoint(20, 0)])  # a drag with the line tool adds one vertex
    assert len(controller.tool.points) == 4
    sketch.key(Qt.Key.Key_Backspace)
    two_fingers(sketch.viewport, (start, start + QPoint(80, 0)), (start - QPoint(40, 0), start + QPoint(120, 0)))
    assert len(controller.tool.points) == 3
    assert sketch.canvas.view_box.viewRect().width() < width  # the fingers zoomed instead
    last = sketch.at(0.003, 0.001)
    tap(sketch.viewport, last)
    tap(sketch.viewport, last + QPoint(2, 1))  # a double tap finishes, as a double-click does
    [line] = sketch.proposals()
    assert len(line.geom.coords) == 4


def test_two_fingers_landing_on_a_freehand_stroke_cancel_it(sketch):
    sketch.tool("freehand")
    start = sketch.at(-0.002, 0.0)
    finger_path = [start + QPoint(12 * i, 4 * (i % 2)) for i in range(10)]
    view, finger = sketch.viewport, finger_device()
    QTest.touchEvent(view, finger).press(0, finger_path[0], view).commit()
    for point in finger_path[1:]:
        QTest.touchEvent(view, finger).move(0, point, view).commit()
    second = finger_path[-1] + QPoint(0, 120)
    QTest.touchEvent(view, finger).move(0, finger_path[-1], view).press(1, second, view).commit()
    QTest.touchEvent(view, finger).move(0, finger_path[-1] - QPoint(30, 0), view).move(1, second + QPoint(30, 0),
                                                                                       view).commit()
    QTest.touchEvent(view, finger).release(0, finger_path[-1] - QPoint(30, 0), view).release(
        1, second + QPoint(30, 0), view).commit()
    assert sketch.proposals() == [] and not sketch.window.features.sketching.controller.tool.busy


def test_a_long_press_while_drawing_offers_finish_remove_last_point_and_cancel(sketch):
    sketch.tool("polygon")
    corners = [(-0.002, -0.001), (0.002, -0.001), (0.002, 0.001), (-0.002, 0.001)]
    for corner in corners:
        tap(sketch.viewport, sketch.at(*corner))
        sketch.qtbot.wait(QApplication.doubleClickInterval() + 50)
    long_press(sketch.qtbot, sketch.viewport, sketch.at(0.0, 0.0))
    assert list(menu_entries(sketch)) == ["Finish Area", "Remove Last Point", "Cancel Area", "What Is Here?"]
    choose(sketch, "Remove Last Point")
    long_press(sketch.qtbot, sketch.viewport, sketch.at(0.0, 0.0))  # the long press itself placed nothing
    choose(sketch, "Finish Area")
    [area] = sketch.proposals()
    assert len(area.geom.exterior.coords) == 4  # three corners, closed
    assert sketch.window.session.undo_stack.count() == 1


def test_long_press_or_right_click_on_a_proposal_selects_it_and_offers_duplicate_and_delete(sketch):
    sketch.tool("point")
    sketch.click(0.001, 0.0005)
    sketch.tool("select")
    sketch.window.features.sketching.selection.clear()
    [proposal] = sketch.proposals()
    beside = sketch.at(0.001, 0.0005) + QPoint(14, 0)  # a fingertip's width off the marker
    sketch.qtbot.mouseClick(sketch.viewport, Qt.MouseButton.RightButton, pos=beside)
    assert list(menu_entries(sketch)) == ["What Is Here?"]  # too far for the mouse
    sketch.canvas.context_menu.close()
    long_press(sketch.qtbot, sketch.viewport, beside)
    assert list(menu_entries(sketch)) == ["Duplicate Proposal", "Delete Proposal", "What Is Here?"]
    assert sketch.window.features.sketching.selection.selected_uuids == [proposal.uuid]
    choose(sketch, "Duplicate Proposal")
    assert len(sketch.proposals()) == 2
    sketch.qtbot.mouseClick(sketch.viewport, Qt.MouseButton.RightButton, pos=sketch.at(0.001, 0.0005))
    choose(sketch, "Delete Proposal")
    assert len(sketch.proposals()) == 1


def test_a_finger_gets_touch_sized_vertex_handles(sketch):
    sketch.tool("polygon")
    corners = [(-0.002, -0.001), (0.002, -0.001), (0.002, 0.001), (-0.002, 0.001)]
    for corner in corners:
        sketch.click(*corner)
    sketch.key(Qt.Key.Key_Return)
    [area] = sketch.proposals()
    sketch.tool("vertex")
    handles = sketch.window.features.sketching.controller.preview._handles
    assert {spot.size() for spot in handles.points()} == {MOUSE_HANDLE_PX}
    corner = sketch.at(0.002, 0.001)
    off = corner + QPoint(-13, 13)  # 18 px from the corner, inside the area: no handle for the mouse
    drag(sketch.viewport, [off, off + QPoint(30, 0), off + QPoint(60, -20)])
    [moved] = sketch.proposals()
    assert len(moved.geom.exterior.coords) == len(area.geom.exterior.coords)  # moved, not inserted
    assert moved.geom.bounds[2] > area.geom.bounds[2]  # the north-east corner went east
    assert sketch.window.session.undo_stack.text(sketch.window.session.undo_stack.count() - 1) == "Move vertex"
    assert min(spot.size() for spot in handles.points()) > 2 * MOUSE_HANDLE_PX
    long_press(sketch.qtbot, sketch.viewport, sketch.at(-0.002, -0.001) + QPoint(14, -14))
    choose(sketch, "Delete Vertex")  # a finger has no Delete key
    [smaller] = sketch.proposals()
    assert len(smaller.geom.exterior.coords) == len(area.geom.exterior.coords) - 1
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(0.0, 0.002))  # the mouse is back: small handles
    assert {spot.size() for spot in handles.points()} == {MOUSE_HANDLE_PX}

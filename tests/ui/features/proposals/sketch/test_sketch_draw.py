"""Drawing proposals with real mouse events: every geometry type, cancel, Backspace, repair."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar
from sketch_support import LEFT, NOISE
from map_support import LAT, LON

from cosafe.ui.features.proposals.map_items import ProposalItem

pytestmark = NOISE
TOLERANCE = 2e-5  # degrees: about two metres, a pixel or two at this zoom


def near(coords, expected) -> bool:
    return len(coords) == len(expected) and all(abs(x - (LON + dx)) < TOLERANCE and abs(y - (LAT + dy)) < TOLERANCE
                                                for (x, y), (dx, dy) in zip(coords, expected))


def test_a_click_draws_a_point_in_the_current_group(sketch):
    sketch.tool("point")
    sketch.click(0.001, 0.0005)
    [proposal] = sketch.proposals()
    assert proposal.geom.geom_type == "Point"
    assert near(list(proposal.geom.coords), [(0.001, 0.0005)])
    assert (proposal.workshop_uuid, proposal.group_uuid, proposal.title) == ("w-1", "g-1", "")
    assert sketch.window.features.sketching.selection.selected_uuids == [proposal.uuid]
    assert isinstance(sketch.window.features.sketching.controller.layer.items[proposal.uuid], ProposalItem)
    assert sketch.window.session.undo_stack.count() == 1


def in_front(window, title: str) -> bool:
    """Whether the dock tab ``title`` is the current tab of its group."""
    [bar] = [bar for bar in window.findChildren(QTabBar) if title in (bar.tabText(i) for i in range(bar.count()))]
    return bar.tabText(bar.currentIndex()) == title


def test_a_new_proposal_asks_for_its_name_in_proposal_details(sketch):
    """No made-up "Proposal N": Proposal Details comes forward, its Title field focused and prompting."""
    window = sketch.window
    proposals = window.features.proposals
    window.tabifiedDockWidgets(proposals.properties_dock)[0].raise_()  # the details behind another tab
    assert not in_front(window, "Proposal Details")
    sketch.tool("point")
    sketch.click(0.001, 0.0005)
    [proposal] = sketch.proposals()
    assert proposal.title == ""
    assert window.session.undo_stack.text(0) == "Draw point"
    assert in_front(window, "Proposal Details")
    panel = proposals.properties
    assert window.focusWidget() is panel.title_edit
    assert panel.title_edit.text() == "" and "Name this proposal" in panel.title_edit.placeholderText()
    sketch.qtbot.keyClicks(panel.title_edit, "Bench by the gate")
    sketch.qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert window.session.store.get(type(proposal), proposal.uuid).title == "Bench by the gate"


def test_a_new_proposal_leaves_closed_details_closed(sketch):
    proposals = sketch.window.features.proposals
    proposals.properties_dock.close()
    sketch.tool("point")
    sketch.click(0.001, 0.0005)
    assert len(sketch.proposals()) == 1
    assert proposals.properties_dock.isHidden()
    assert sketch.window.focusWidget() is not proposals.properties.title_edit


def test_three_clicks_and_enter_draw_a_line(sketch):
    sketch.tool("line")
    corners = [(-0.002, 0.0), (0.0, 0.001), (0.002, 0.0)]
    for corner in corners:
        sketch.click(*corner)
    assert sketch.proposals() == []  # nothing is written until the line is finished
    sketch.key(Qt.Key.Key_Return)
    [proposal] = sketch.proposals()
    assert proposal.geom.geom_type == "LineString"
    assert near(list(proposal.geom.coords), corners)
    assert sketch.window.session.undo_stack.count() == 1


def test_four_clicks_and_a_double_click_draw_an_area(sketch):
    sketch.tool("polygon")
    corners = [(-0.002, -0.001), (0.002, -0.001), (0.002, 0.001), (-0.002, 0.001)]
    for corner in corners[:3]:
        sketch.click(*corner)
    sketch.qtbot.mouseDClick(sketch.viewport, LEFT, pos=sketch.at(*corners[3]))
    [proposal] = sketch.proposals()
    assert proposal.geom.geom_type == "Polygon" and proposal.geom.is_valid
    ring = list(proposal.geom.exterior.coords)[:-1]
    assert near(sorted(ring), sorted(corners))
    assert sketch.window.session.undo_stack.count() == 1


def test_a_freehand_stroke_is_smoothed_and_a_closed_loop_is_an_area(sketch):
    sketch.tool("freehand")
    wobbly = [(-0.002 + i * 0.0002, 0.0003 * (i % 2)) for i in range(21)]
    sketch.drag(wobbly)
    loop = [(-0.001, -0.001), (0.0, -0.0012), (0.001, -0.001), (0.0012, 0.0), (0.001, 0.001), (0.0, 0.0012),
            (-0.001, 0.001), (-0.0012, 0.0), (-0.00102, -0.00098)]
    sketch.drag(loop)
    line, area = sketch.proposals()
    assert line.geom.geom_type == "LineString"
    assert len(line.geom.coords) < 21 * 4  # smoothed, then simplified
    assert abs(line.geom.coords[0][0] - (LON - 0.002)) < TOLERANCE
    assert area.geom.geom_type == "Polygon" and area.geom.is_valid
    assert abs(area.geom.centroid.x - LON) < 2e-4 and abs(area.geom.centroid.y - LAT) < 2e-4
    assert sketch.window.session.undo_stack.count() == 2


def test_a_finger_draws_a_freehand_stroke(sketch):
    """Touch screens at workshops: Qt turns an unhandled touch into the mouse events the tools read."""
    from PySide6.QtTest import QTest

    sketch.tool("freehand")
    finger, view = QTest.createTouchDevice(), sketch.viewport
    stroke = [(-0.002 + i * 0.0002, 0.0003 * (i % 2)) for i in range(21)]
    QTest.touchEvent(view, finger).press(0, sketch.at(*stroke[0]), view).commit()
    for point in stroke[1:]:
        QTest.touchEvent(view, finger).move(0, sketch.at(*point), view).commit()
    QTest.touchEvent(view, finger).release(0, sketch.at(*stroke[-1]), view).commit()
    [line] = sketch.proposals()
    assert line.geom.geom_type == "LineString" and abs(line.geom.coords[0][0] - (LON - 0.002)) < TOLERANCE
    assert sketch.window.session.undo_stack.count() == 1


def test_escape_cancels_and_backspace_removes_the_last_vertex(sketch):
    sketch.tool("line")
    sketch.click(-0.002, 0.0)
    sketch.click(0.0, 0.001)
    sketch.key(Qt.Key.Key_Escape)
    sketch.key(Qt.Key.Key_Return)
    assert sketch.proposals() == []
    sketch.click(-0.002, 0.0)
    sketch.click(0.0, 0.001)
    sketch.click(0.001, 0.002)  # a slip
    sketch.key(Qt.Key.Key_Backspace)
    sketch.click(0.002, 0.0)
    sketch.key(Qt.Key.Key_Enter)
    [proposal] = sketch.proposals()
    assert near(list(proposal.geom.coords), [(-0.002, 0.0), (0.0, 0.001), (0.002, 0.0)])


def test_a_bow_tie_becomes_a_valid_multipolygon(sketch):
    sketch.tool("polygon")
    for corner in [(-0.002, -0.001), (0.002, 0.001), (0.002, -0.001), (-0.002, 0.001)]:
        sketch.click(*corner)
    sketch.key(Qt.Key.Key_Return)
    [proposal] = sketch.proposals()
    assert proposal.geom.geom_type == "MultiPolygon" and proposal.geom.is_valid


def test_a_shape_that_cannot_be_made_is_refused_with_a_message(sketch):
    sketch.tool("polygon")
    sketch.click(-0.002, 0.0)
    sketch.click(0.002, 0.0)
    sketch.key(Qt.Key.Key_Return)
    assert sketch.proposals() == []
    assert sketch.messages and "three" in sketch.messages[-1]
    assert "three" in sketch.window.statusBar().currentMessage()


def test_drawing_tools_keep_left_drags_for_themselves(sketch):
    view_before = sketch.canvas.mercator_view()
    sketch.tool("line")
    assert not sketch.canvas.identify_enabled
    sketch.drag([(0.0, 0.0), (0.001, 0.001), (0.002, 0.001)])
    assert sketch.canvas.mercator_view() == pytest.approx(view_before)
    sketch.key(Qt.Key.Key_Escape)
    sketch.tool("select")
    assert sketch.canvas.identify_enabled


def test_drawing_is_disabled_in_a_read_only_project(sketch):
    sketch.window.close_project()
    assert sketch.window.open_project(sketch.path, read_only=True)
    actions = sketch.window.features.sketching.tool_actions
    assert actions["select"].isEnabled()
    assert not any(actions[name].isEnabled() for name in ("point", "line", "polygon", "freehand", "move", "vertex"))
    assert not sketch.window.features.sketching.duplicate_action.isEnabled()
    sketch.window.features.sketching.controller.set_tool("point")
    sketch.click(0.0, 0.0)
    assert sketch.proposals() == []


def test_snapping_puts_the_vertex_on_a_basemap_vertex(sketch):
    sketch.window.features.sketching.snap_action.setChecked(True)
    sketch.tool("point")
    # Side St starts at (LON, LAT - 0.004); Main St crosses nothing there, so aim a
    # few pixels off the west end of Main St: (LON - 0.005, ROAD_Y).
    sketch.canvas.zoom_to_bounds(LON - 0.006, LAT - 0.003, LON - 0.002, LAT)
    pixel_degrees = 0.004 / sketch.viewport.width()
    sketch.click(-0.005 + 4 * pixel_degrees, -0.001 + 3 * pixel_degrees)
    [proposal] = sketch.proposals()
    assert proposal.geom.x == pytest.approx(LON - 0.005, abs=1e-9)
    assert proposal.geom.y == pytest.approx(LAT - 0.001, abs=1e-9)


def test_snapping_is_off_by_default(sketch):
    sketch.tool("point")
    sketch.canvas.zoom_to_bounds(LON - 0.006, LAT - 0.003, LON - 0.002, LAT)
    pixel_degrees = 0.004 / sketch.viewport.width()
    sketch.click(-0.005 + 4 * pixel_degrees, -0.001 + 3 * pixel_degrees)
    [proposal] = sketch.proposals()
    assert abs(proposal.geom.x - (LON - 0.005)) > pixel_degrees


def test_middle_drag_and_space_drag_still_pan_while_drawing(sketch):
    sketch.tool("polygon")
    before = sketch.canvas.mercator_view()
    sketch.drag([(0.0, 0.0), (0.0005, 0.0), (0.001, 0.0)], button=Qt.MouseButton.MiddleButton)
    panned = sketch.canvas.mercator_view()
    assert panned[0] < before[0]  # dragging east moves the view west
    # A second press on the same spot this soon would be taken for a double-click.
    sketch.qtbot.wait(QApplication.doubleClickInterval() + 100)
    sketch.qtbot.keyPress(sketch.canvas.graphics_view, Qt.Key.Key_Space)
    sketch.drag([(0.0, 0.0), (0.0005, 0.0), (0.001, 0.0)])
    sketch.qtbot.keyRelease(sketch.canvas.graphics_view, Qt.Key.Key_Space)
    assert sketch.canvas.mercator_view()[0] < panned[0]
    assert sketch.proposals() == [] and not sketch.window.features.sketching.controller.tool.busy


def test_tool_actions_are_exclusive_and_their_tooltips_name_the_shortcut(sketch):
    actions = sketch.window.features.sketching.tool_actions
    expected = {"select": "S", "point": "P", "line": "L", "polygon": "A", "freehand": "F", "move": "M", "vertex": "V"}
    for name, key in expected.items():
        assert actions[name].shortcut().toString() == key and f"({key} on the map)" in actions[name].toolTip()
    sketch.tool("line")
    assert actions["line"].isChecked() and not actions["select"].isChecked()
    assert sketch.window.features.sketching.duplicate_action.shortcut().toString() == "Ctrl+D"
    menus = [action.text() for action in sketch.window.menuBar().actions()]
    assert "&Draw" in menus

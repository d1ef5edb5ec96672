"""One map tool at a time, shown as the one in use; replacing a walk's route asks first (issue 14).

In the trial Route stayed active after Select was clicked (both highlighted), and two
clicks and Enter then replaced a four-point walk route.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from audit_support import LEFT, NOISE, all_map_tools, checked_tools, tool_in_use
from map_support import LAT, LON
from shapely.geometry import LineString

from cosafe.core.edits import AddRecord
from cosafe.core.records import AuditWalk, Criterion
from cosafe.ui.host import ToolbarId

pytestmark = NOISE
ROUTE = [(-0.003, 0.0), (-0.001, 0.0005), (0.001, 0.0005), (0.003, 0.0)]


def add_walk(recording, title: str = "Market street by night", with_route: bool = True) -> AuditWalk:
    walk = AuditWalk(title=title, time_of_day="night", workshop_uuid=recording.workshop.uuid,
                     criteria_set_uuid=recording.store.list(Criterion)[0].set_uuid,
                     geom=LineString([(LON + dx, LAT + dy) for dx, dy in ROUTE]) if with_route else None)
    assert recording.window.session.perform(AddRecord(walk, "Add audit walk"))
    recording.ui.panel.select_walk(walk.uuid)
    return walk


def click_toolbar_button(recording, action: QAction) -> None:
    host = recording.window.host
    for toolbar in (host.toolbar(ToolbarId.DRAW), host.toolbar(ToolbarId.RECORD)):
        button = toolbar.widgetForAction(action)
        if button is not None:
            recording.qtbot.mouseClick(button, LEFT)
            return
    raise AssertionError(f"{action.text()} is on no toolbar")


def draw_two_point_route(recording) -> None:
    recording.click(-0.002, -0.001)
    recording.click(0.002, -0.001)
    recording.key(Qt.Key.Key_Return)


def test_exactly_one_tool_is_checked_and_it_is_the_one_in_use(recording):
    add_walk(recording)
    assert checked_tools(recording) == ["select"]
    tools = all_map_tools(recording)
    for name in [*tools, "select", "route", "select", "pin", "line", "audit_point", "select"]:
        click_toolbar_button(recording, tools[name])
        assert checked_tools(recording) == [name]
        assert tool_in_use(recording) == name


def test_select_puts_the_route_tool_down_so_clicks_and_enter_keep_the_route(recording):
    walk = add_walk(recording)
    steps = recording.window.session.undo_stack.count()
    click_toolbar_button(recording, recording.ui.tool_actions["route"])
    assert tool_in_use(recording) == "route"
    click_toolbar_button(recording, recording.window.features.sketching.tool_actions["select"])
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"
    draw_two_point_route(recording)
    assert recording.store.get(AuditWalk, walk.uuid).geom.equals(walk.geom)
    assert recording.window.session.undo_stack.count() == steps
    assert recording.confirms == []


def test_escape_on_the_map_puts_a_recording_tool_down_and_shows_select(recording):
    add_walk(recording)
    click_toolbar_button(recording, recording.ui.tool_actions["pin"])
    recording.canvas.graphics_view.setFocus()
    assert QApplication.focusWidget() is recording.canvas.graphics_view
    recording.key(Qt.Key.Key_Escape)
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"


@pytest.mark.parametrize("replace", [False, True])
def test_replacing_a_walks_route_asks_first(recording, replace):
    walk = add_walk(recording)
    steps = recording.window.session.undo_stack.count()
    recording.accept_confirm = replace
    click_toolbar_button(recording, recording.ui.tool_actions["route"])
    draw_two_point_route(recording)
    [question] = recording.confirms
    assert "has a route of 4 points already" in question and "2 points just drawn" in question
    route = recording.store.get(AuditWalk, walk.uuid).geom
    if replace:
        assert len(route.coords) == 2
        assert recording.undo_texts()[-1] == "Redraw route of “Market street by night”"
        recording.window.session.undo_stack.undo()
        assert recording.store.get(AuditWalk, walk.uuid).geom.equals(walk.geom)
    else:
        assert route.equals(walk.geom) and recording.window.session.undo_stack.count() == steps
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"  # put down either way


def test_a_walk_without_a_route_gets_one_without_a_question(recording):
    fresh = add_walk(recording, "Bus stop", with_route=False)
    click_toolbar_button(recording, recording.ui.tool_actions["route"])
    draw_two_point_route(recording)
    assert recording.confirms == [] and recording.store.get(AuditWalk, fresh.uuid).geom is not None


def test_with_the_map_focused_record_tool_letters_pick_one_tool_too(recording):
    recording.click(-0.002, -0.002)
    for key, name in ((Qt.Key.Key_R, "route"), (Qt.Key.Key_P, "point"), (Qt.Key.Key_N, "pin"),
                      (Qt.Key.Key_U, "audit_point"), (Qt.Key.Key_S, "select")):
        recording.key(key)
        assert checked_tools(recording) == [name] and tool_in_use(recording) == name

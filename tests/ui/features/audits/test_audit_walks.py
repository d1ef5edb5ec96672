"""Audit walks through the real window: the walk dialog, the Audits dock, route and point tools."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shell_support import answer_next_modal
from audit_support import NOISE
from map_support import LAT, LON

from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, WalkParticipant
from cosafe.ui.features.audits.walk_dialog import WalkDialog

pytestmark = NOISE
TOLERANCE = 2e-5


def fill_walk_dialog(qtbot, title: str, time_of_day: str, tick_group: bool = True, untick: str | None = None):
    def handler(dialog):
        assert isinstance(dialog, WalkDialog)
        assert not dialog.ok_button.isEnabled()  # no title yet
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.time_combo.setCurrentIndex(dialog.time_combo.findData(time_of_day))
        if tick_group:
            qtbot.mouseClick(dialog.tick_group, Qt.MouseButton.LeftButton)
        for row in range(dialog.walkers.count()):
            item = dialog.walkers.item(row)
            if untick and item.text().startswith(untick):
                item.setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_modal(handler)


def new_walk(recording, title="Market street by night", time_of_day="night") -> AuditWalk:
    fill_walk_dialog(recording.qtbot, title, time_of_day)
    assert recording.ui.panel.new_walk()
    [walk] = [w for w in recording.store.list(AuditWalk) if w.title == title]
    return walk


def test_a_new_walk_records_who_walked_in_one_undo_step(recording):
    walk = new_walk(recording)
    assert (walk.time_of_day, walk.workshop_uuid, walk.group_uuid) == ("night", recording.workshop.uuid,
                                                                       recording.group.uuid)
    assert walk.criteria_set_uuid  # scored on the active set
    walkers = {w.participant_uuid for w in recording.store.list(WalkParticipant)}
    assert walkers == {p.uuid for p in recording.people[:3]}  # the women's group, ticked as a group
    assert recording.undo_texts() == ["Add audit walk “Market street by night”"]
    table = recording.ui.panel.table
    assert table.rowCount() == 1 and table.item(0, 0).text().startswith("Market street by night")
    assert [table.item(0, c).text() for c in (2, 3, 4)] == ["Night", "Women's group", "0"]
    assert recording.ui.panel.selected_walk_uuid() == walk.uuid
    recording.window.session.undo_stack.undo()
    assert recording.store.list(AuditWalk) == [] and recording.store.list(WalkParticipant) == []
    assert table.rowCount() == 0


def test_walkers_are_listed_by_anonymous_code_and_demographics(recording):
    seen = []

    def handler(dialog):
        seen.extend(dialog.walkers.item(row).text() for row in range(dialog.walkers.count()))

    answer_next_modal(handler)
    assert not recording.ui.panel.new_walk()  # rejected: nothing added
    assert seen[0] == "P01 · Woman · 15–24 · Resident"
    assert len(seen) == 6
    assert recording.store.list(AuditWalk) == []


def test_route_is_drawn_with_clicks_and_enter_as_one_edit(recording):
    walk = new_walk(recording)
    recording.ui.tool_actions["route"].trigger()
    corners = [(-0.002, 0.0), (0.0, 0.001), (0.002, 0.0)]
    for corner in corners:
        recording.click(*corner)
    assert recording.store.get(AuditWalk, walk.uuid).geom is None  # not until Enter
    recording.key(Qt.Key.Key_Return)
    route = recording.store.get(AuditWalk, walk.uuid).geom
    assert route.geom_type == "LineString"
    assert all(abs(x - (LON + dx)) < TOLERANCE and abs(y - (LAT + dy)) < TOLERANCE
               for (x, y), (dx, dy) in zip(route.coords, corners))
    assert recording.undo_texts()[-1] == "Draw route of “Market street by night”"
    assert recording.ui.tools.tool is None  # the tool is put away after a route
    assert recording.window.features.sketching.selection.selected_uuids == []
    assert recording.store.list(AuditPoint) == []


def test_audit_point_clicks_are_numbered_in_order(recording):
    walk = new_walk(recording)
    recording.ui.tool_actions["audit_point"].trigger()
    recording.click(-0.001, 0.0)
    recording.click(0.001, 0.0005)
    points = sorted(recording.store.list(AuditPoint), key=lambda p: p.sequence)
    assert [p.sequence for p in points] == [1, 2]
    assert abs(points[1].geom.x - (LON + 0.001)) < TOLERANCE and abs(points[1].geom.y - (LAT + 0.0005)) < TOLERANCE
    assert recording.undo_texts()[-2:] == ["Place audit point 1 of “Market street by night”",
                                           "Place audit point 2 of “Market street by night”"]
    assert recording.ui.panel.table.item(0, 4).text() == "2"
    assert all(p.walk_uuid == walk.uuid for p in points)


def test_without_a_walk_the_point_tool_places_nothing(recording):
    recording.ui.tool_actions["audit_point"].trigger()
    recording.click(0.0, 0.0)
    assert recording.store.list(AuditPoint) == []
    assert "Select an audit walk" in recording.window.statusBar().currentMessage()


def test_a_draw_tool_turns_the_recording_tool_off(recording):
    new_walk(recording)
    recording.ui.tool_actions["route"].trigger()
    assert recording.ui.tools.tool == "route"
    recording.window.features.sketching.tool_actions["point"].trigger()
    assert recording.ui.tools.tool is None
    assert not recording.ui.tool_actions["route"].isChecked()


def test_edit_changes_walkers_and_delete_takes_points_in_one_step(recording):
    walk = new_walk(recording)
    answer_next_modal(lambda dialog: (dialog.title_edit.setText("Market street, late"),
                                      dialog.walkers.item(0).setCheckState(Qt.CheckState.Unchecked),
                                      dialog.accept()))
    assert recording.ui.panel.edit_walk()
    assert recording.store.get(AuditWalk, walk.uuid).title == "Market street, late"
    assert len(recording.store.list(WalkParticipant)) == 2
    assert recording.undo_texts()[-1] == "Edit audit walk “Market street, late”"
    recording.ui.tool_actions["audit_point"].trigger()
    recording.click(0.0, 0.0)
    store = recording.store
    [point] = store.list(AuditPoint)
    store.insert(AuditScore(point_uuid=point.uuid, criterion_uuid="c", score=2))  # as if entered
    steps = recording.window.session.undo_stack.count()
    assert recording.ui.panel.delete_walk()
    assert "1 audit point" in recording.confirms[-1]
    assert store.list(AuditWalk) == [] and store.list(AuditPoint) == [] and store.list(AuditScore) == []
    assert store.list(WalkParticipant) == []
    assert recording.window.session.undo_stack.count() == steps + 1
    recording.window.session.undo_stack.undo()
    assert len(store.list(AuditPoint)) == 1 and len(store.list(AuditScore)) == 1
    assert len(store.list(WalkParticipant)) == 2


def test_read_only_projects_disable_recording(recording, qtbot):
    window = recording.window
    path = recording.path
    window.close_project()
    assert window.open_project(path, read_only=True)
    ui = window.features.audits
    assert not ui.panel.new_action.isEnabled()
    assert not ui.entry_action.isEnabled()
    assert not any(action.isEnabled() for action in ui.tool_actions.values())
    assert not ui.panel.new_walk()

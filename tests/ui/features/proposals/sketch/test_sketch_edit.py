"""Editing proposals on the map: select, move, vertices, duplicate, delete — each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shapely.geometry import LineString, Point, box
from sketch_support import NOISE
from map_support import LAT, LON

from cosafe.core.edits import AddRecord
from cosafe.core.records import Proposal

pytestmark = NOISE
SHIFT = Qt.KeyboardModifier.ShiftModifier


def add(sketch, geom, group: str | None = None) -> str:
    proposal = Proposal(geom=geom, title="p", group_uuid=group)
    assert sketch.window.session.perform(AddRecord(proposal))
    return proposal.uuid


def area(dx: float = 0.0, dy: float = 0.0):
    return box(LON - 0.001 + dx, LAT - 0.0005 + dy, LON + 0.001 + dx, LAT + 0.0005 + dy)


def undo_all_and_redo_all(sketch, before: list, after: list) -> None:
    stack = sketch.window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert sketch.rows() == before
    while stack.canRedo():
        stack.redo()
    assert sketch.rows() == after


def test_click_selects_shift_click_adds_and_empty_map_clears(sketch):
    first, second = add(sketch, area()), add(sketch, Point(LON + 0.002, LAT + 0.002))
    selection = sketch.window.features.sketching.selection
    sketch.tool("select")
    sketch.click(0.0, 0.0)
    assert selection.selected_uuids == [first]
    sketch.click(0.002, 0.002, SHIFT)
    assert selection.selected_uuids == [first, second]
    assert sketch.window.features.sketching.controller.layer.items[second].selected
    sketch.click(-0.0035, 0.0028)
    assert selection.selected_uuids == []


def test_dragging_moves_the_proposal_and_one_undo_puts_it_back(sketch):
    uuid = add(sketch, area())
    before = sketch.rows()
    sketch.tool("move")
    sketch.drag([(0.0, 0.0), (0.0005, 0.0), (0.001, 0.0002), (0.001, 0.0005)])
    moved = sketch.store.get(Proposal, uuid).geom
    assert abs(moved.centroid.x - (LON + 0.001)) < 2e-5 and abs(moved.centroid.y - (LAT + 0.0005)) < 2e-5
    stack = sketch.window.session.undo_stack
    assert stack.count() == 2 and stack.text(1) == "Move proposal"
    stack.undo()
    assert sketch.rows() == before
    assert sketch.window.features.sketching.controller.layer.geometry(uuid) is not None


def test_a_click_in_move_mode_writes_nothing(sketch):
    add(sketch, area())
    sketch.tool("move")
    sketch.click(0.0, 0.0)
    assert sketch.window.session.undo_stack.count() == 1


def test_vertex_drag_insert_and_delete(sketch):
    uuid = add(sketch, LineString([(LON - 0.002, LAT), (LON + 0.002, LAT)]))
    sketch.window.features.sketching.selection.select([uuid])
    sketch.tool("vertex")
    # Drag the east end north.
    sketch.drag([(0.002, 0.0), (0.002, 0.0005), (0.002, 0.001)])
    coords = list(sketch.store.get(Proposal, uuid).geom.coords)
    assert abs(coords[1][1] - (LAT + 0.001)) < 2e-5 and len(coords) == 2
    # Click the middle of the edge: a vertex is inserted there.
    sketch.click(0.0, 0.0005)
    coords = list(sketch.store.get(Proposal, uuid).geom.coords)
    assert len(coords) == 3 and abs(coords[1][0] - LON) < 2e-5
    # Hover the new vertex and press Delete: it goes; a second delete is refused (2 left).
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(0.0, 0.0005))
    sketch.key(Qt.Key.Key_Delete)
    assert len(sketch.store.get(Proposal, uuid).geom.coords) == 2
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(-0.002, 0.0))
    sketch.key(Qt.Key.Key_Backspace)
    assert len(sketch.store.get(Proposal, uuid).geom.coords) == 2
    assert "two vertices" in sketch.messages[-1]
    stack = sketch.window.session.undo_stack
    assert [stack.text(i) for i in range(1, stack.count())] == ["Move vertex", "Insert vertex", "Delete vertex"]


def test_an_area_keeps_three_vertices(sketch):
    uuid = add(sketch, area())
    sketch.window.features.sketching.selection.select([uuid])
    sketch.tool("vertex")
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(0.001, 0.0005))
    sketch.key(Qt.Key.Key_Delete)
    assert len(sketch.store.get(Proposal, uuid).geom.exterior.coords) == 4  # a triangle
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(-0.001, -0.0005))
    sketch.key(Qt.Key.Key_Delete)
    assert len(sketch.store.get(Proposal, uuid).geom.exterior.coords) == 4
    assert "three vertices" in sketch.messages[-1]


def test_duplicate_makes_an_offset_copy(sketch):
    uuid = add(sketch, area())
    sketch.window.features.sketching.selection.select([uuid])
    sketch.window.features.sketching.duplicate_action.trigger()
    original, copy = sketch.proposals()
    assert copy.uuid != uuid and copy.title == "p (copy)"
    assert copy.geom.centroid.x > original.geom.centroid.x and copy.geom.centroid.y < original.geom.centroid.y
    assert sketch.window.features.sketching.selection.selected_uuids == [copy.uuid]


def test_deleting_several_is_one_step_and_one_undo_restores_all(sketch):
    uuids = [add(sketch, area(dx=0.0025 * i)) for i in range(3)]
    before = sketch.rows()
    sketch.window.features.sketching.selection.select(uuids)
    sketch.canvas.graphics_view.setFocus()
    sketch.key(Qt.Key.Key_Delete)
    assert sketch.proposals() == []
    assert sketch.window.features.sketching.selection.selected_uuids == []
    sketch.window.session.undo_stack.undo()
    assert sketch.rows() == before
    assert len(sketch.window.features.sketching.controller.layer.items) == 3


def test_undo_and_redo_of_every_action_leave_the_store_as_before(sketch):
    before = sketch.rows()
    sketch.tool("polygon")
    for corner in [(-0.002, -0.001), (0.0, -0.001), (0.0, 0.0)]:
        sketch.click(*corner)
    sketch.key(Qt.Key.Key_Return)
    sketch.tool("point")
    sketch.click(0.002, 0.002)
    sketch.tool("move")
    sketch.drag([(0.002, 0.002), (0.0025, 0.0022)])
    sketch.window.features.sketching.duplicate_action.trigger()
    sketch.tool("vertex")
    sketch.click(-0.0005, -0.0008)  # selects the area
    sketch.drag([(0.0, 0.0), (0.0005, 0.0005)])
    sketch.tool("select")
    sketch.click(-0.0005, -0.0008)
    sketch.key(Qt.Key.Key_Delete)
    after = sketch.rows()
    assert sketch.window.session.undo_stack.count() == 6
    undo_all_and_redo_all(sketch, before, after)


def test_hidden_groups_are_not_drawn_or_selectable(sketch):
    red, plain = add(sketch, area(), group="g-red"), add(sketch, Point(LON + 0.002, LAT + 0.002))
    sketching = sketch.window.features.sketching
    sketch.window.features.sketching.selection.select([red, plain])
    sketching.set_hidden_groups({"g-red"})
    items = sketching.controller.layer.items
    assert not items[red].isVisible() and items[plain].isVisible()
    assert sketch.window.features.sketching.selection.selected_uuids == [plain]
    sketch.tool("select")
    sketch.click(0.0, 0.0)
    assert sketch.window.features.sketching.selection.selected_uuids == []
    sketching.set_hidden_groups({""})
    assert items[red].isVisible() and not items[plain].isVisible()


def test_shift_drag_on_empty_map_adds_what_the_band_touches(sketch):
    inside = [add(sketch, Point(LON + 0.0005 * i, LAT + 0.0025)) for i in range(3)]
    outside = add(sketch, Point(LON - 0.003, LAT - 0.0025))
    view = sketch.canvas.mercator_view()
    sketch.tool("select")
    first, last = sketch.at(-0.0005, 0.002), sketch.at(0.0015, 0.0029)
    sketch.qtbot.mousePress(sketch.viewport, Qt.MouseButton.LeftButton, SHIFT, first)
    sketch.qtbot.mouseMove(sketch.viewport, sketch.at(0.0005, 0.0025))
    sketch.qtbot.mouseMove(sketch.viewport, last)
    sketch.qtbot.mouseRelease(sketch.viewport, Qt.MouseButton.LeftButton, SHIFT, last)
    assert sorted(sketch.window.features.sketching.selection.selected_uuids) == sorted(inside)
    assert outside not in sketch.window.features.sketching.selection.selected_uuids
    assert sketch.canvas.mercator_view() == view  # the band did not pan the map


def test_the_show_groups_menu_hides_and_shows_a_group(sketch):
    from cosafe.core.records import Group, Workshop

    workshop = Workshop(title="Evening walk")
    group = Group(workshop_uuid=workshop.uuid, name="Youth", colour="#E69F00")
    for record in (workshop, group):
        assert sketch.window.session.perform(AddRecord(record))
    red = add(sketch, area(), group=group.uuid)
    sketching = sketch.window.features.sketching
    sketching.fill_groups_menu(sketching.groups_menu)
    texts = [action.text() for action in sketching.groups_menu.actions()]
    assert "Youth (Evening walk)" in texts and "No group" in texts
    youth = next(a for a in sketching.groups_menu.actions() if a.text() == "Youth (Evening walk)")
    youth.setChecked(False)
    assert sketching.hidden_groups == {group.uuid}
    assert not sketching.controller.layer.items[red].isVisible()
    assert sketching.controller.layer.items[red].pen().color().name() == "#e69f00"
    sketching.groups_menu.actions()[0].trigger()  # Show All
    assert sketching.controller.layer.items[red].isVisible()

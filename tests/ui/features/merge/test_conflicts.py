"""The Merge Conflicts dock: side by side, field by field, both geometries on the map, each choice one undo step."""

from __future__ import annotations

import pytest
from merge_ui_support import NOISE, TEAM, answer_dialog
from PySide6.QtCore import QPoint
from shell_support import menu_action
from map_support import LAT, LON, close, pixel, screen_pos

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import PerceptionPin, Proposal, ReasonTag
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.project_store import ProjectStore
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.core.projection import to_mercator
from cosafe.ui.features.merge import flow as merge_flow
from cosafe.ui.features.merge.map_items import MINE_COLOUR, THEIRS_COLOUR
from cosafe.ui.features.merge.preview import MergePreviewDialog

pytestmark = NOISE


def merged(state, monkeypatch) -> None:
    """Merge the team's file through File › Merge Projects… (preview answered with Merge)."""
    monkeypatch.setattr(merge_flow, "ask_merge_paths", lambda _parent, _folder: [str(state.team_path)])
    answer_dialog(MergePreviewDialog, lambda dialog: dialog.merge_button.click())
    state.ui.merge_action.trigger()
    assert state.errors == []


@pytest.fixture
def conflicted(merging, monkeypatch):
    merged(merging, monkeypatch)
    assert len(pending_conflicts(merging.store)) == 1
    return merging


def rows_by_field(panel) -> dict[str, tuple[str, str, bool]]:
    return {field: (mine, theirs, highlighted) for field, mine, theirs, highlighted in panel.field_rows()}


def test_the_dock_opens_after_the_merge_and_compares_field_by_field(conflicted):
    ui = conflicted.ui
    panel = ui.panel
    assert ui.dock.isVisible() and ui.dock.windowTitle() == "Merge Conflicts (1)"
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        f"Proposal “Office title”\nfrom {TEAM}"]
    rows = rows_by_field(panel)
    assert rows["Title"] == ("Office title", "Team title", True)
    assert rows["Location and shape"][2] and rows["Location and shape"][0].startswith("Area of 4 points around")
    assert rows["Description"] == ("—", "—", False)
    assert rows["Group"] == ("Women's group", "Women's group", False)  # a reference shown by its name
    assert rows["Workshop"] == ("Riverside night audit", "Riverside night audit", False)
    assert rows["Made on"][0] == rows["Made on"][1] == "Main laptop"  # made at the office, before the hand-out
    assert rows["Last changed"][2]
    assert "uuid" not in {f.lower() for f in rows}
    assert "Main laptop · Women's group" in panel.mine_label.text()
    assert f"came from {TEAM}" in panel.theirs_label.text()
    header = [panel.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert header == ["Field", "Mine (this project)", f"Theirs ({TEAM})"]
    assert panel.keep_mine.isEnabled() and panel.keep_theirs.isEnabled() and panel.keep_both.isEnabled()


def test_both_geometries_are_drawn_on_the_map_mine_solid_theirs_dashed(conflicted):
    store = conflicted.store
    (conflict,) = pending_conflicts(store)
    overlay = conflicted.ui.overlay
    mine_item, theirs_item = overlay.items
    assert mine_item.colour == MINE_COLOUR and not mine_item.dashed
    assert theirs_item.colour == THEIRS_COLOUR and theirs_item.dashed
    assert mine_item.geometry.equals(store.get(Proposal, conflicted.proposal_uuid).geom)
    assert theirs_item.geometry.equals(conflict.theirs.geom) and not theirs_item.geometry.equals(mine_item.geometry)
    canvas = conflicted.window.map_canvas
    view_box = canvas.view_box
    assert mine_item.getViewBox() is view_box and theirs_item.getViewBox() is view_box
    # really painted: mine's bottom edge in blue; theirs' bottom edge orange where its dashes are
    assert close(pixel(canvas, LON + 0.0003, LAT), MINE_COLOUR.name(), tolerance=40)
    image = canvas.grab().toImage()
    offset = canvas.graphics_view.mapTo(canvas, QPoint(0, 0))
    along = [screen_pos(canvas, LON + 0.001 + 0.0006 * i / 40, LAT) + offset for i in range(41)]
    colours = [image.pixelColor(p) for p in along]
    assert sum(close(c, THEIRS_COLOUR.name(), tolerance=40) for c in colours) >= 5
    assert not all(close(c, THEIRS_COLOUR.name(), tolerance=40) for c in colours)  # dashed, not solid
    # the view shows both
    (x0, x1), (y0, y1) = view_box.viewRange()
    for item in overlay.items:
        min_lon, min_lat, max_lon, max_lat = item.geometry.bounds
        (ax, bx), (ay, by) = to_mercator([min_lon, max_lon], [min_lat, max_lat])
        assert x0 <= ax and bx <= x1 and y0 <= ay and by <= y1
    conflicted.ui.dock.hide()
    assert overlay.items == []  # only while the dock is shown
    # shown again: already in view, the map does not jump
    before = view_box.viewRange()
    conflicted.ui.conflicts_action.trigger()
    assert len(overlay.items) == 2 and view_box.viewRange() == before
    # looking elsewhere, the map goes to them
    canvas.zoom_to_bounds(LON + 0.05, LAT + 0.05, LON + 0.06, LAT + 0.06)
    conflicted.ui.dock.hide()
    conflicted.ui.conflicts_action.trigger()
    (x0, x1), (y0, y1) = view_box.viewRange()
    ax, ay = to_mercator(LON, LAT)
    assert x0 <= ax <= x1 and y0 <= ay <= y1


@pytest.mark.parametrize("choice, button, label, title, count", [
    ("mine", "keep_mine", "Keep my proposal “Office title”", "Office title", 1),
    ("theirs", "keep_theirs", "Keep their proposal “Office title”", "Team title", 1),
    ("both", "keep_both", "Keep both versions of proposal “Office title”", "Office title", 2),
])
def test_each_choice_is_one_undo_step(conflicted, choice, button, label, title, count):
    store, panel = conflicted.store, conflicted.ui.panel
    (conflict,) = pending_conflicts(store)
    getattr(panel, button).click()
    assert conflicted.undo_texts() == [label]
    assert pending_conflicts(store) == [] and panel.list.count() == 0 and panel.empty_label.isVisible()
    assert conflicted.ui.dock.windowTitle() == "Merge Conflicts"
    assert store.get(Proposal, conflicted.proposal_uuid).title == title
    assert store.count(Proposal) == count
    if choice == "theirs":
        assert store.get(Proposal, conflicted.proposal_uuid).geom.equals(conflict.theirs.geom)
    if choice == "both":
        copy, = [p for p in store.list(Proposal) if p.uuid != conflicted.proposal_uuid]
        assert copy.title == "Team title" and copy.geom.equals(conflict.theirs.geom)
    assert conflicted.ui.overlay.items == []
    conflicted.window.commands.undo.trigger()
    assert store.get(Proposal, conflicted.proposal_uuid).title == "Office title" and store.count(Proposal) == 1
    assert len(pending_conflicts(store)) == 1 and panel.list.count() == 1
    assert rows_by_field(panel)["Title"] == ("Office title", "Team title", True)
    conflicted.window.commands.redo.trigger()
    assert pending_conflicts(store) == [] and store.get(Proposal, conflicted.proposal_uuid).title == title


def test_resolve_merge_conflicts_opens_the_dock(conflicted):
    ui = conflicted.ui
    ui.dock.hide()
    action = menu_action(conflicted.window, "File", "Resolve Merge Conflicts")
    assert action is ui.conflicts_action
    action.trigger()
    assert ui.dock.isVisible() and ui.panel.list.count() == 1 and len(ui.overlay.items) == 2
    assert menu_action(conflicted.window, "View", "Merge Conflicts") is ui.dock.toggleViewAction()


def test_no_conflicts_says_so(merging):
    merging.ui.conflicts_action.trigger()
    panel = merging.ui.panel
    assert merging.ui.dock.isVisible() and panel.list.count() == 0 and panel.empty_label.isVisible()
    assert not panel.keep_mine.isEnabled()


def test_keep_both_is_offered_only_where_two_records_can_be_kept(conflicted, tmp_path, monkeypatch):
    """A reason tag changed on both sides: keep mine or theirs, never both (its key is unique)."""
    store = conflicted.store
    tag = store.list(ReasonTag)[0]
    other = tmp_path / "team4.gpkg"
    make_field_copy(store, str(other), "Field team 4")
    conflicted.window.session.perform(UpdateRecord(store, ReasonTag, tag.uuid, {"label": "Office words"}))
    with ProjectStore.open(str(other)) as team:
        UpdateRecord(team, ReasonTag, tag.uuid, {"label": "Team words"}).apply(team)
    conflicted.team_path = other
    merged(conflicted, monkeypatch)
    panel = conflicted.ui.panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Reason tag “Office words”\nfrom Field team 4" in texts
    panel.list.setCurrentRow(texts.index("Reason tag “Office words”\nfrom Field team 4"))
    assert not panel.keep_both.isEnabled() and panel.keep_theirs.isEnabled()
    assert panel.keep_both.toolTip() == "Two of these cannot share one key: keep mine or theirs"
    assert len(conflicted.ui.overlay.items) == 0  # nothing to draw for a record without a place
    panel.keep_theirs.click()
    assert store.get(ReasonTag, tag.uuid).label == "Team words"
    remaining = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert remaining == [f"Proposal “Office title”\nfrom {TEAM}"]


def test_read_only_shows_conflicts_without_buttons(conflicted):
    window, path = conflicted.window, str(conflicted.office_path)
    window.close_project()
    assert not conflicted.ui.dock.isVisible()  # parked without a project
    assert window.open_project(path, read_only=True)
    conflicted.ui.conflicts_action.trigger()
    panel = conflicted.ui.panel
    assert panel.list.count() == 1 and rows_by_field(panel)["Title"][2]
    assert not (panel.keep_mine.isEnabled() or panel.keep_theirs.isEnabled() or panel.keep_both.isEnabled())
    assert panel.resolve("mine") is False and len(pending_conflicts(window.session.store)) == 1


def test_only_what_differs_and_the_order_of_fields(conflicted):
    panel = conflicted.ui.panel
    fields = [row[0] for row in panel.field_rows()]
    assert fields[0] == "Title" and fields[-3:] == ["Made on", "Created", "Last changed"]
    assert fields.index("Location and shape") > fields.index("Description")
    panel.only_differences.setChecked(True)
    shown = panel.field_rows()
    assert [row[0] for row in shown] == ["Title", "Location and shape", "Last changed"]
    assert all(highlighted for *_texts, highlighted in shown)
    panel.only_differences.setChecked(False)
    assert len(panel.field_rows()) == len(fields)


def test_a_record_deleted_here_but_changed_there(merging, monkeypatch):
    """Deleted in the office, changed by the team: a conflict; Keep Theirs brings their version back."""
    from cosafe.core.edits import DeleteRecord

    store = merging.store
    pin = store.get(PerceptionPin, merging.office_pin_uuid)
    with ProjectStore.open(str(merging.team_path)) as team:
        UpdateRecord(team, PerceptionPin, pin.uuid, {"story": "Darker than before"}).apply(team)
    assert merging.window.session.perform(DeleteRecord(store, PerceptionPin, pin.uuid))
    merged(merging, monkeypatch)
    panel = merging.ui.panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    row = texts.index(f"Perception pin “Darker than before”\nfrom {TEAM}")
    panel.list.setCurrentRow(row)
    rows = rows_by_field(panel)
    assert rows["Story"] == ("(deleted on this laptop)", "Darker than before", True)
    assert "deleted on this laptop" in panel.mine_label.text()
    assert not panel.keep_both.isEnabled() and panel.keep_theirs.isEnabled()
    assert panel.keep_both.toolTip().startswith("Mine was deleted on this laptop")
    assert len(merging.ui.overlay.items) == 1  # only theirs has a place to draw
    panel.keep_theirs.click()
    assert store.get(PerceptionPin, pin.uuid).story == "Darker than before"
    merging.window.commands.undo.trigger()
    assert store.get(PerceptionPin, pin.uuid) is None


def test_after_a_choice_the_next_conflict_is_shown_and_a_hidden_panel_catches_up(merging, monkeypatch):
    store = merging.store
    with ProjectStore.open(str(merging.team_path)) as team:
        UpdateRecord(team, PerceptionPin, merging.office_pin_uuid, {"story": "Team story"}).apply(team)
    assert merging.window.session.perform(
        UpdateRecord(store, PerceptionPin, merging.office_pin_uuid, {"story": "Office story"}))
    merged(merging, monkeypatch)
    panel, dock = merging.ui.panel, merging.ui.dock
    assert panel.list.count() == 2 and dock.windowTitle() == "Merge Conflicts (2)"
    first, second = (panel.list.item(i).text() for i in range(2))
    panel.list.setCurrentRow(0)
    panel.keep_mine.click()
    assert panel.list.count() == 1 and panel.list.currentItem().text() == second
    assert dock.windowTitle() == "Merge Conflicts (1)"
    dock.hide()
    merging.window.commands.undo.trigger()  # the conflict comes back while the panel is hidden
    assert len(pending_conflicts(store)) == 2
    merging.ui.conflicts_action.trigger()
    assert panel.list.count() == 2 and dock.windowTitle() == "Merge Conflicts (2)"
    assert {panel.list.item(i).text() for i in range(2)} == {first, second}

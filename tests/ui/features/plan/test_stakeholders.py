"""The Stakeholders dock: the register table, its add/edit dialog, delete, and the influence–interest grid."""

from __future__ import annotations

from plan_support import CONTACT, NOISE, close_all, open_plan
from PySide6.QtCore import QPointF, Qt
from shell_support import answer_next_modal

from cosafe.core.records import Action, ActionPartner, Stakeholder
from cosafe.ui.features.plan.stakeholder_dialog import StakeholderDialog
from cosafe.ui.features.plan.stakeholder_panel import NAME, PRIVATE_CONTACT

pytestmark = NOISE
LEFT = Qt.MouseButton.LeftButton


def shown(plan):
    plan.ui.stakeholder_dock.show()
    plan.ui.stakeholder_dock.raise_()
    plan.qtbot.waitUntil(lambda: plan.ui.stakeholders.isVisible())
    return plan.ui.stakeholders


def cells(panel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def row_of(panel, name: str) -> int:
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, NAME).text() == name)


def click_row(plan, panel, name: str, double: bool = False) -> None:
    table = panel.table
    rect = table.visualItemRect(table.item(row_of(panel, name), NAME))
    plan.qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    if double:  # a double-click starts with a click
        plan.qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())


def test_table_lists_the_register_and_never_shows_a_contact(plan):
    panel = shown(plan)
    rows = cells(panel)
    assert sorted(row[0] for row in rows) == sorted(p.name for p in plan.people.values())
    lighting = rows[row_of(panel, "County Lighting Department")]
    assert lighting[1:5] == ["Government", "Runs street lights", "5", "4"]
    assert lighting[5] == PRIVATE_CONTACT
    assert rows[row_of(panel, "Safer Streets NGO")][5] == ""
    everything = " ".join(" ".join(row) for row in rows)
    assert CONTACT not in everything and "Jane" not in everything and "0722" not in everything
    assert panel.count_label.text() == "4 stakeholders"


def test_add_through_the_dialog_is_one_undo_step(plan):
    panel = shown(plan)
    qtbot = plan.qtbot
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, StakeholderDialog)
        ok = dialog.ok_button
        seen["ok_text"] = ok.text()
        seen["ok_enabled_empty"] = ok.isEnabled()
        qtbot.keyClicks(dialog.name_edit, "Boda boda riders' union")
        dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData("business"))
        qtbot.keyClicks(dialog.role_edit, "Night transport")
        dialog.influence_spin.selectAll()
        qtbot.keyClicks(dialog.influence_spin, "4")
        dialog.interest_spin.selectAll()
        qtbot.keyClicks(dialog.interest_spin, "2")
        qtbot.keyClicks(dialog.contact_edit, "Chair: 0733 123 456")
        seen["private_box"] = dialog.private_box.title()
        qtbot.mouseClick(ok, LEFT)

    answer_next_modal(fill)
    qtbot.mouseClick(panel.add_button, LEFT)
    [added] = plan.store.list(Stakeholder, "name = ?", ("Boda boda riders' union",))
    assert (added.sector, added.role, added.influence, added.interest, added.contact_person) == (
        "business", "Night transport", 4, 2, "Chair: 0733 123 456")
    assert seen == {"ok_text": "Add", "ok_enabled_empty": False, "private_box": "Contact person — private"}
    assert plan.undo_texts() == ["Add stakeholder “Boda boda riders' union”"]
    assert panel.selected_uuid() == added.uuid
    assert cells(panel)[row_of(panel, added.name)][5] == PRIVATE_CONTACT
    assert added.uuid in panel.grid.positions
    plan.undo()
    assert plan.store.get(Stakeholder, added.uuid) is None
    assert panel.table.rowCount() == 4


def test_double_click_edits_and_cancel_or_no_change_writes_nothing(plan):
    panel = shown(plan)
    qtbot = plan.qtbot

    answer_next_modal(lambda dialog: dialog.reject())
    click_row(plan, panel, "Safer Streets NGO", double=True)
    answer_next_modal(lambda dialog: dialog.accept())  # OK without a change
    click_row(plan, panel, "Safer Streets NGO", double=True)
    assert plan.undo_texts() == []

    def edit(dialog):
        assert dialog.name_edit.text() == "Safer Streets NGO" and dialog.interest_spin.value() == 2
        dialog.interest_spin.selectAll()
        qtbot.keyClicks(dialog.interest_spin, "5")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    answer_next_modal(edit)
    click_row(plan, panel, "Safer Streets NGO", double=True)
    assert plan.store.get(Stakeholder, plan.people["ngo"].uuid).interest == 5
    assert plan.undo_texts() == ["Edit stakeholder “Safer Streets NGO”"]
    assert cells(panel)[row_of(panel, "Safer Streets NGO")][4] == "5"


def test_delete_clears_the_partner_from_actions_in_one_undo_step(plan):
    panel = shown(plan)
    traders = plan.people["traders"]
    click_row(plan, panel, traders.name)
    assert panel.delete_button.isEnabled()
    plan.qtbot.mouseClick(panel.delete_button, LEFT)
    store = plan.store
    assert store.get(Stakeholder, traders.uuid) is None
    assert store.get(Action, plan.actions["toilets"].uuid).responsible_uuid is None
    assert store.list(ActionPartner, "stakeholder_uuid = ?", (traders.uuid,)) == []
    assert plan.undo_texts() == [f"Delete stakeholder “{traders.name}”"]
    assert panel.table.rowCount() == 3
    plan.undo()
    assert store.get(Action, plan.actions["toilets"].uuid).responsible_uuid == traders.uuid
    assert len(store.list(ActionPartner, "stakeholder_uuid = ?", (traders.uuid,))) == 1
    assert panel.table.rowCount() == 4


def test_the_delete_key_in_the_table_deletes_too(plan):
    panel = shown(plan)
    click_row(plan, panel, "Safer Streets NGO")
    plan.qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert plan.store.get(Stakeholder, plan.people["ngo"].uuid) is None
    assert plan.store.get(Action, plan.actions["patrol"].uuid).responsible_uuid is None
    assert plan.undo_texts() == ["Delete stakeholder “Safer Streets NGO”"]


def test_grid_places_points_by_interest_and_influence_and_a_click_selects(plan):
    panel = shown(plan)
    grid = panel.grid
    lighting, ngo = plan.people["lighting"], plan.people["ngo"]
    assert grid.positions[lighting.uuid] == (4.0, 5.0)  # x = interest, y = influence
    assert grid.positions[ngo.uuid] == (2.0, 2.0)
    texts = {item.toPlainText() for item in grid.plot.getPlotItem().items if hasattr(item, "toPlainText")}
    assert {"Manage closely", "Keep satisfied", "Keep informed", "Monitor"} <= texts
    assert "Safer Streets…" in texts  # shortened on the chart; whole in its tooltip and the table
    tips = {item.toolTip() for item in grid.plot.getPlotItem().items if hasattr(item, "toPlainText")}
    assert "Safer Streets NGO — monitor" in tips
    plan.qtbot.waitUntil(lambda: grid.plot.isVisible() and grid.plot.width() > 100)
    view_box = grid.plot.getPlotItem().vb
    scene_point = view_box.mapViewToScene(QPointF(*grid.positions[ngo.uuid]))
    plan.qtbot.mouseClick(grid.plot.viewport(), LEFT, pos=grid.plot.mapFromScene(scene_point))
    assert panel.selected_uuid() == ngo.uuid
    assert grid.selected == ngo.uuid
    click_row(plan, panel, lighting.name)
    assert grid.selected == lighting.uuid


def test_refreshes_on_undo_of_an_edit_made_elsewhere(plan):
    panel = shown(plan)
    from cosafe.core.actions import new_stakeholder_edit

    assert plan.window.session.perform(new_stakeholder_edit(Stakeholder(name="Chief's office", influence=4)))
    assert panel.table.rowCount() == 5
    plan.undo()
    assert panel.table.rowCount() == 4


def test_read_only_project_disables_editing(qtbot, tmp_path, monkeypatch):
    state = open_plan(qtbot, tmp_path, monkeypatch, read_only=True)
    try:
        panel = shown(state)
        click_row(state, panel, "Safer Streets NGO")
        assert panel.selected_uuid() == state.people["ngo"].uuid
        assert not panel.add_button.isEnabled()
        assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
        assert not state.ui.add_stakeholder_action.isEnabled()
        assert not panel.edit_selected() and not panel.delete_selected()
        assert state.store.count(Stakeholder) == 4
    finally:
        close_all(state.window)

"""The action editor: every field of an action, one undo step per save, places picked on the map, the baseline."""

from __future__ import annotations

from plan_support import EMPTY_AT, LIGHTS_AT, NOISE
from PySide6.QtCore import QDate, QPoint, Qt

from cosafe.core.records import Action, ActionLink, ActionPartner, AuditPoint, AuditWalk, PerceptionPin
from cosafe.store.queries.plan import baseline_safety_score
from cosafe.ui.features.plan.action_editor import ActionEditor

pytestmark = NOISE
LEFT = Qt.MouseButton.LeftButton


def open_new(plan) -> ActionEditor:
    panel = plan.ui.actions
    plan.ui.show_actions()
    plan.qtbot.waitUntil(lambda: panel.new_button.isVisible())
    plan.qtbot.mouseClick(panel.new_button, LEFT)
    editor = panel.editor
    assert isinstance(editor, ActionEditor) and editor.isVisible() and editor.is_new
    return editor


def open_existing(plan, key: str) -> ActionEditor:
    panel = plan.ui.actions
    plan.ui.show_actions(plan.actions[key].uuid)
    plan.qtbot.waitUntil(lambda: panel.table.isVisible())
    index = panel.table.selectionModel().selectedRows()[0]
    rect = panel.table.visualRect(index.siblingAtColumn(1))
    plan.qtbot.mouseClick(panel.table.viewport(), LEFT, pos=rect.center())  # a double-click starts with a click
    plan.qtbot.mouseDClick(panel.table.viewport(), LEFT, pos=rect.center())
    editor = panel.editor
    assert isinstance(editor, ActionEditor) and not editor.is_new
    return editor


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def tick(qtbot, partners, name: str) -> None:
    """Click the check box at the left of the partner's row."""
    item = next(partners.item(i) for i in range(partners.count()) if partners.item(i).text() == name)
    partners.scrollToItem(item)
    before = item.checkState()
    rect = partners.visualItemRect(item)
    qtbot.mouseClick(partners.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert item.checkState() != before


def test_new_action_with_every_field_is_one_undo_step(plan):
    editor = open_new(plan)
    qtbot = plan.qtbot
    assert not editor.save_button.isEnabled()  # a title first
    qtbot.keyClicks(editor.title_edit, "Night market on Fridays")
    qtbot.keyClicks(editor.description_edit, "Stalls until 22:00 bring people and light to the street.")
    choose(editor.principle_combo, "Activity support")
    choose(editor.approach_combo, "Locally based (community)")
    choose(editor.responsible_combo, "Market Traders' Association")
    tick(qtbot, editor.partners, "Young Women's Group")
    tick(qtbot, editor.partners, "Safer Streets NGO")
    choose(editor.timeframe_combo, "Medium term")
    qtbot.mouseClick(editor.dates_box, LEFT, pos=QPoint(8, editor.dates_box.height() // 2))
    assert editor.dates_box.isChecked() and editor.start_edit.isEnabled()
    editor.start_edit.setDate(QDate(2026, 9, 4))
    editor.end_edit.setDate(QDate(2026, 12, 18))
    editor.cost_spin.selectAll()
    qtbot.keyClicks(editor.cost_spin, "2500")
    qtbot.mouseClick(editor.hand_radio, LEFT)
    editor.priority_spin.selectAll()
    qtbot.keyClicks(editor.priority_spin, "3")
    qtbot.keyClicks(editor.indicator_edit, "Women at the market after 19:00")
    qtbot.keyClicks(editor.baseline_edit, "4 on a Friday count")
    qtbot.keyClicks(editor.target_edit, "20 by December")
    choose(editor.status_combo, "Agreed")
    qtbot.mouseClick(editor.save_button, LEFT)

    [made] = plan.store.list(Action, "title = ?", ("Night market on Fridays",))
    people = plan.people
    assert (made.description, made.cpted_principle, made.prevention_approach, made.responsible_uuid) == (
        "Stalls until 22:00 bring people and light to the street.", "activity_support", "locally_based",
        people["traders"].uuid)
    assert (made.timeframe, made.starts_on, made.ends_on, made.cost_estimate) == ("medium", "2026-09-04",
                                                                                   "2026-12-18", 2500.0)
    assert (made.priority, made.priority_from_votes) == (3, False)
    assert (made.indicator, made.baseline, made.target, made.status) == (
        "Women at the market after 19:00", "4 on a Friday count", "20 by December", "agreed")
    partners = {p.stakeholder_uuid for p in plan.store.list(ActionPartner, "action_uuid = ?", (made.uuid,))}
    assert partners == {people["women"].uuid, people["ngo"].uuid}
    assert plan.undo_texts() == ["Add action “Night market on Fridays”"]
    assert not editor.isVisible()
    assert plan.ui.actions.selected_uuid() == made.uuid
    plan.undo()
    assert plan.store.get(Action, made.uuid) is None
    assert plan.store.list(ActionPartner, "action_uuid = ?", (made.uuid,)) == []


def test_the_responsible_partner_cannot_also_support(plan):
    editor = open_existing(plan, "lights")
    partners = editor.partners
    assert partners.chosen() == [plan.people["traders"].uuid]
    choose(editor.responsible_combo, "Market Traders' Association")
    assert partners.chosen() == []  # the traders now lead; they no longer support
    traders = next(partners.item(i) for i in range(partners.count()) if partners.item(i).text().startswith("Market"))
    assert not traders.flags() & Qt.ItemFlag.ItemIsEnabled
    plan.qtbot.mouseClick(editor.save_button, LEFT)
    lights = plan.store.get(Action, plan.actions["lights"].uuid)
    assert lights.responsible_uuid == plan.people["traders"].uuid
    assert plan.store.list(ActionPartner, "action_uuid = ?", (lights.uuid,)) == []
    assert plan.undo_texts() == ["Edit action “Street lights on the market street”"]


def test_editing_shows_the_stored_fields_and_saving_no_change_writes_nothing(plan):
    editor = open_existing(plan, "patrol")
    assert editor.title_edit.text() == "Evening patrol rota"
    assert editor.responsible_combo.currentText() == "Safer Streets NGO"
    assert editor.dates_box.isChecked()
    assert (editor.start_edit.date().toString("yyyy-MM-dd"), editor.end_edit.date().toString("yyyy-MM-dd")) == (
        "2027-01-10", "2027-03-01")
    assert editor.hand_radio.isChecked() and editor.priority_spin.value() == 5
    assert editor.status_combo.currentText() == "In progress"
    plan.qtbot.mouseClick(editor.save_button, LEFT)
    assert plan.undo_texts() == []
    assert not editor.isVisible()


def test_priority_from_votes_shows_the_rank_and_can_be_set_by_hand(plan):
    editor = open_existing(plan, "toilets")
    assert editor.votes_radio.isChecked() and not editor.priority_spin.isEnabled()
    assert editor.vote_rank_label.text() == "rank 2 by the dots on its proposals"
    plan.qtbot.mouseClick(editor.hand_radio, LEFT)
    assert editor.priority_spin.isEnabled()
    editor.priority_spin.setValue(1)
    plan.qtbot.mouseClick(editor.save_button, LEFT)
    toilets = plan.store.get(Action, plan.actions["toilets"].uuid)
    assert (toilets.priority, toilets.priority_from_votes) == (1, False)
    assert plan.ui.actions.model.rows[plan.ui.actions.model.row_of(toilets.uuid)].priority == 1


def test_an_end_before_the_start_is_told_in_one_line_and_nothing_is_written(plan):
    editor = open_existing(plan, "patrol")
    editor.end_edit.setDate(QDate(2026, 12, 1))
    plan.qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.isVisible()
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "The end date 2026-12-01 is before the start date 2027-01-10"
    assert plan.undo_texts() == []
    assert plan.store.get(Action, plan.actions["patrol"].uuid).ends_on == "2027-03-01"
    plan.qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert plan.undo_texts() == []


def test_pick_on_map_links_an_audit_point_a_pin_and_a_proposal(plan):
    editor = open_new(plan)
    qtbot = plan.qtbot
    qtbot.keyClicks(editor.title_edit, "Light the market street")
    places = editor.places
    assert places.links() == []
    assert not editor.use_score_button.isEnabled()
    qtbot.mouseClick(places.pick_button, LEFT)
    assert places.pick_button.isChecked()
    store = plan.store
    walk = store.list(AuditWalk, "title = ?", ("Market street by day",))[0]
    point = next(p for p in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,)) if p.sequence == 3)
    plan.click_map(point.geom.x, point.geom.y)
    pin = store.list(PerceptionPin)[5]
    plan.click_map(pin.geom.x, pin.geom.y)
    plan.click_map(*LIGHTS_AT)
    plan.click_map(*EMPTY_AT)
    assert places.note.text().startswith("Nothing to link there")
    plan.click_map(*LIGHTS_AT)
    assert places.note.text() == "That proposal is linked already"
    assert places.links() == [("audit_points", point.uuid), ("perception_pins", pin.uuid),
                              ("proposals", plan.proposals["lights"].uuid)]
    labels = [places.list.item(i).text() for i in range(places.list.count())]
    assert labels == ["Audit point 3 · Market street by day", "Safe pin (day)", "Proposal: Lights on the market street"]
    assert plan.window.features.sketching.controller.selection.selected_uuids == []  # the picks selected nothing on the map
    # Remove the pin again, by its row and the Remove button.
    assert [item.text() for item in places.list.selectedItems()] == [labels[2]]  # the last one picked
    qtbot.mouseClick(places.list.viewport(), LEFT, pos=places.list.visualItemRect(places.list.item(1)).center())
    qtbot.mouseClick(places.remove_button, LEFT)
    assert [table for table, _uuid in places.links()] == ["audit_points", "proposals"]
    # Delete in the list removes too; Delete in a text field still edits the text.
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Home)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    assert editor.title_edit.text() == "ight the market street" and len(places.links()) == 2
    qtbot.keyClicks(editor.title_edit, "L")  # put it back (the cursor is at the start)
    qtbot.mouseClick(places.list.viewport(), LEFT, pos=places.list.visualItemRect(places.list.item(0)).center())
    qtbot.keyClick(places.list, Qt.Key.Key_Delete)
    assert [table for table, _uuid in places.links()] == ["proposals"]
    places.add("audit_points", point.uuid)
    # Escape on the map puts the picker down.
    qtbot.keyClick(plan.window.map_canvas.graphics_view, Qt.Key.Key_Escape)
    assert not places.pick_button.isChecked() and not places.picker.active
    plan.click_map(pin.geom.x, pin.geom.y)
    assert len(places.links()) == 2
    qtbot.mouseClick(editor.save_button, LEFT)
    [made] = store.list(Action, "title = ?", ("Light the market street",))
    stored = {(link.target_table, link.target_uuid) for link in store.list(ActionLink, "action_uuid = ?", (made.uuid,))}
    assert stored == {("audit_points", point.uuid), ("proposals", plan.proposals["lights"].uuid)}
    assert plan.undo_texts() == ["Add action “Light the market street”"]


def test_use_current_score_fills_the_computed_baseline(plan):
    editor = open_existing(plan, "lights")
    qtbot = plan.qtbot
    assert editor.current_score_label.text() == "Now: No audit scores at the linked places yet"
    assert not editor.use_score_button.isEnabled()
    qtbot.mouseClick(editor.places.pick_button, LEFT)
    night = plan.store.list(AuditWalk, "title = ?", ("Market street at night",))[0]
    points = sorted(plan.store.list(AuditPoint, "walk_uuid = ?", (night.uuid,)), key=lambda p: p.sequence)
    plan.click_map(points[0].geom.x, points[0].geom.y)
    plan.click_map(points[1].geom.x, points[1].geom.y)
    text = editor.current_score_label.text()
    assert text.startswith("Now: Mean safety score ") and " / 5 at " in text
    qtbot.mouseClick(editor.use_score_button, LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    lights = plan.store.get(Action, plan.actions["lights"].uuid)
    computed = baseline_safety_score(plan.store, lights.uuid)
    assert lights.baseline == computed.text == text.removeprefix("Now: ")
    assert computed.points >= 2 and computed.mean is not None
    assert plan.undo_texts() == ["Edit action “Street lights on the market street”"]


def test_cancel_writes_nothing_and_puts_the_picker_down(plan):
    editor = open_existing(plan, "toilets")
    plan.qtbot.mouseClick(editor.places.pick_button, LEFT)
    picker = editor.places.picker
    plan.qtbot.keyClicks(editor.title_edit, " (phase 1)")
    editor.reject()
    assert not picker.active
    assert plan.store.get(Action, plan.actions["toilets"].uuid).title == "Toilets by the market"
    assert plan.undo_texts() == []
    plan.click_map(*LIGHTS_AT)  # the map is the map again: a click selects the proposal
    assert plan.window.features.sketching.controller.selection.selected_uuids == [plan.proposals["lights"].uuid]


def test_only_one_editor_at_a_time(plan):
    first = open_existing(plan, "toilets")
    second = open_existing(plan, "patrol")
    assert not first.isVisible() and second.isVisible()
    assert plan.ui.actions.editor is second


def test_the_cost_shows_the_project_s_currency(plan):
    from cosafe.core.edits import SetProjectProperties

    plan.window.session.perform(SetProjectProperties(plan.store, {"currency": "XOF"}))
    editor = open_existing(plan, "lights")
    assert editor.cost_spin.value() == 12000 and editor.cost_spin.text() == "12,000 XOF"
    assert "XOF (West African CFA Franc)" in editor.cost_spin.toolTip()
    editor.close()


def test_the_editor_opens_no_taller_than_the_screen_leaves(plan, monkeypatch):
    """In Arabic the rows asked 742 pixels of a 768-pixel screen: the buttons went below a task bar."""
    from PySide6.QtCore import QRect

    class ShortScreen:  # a 1024×768 laptop with a task bar; the editor asks its screen when shown
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1024, 660)

    monkeypatch.setattr(ActionEditor, "screen", lambda _editor: ShortScreen())
    editor = open_new(plan)
    assert editor.heightForWidth(editor.width()) > 660  # the rows would take more than the screen has
    assert editor.minimumSizeHint().height() <= editor.height() <= 660
    bottom = editor.save_button.mapTo(editor, editor.save_button.rect().bottomLeft()).y()
    assert bottom < editor.height()  # the buttons inside
    editor.reject()

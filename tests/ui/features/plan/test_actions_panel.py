"""The Action Plan dock: table with sorting and filters, the timeline board, create from a proposal, delete."""

from __future__ import annotations

from plan_support import NOISE, close_all, open_plan
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from shell_support import menu_action

from cosafe.core.actions import new_action_edit
from cosafe.core.records import Action, ActionLink, ActionPartner, Proposal
from cosafe.ui.features.plan.action_table_model import COST, PRIORITY, TITLE
from cosafe.ui.kit.table_model import UUID_ROLE
from cosafe.ui.features.plan.action_timeline import DATED, UNSCHEDULED

pytestmark = NOISE
LEFT = Qt.MouseButton.LeftButton


def shown(plan):
    plan.ui.show_actions()
    plan.qtbot.waitUntil(lambda: plan.ui.actions.isVisible())
    return plan.ui.actions


def titles(panel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, TITLE).data() for row in range(proxy.rowCount())]


def column(panel, col: int) -> list[str]:
    return [panel.proxy.index(row, col).data() for row in range(panel.proxy.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def click_title(plan, panel, title: str) -> None:
    row = titles(panel).index(title)
    rect = panel.table.visualRect(panel.proxy.index(row, TITLE))
    plan.qtbot.mouseClick(panel.table.viewport(), LEFT, pos=rect.center())


def test_table_shows_priorities_from_votes_and_by_hand_and_sorts(plan):
    panel = shown(plan)
    assert titles(panel) == ["Street lights on the market street", "Toilets by the market", "Evening patrol rota",
                             "Clean-up day"]
    assert column(panel, PRIORITY) == ["1 (votes)", "2 (votes)", "5", "— (no votes yet)"]
    row = titles(panel).index("Evening patrol rota")
    assert [panel.proxy.index(row, c).data() for c in range(1, 9)] == [
        "Evening patrol rota", "In progress", "2027-01-10 → 2027-03-01", "Safer Streets NGO",
        "Natural surveillance", "Locally based (community)", "800", "0"]
    header = panel.table.horizontalHeader()
    plan.qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, COST))
    first = column(panel, COST)
    plan.qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, COST))
    second = column(panel, COST)
    # Numbers sort as numbers (800 before 12,000), a blank cost after every estimate.
    assert sorted((first, second)) == sorted((["800", "12,000", "30,000", "—"], ["—", "30,000", "12,000", "800"]))
    assert panel.count_label.text() == "4 actions"


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_filters_by_status_timeframe_principle_and_partner(plan):
    panel = shown(plan)
    choose(panel.status_filter, "Agreed")
    assert titles(panel) == ["Street lights on the market street"]
    assert panel.count_label.text() == "1 of 4 actions shown"
    choose(panel.status_filter, "All statuses")
    choose(panel.timeframe_filter, "Has dates")
    assert titles(panel) == ["Evening patrol rota"]
    choose(panel.timeframe_filter, "Long term")
    assert titles(panel) == ["Toilets by the market"]
    choose(panel.timeframe_filter, "Not scheduled")
    assert titles(panel) == ["Clean-up day"]
    choose(panel.timeframe_filter, "Any time")
    choose(panel.principle_filter, "Natural surveillance")
    assert titles(panel) == ["Street lights on the market street", "Evening patrol rota"]
    choose(panel.partner_filter, "Safer Streets NGO")
    assert titles(panel) == ["Evening patrol rota"]
    choose(panel.principle_filter, "All principles")
    choose(panel.partner_filter, "Nobody responsible yet")
    assert titles(panel) == ["Clean-up day"]
    # The timeline shows the same filtered actions.
    assert panel.timeline.column_titles(UNSCHEDULED) == ["Clean-up day"]
    assert sum(cards.count() for cards in panel.timeline.columns.values()) == 1


def test_timeline_groups_by_timeframe_and_dates(plan):
    panel = shown(plan)
    plan.qtbot.mouseClick(panel.tabs.tabBar(), LEFT, pos=panel.tabs.tabBar().tabRect(1).center())
    assert panel.tabs.currentWidget() is panel.timeline
    timeline = panel.timeline
    assert timeline.column_titles("short") == ["1. Street lights on the market street"]
    assert timeline.column_titles("medium") == []
    assert timeline.column_titles("long") == ["2. Toilets by the market"]
    assert timeline.column_titles(DATED) == ["5. Evening patrol rota"]
    assert timeline.column_titles(UNSCHEDULED) == ["Clean-up day"]
    card = timeline.columns[DATED].item(0).text().split("\n")
    assert card == ["5. Evening patrol rota", "In progress · Safer Streets NGO", "2027-01-10 → 2027-03-01"]
    assert timeline.boxes["short"].title() == "Short term (1)"
    # A later dated action goes below, an earlier one above: by start date.
    store = plan.store
    for title, start in (("Night market", "2027-05-01"), ("Lamp survey", "2026-12-01")):
        plan.window.session.perform(new_action_edit(Action(title=title, starts_on=start)))
    assert timeline.column_titles(DATED) == ["Lamp survey", "5. Evening patrol rota", "Night market"]
    assert store.count(Action) == 6
    # Clicking a card selects the action in the table too.
    cards = timeline.columns["long"]
    plan.qtbot.mouseClick(cards.viewport(), LEFT, pos=cards.visualItemRect(cards.item(0)).center())
    assert panel.selected_uuid() == plan.actions["toilets"].uuid


def test_create_action_from_proposal_in_the_plan_menu_is_one_step(plan):
    panel = shown(plan)
    command = menu_action(plan.window, "Plan", "Create Action from Proposal")
    assert not command.isEnabled()
    proposal = plan.proposals["toilets"]
    plan.window.features.sketching.selection.select([proposal.uuid])
    assert command.isEnabled()
    command.trigger()
    [made] = [a for a in plan.store.list(Action) if a.uuid not in {x.uuid for x in plan.actions.values()}]
    assert (made.title, made.cpted_principle) == ("Toilets by the market", "activity_support")
    assert [(link.target_table, link.target_uuid) for link in plan.store.list(ActionLink, "action_uuid = ?",
                                                                                 (made.uuid,))] == [
        ("proposals", proposal.uuid)]
    assert plan.undo_texts() == ["Create action from proposal “Toilets by the market”"]
    assert panel.selected_uuid() == made.uuid
    plan.undo()
    assert plan.store.get(Action, made.uuid) is None
    assert panel.model.rowCount() == 4


def test_create_action_from_the_proposal_details_button(plan):
    proposal = plan.proposals["lights"]
    details = plan.window.features.proposals.properties
    plan.window.features.proposals.properties_dock.show()
    plan.window.features.proposals.properties_dock.raise_()
    plan.window.features.sketching.selection.select([proposal.uuid])
    plan.qtbot.waitUntil(lambda: details.create_action_button.isVisible())
    plan.qtbot.mouseClick(details.create_action_button, LEFT)
    assert plan.undo_texts() == ["Create action from proposal “Lights on the market street”"]
    made = plan.store.get(Action, plan.ui.actions.selected_uuid())
    assert made is not None and made.title == "Lights on the market street"
    assert plan.ui.actions_dock.isVisible()


def test_create_action_from_the_proposals_table_context_menu(plan):
    table_panel = plan.window.features.proposals.table
    plan.window.features.proposals.table_dock.show()
    plan.window.features.proposals.table_dock.raise_()
    plan.qtbot.waitUntil(lambda: table_panel.table.isVisible())
    proxy = table_panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(UUID_ROLE) == plan.proposals["toilets"].uuid)
    index = proxy.index(row, 0)
    table_panel.table.scrollTo(index)
    position = table_panel.table.visualRect(index).center()
    seen = []

    def pick_from_menu():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick_from_menu)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(0, pick_from_menu)
    viewport = table_panel.table.viewport()
    plan.qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=position)
    # The offscreen platform makes no context-menu event of a right click: send the one a desktop would.
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position,
                                                       viewport.mapToGlobal(position)))
    assert seen == [["Create Action from Proposal"]]
    assert plan.undo_texts() == ["Create action from proposal “Toilets by the market”"]


def test_delete_key_removes_the_action_with_partners_and_links(plan):
    panel = shown(plan)
    lights = plan.actions["lights"]
    click_title(plan, panel, lights.title)
    assert panel.selected_uuid() == lights.uuid
    plan.qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    store = plan.store
    assert store.get(Action, lights.uuid) is None
    assert store.list(ActionPartner, "action_uuid = ?", (lights.uuid,)) == []
    assert store.list(ActionLink, "action_uuid = ?", (lights.uuid,)) == []
    assert store.get(Proposal, plan.proposals["lights"].uuid) is not None  # the place stays
    assert plan.undo_texts() == ["Delete action “Street lights on the market street”"]
    assert "Street lights on the market street" not in titles(panel)
    plan.undo()
    assert len(store.list(ActionLink, "action_uuid = ?", (lights.uuid,))) == 1
    assert "Street lights on the market street" in titles(panel)


def test_a_hidden_dock_catches_up_when_shown(plan):
    panel = shown(plan)
    plan.window.features.analysis.analysis_dock.raise_()
    plan.qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty())
    plan.window.session.perform(new_action_edit(Action(title="Bench by the stop")))
    assert "Bench by the stop" not in titles(panel)  # not re-read while nobody looks
    plan.ui.show_actions()
    plan.qtbot.waitUntil(lambda: "Bench by the stop" in titles(panel))


def test_the_plan_is_read_when_its_tab_is_first_shown(plan):
    panel = plan.ui.actions
    assert panel.visibleRegion().isEmpty()  # behind the Analysis tab at start
    assert panel.model.rows == [] and not plan.ui.edit_action.isEnabled()  # nothing read, nothing to edit yet
    plan.ui.show_actions()
    plan.qtbot.waitUntil(lambda: len(titles(panel)) == len(plan.actions))


def test_priorities_follow_votes(plan):
    panel = shown(plan)
    from cosafe.core.edits import AddRecord
    from cosafe.core.records import Vote

    workshop = plan.proposals["toilets"].workshop_uuid
    plan.window.session.perform(AddRecord(Vote(workshop_uuid=workshop, proposal_uuid=plan.proposals["toilets"].uuid,
                                               dots=5)))
    assert titles(panel)[:2] == ["Toilets by the market", "Street lights on the market street"]
    assert column(panel, PRIORITY)[:2] == ["1 (votes)", "2 (votes)"]


def test_read_only_disables_editing_but_not_exports(qtbot, tmp_path, monkeypatch):
    state = open_plan(qtbot, tmp_path, monkeypatch, read_only=True)
    try:
        panel = shown(state)
        click_title(state, panel, "Toilets by the market")
        assert panel.selected_uuid() == state.actions["toilets"].uuid
        for widget in (panel.new_button, panel.edit_button, panel.delete_button, panel.edit_command,
                       panel.delete_command, state.ui.new_action, state.ui.from_proposal_action):
            assert not widget.isEnabled()
        state.window.features.sketching.selection.select([state.proposals["lights"].uuid])
        assert not state.ui.from_proposal_action.isEnabled()
        assert state.ui.create_from_proposal(state.proposals["lights"].uuid) is None
        assert panel.open_editor(state.actions["toilets"].uuid) is None
        for action in (state.ui.export_pdf_action, state.ui.export_csv_action, state.ui.export_layers_action):
            assert action.isEnabled()
        assert state.store.count(Action) == 4
    finally:
        close_all(state.window)


def test_plan_menu_and_file_export_submenu(plan):
    texts = [a.text().replace("&", "") for a in plan.ui.menu.actions() if a.text()]
    assert texts[:4] == ["New Action…", "Create Action from Proposal", "Edit Action…", "Delete Action"]
    assert {"Add Stakeholder…", "Export Plan (PDF)…", "Export Actions (CSV)…", "Export Layers…",
            "Stakeholders", "Action Plan"} <= set(texts)
    file_menu = next(a.menu() for a in plan.window.menuBar().actions() if a.text().replace("&", "") == "File")
    export = plan.ui.export_menu
    entries = file_menu.actions()
    assert entries.index(export.menuAction()) == entries.index(plan.window.commands.export_map) + 1
    assert [a.text().replace("&", "") for a in export.actions()] == [
        "Export Plan (PDF)…", "Export Actions (CSV)…", "Export Layers…"]


def test_docks_are_parked_without_a_project(qtbot, fake_canvas, dialog_log, project_path):
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ui = window.features.plan
    try:
        assert all(dock.isHidden() and not dock.toggleViewAction().isEnabled() for dock in ui.docks)
        for action in (ui.new_action, ui.add_stakeholder_action, ui.export_pdf_action, ui.export_csv_action,
                       ui.export_layers_action):
            assert not action.isEnabled()
        assert window.open_project(str(project_path))
        assert all(dock.toggleViewAction().isEnabled() for dock in ui.docks)
        ui.show_actions()  # both tabs sit behind Analysis: each reads the project when brought forward
        qtbot.waitUntil(lambda: ui.actions.count_label.text().startswith("No actions yet."))
        ui.stakeholder_dock.raise_()
        qtbot.waitUntil(lambda: ui.stakeholders.count_label.text().startswith("No stakeholders yet."))
        window.close_project()
        assert all(dock.isHidden() for dock in ui.docks)
    finally:
        window.close()

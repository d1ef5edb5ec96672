"""Installs the action plan into the main window: Stakeholders and Action Plan docks, Plan menu, exports.

Contract: ``PlanFeature(host, proposals, sketching, audits)`` (installed after the
analysis) adds:
- A "Stakeholders" dock (``stakeholdersDock``: register table and influence–interest
  grid) and an "Action Plan" dock (``actionsDock``: the action table with filters and
  the Timeline tab), both in the bottom area tabbed with the Analysis dock.
- A "Plan" menu (``MenuId.PLAN``, before Help): New Action…, Create Action from Proposal
  (the one proposal selected on the map or in the Proposals list), Edit Action…,
  Delete Action, Add Stakeholder…, the three exports and the two dock toggles. File ›
  Export holds the same three exports: Export Plan (PDF)…, Export Actions (CSV)…,
  Export Layers….
- "Create Action from Proposal" is also a button in the Proposal Details panel and an
  entry of the Proposals table's context menu; all three perform
  ``core.actions.action_from_proposal_edit`` (one undo step) and then show the new
  action in the Action Plan dock.
- It follows the host's project; without one its docks are parked (hidden, toggles
  disabled). Read-only projects: every editing command is disabled; the exports stay
  available. Every edit goes through ``host.session.perform``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from cosafe.core.actions import action_from_proposal_edit
from cosafe.core.i18n import arg
from cosafe.core.records import Action
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.icons import icon
from cosafe.ui.features.audits.api import AuditsFeature
from cosafe.ui.features.plan.place_picker import PickSources
from cosafe.ui.features.plan.stakeholder_panel import StakeholderPanel
from cosafe.ui.features.proposals.api import ProposalsFeature, Sketching
from cosafe.ui.host import CommandId, Host, MenuId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.session import editable


class PlanFeature(QObject):
    """The window's plan docks, menu and export commands."""

    def __init__(self, host: Host, proposals: ProposalsFeature, sketching: Sketching, audits: AuditsFeature) -> None:
        super().__init__(host)
        self.host = host
        self.selection = sketching.selection
        self.window = window = host.window
        self.session: Any = None
        self.stakeholders = StakeholderPanel(window)
        from cosafe.ui.features.plan.actions_panel import ActionsPanel

        self.actions = ActionsPanel(window)
        self.actions.picker_host = PickSources(host, sketching, audits)
        # In the bottom area tabbed with the Analysis dock, whose charts stay in front.
        bottom, analysis = Qt.DockWidgetArea.BottomDockWidgetArea, host.dock("analysisDock")
        self.stakeholder_dock = host.add_dock(self.tr("Stakeholders"), "stakeholdersDock", self.stakeholders, "workshops",
                                              bottom, tab_with=analysis)
        self.actions_dock = host.add_dock(self.tr("Action Plan"), "actionsDock", self.actions, "proposals-table", bottom,
                                          tab_with=analysis)
        analysis.raise_()

        self.new_action = make_action(window, self.tr("&New Action…"), "proposal", "Ctrl+Alt+N",
                                      self.tr("Add an action to the plan from scratch"), lambda: self.actions.new_action())
        self.from_proposal_action = make_action(window, self.tr("&Create Action from Proposal"), "proposal", "",
                                                self.tr("Turn the selected proposal into an action, linked to it"),
                                                lambda: self.create_from_proposal())
        self.edit_action = self.actions.edit_command
        self.delete_action = self.actions.delete_command
        self.add_stakeholder_action = make_action(window, self.tr("Add &Stakeholder…"), "group-add", "",
                                                  self.tr("Add a department, business, community group or NGO"),
                                                  self._add_stakeholder)
        self.export_pdf_action = make_action(window, self.tr("Export &Plan (PDF)…"), "export-map", "Ctrl+Alt+P",
                                             self.tr("Write the action plan as a PDF to print or share"), self.export_plan_pdf)
        self.export_csv_action = make_action(window, self.tr("Export &Actions (CSV)…"), "export-map", "",
                                             self.tr("Write the actions as a spreadsheet (CSV)"),
                                             lambda: self.exports.export_actions_csv())
        self.export_layers_action = make_action(window, self.tr("Export &Layers…"), "export-map", "",
                                                self.tr("Write every layer as GeoJSON or a GeoPackage for GIS"),
                                                lambda: self.exports.export_layers())
        from cosafe.ui.features.plan.exports import PlanExports

        self.exports = PlanExports(host)
        self._build_menus()
        for panel in (proposals.properties, proposals.table):
            panel.create_action_requested.connect(self.create_from_proposal)
        self.selection.selection_changed.connect(lambda _uuids: self._update_actions())
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)
        self.follow_session()

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.stakeholder_dock, self.actions_dock)

    def _build_menus(self) -> None:
        window = self.window
        menu = self.host.add_menu(MenuId.PLAN, self.tr("&Plan"))
        for action in (self.new_action, self.from_proposal_action, self.edit_action, self.delete_action, None,
                       self.add_stakeholder_action, None, self.export_pdf_action, self.export_csv_action,
                       self.export_layers_action, None, *(d.toggleViewAction() for d in self.docks)):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.menu = menu
        export = QMenu(self.tr("&Export"), window)
        export.setObjectName("exportMenu")
        export.setIcon(icon("export-map"))
        for action in (self.export_pdf_action, self.export_csv_action, self.export_layers_action):
            export.addAction(action)
        self.export_menu = export
        file_menu = self.host.menu(MenuId.FILE)
        image = self.host.command(CommandId.EXPORT_MAP)
        actions = file_menu.actions()
        following = actions[actions.index(image) + 1] if actions[-1] is not image else None
        file_menu.insertMenu(following, export)  # beside Export Map Image…

    # -- the project -----------------------------------------------------------------------

    def follow_session(self, _session: object = None) -> None:
        session = self.host.session
        if session is not self.session:
            self.session = session
            self.stakeholders.set_session(session)
            self.actions.set_session(session)
        self._update_actions()

    def _selected_proposal(self) -> str | None:
        uuids = self.selection.selected_uuids
        return uuids[0] if len(uuids) == 1 else None

    def _update_actions(self) -> None:
        can_edit, has_project = editable(self.session), self.session is not None
        for action in (self.new_action, self.add_stakeholder_action):
            action.setEnabled(can_edit)
        self.from_proposal_action.setEnabled(can_edit and self._selected_proposal() is not None)
        for action in (self.export_pdf_action, self.export_csv_action, self.export_layers_action):
            action.setEnabled(has_project)
        self.actions.update_commands()

    # -- commands ------------------------------------------------------------------------------

    def show_actions(self, uuid: str | None = None) -> None:
        """Bring the Action Plan dock forward, with ``uuid`` selected."""
        self.actions_dock.show()
        self.actions_dock.raise_()
        self.actions.refresh_if_stale()
        if uuid is not None:
            self.actions.select(uuid)

    def create_from_proposal(self, proposal_uuid: str | None = None) -> str | None:
        """Make the proposal (default: the one selected) an action in one step; return the action's uuid."""
        proposal_uuid = proposal_uuid or self._selected_proposal()
        session = self.session
        if proposal_uuid is None or not editable(session):
            return None
        try:
            edit = action_from_proposal_edit(session.store, proposal_uuid)
        except (KeyError, ValueError) as error:
            dialogs.show_error(self.window, self.tr("The action was not created"), str(error).strip("'\""))
            return None
        before = {action.uuid for action in session.store.list(Action)}
        if not session.perform(edit):
            return None
        uuid = next((a.uuid for a in session.store.list(Action) if a.uuid not in before), None)
        self.show_actions(uuid)
        self.host.show_status(arg(self.tr("%1: edit it in the Action Plan panel", "%1: the edit just made"), edit.label))
        return uuid

    def _add_stakeholder(self) -> None:
        self.stakeholder_dock.show()
        self.stakeholder_dock.raise_()
        self.stakeholders.add_stakeholder()

    def export_plan_pdf(self) -> None:
        if self.session is None:
            return
        from cosafe.ui.features.plan.export_dialog import PlanExportDialog

        dialog = PlanExportDialog(self.session.store, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


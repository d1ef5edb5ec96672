"""Installs the action plan into the main window: Stakeholders and Action Plan docks, Plan menu, exports.

Contract: ``install_plan_ui(window)`` (once, after ``install_analysis_ui``, before the
window captures its default layout) adds and returns ``PlanUi`` (also ``window.plan_ui``):
- A "Stakeholders" dock (``stakeholdersDock``: register table and influence–interest
  grid) and an "Action Plan" dock (``actionsDock``: the action table with filters and
  the Timeline tab), both in the bottom area tabbed with the Analysis dock.
- A "Plan" menu (``planMenu``, before Help): New Action…, Create Action from Proposal
  (the one proposal selected on the map or in the Proposals list), Edit Action…,
  Delete Action, Add Stakeholder…, the three exports and the two dock toggles. File ›
  Export holds the same three exports: Export Plan (PDF)…, Export Actions (CSV)…,
  Export Layers….
- "Create Action from Proposal" is also a button in the Proposal Details panel and an
  entry of the Proposals table's context menu; all three perform
  ``core.actions.action_from_proposal_edit`` (one undo step) and then show the new
  action in the Action Plan dock.
- It follows the window's project through ``window.undo_group.activeStackChanged``;
  without one its docks are parked (hidden, toggles disabled). Read-only projects:
  every editing command is disabled; the exports stay available.
Every edit goes through ``window.session.perform``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from cosafe.core.actions import action_from_proposal_edit
from cosafe.core.records import Action
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.icons import icon
from cosafe.ui.features.audits.common import STATUS_MS
from cosafe.ui.features.plan.stakeholder_panel import StakeholderPanel
from cosafe.ui.kit.docks import make_dock


class PlanUi(QObject):
    """The window's plan docks, menu and export commands."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session: Any = None
        self.stakeholders = StakeholderPanel(window)
        self.actions: Any = None  # ActionsPanel: built with the first project (pyqtgraph-free, but wide)
        from cosafe.ui.features.plan.actions_panel import ActionsPanel

        self.actions = ActionsPanel(window)
        self.actions.picker_host = window
        self.stakeholder_dock = make_dock(window, "Stakeholders", "stakeholdersDock", self.stakeholders, "workshops")
        self.actions_dock = make_dock(window, "Action Plan", "actionsDock", self.actions, "proposals-table")
        self._place_docks()
        window.dock_parking.add(*self.docks)  # shown with a project, parked on the welcome page

        self.new_action = self._action("&New Action…", "proposal", "Ctrl+Alt+N",
                                       "Add an action to the plan from scratch")
        self.new_action.triggered.connect(lambda: self.actions.new_action())
        self.from_proposal_action = self._action("Create Action from &Proposal", "proposal", "",
                                                 "Turn the selected proposal into an action, linked to it")
        self.from_proposal_action.triggered.connect(lambda: self.create_from_proposal())
        self.edit_action = self.actions.edit_command
        self.delete_action = self.actions.delete_command
        self.add_stakeholder_action = self._action("Add &Stakeholder…", "group-add", "",
                                                   "Add a department, business, community group or NGO")
        self.add_stakeholder_action.triggered.connect(lambda: self._add_stakeholder())
        self.export_pdf_action = self._action("Export &Plan (PDF)…", "export-map", "Ctrl+Alt+P",
                                              "Write the action plan as a PDF to print or share")
        self.export_pdf_action.triggered.connect(lambda: self.export_plan_pdf())
        self.export_csv_action = self._action("Export &Actions (CSV)…", "export-map", "",
                                              "Write the actions as a spreadsheet (CSV)")
        self.export_csv_action.triggered.connect(lambda: self.exports.export_actions_csv())
        self.export_layers_action = self._action("Export &Layers…", "export-map", "",
                                                 "Write every layer as GeoJSON or a GeoPackage for GIS")
        self.export_layers_action.triggered.connect(lambda: self.exports.export_layers())
        from cosafe.ui.features.plan.exports import PlanExports

        self.exports = PlanExports(window)
        self._build_menus()
        self._connect_proposal_panels()
        window.undo_group.activeStackChanged.connect(lambda _stack=None: self.follow_session())
        self.follow_session()

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.stakeholder_dock, self.actions_dock)

    def _place_docks(self) -> None:
        window, bottom = self.window, Qt.DockWidgetArea.BottomDockWidgetArea
        analysis = getattr(getattr(window, "analysis_ui", None), "analysis_dock", None)
        for dock in self.docks:
            window.addDockWidget(bottom, dock)
            if isinstance(analysis, QDockWidget) and window.dockWidgetArea(analysis) == bottom:
                window.tabifyDockWidget(analysis, dock)
        if isinstance(analysis, QDockWidget):
            analysis.raise_()  # the charts stay in front, as before the plan existed

    def _action(self, text: str, icon_name: str, key: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def _build_menus(self) -> None:
        window = self.window
        menu = QMenu("&Plan", window)
        menu.setObjectName("planMenu")
        for action in (self.new_action, self.from_proposal_action, self.edit_action, self.delete_action, None,
                       self.add_stakeholder_action, None, self.export_pdf_action, self.export_csv_action,
                       self.export_layers_action, None, *(d.toggleViewAction() for d in self.docks)):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.menu = menu
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() is not None and a.text().replace("&", "") == "Help"),
                         None)
        bar.insertMenu(help_menu, menu)
        file_menu = next((a.menu() for a in bar.actions() if a.menu() is not None
                          and a.text().replace("&", "") == "File"), None)
        export = QMenu("&Export", window)
        export.setObjectName("exportMenu")
        export.setIcon(icon("export-map"))
        for action in (self.export_pdf_action, self.export_csv_action, self.export_layers_action):
            export.addAction(action)
        self.export_menu = export
        if isinstance(file_menu, QMenu):
            image = getattr(getattr(window, "commands", None), "export_map", None)
            actions = file_menu.actions()
            following = actions[actions.index(image) + 1] if image in actions and actions[-1] is not image else None
            file_menu.insertMenu(following, export)  # beside Export Map Image…

    def _connect_proposal_panels(self) -> None:
        proposal_ui = getattr(self.window, "proposal_ui", None)
        for panel in (getattr(proposal_ui, "properties", None), getattr(proposal_ui, "table", None)):
            signal = getattr(panel, "create_action_requested", None)
            if signal is not None:
                signal.connect(self.create_from_proposal)
        selection = getattr(self.window, "proposal_selection", None)
        if selection is not None:
            selection.selection_changed.connect(lambda _uuids: self._update_actions())

    # -- the project -----------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.session is not None and not self.session.is_read_only

    def follow_session(self) -> None:
        session = getattr(self.window, "session", None)
        if session is not self.session:
            self.session = session
            self.stakeholders.set_session(session)
            self.actions.set_session(session)
        self._update_actions()

    def _selected_proposal(self) -> str | None:
        uuids = list(getattr(getattr(self.window, "proposal_selection", None), "selected_uuids", []) or [])
        return uuids[0] if len(uuids) == 1 else None

    def _update_actions(self) -> None:
        editable, has_project = self.editable, self.session is not None
        for action in (self.new_action, self.add_stakeholder_action):
            action.setEnabled(editable)
        self.from_proposal_action.setEnabled(editable and self._selected_proposal() is not None)
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
        if proposal_uuid is None or session is None or not self.editable:
            return None
        try:
            edit = action_from_proposal_edit(session.store, proposal_uuid)
        except (KeyError, ValueError) as error:
            dialogs.show_error(self.window, "The action was not created", str(error).strip("'\""))
            return None
        before = {action.uuid for action in session.store.list(Action)}
        if not session.perform(edit):
            return None
        uuid = next((a.uuid for a in session.store.list(Action) if a.uuid not in before), None)
        self.show_actions(uuid)
        self.window.statusBar().showMessage(f"{edit.label}: edit it in the Action Plan panel", STATUS_MS)
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


def install_plan_ui(window: Any) -> PlanUi:
    """Add the plan docks, Plan menu and exports to ``window`` (once; a second call returns the first)."""
    existing = getattr(window, "plan_ui", None)
    if isinstance(existing, PlanUi):
        return existing
    ui = PlanUi(window)
    window.plan_ui = ui
    return ui

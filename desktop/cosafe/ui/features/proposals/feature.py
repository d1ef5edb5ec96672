"""The proposals feature's docks: Proposal Details, Proposals (table), Compare Groups and Voting.

Contract: ``ProposalsFeature(host, context, selection)`` (installed after the
workshops and sketching) adds four docks to the right dock area with toggles in
the View menu: the details tabbed with the window's Undo History, the list,
comparison and voting tabbed below them. It touches nothing else in the window.
- It follows the host's project; without one the docks are parked (hidden, their
  toggles disabled) like every dock.
- The table and the details panel share ``selection`` (the map's proposal
  selection); comparison and voting follow ``context`` (the active workshop).
- Double-click in the table zooms the map to the proposal.
- A proposal just drawn (``selection.created``) raises Proposal Details, unless the
  user closed that dock, and asks for its title (``ask_for_title``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.proposals.details_panel import ProposalPropertiesPanel
from cosafe.ui.features.proposals.group_comparison import GroupComparisonView
from cosafe.ui.features.proposals.table import ProposalTablePanel
from cosafe.ui.features.proposals.voting_panel import VotingPanel
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.host import Host


class ProposalsFeature(QObject):
    """The four docks and the panels in them, kept in step with the host's project."""

    def __init__(self, host: Host, context: WorkshopContext, selection: ProposalSelection) -> None:
        super().__init__(host)
        self.host = host
        self.window = window = host.window
        self.properties = ProposalPropertiesPanel(window)
        self.table = ProposalTablePanel(window)
        self.comparison = GroupComparisonView(window)
        self.voting = VotingPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # Two tab groups on the right: the details beside the window's Undo History /
        # Identify tabs, and below them the list, comparison and voting, where there is
        # height. Each dock is added just before it is tabified: docks moved between
        # groups afterwards leave a stale tab bar drawn in the layout.
        self.properties_dock = host.add_dock(self.tr("Proposal Details"), "proposalDock", self.properties, "proposal", right,
                                             scroll=False, tab_with=host.dock("historyDock"))  # it scrolls itself
        self.table_dock = host.add_dock(self.tr("Proposals"), "proposalsTableDock", self.table, "proposals-table", right,
                                        orientation=Qt.Orientation.Vertical)
        self.comparison_dock = host.add_dock(self.tr("Compare Groups"), "groupComparisonDock", self.comparison,
                                             "compare-groups", right, orientation=Qt.Orientation.Vertical,
                                             tab_with=self.table_dock)
        self.voting_dock = host.add_dock(self.tr("Voting"), "votingDock", self.voting, "voting", right,
                                         orientation=Qt.Orientation.Vertical, tab_with=self.table_dock)
        self.properties_dock.raise_()
        self.table_dock.raise_()
        self.table.zoom_requested.connect(self._zoom)
        host.add_view_toggles(self.docks)
        for panel in (self.properties, self.table):
            panel.set_selection(selection)
        for panel in (self.comparison, self.voting):
            panel.set_context(context)
        selection.created.connect(self._name_new)
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.properties_dock, self.table_dock, self.comparison_dock, self.voting_dock)

    def follow_session(self, _session: object = None) -> None:
        """Show the host's current project (or none) in every panel."""
        for panel in (self.properties, self.table, self.comparison, self.voting):
            panel.set_session(self.host.session)

    def _name_new(self, _uuid: str) -> None:
        if not self.properties_dock.toggleViewAction().isChecked():
            return  # the user closed the details: do not push them back
        self.properties_dock.raise_()
        self.properties.ask_for_title()

    def _zoom(self, min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> None:
        if self.host.map_canvas is not None:
            self.host.map_canvas.zoom_to_bounds(min_lon, min_lat, max_lon, max_lat)

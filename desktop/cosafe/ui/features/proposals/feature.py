"""Installs the proposal and voting docks into the main window.

Contract: ``install_proposal_ui(window)`` adds four docks to the right dock area
— Proposal Details, Proposals (table), Compare Groups and Voting — with toggles in
the View menu, and returns the ``ProposalUi`` (also kept as ``window.proposal_ui``).
It touches nothing else in the window. Call it once, after the window has its menus and docks but before
it captures its default layout and restores the saved one (beside
``install_workshop_ui``), so Reset Layout and the saved layout include these docks.
- It follows the open project through ``window.undo_group.activeStackChanged``
  (the window makes each project's stack active, and removes it on close), and
  reads ``window.session``. Without a project the docks are parked (hidden, their
  toggles disabled) like the window's own docks, also when the window is shown
  after restoring a saved layout that had them open.
- It binds to ``window.proposal_selection`` and ``window.workshop_context`` when
  they exist, looked up again whenever a project opens (they may be installed
  after this); without a map selection, a ``LocalProposalSelection`` links the
  table and the properties panel.
- Double-click in the table zooms ``window.map_canvas.zoom_to_bounds`` if present.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from cosafe.ui.kit.docks import add_view_toggles, make_dock
from cosafe.ui.features.proposals.group_comparison import GroupComparisonView
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.proposals.common import LocalProposalSelection
from cosafe.ui.features.proposals.details_panel import ProposalPropertiesPanel
from cosafe.ui.features.proposals.table import ProposalTablePanel
from cosafe.ui.features.proposals.voting_panel import VotingPanel


class ProposalUi(QObject):
    """The four docks and the panels in them, kept in step with the window's project."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.local_selection = LocalProposalSelection(self)
        self.properties = ProposalPropertiesPanel(window)
        self.table = ProposalTablePanel(window)
        self.comparison = GroupComparisonView(window)
        self.voting = VotingPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.properties_dock = self._dock("Proposal Details", "proposalDock", self.properties, "proposal", right)
        self.table_dock = self._dock("Proposals", "proposalsTableDock", self.table, "proposals-table", right)
        self.comparison_dock = self._dock("Compare Groups", "groupComparisonDock", self.comparison,
                                          "compare-groups", right)
        self.voting_dock = self._dock("Voting", "votingDock", self.voting, "voting", right)
        # Two tab groups on the right: the details beside the window's Undo History /
        # Identify tabs, and below them the list, comparison and voting, where there is
        # height. Each dock is added just before it is tabified: docks moved between
        # groups afterwards leave a stale tab bar drawn in the layout.
        history = getattr(window, "history_dock", None)
        window.addDockWidget(right, self.properties_dock)
        if isinstance(history, QDockWidget) and window.dockWidgetArea(history) == right:
            window.tabifyDockWidget(history, self.properties_dock)
        window.addDockWidget(right, self.table_dock, Qt.Orientation.Vertical)
        for dock in (self.comparison_dock, self.voting_dock):
            window.addDockWidget(right, dock, Qt.Orientation.Vertical)
            window.tabifyDockWidget(self.table_dock, dock)
        self.properties_dock.raise_()
        self.table_dock.raise_()
        self.table.zoom_requested.connect(self._zoom)
        window.dock_parking.add(*self.docks)  # shown with a project, parked on the welcome page
        add_view_toggles(window, self.docks)
        undo_group = getattr(window, "undo_group", None)
        if undo_group is not None:
            undo_group.activeStackChanged.connect(lambda _stack: self.follow_session())
        self.follow_session()

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.properties_dock, self.table_dock, self.comparison_dock, self.voting_dock)

    def _dock(self, title: str, name: str, widget: QWidget, icon_name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        # The details panel scrolls by itself.
        return make_dock(self.window, title, name, widget, icon_name,
                         scroll=not isinstance(widget, ProposalPropertiesPanel))

    def follow_session(self) -> None:
        """Show the window's current project (or none) in every panel; bind selection and context."""
        session: ProjectSession | None = getattr(self.window, "session", None)
        selection = getattr(self.window, "proposal_selection", None) or self.local_selection
        context: Any = getattr(self.window, "workshop_context", None)
        for panel in (self.properties, self.table, self.comparison, self.voting):
            panel.set_session(session)
        for panel in (self.properties, self.table):
            if getattr(panel, "_selection", None) is not selection:
                panel.set_selection(selection)
        for panel in (self.comparison, self.voting):
            if context is not None and getattr(panel, "_context", None) is not context:
                panel.set_context(context)

    def _zoom(self, min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> None:
        canvas = getattr(self.window, "map_canvas", None)
        if canvas is not None and hasattr(canvas, "zoom_to_bounds"):
            canvas.zoom_to_bounds(min_lon, min_lat, max_lon, max_lat)


def install_proposal_ui(window: QMainWindow) -> ProposalUi:
    """Add the proposal and voting docks to ``window`` (once; a second call returns the first)."""
    existing = getattr(window, "proposal_ui", None)
    if isinstance(existing, ProposalUi):
        return existing
    ui = ProposalUi(window)
    window.proposal_ui = ui  # type: ignore[attr-defined]
    return ui

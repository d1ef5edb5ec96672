"""Wires merging project files into the main window: File menu entries, Merge Conflicts dock, provenance.

Contract: ``MergeFeature(host)`` (installed last) adds, in the File menu
before Close Project:
- Merge Projects… (Ctrl+Shift+M, ``features.merge.flow``: preview, backup, merge in a worker);
- Resolve Merge Conflicts… (shows the Merge Conflicts dock, ``conflicts_panel``; the
  dock also opens by itself after a merge that left conflicts, and its title counts
  them); the selected conflict's two geometries are drawn on the map (mine solid,
  theirs dashed, ``map.conflict_items``) while the dock is shown;
- Hand Out Field Copy… (``field_copy_dialog``); Merge History… (``features.merge.history_dialog``);
  the dock's toggle in the View menu (a group of its own before the zoom commands).
- Provenance: the Identify panel's ``origin_text`` is set to say which laptop and
  group made an identified record (``provenance.record_origin``).
Merge and hand-out need a writable project; conflicts and history are readable in a
read-only one. The dock (object name ``mergeConflictsDock``) is parked without a project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from cosafe.core.i18n import arg
from cosafe.ui.features.merge.conflicts_panel import ConflictsPanel
from cosafe.ui.host import CommandId, Host, MenuId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.features.merge.provenance import record_origin

DOCK_HEIGHT = 300  # room for a record's fields side by side


class MergeFeature(QObject):
    """The window's merging: actions, the conflicts dock and its map overlay."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.host = host
        self.window = window = host.window
        self.session: Any = None
        self._flow: Any = None  # MergeFlow and FieldCopyFlow: made on first use (they load the merge code)
        self._field_copy: Any = None
        self.panel = ConflictsPanel(window)
        # Below the map, where a side-by-side table has the width it needs (tabbed with Analysis);
        # shown only when there is something to resolve, or asked for.
        analysis = host.dock("analysisDock")
        self.dock = host.add_dock(self.tr("Merge Conflicts"), "mergeConflictsDock", self.panel, "merge-conflicts",
                                  Qt.DockWidgetArea.BottomDockWidgetArea, scroll=False, tab_with=analysis, shown=False)
        analysis.raise_()
        self.dock.visibilityChanged.connect(lambda _visible: self._draw(self.panel.current()))
        self.panel.conflict_shown.connect(self._draw)
        self.panel.counted.connect(self._count)
        self._overlay: Any = None

        self.merge_action = make_action(window, self.tr("&Merge Projects…"), "merge-projects", "Ctrl+Shift+M",
                                        self.tr("Bring in the records of project files from other laptops"),
                                        lambda: self.flow.run())
        self.conflicts_action = make_action(window, self.tr("Resolve Merge Con&flicts…"), "merge-conflicts", "",
                                            self.tr("Compare records changed on two laptops and choose which to keep"),
                                            self.show_conflicts)
        self.hand_out_action = make_action(window, self.tr("&Hand Out Field Copy…"), "hand-out", "",
                                           self.tr("Write a copy of the project for a field team's laptop"),
                                           lambda: self.field_copy.run())
        self.history_action = make_action(window, self.tr("Merge Histor&y…"), "history", "",
                                          self.tr("Which files were merged into this project, and when"),
                                          self.show_history)
        self._build_menu()
        host.set_identify_origin(self.origin_text)
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)
        self.follow_session()

    @property
    def flow(self) -> Any:
        """File › Merge Projects (``features.merge.flow.MergeFlow``)."""
        if self._flow is None:
            from cosafe.ui.features.merge.flow import MergeFlow

            self._flow = MergeFlow(self.host)
            self._flow.conflicts_found.connect(lambda _count: self.show_conflicts())
        return self._flow

    @property
    def field_copy(self) -> Any:
        """File › Hand Out Field Copy (``field_copy_dialog.FieldCopyFlow``)."""
        if self._field_copy is None:
            from cosafe.ui.features.merge.field_copy_dialog import FieldCopyFlow

            self._field_copy = FieldCopyFlow(self.host)
        return self._field_copy

    def _build_menu(self) -> None:
        file_menu = self.host.menu(MenuId.FILE)
        actions = file_menu.actions()
        before = self.host.command(CommandId.CLOSE)
        if actions.index(before) > 0 and actions[actions.index(before) - 1].isSeparator():
            before = actions[actions.index(before) - 1]  # keep the group apart from Close and Quit
        for action in (self.merge_action, self.conflicts_action, self.hand_out_action, self.history_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(self.merge_action)
        self.file_menu = file_menu
        # A group of its own after the other panels' toggles, before the zoom commands.
        self.host.add_view_toggles([self.dock])

    # -- following the project -------------------------------------------------------------

    def follow_session(self, _session: object = None) -> None:
        session = self.host.session
        if session is not self.session:
            self.session = session
            self.panel.set_session(session)
        has_project = session is not None
        editable = has_project and not session.is_read_only
        self.merge_action.setEnabled(editable)
        self.hand_out_action.setEnabled(editable)
        self.conflicts_action.setEnabled(has_project)
        self.history_action.setEnabled(has_project)

    # -- commands --------------------------------------------------------------------------

    def show_conflicts(self) -> None:
        if self.session is None:
            return
        self.panel.refresh()
        self.dock.show()
        self.dock.raise_()
        if self.dock.height() < DOCK_HEIGHT:
            self.window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)

    def show_history(self) -> None:
        if self.session is None:
            return
        from cosafe.ui.features.merge.history_dialog import MergeHistoryDialog

        dialog = MergeHistoryDialog(self.session.store, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def origin_text(self, feature: dict) -> str:
        """The Identify panel's "Made on" line for an identified record ("" for a basemap feature)."""
        if self.session is None or not feature.get("uuid"):
            return ""
        return record_origin(self.session.store, str(feature.get("table") or ""), str(feature["uuid"]))

    def _count(self, count: int) -> None:
        self.dock.setWindowTitle(arg(self.tr("Merge Conflicts (%1)"), count) if count else self.tr("Merge Conflicts"))

    def _draw(self, conflict: Any) -> None:
        canvas = self.host.map_canvas
        if canvas is None:
            return
        if self._overlay is None:
            from cosafe.ui.features.merge.map_items import ConflictOverlay  # with the canvas: pyqtgraph loads late

            self._overlay = ConflictOverlay(canvas)
        shown = conflict is not None and self.dock.isVisible()
        mine = getattr(conflict.mine, "geom", None) if shown and conflict.mine is not None else None
        theirs = getattr(conflict.theirs, "geom", None) if shown else None
        self._overlay.show(mine, theirs)
        if shown and self._overlay.items:
            self._overlay.zoom_to()

    @property
    def overlay(self) -> Any:
        return self._overlay


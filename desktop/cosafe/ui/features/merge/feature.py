"""Wires merging project files into the main window: File menu entries, Merge Conflicts dock, provenance.

Contract: ``install_merge_ui(window)`` (once, from ``MainWindow.__init__`` after
``install_plan_ui``) sets ``window.merge_ui`` (``MergeUi``) and adds, in the File menu
before Close Project:
- Merge Projects… (Ctrl+Shift+M, ``merge_flow``: preview, backup, merge in a worker);
- Resolve Merge Conflicts… (shows the Merge Conflicts dock, ``conflicts_panel``; the
  dock also opens by itself after a merge that left conflicts, and its title counts
  them); the selected conflict's two geometries are drawn on the map (mine solid,
  theirs dashed, ``map.conflict_items``) while the dock is shown;
- Hand Out Field Copy… (``field_copy_dialog``); Merge History… (``merge_history_dialog``);
  the dock's toggle in the View menu (a group of its own before the zoom commands).
- Provenance: the Identify panel's ``origin_text`` is set to say which laptop and
  group made an identified record (``provenance.record_origin``).
Merge and hand-out need a writable project; conflicts and history are readable in a
read-only one. The dock (object name ``mergeConflictsDock``) is parked without a project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from cosafe.ui.features.merge.conflicts_panel import ConflictsPanel
from cosafe.ui.kit.icons import icon
from cosafe.ui.features.merge.provenance import record_origin

DOCK_TITLE = "Merge Conflicts"
DOCK_HEIGHT = 300  # room for a record's fields side by side


class MergeUi(QObject):
    """The window's merging: actions, the conflicts dock and its map overlay."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session: Any = None
        self._flow: Any = None  # MergeFlow and FieldCopyFlow: made on first use (they load the merge code)
        self._field_copy: Any = None
        self.panel = ConflictsPanel(window)
        self.dock = QDockWidget(DOCK_TITLE, window)
        self.dock.setObjectName("mergeConflictsDock")
        self.dock.setWidget(self.panel)
        self.dock.toggleViewAction().setIcon(icon("merge-conflicts"))
        # Below the map, where a side-by-side table has the width it needs (tabbed with Analysis).
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        window.addDockWidget(bottom, self.dock)
        analysis = getattr(getattr(window, "analysis_ui", None), "analysis_dock", None)
        if isinstance(analysis, QDockWidget) and window.dockWidgetArea(analysis) == bottom:
            window.tabifyDockWidget(analysis, self.dock)
            analysis.raise_()
        window.dock_parking.add(self.dock, shown=False)  # only when there is something to resolve, or asked for
        self.dock.visibilityChanged.connect(lambda _visible: self._draw(self.panel.current()))
        self.panel.conflict_shown.connect(self._draw)
        self.panel.counted.connect(self._count)
        self._overlay: Any = None

        self.merge_action = self._action("&Merge Projects…", "merge-projects", "Ctrl+Shift+M",
                                         "Bring in the records of project files from other laptops")
        self.merge_action.triggered.connect(lambda: self.flow.run())
        self.conflicts_action = self._action("Resolve Merge Con&flicts…", "merge-conflicts", "",
                                             "Compare records changed on two laptops and choose which to keep")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.hand_out_action = self._action("&Hand Out Field Copy…", "hand-out", "",
                                            "Write a copy of the project for a field team's laptop")
        self.hand_out_action.triggered.connect(lambda: self.field_copy.run())
        self.history_action = self._action("Merge Histor&y…", "history", "",
                                           "Which files were merged into this project, and when")
        self.history_action.triggered.connect(self.show_history)
        self._build_menu()
        window.identify_panel.origin_text = self.origin_text
        window.undo_group.activeStackChanged.connect(lambda _stack=None: self.follow_session())
        self.follow_session()

    @property
    def flow(self) -> Any:
        """File › Merge Projects (``merge_flow.MergeFlow``)."""
        if self._flow is None:
            from cosafe.ui.features.merge.flow import MergeFlow

            self._flow = MergeFlow(self.window)
            self._flow.conflicts_found.connect(lambda _count: self.show_conflicts())
        return self._flow

    @property
    def field_copy(self) -> Any:
        """File › Hand Out Field Copy (``field_copy_dialog.FieldCopyFlow``)."""
        if self._field_copy is None:
            from cosafe.ui.features.merge.field_copy_dialog import FieldCopyFlow

            self._field_copy = FieldCopyFlow(self.window)
        return self._field_copy

    def _action(self, text: str, icon_name: str, key: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')}: {tip}")
        action.setStatusTip(tip)
        return action

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        file_menu = next((a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)
                          and a.text().replace("&", "") == "File"), None)
        if file_menu is None:
            return
        close = getattr(getattr(self.window, "commands", None), "close", None)
        actions = file_menu.actions()
        before = close if close in actions else None
        if before is not None and actions.index(before) > 0 and actions[actions.index(before) - 1].isSeparator():
            before = actions[actions.index(before) - 1]  # keep the group apart from Close and Quit
        for action in (self.merge_action, self.conflicts_action, self.hand_out_action, self.history_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(self.merge_action)
        self.file_menu = file_menu
        view = next((a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)
                     and a.text().replace("&", "") == "View"), None)
        zoom = getattr(getattr(self.window, "commands", None), "zoom_to_project", None)
        if isinstance(view, QMenu):
            actions = view.actions()
            at = actions.index(zoom) if zoom in actions else len(actions)
            # A group of its own after the other panels' toggles, before the zoom commands.
            before = actions[at - 1] if 0 < at < len(actions) and actions[at - 1].isSeparator() else None
            view.insertSeparator(before)
            view.insertAction(before, self.dock.toggleViewAction())

    # -- following the project -------------------------------------------------------------

    def follow_session(self) -> None:
        session = getattr(self.window, "session", None)
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
        self.dock.setWindowTitle(f"{DOCK_TITLE} ({count})" if count else DOCK_TITLE)

    def _draw(self, conflict: Any) -> None:
        canvas = getattr(self.window, "map_canvas", None)
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


def install_merge_ui(window: Any) -> MergeUi:
    window.merge_ui = MergeUi(window)
    return window.merge_ui

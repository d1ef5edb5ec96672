"""The Draw toolbar and menu: sketch tools on the main window, wired to the open project.

Contract:
- ``install_sketching(window)`` (call once, before or after a project opens) adds
  to the window: ``window.proposal_selection`` (``ProposalSelection``: the
  selection the map, the proposals table and the properties panel share),
  ``window.sketching`` (``Sketching``), a "Draw" toolbar and menu with the tool
  actions (checkable, exclusive: S select, P point, L line, A area, F freehand,
  M move, V vertices) and Snap to Basemap (off by default), and Duplicate
  (Ctrl+D) and Delete (Del) in the Edit menu.
- It follows the window's project through its QUndoGroup (one stack per open
  project): a new project gets a fresh selection and the Select tool; read-only
  projects have the drawing and editing actions disabled.
- New proposals take their workshop and group from ``window.workshop_context`` when
  the window has one (any object with ``workshop_uuid`` and ``group_uuid``).
- ``Sketching.set_hidden_groups(uuids)`` hides groups' proposals on the map; the
  Draw › Show Groups menu does the same with a tick per group ("No group" = "").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from cosafe.ui.kit.icons import icon
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection

STATUS_MS = 6000
# name, text, icon, shortcut, what it does
TOOL_ACTIONS = (
    ("select", "&Select", "tool-select", "S", "Click a proposal to select it; Shift+click adds"),
    ("point", "&Point", "tool-point", "P", "Click to place a point proposal"),
    ("line", "&Line", "tool-line", "L", "Click vertices; Enter or double-click finishes"),
    ("polygon", "&Area", "tool-area", "A", "Click corners; Enter or double-click finishes"),
    ("freehand", "&Freehand", "tool-freehand", "F", "Press and drag; end near the start for an area"),
    ("move", "&Move", "tool-move", "M", "Drag proposals to move them"),
    ("vertex", "Edit &Vertices", "tool-vertex", "V",
     "Drag a vertex, click an edge to add one, Delete removes the one under the mouse"),
)


class Sketching(QObject):
    """The window's sketching: actions, and the controller of the map once there is one."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.selection = ProposalSelection(window)
        self.controller: Any = None  # SketchController, made with the map canvas
        self._hidden: set[str] = set()
        self.tool_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, text, icon_name, key, tip in TOOL_ACTIONS:
            action = self._action(text, icon_name, key, tip)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: self.set_tool(n))
            group.addAction(action)
            self.tool_actions[name] = action
        self.tool_actions["select"].setChecked(True)
        self.snap_action = self._action("S&nap to Basemap", "tool-snap", "",
                                        "Put new vertices on the nearest street or building corner")
        self.snap_action.setCheckable(True)
        self.snap_action.toggled.connect(self._set_snapping)
        self.duplicate_action = self._action("D&uplicate", "duplicate", "Ctrl+D", "Copy the selected proposals")
        self.duplicate_action.triggered.connect(lambda: self.controller and self.controller.duplicate_selected())
        self.delete_action = self._action("&Delete", "remove", "Del", "Delete the selected proposals")
        self.delete_action.triggered.connect(lambda: self.controller and self.controller.handle_delete_key())
        # Del is the map's key (its key filter handles it when the map has focus); a
        # window-wide Del would delete proposals while someone removes a vote in a list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.undo_group.activeStackChanged.connect(self._follow_project)

    def _action(self, text: str, icon_name: str, key: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
            tip = f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(f"{text.replace('&', '')}: {tip}")
        action.setStatusTip(tip)
        return action

    def set_tool(self, name: str) -> None:
        if self.controller is not None:
            self.controller.set_tool(name)
            name = self.controller.tool.name  # a read-only project keeps Select
        self.tool_actions[name].setChecked(True)

    def set_hidden_groups(self, uuids: set[str]) -> None:
        """Hide the proposals of these groups on the map ("" = proposals without a group)."""
        self._hidden = set(uuids)
        if self.controller is not None:
            self.controller.set_hidden_groups(self._hidden)

    @property
    def hidden_groups(self) -> set[str]:
        return set(self._hidden)

    def fill_groups_menu(self, menu: QMenu) -> None:
        """One tick per group of the project (and "No group"), checked when shown."""
        from cosafe.core.records import Group, Workshop

        menu.clear()
        session = self.window.session
        if session is None:
            return
        titles = {workshop.uuid: workshop.title for workshop in session.store.list(Workshop)}
        choices = [(g.uuid, f"{g.name} ({titles.get(g.workshop_uuid, '')})".replace(" ()", ""))
                   for g in session.store.list(Group)]
        show_all = menu.addAction("Show All")
        show_all.triggered.connect(lambda: self.set_hidden_groups(set()))
        menu.addSeparator()
        for uuid, text in [*choices, ("", "No group")]:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(uuid not in self._hidden)
            action.toggled.connect(lambda shown, u=uuid: self.set_hidden_groups(
                self._hidden - {u} if shown else self._hidden | {u}))

    def _set_snapping(self, on: bool) -> None:
        if self.controller is not None:
            self.controller.snapping = on

    def _follow_project(self, _stack: QUndoStack | None = None) -> None:
        session = self.window.session
        if session is not None and self.controller is None:
            self._make_controller()
        if self.controller is not None:
            self.controller.set_session(session, lambda: getattr(self.window, "workshop_context", None))
            self.controller.set_hidden_groups(self._hidden)
            self.set_tool("select")
        editable = session is not None and not session.is_read_only
        for name, action in self.tool_actions.items():
            action.setEnabled(session is not None and (editable or name == "select"))
        for action in (self.duplicate_action, self.delete_action, self.snap_action):
            action.setEnabled(editable)

    def _make_controller(self) -> None:
        from cosafe.ui.features.proposals.sketch.controller import SketchController  # with the canvas: pyqtgraph loads late

        canvas = self.window.map_canvas
        if canvas is None:
            # The window makes its map page with the first project, just after this signal.
            canvas = self.window.ensure_map_page()
        self.controller = SketchController(canvas, self.selection, self)
        self.controller.snapping = self.snap_action.isChecked()
        self.controller.message.connect(lambda text: self.window.statusBar().showMessage(text, STATUS_MS))


def install_sketching(window: QMainWindow) -> Sketching:
    """Add the Draw toolbar and menu and the proposal selection to ``window`` (see the module contract)."""
    sketching = Sketching(window)
    window.sketching = sketching  # type: ignore[attr-defined]
    window.proposal_selection = sketching.selection  # type: ignore[attr-defined]
    # On a row of its own: beside the main and workshop toolbars it was pushed off screen.
    window.addToolBarBreak()
    toolbar = window.addToolBar("Draw")
    toolbar.setObjectName("drawToolBar")  # saveState() identifies toolbars by object name
    menu = QMenu("&Draw", window)
    for action in sketching.tool_actions.values():
        toolbar.addAction(action)
        menu.addAction(action)
    toolbar.addSeparator()
    menu.addSeparator()
    for action in (sketching.snap_action, sketching.duplicate_action, sketching.delete_action):
        toolbar.addAction(action)
    menu.addAction(sketching.snap_action)
    groups_menu = menu.addMenu("Show &Groups")
    groups_menu.aboutToShow.connect(lambda: sketching.fill_groups_menu(groups_menu))
    sketching.groups_menu = groups_menu
    bar = window.menuBar()
    titles = {action.text().replace("&", ""): action for action in bar.actions()}
    if "Edit" in titles and titles["Edit"].menu() is not None:
        edit_menu = titles["Edit"].menu()
        edit_menu.addSeparator()
        edit_menu.addAction(sketching.duplicate_action)
        edit_menu.addAction(sketching.delete_action)
    before = titles.get("Help")
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    sketching._follow_project()
    return sketching

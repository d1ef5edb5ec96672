"""The Draw toolbar and menu: sketch tools on the main window, wired to the open project.

Contract:
- ``Sketching(host, context)`` (installed with the window, after the workshops) has
  ``selection`` (``ProposalSelection``: the selection the map, the proposals table and
  the properties panel share), ``controller`` (the ``SketchController`` on the map,
  made with the first project), a "Draw" toolbar (``ToolbarId.DRAW``, a row of its
  own) and menu (``MenuId.DRAW``) with the tool actions (checkable, exclusive: S
  select, P point, L line, A area, F freehand, M move, V vertices: keys that act only
  while the map has focus, ``Host.add_map_shortcuts``) and Snap to
  Basemap (off by default), and Duplicate (Ctrl+D) and Delete (Del) in the Edit menu.
- Exactly one map tool is checked: the Draw tools and the tools other features add
  with ``share_tool_group`` (the audits' Route, Audit Point, Pin) are one exclusive group.
- It follows the host's project: a new project gets a fresh selection and the Select
  tool; read-only projects have the drawing and editing actions disabled.
- New proposals take their workshop and group from ``context`` (the active workshop).
- ``Sketching.set_hidden_groups(uuids)`` hides groups' proposals on the map; the
  Draw › Show Groups menu does the same with a tick per group ("No group" = "").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.host import Host, MenuId, ToolbarId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.session import editable
# name, text, icon, shortcut, what it does (texts marked; translated where the actions are made)
TOOL_ACTIONS = (
    ("select", QT_TRANSLATE_NOOP("Sketching", "&Select"), "tool-select", "S",
     QT_TRANSLATE_NOOP("Sketching", "Click a proposal to select it; Shift+click adds")),
    ("point", QT_TRANSLATE_NOOP("Sketching", "&Point"), "tool-point", "P",
     QT_TRANSLATE_NOOP("Sketching", "Click to place a point proposal")),
    ("line", QT_TRANSLATE_NOOP("Sketching", "&Line"), "tool-line", "L",
     QT_TRANSLATE_NOOP("Sketching", "Click vertices; Enter or double-click finishes")),
    ("polygon", QT_TRANSLATE_NOOP("Sketching", "&Area"), "tool-area", "A",
     QT_TRANSLATE_NOOP("Sketching", "Click corners; Enter or double-click finishes")),
    ("freehand", QT_TRANSLATE_NOOP("Sketching", "&Freehand"), "tool-freehand", "F",
     QT_TRANSLATE_NOOP("Sketching", "Press and drag; end near the start for an area")),
    ("move", QT_TRANSLATE_NOOP("Sketching", "&Move"), "tool-move", "M",
     QT_TRANSLATE_NOOP("Sketching", "Drag proposals to move them")),
    ("vertex", QT_TRANSLATE_NOOP("Sketching", "Edit &Vertices"), "tool-vertex", "V",
     QT_TRANSLATE_NOOP("Sketching", "Drag a vertex, click an edge to add one, Delete removes the one under the mouse")),
)


class Sketching(QObject):
    """The window's sketching: actions, and the controller of the map once there is one."""

    def __init__(self, host: Host, context: WorkshopContext) -> None:
        super().__init__(host)
        self.host = host
        self.context = context
        self.selection = ProposalSelection(host.window)
        self.controller: Any = None  # SketchController, made with the map canvas
        self._hidden: set[str] = set()
        self.tool_actions: dict[str, QAction] = {}
        # The map's one tool group: other features' map tools join it (``share_tool_group``),
        # so exactly one tool is checked, and it is the one the map uses.
        self.tool_group = group = QActionGroup(self)
        group.setExclusive(True)
        for name, text, icon_name, key, tip in TOOL_ACTIONS:
            action = make_action(host.window, translate("Sketching", text), icon_name, key, translate("Sketching", tip),
                                 checkable=True)
            action.triggered.connect(lambda _checked=False, n=name: self.set_tool(n))
            group.addAction(action)
            self.tool_actions[name] = action
        self.tool_actions["select"].setChecked(True)
        # Single letters: only while the map has focus, never while someone types elsewhere.
        host.add_map_shortcuts(self.tool_actions.values())
        self.snap_action = make_action(host.window, self.tr("S&nap to Basemap"), "tool-snap", "",
                                       self.tr("Put new vertices on the nearest street or building corner"),
                                       checkable=True)
        self.snap_action.toggled.connect(self._set_snapping)
        self.duplicate_action = make_action(host.window, self.tr("Dup&licate"), "duplicate", "Ctrl+D",
                                            self.tr("Copy the selected proposals"))
        self.duplicate_action.triggered.connect(lambda: self.controller and self.controller.duplicate_selected())
        self.delete_action = make_action(host.window, self.tr("&Delete"), "remove", "Del",
                                         self.tr("Delete the selected proposals"))
        self.delete_action.triggered.connect(lambda: self.controller and self.controller.handle_delete_key())
        # Del is the map's key (its key filter handles it when the map has focus); a
        # window-wide Del would delete proposals while someone removes a vote in a list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._build_toolbar_and_menu()
        host.project_opened.connect(self._follow_project)
        host.project_closed.connect(self._follow_project)
        self._follow_project()

    def _build_toolbar_and_menu(self) -> None:
        # On a row of its own: beside the main and workshop toolbars it was pushed off screen.
        toolbar = self.host.add_toolbar(ToolbarId.DRAW, self.tr("Draw"), new_row=True)
        menu = self.host.add_menu(MenuId.DRAW, self.tr("&Draw"))
        for action in self.tool_actions.values():
            toolbar.addAction(action)
            menu.addAction(action)
        toolbar.addSeparator()
        menu.addSeparator()
        for action in (self.snap_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        menu.addAction(self.snap_action)
        self.groups_menu = menu.addMenu(self.tr("Show &Groups"))
        self.groups_menu.aboutToShow.connect(lambda: self.fill_groups_menu(self.groups_menu))
        edit_menu = self.host.menu(MenuId.EDIT)
        edit_menu.addSeparator()
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.delete_action)

    def set_tool(self, name: str) -> None:
        """Make sketch tool ``name`` the map's tool; the one checked action (another feature's goes off)."""
        if self.controller is not None:
            self.controller.set_tool(name)
            name = self.controller.tool.name  # a read-only project keeps Select
        self.tool_actions[name].setChecked(True)

    def share_tool_group(self, actions: Iterable[QAction]) -> None:
        """Another feature's map tools join the Draw tools' exclusive group.

        Checking one of them unchecks the Draw tool; choosing a Draw tool (Select
        included) unchecks it, and its ``toggled(False)`` is that feature's cue to put
        its tool down. Its tool is then the map's while checked: see ``yield_map``.
        """
        for action in actions:
            self.tool_group.addAction(action)

    def yield_map(self) -> None:
        """Another feature's tool takes the map: drop any drawing in progress, leave the actions as they are."""
        if self.controller is not None:
            self.controller.set_tool("select")

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
        session = self.host.session
        if session is None:
            return
        titles = {workshop.uuid: workshop.title for workshop in session.store.list(Workshop)}
        choices = [(g.uuid, arg(self.tr("%1 (%2)", "a group (its workshop)"), g.name, titles[g.workshop_uuid])
                    if titles.get(g.workshop_uuid) else g.name) for g in session.store.list(Group)]
        show_all = menu.addAction(self.tr("Show &All"))
        show_all.triggered.connect(lambda: self.set_hidden_groups(set()))
        menu.addSeparator()
        for uuid, text in [*choices, ("", self.tr("No group"))]:
            action = menu.addAction(text.replace("&", "&&"))  # a name's '&' is not a mnemonic
            action.setCheckable(True)
            action.setChecked(uuid not in self._hidden)
            action.toggled.connect(lambda shown, u=uuid: self.set_hidden_groups(
                self._hidden - {u} if shown else self._hidden | {u}))

    def _set_snapping(self, on: bool) -> None:
        if self.controller is not None:
            self.controller.snapping = on

    def _follow_project(self, _session: object = None) -> None:
        session = self.host.session
        if session is not None and self.controller is None:
            self._make_controller()
        if self.controller is not None:
            self.controller.set_session(session, lambda: self.context)
            self.controller.set_hidden_groups(self._hidden)
            self.set_tool("select")
        can_edit = editable(session)
        for name, action in self.tool_actions.items():
            action.setEnabled(session is not None and (can_edit or name == "select"))
        for action in (self.duplicate_action, self.delete_action, self.snap_action):
            action.setEnabled(can_edit)

    def _make_controller(self) -> None:
        from cosafe.ui.features.proposals.sketch.controller import SketchController  # with the canvas: pyqtgraph loads late

        self.controller = SketchController(self.host.ensure_map(), self.selection, self)
        self.controller.snapping = self.snap_action.isChecked()
        self.controller.message.connect(self.host.show_status)
        self.controller.dismissed.connect(lambda: self.set_tool("select"))


"""The one interface a feature sees of the window it is installed in.

Contract:
- Menus, toolbars and the window's own commands are found by id (``MenuId``,
  ``ToolbarId``, ``CommandId``), never by their visible text, which translation
  will change. ``menu(id)`` / ``toolbar(id)`` / ``command(id)`` return what the
  window or an earlier feature registered; ``add_menu(id, title, before=MenuId.HELP)``
  and ``add_toolbar(id, title)`` register new ones (a menu gives its entries without a
  mnemonic one when it shows: ``kit.mnemonics``); ``register_toolbar(id, toolbar)``
  one the window placed itself. ``ToolbarId.WORKSHOP`` is the bar above the map
  where the active workshop and group are always shown (the window keeps it whole:
  it never overflows behind "»").
- ``add_dock(...)`` is the one way to make a dock: named for ``saveState()``, in a
  scroll area unless the panel scrolls itself, catching up when its tab comes
  forward (``RefreshWhenShown``), placed in its area (tabbed with ``tab_with``),
  and parked (hidden) while no project is open. ``add_view_toggles(docks)`` puts
  their toggles in the View menu before its zoom commands. ``dock(name)`` finds a
  dock by object name, for placing another beside it.
- ``session`` is the open project's ``ProjectSession`` (None on the welcome page);
  ``map_canvas`` the map (None until the first project), ``ensure_map()`` makes it.
- ``project_opened(session)`` is emitted after the map has the project (so a
  feature may zoom or draw on it at once); ``project_closed()`` after the session
  is dropped. A feature installed while a project is open is not told: features
  are installed with the window, before any project opens.
- ``add_map_shortcuts(actions)``: the actions' shortcuts (a map tool's single letter)
  act only while the map has focus, so typing anywhere else never switches a tool;
  their tooltips say "on the map". The map gets them when it is made. Choosing such a
  tool (from a menu, a toolbar or its key) puts the keyboard focus on the map, where the
  tool's keys act and Enter places at the centre (``MapCanvas.click_centre``).
- ``show_status(text)`` shows a transient message in the status bar;
  ``remembered_folder(key)`` / ``remember_folder(key, path)`` are the folder a file
  chooser of one flow (``key``) opens in, and remembering it for next time;
  ``set_identify_origin(describe)`` gives the Identify panel the line that says
  where an identified record was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from cosafe.ui.kit.actions import limit_shortcut
from cosafe.ui.kit.dock_parking import DockParking
from cosafe.ui.kit.docks import make_dock, placed
from cosafe.ui.kit.mnemonics import keep_mnemonics
from cosafe.ui.kit.words import Shortcuts

if TYPE_CHECKING:
    from cosafe.ui.map.canvas import MapCanvas
    from cosafe.ui.session import ProjectSession

STATUS_MS = 6000


class MenuId(Enum):
    FILE = "fileMenu"
    EDIT = "editMenu"
    VIEW = "viewMenu"
    WORKSHOP = "workshopMenu"
    DRAW = "drawMenu"
    AUDIT = "auditMenu"
    PLAN = "planMenu"
    HELP = "helpMenu"


class ToolbarId(Enum):
    MAIN = "mainToolBar"
    DRAW = "drawToolBar"
    RECORD = "recordToolBar"
    WORKSHOP = "workshopBar"  # above the map, not in the toolbar area: always whole, always in view


class CommandId(Enum):
    """The window's own commands that features place their entries beside."""

    IMPORT_BASEMAP = "import_basemap"
    EXPORT_MAP = "export_map"
    CLOSE = "close"
    ZOOM_TO_PROJECT = "zoom_to_project"


class FolderMemory(Protocol):
    def remembered_folder(self, key: str) -> str: ...

    def remember_folder(self, key: str, path: str) -> None: ...


class HostWindow(QMainWindow):
    """What the host needs of its window, declared by the window (``shell.main_window``)."""

    session: ProjectSession | None
    map_canvas: MapCanvas | None
    files: FolderMemory

    def set_identify_origin(self, describe: Callable[[dict], str]) -> None:  # pragma: no cover - the window's
        """``describe(feature)`` is the Identify panel's "Made on" line for an identified record."""
        raise NotImplementedError

    def ensure_map_page(self) -> MapCanvas:  # pragma: no cover - the window implements it
        raise NotImplementedError


class Host(QObject):
    """The window as the features see it (see the module contract)."""

    project_opened = Signal(object)  # ProjectSession
    project_closed = Signal()

    def __init__(self, window: HostWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock_parking = DockParking()
        self._menus: dict[MenuId, QMenu] = {}
        self._toolbars: dict[ToolbarId, QToolBar] = {}
        self._commands: dict[CommandId, QAction] = {}
        self._map_actions: list[QAction] = []
        self.project_opened.connect(self._give_map_shortcuts)  # the map exists by then

    # -- the project and the map ---------------------------------------------------------

    @property
    def session(self) -> ProjectSession | None:
        return self.window.session

    @property
    def map_canvas(self) -> MapCanvas | None:
        return self.window.map_canvas

    def ensure_map(self) -> MapCanvas:
        return self.window.ensure_map_page()

    def add_map_shortcuts(self, actions: Iterable[QAction]) -> None:
        """The actions' shortcuts act only while the map has focus (see the module contract)."""
        for action in actions:
            limit_shortcut(action, Shortcuts.tr("on the map"))
            action.triggered.connect(self._focus_map)
            self._map_actions.append(action)
        self._give_map_shortcuts()

    def _focus_map(self) -> None:
        QTimer.singleShot(0, self._focus_map_now)  # after a closing menu gives the focus back

    def _focus_map_now(self) -> None:
        canvas = self.map_canvas
        if canvas is not None and canvas.isVisible():
            canvas.graphics_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _give_map_shortcuts(self, _session: object = None) -> None:
        canvas = self.map_canvas
        if canvas is not None:
            canvas.graphics_view.addActions(self._map_actions)  # adding one twice keeps one

    def show_status(self, text: str, milliseconds: int = STATUS_MS) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    def remembered_folder(self, key: str) -> str:
        return self.window.files.remembered_folder(key)

    def remember_folder(self, key: str, path: str) -> None:
        self.window.files.remember_folder(key, path)

    def set_identify_origin(self, describe: Callable[[dict], str]) -> None:
        self.window.set_identify_origin(describe)

    # -- menus, toolbars, commands by id --------------------------------------------------------

    def menu(self, menu_id: MenuId) -> QMenu:
        return self._menus[menu_id]

    def add_menu(self, menu_id: MenuId, title: str, before: MenuId | None = MenuId.HELP) -> QMenu:
        """A new top-level menu, placed before ``before`` (None or not yet there: at the end)."""
        menu = keep_mnemonics(QMenu(title, self.window))  # data-named entries get a letter when shown
        menu.setObjectName(menu_id.value)
        bar = self.window.menuBar()
        anchor = self._menus.get(before) if before is not None else None
        if anchor is not None:
            bar.insertMenu(anchor.menuAction(), menu)
        else:
            bar.addMenu(menu)
        self._menus[menu_id] = menu
        return menu

    def toolbar(self, toolbar_id: ToolbarId) -> QToolBar:
        return self._toolbars[toolbar_id]

    def add_toolbar(self, toolbar_id: ToolbarId, title: str, new_row: bool = False) -> QToolBar:
        if new_row:
            self.window.addToolBarBreak()
        toolbar = self.window.addToolBar(title)
        toolbar.setObjectName(toolbar_id.value)  # saveState() identifies toolbars by object name
        self._toolbars[toolbar_id] = toolbar
        return toolbar

    def register_toolbar(self, toolbar_id: ToolbarId, toolbar: QToolBar) -> None:
        """A toolbar the window placed itself (outside the toolbar area), found by id like the others."""
        toolbar.setObjectName(toolbar_id.value)
        self._toolbars[toolbar_id] = toolbar

    def command(self, command_id: CommandId) -> QAction:
        return self._commands[command_id]

    def add_command(self, command_id: CommandId, action: QAction) -> None:
        self._commands[command_id] = action

    # -- docks ------------------------------------------------------------------------------

    def add_dock(self, title: str, name: str, widget: QWidget, icon_name: str, area: Qt.DockWidgetArea, *,
                 scroll: bool = True, tab_with: QDockWidget | None = None, shown: bool = True,
                 orientation: Qt.Orientation | None = None) -> QDockWidget:
        """Make, place and park a dock (see the module contract); ``tab_with`` only if in ``area``."""
        dock = make_dock(self.window, title, name, widget, icon_name, scroll=scroll)
        area = placed(self.window, area)
        if orientation is None:
            self.window.addDockWidget(area, dock)
        else:
            self.window.addDockWidget(area, dock, orientation)
        if tab_with is not None and self.window.dockWidgetArea(tab_with) == area:
            self.window.tabifyDockWidget(tab_with, dock)
        self.dock_parking.add(dock, shown=shown)
        return dock

    def dock(self, name: str) -> QDockWidget:
        dock = self.window.findChild(QDockWidget, name)
        if dock is None:
            raise KeyError(name)
        return dock

    def add_view_toggles(self, docks: Iterable[QDockWidget]) -> QAction:
        """Put the docks' toggles in View after the others, before the zoom commands.

        Returns the separator after them, where a feature may insert more entries.
        """
        view = self.menu(MenuId.VIEW)
        zoom = self._commands.get(CommandId.ZOOM_TO_PROJECT)
        before = zoom if zoom in view.actions() else None
        separator = view.insertSeparator(before) if before is not None else view.addSeparator()
        for dock in docks:
            view.insertAction(separator, dock.toggleViewAction())
        return separator

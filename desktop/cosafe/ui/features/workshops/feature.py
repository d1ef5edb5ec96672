"""Wires the workshop part of the UI into the main window, so main_window.py stays small.

Contract: ``install_workshop_ui(window)`` is called once from ``MainWindow.__init__``,
after the menus and toolbar exist and before the default layout is captured. It sets

- ``window.workshop_context``: the WorkshopContext (active workshop and group) that the
  sketch tools and proposal panels read;
- ``window.workshop_panel`` / ``window.workshops_dock``: the Workshops dock, tabbed with
  Project Overview and Layers, with its toggle in View and in the Workshop menu;
- ``window.workshop_selector``: the Workshop/Group combos at the end of the main toolbar;
- a "Workshop" menu (object name ``workshopMenu``, before Help) with New Workshop…,
  Add Group…, Sign-in Sheet… (Ctrl+Shift+P), Participants…, Edit… and Delete for the selection.

The context follows the window's project through the undo group's active stack: the
window makes a session's stack active right after installing the session and removes
it when the session is dropped, so no extra hook in the window is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.panel import WorkshopPanel
from cosafe.ui.features.workshops.selector import WorkshopSelector

if TYPE_CHECKING:
    from cosafe.ui.shell.main_window import MainWindow


def install_workshop_ui(window: MainWindow) -> None:
    context = WorkshopContext(window)
    window.workshop_context = context
    panel = WorkshopPanel(context, window)
    window.workshop_panel = panel
    dock = window._dock("Workshops", "workshopsDock", panel, "workshops", Qt.DockWidgetArea.LeftDockWidgetArea)
    window.workshops_dock = dock
    window.dock_parking.add(dock)
    window.tabifyDockWidget(window.layers_dock, dock)
    window.overview_dock.raise_()
    # A little wider than the window's 300: group names beside "8 people · 5 women".
    window.resizeDocks([window.overview_dock], [330], Qt.Orientation.Horizontal)

    toolbar = window.findChild(QToolBar, "mainToolBar")
    if toolbar is not None:
        window.workshop_selector = WorkshopSelector(context, toolbar)
    panel.sign_in_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    panel.sign_in_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    _add_menus(window, panel)

    def follow_session(_stack: object = None) -> None:
        context.set_session(window.session)

    window.undo_group.activeStackChanged.connect(follow_session)


def _menu(window: MainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _add_menus(window: MainWindow, panel: WorkshopPanel) -> None:
    toggle = window.workshops_dock.toggleViewAction()
    view = _menu(window, "View")
    if view is not None:
        # Right after the Layers toggle: the left-hand docks stay together in the menu.
        actions = view.actions()
        layers = window.layers_dock.toggleViewAction()
        after = actions.index(layers) + 1 if layers in actions else 0
        view.insertAction(actions[after] if after < len(actions) else None, toggle)
    menu = QMenu("Wor&kshop", window)
    menu.setObjectName("workshopMenu")
    for action in (panel.new_action, panel.group_action, panel.sign_in_action, panel.participants_action):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(panel.edit_action)
    menu.addAction(panel.delete_action)
    menu.addSeparator()
    menu.addAction(toggle)
    help_menu = _menu(window, "Help")
    bar = window.menuBar()
    bar.insertMenu(help_menu.menuAction() if help_menu is not None else None, menu)
    window.workshop_menu = menu

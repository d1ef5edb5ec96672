"""The workshops feature: the Workshops dock, the workshop and group selector above the map, the Workshop menu.

Contract: ``WorkshopsFeature(host)`` (installed first: the others record for its
active workshop) makes
- ``context``: the WorkshopContext (active workshop and group) that the sketch tools,
  proposal panels and recording tools read; it follows the host's project;
- ``panel`` / ``dock``: the Workshops dock, tabbed with Layers (left), its toggle in
  View after the Layers toggle and in the Workshop menu;
- ``selector``: the Workshop/Group combos in the window's workshop bar above the map
  (``ToolbarId.WORKSHOP``), where they are always in view;
- ``menu``: a "Workshop" menu (``MenuId.WORKSHOP``, before Help) with New Workshop…,
  Add Group…, Sign-in Sheet… (Ctrl+Shift+P), Participants…, Edit… and Delete for the
  selection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.panel import WorkshopPanel
from cosafe.ui.features.workshops.selector import WorkshopSelector
from cosafe.ui.host import Host, MenuId, ToolbarId


class WorkshopsFeature(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        window = host.window
        self.context = WorkshopContext(window)
        self.panel = WorkshopPanel(self.context, window)
        layers = host.dock("layersDock")
        self.dock = host.add_dock(self.tr("Workshops"), "workshopsDock", self.panel, "workshops",
                                  Qt.DockWidgetArea.LeftDockWidgetArea, scroll=False, tab_with=layers)
        host.dock("overviewDock").raise_()
        # A little wider than the window's 300: group names beside "8 people · 5 women".
        window.resizeDocks([host.dock("overviewDock")], [330], Qt.Orientation.Horizontal)
        self.selector = WorkshopSelector(self.context, host.toolbar(ToolbarId.WORKSHOP))
        self.panel.sign_in_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.panel.sign_in_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        toggle = self.dock.toggleViewAction()
        view = host.menu(MenuId.VIEW)
        # Right after the Layers toggle: the left-hand docks stay together in the menu.
        actions = view.actions()
        after = actions.index(layers.toggleViewAction()) + 1
        view.insertAction(actions[after] if after < len(actions) else None, toggle)
        self.menu = host.add_menu(MenuId.WORKSHOP, self.tr("Wor&kshop"))
        for action in (self.panel.new_action, self.panel.group_action, self.panel.sign_in_action,
                       self.panel.participants_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.panel.edit_action)
        self.menu.addAction(self.panel.delete_action)
        self.menu.addSeparator()
        self.menu.addAction(toggle)

        host.project_opened.connect(self.context.set_session)
        host.project_closed.connect(lambda: self.context.set_session(None))

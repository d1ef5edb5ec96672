"""Docks describe an open project: parked (hidden) on the welcome page, back as they were when one opens.

Contract: the main window owns one ``DockParking``; every part of the window that
makes docks hands them to ``add(dock, shown=...)`` (``shown``: visible in the
default layout). ``park(True)`` remembers which docks are visible and hides them
all; ``park(False)`` shows the remembered ones. A dock a restored layout showed
while parked counts as wanted. ``reset()`` goes back to the default visibility
(View › Reset Layout). ``set_defaults(shown)`` changes the default visibility of the
docks it names (a layout for a small window shows fewer); while parked, the wanted
visibility follows it. View-menu toggles are off while parked.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDockWidget


class DockParking:
    def __init__(self) -> None:
        self.docks: list[QDockWidget] = []
        self.parked = False
        self._wanted: dict[str, bool] = {}
        self._defaults: dict[str, bool] = {}

    def add(self, *docks: QDockWidget, shown: bool = True) -> None:
        for dock in docks:
            self.docks.append(dock)
            self._wanted[dock.objectName()] = self._defaults[dock.objectName()] = shown
            # Hidden now either way: a dock shown before the window is laid out widens
            # and heightens it to its size hint; park(False) shows the wanted ones.
            dock.hide()
            dock.toggleViewAction().setEnabled(not self.parked)

    def set_defaults(self, shown: Mapping[str, bool]) -> None:
        """New default visibility for the named docks (see the module contract)."""
        for name, visible in shown.items():
            if name in self._defaults:
                self._defaults[name] = visible
                if self.parked or not any(not dock.isHidden() for dock in self.docks):
                    self._wanted[name] = visible

    def park(self, park: bool) -> None:
        """Park (hide) the docks, remembering the visible ones, or show the remembered ones again."""
        if park and any(not dock.isHidden() for dock in self.docks):
            self._wanted = {dock.objectName(): not dock.isHidden() for dock in self.docks}
            for dock in self.docks:
                dock.hide()
        elif not park and self.parked:
            for dock in self.docks:
                dock.setVisible(self._wanted.get(dock.objectName(), True))
        self.parked = park
        for dock in self.docks:
            dock.toggleViewAction().setEnabled(not park)

    def reset(self) -> None:
        """The default visibility, shown now or when the docks are next unparked."""
        self._wanted = dict(self._defaults)
        for dock in self.docks:
            dock.setVisible(not self.parked and self._wanted[dock.objectName()])

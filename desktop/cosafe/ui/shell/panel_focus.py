"""F6 and Shift+F6: the keyboard goes from panel to panel, as in most desktop applications.

Contract: ``panels(window, centre, listed)`` lists what F6 visits: the open docks of the
left column, then ``centre`` (the workshop bar and the map), then the docks above, on the
right and below, each area's in the order of their toggles in ``listed`` (the View menu's
entries). A dock
is open when its View entry is ticked and enabled; one tabbed behind another is in the
list, and F6 brings it forward. ``focus_next_panel(window, centre, listed, forward=True)`` moves the
keyboard focus to the first control (Tab's first stop) of the panel after the one that
has it, or before it; a panel with no control to stop at is passed over.

Why: Tab walks every control of every panel, and the window has a dozen panels; F6 is
how a keyboard user gets from the map to the Voting list in a few presses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QTabBar, QWidget

_AREAS = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
          Qt.DockWidgetArea.BottomDockWidgetArea)
_STEPS = 5000  # a focus chain is a ring: never walk it further than this


def _open_docks(window: QMainWindow, area: Qt.DockWidgetArea, listed: list[QAction]) -> list[QDockWidget]:
    # In the order the View menu lists them: not by where they are, which changes as F6
    # brings a tab forward and the column gives it its room, nor by the window's children,
    # whose order raising a dock changes.
    docks = [dock for dock in window.findChildren(QDockWidget)
             if window.dockWidgetArea(dock) == area and not dock.isFloating()
             and dock.toggleViewAction().isChecked() and dock.toggleViewAction().isEnabled()]
    rank = {id(action): n for n, action in enumerate(listed)}
    return sorted(docks, key=lambda dock: (rank.get(id(dock.toggleViewAction()), len(rank)), dock.objectName()))


def panels(window: QMainWindow, centre: list[QWidget | None], listed: list[QAction]) -> list[QWidget]:
    """What F6 visits (see the module contract); ``centre`` is what lies between the columns."""
    found: list[QWidget] = list(_open_docks(window, Qt.DockWidgetArea.LeftDockWidgetArea, listed))
    found += [widget for widget in centre if widget is not None and widget.isVisible()]
    for area in _AREAS:
        found += _open_docks(window, area, listed)
    return found


def first_stop(panel: QWidget) -> QWidget | None:
    """The first control of ``panel`` Tab stops at, None when it has none."""
    if panel.focusPolicy() & Qt.FocusPolicy.TabFocus and panel.isVisible() and panel.isEnabled():
        return panel
    widget = panel.nextInFocusChain()
    for _step in range(_STEPS):
        if widget is panel:
            return None
        if (panel.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled() and widget.focusProxy() is None
                and type(widget) is not QScrollArea and not isinstance(widget, QTabBar)):
            return widget  # a panel's first control, not the scroll area or tabs around it
        widget = widget.nextInFocusChain()
    return None


def focus_next_panel(window: QMainWindow, centre: list[QWidget | None], listed: list[QAction],
                     forward: bool = True) -> QWidget | None:
    """Give the keyboard focus to the next (previous) panel's first control; returns the control."""
    found = panels(window, centre, listed)
    if not found:
        return None
    focused = QApplication.focusWidget()
    here = next((n for n, panel in enumerate(found)
                 if focused is not None and (panel is focused or panel.isAncestorOf(focused))), None)
    step = 1 if forward else -1
    start = here if here is not None else (-1 if forward else 0)
    for offset in range(1, len(found) + 1):
        panel = found[(start + step * offset) % len(found)]
        if isinstance(panel, QDockWidget):
            panel.raise_()  # a dock tabbed behind another comes forward
        target = first_stop(panel)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return target
    return None


"""A dock widget as every CoSafe dock is made (placed and parked by ``Host.add_dock``).

Contract: ``make_dock(window, title, name, widget, icon_name, scroll=True)`` returns a
QDockWidget named ``name`` (saveState() identifies docks by it) holding ``widget`` —
inside a scroll area unless ``scroll`` is False (the widget scrolls itself) — whose
panel, if it is a ``RefreshWhenShown``, catches up when its tab comes forward.
A click on a part of the dock that takes no focus itself (a label, the space beside
a field) moves the focus to the dock, so keys typed next never reach the map.
``placed(window, area)`` is the area a dock named for ``area`` goes in: left and right
swapped in a right-to-left (Arabic) window, whose side columns change sides as the rest
of the window does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from cosafe.ui.kit.icons import icon
from cosafe.ui.kit.refresh import RefreshWhenShown


def make_dock(window: QWidget, title: str, name: str, widget: QWidget, icon_name: str,
              scroll: bool = True) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    # In the trial a click beside a field left the focus on the map, and the words typed
    # next switched its tools: a click anywhere in a dock takes the focus off the map.
    dock.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    if scroll:
        # A dock's minimum size is its panel's: in a scroll area the panel can scroll
        # instead, so a dock never makes the window grow on a small screen.
        area = QScrollArea(dock)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        dock.setWidget(area)
    else:
        dock.setWidget(widget)
    if isinstance(widget, RefreshWhenShown):
        # A tab coming forward is the moment to catch up on edits made while it was behind.
        dock.visibilityChanged.connect(lambda visible: visible and widget.refresh_if_stale())
    dock.toggleViewAction().setIcon(icon(icon_name))
    return dock


def placed(window: QMainWindow, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
    """Where a dock named for ``area`` goes in ``window``: left and right swapped in a right-to-left
    window, which Qt mirrors but whose dock areas it keeps where they are named."""
    sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    if window.isRightToLeft() and area in sides:
        return sides[1] if area == sides[0] else sides[0]
    return area

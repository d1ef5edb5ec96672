"""Making the docks the window's parts add, and their View-menu toggles, in one way.

Contract: ``make_dock(window, title, name, widget, icon_name, scroll=True)`` returns a
QDockWidget named ``name`` (saveState() identifies docks by it) holding ``widget`` —
inside a scroll area unless ``scroll`` is False (the widget scrolls itself) — whose
panel, if it is a ``RefreshWhenShown``, catches up when its tab comes forward. The
caller places it (addDockWidget) and hands it to the window's ``dock_parking``.
``add_view_toggles(window, docks)`` puts their toggles in the View menu after the
window's own, before its zoom commands; it returns that menu and the separator after
the toggles, where more entries may go (None without a View menu).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollArea, QWidget

from cosafe.ui.kit.icons import icon
from cosafe.ui.features.proposals.common import RefreshWhenShown


def make_dock(window: QWidget, title: str, name: str, widget: QWidget, icon_name: str,
              scroll: bool = True) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
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


def add_view_toggles(window: Any, docks: Iterable[QDockWidget]) -> tuple[QMenu, QAction] | None:
    view = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.text().replace("&", "") == "View"), None)
    if not isinstance(view, QMenu):
        return None
    zoom = getattr(getattr(window, "commands", None), "zoom_to_project", None)
    before = zoom if zoom in view.actions() else None
    separator = view.insertSeparator(before) if before is not None else view.addSeparator()
    for dock in docks:
        view.insertAction(separator, dock.toggleViewAction())
    return view, separator

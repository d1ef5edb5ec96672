"""A dock widget as every CoSafe dock is made (placed and parked by ``Host.add_dock``).

Contract: ``make_dock(window, title, name, widget, icon_name, scroll=True)`` returns a
QDockWidget named ``name`` (saveState() identifies docks by it) holding ``widget`` —
inside a scroll area unless ``scroll`` is False (the widget scrolls itself) — whose
panel, if it is a ``RefreshWhenShown``, catches up when its tab comes forward.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

from cosafe.ui.kit.icons import icon
from cosafe.ui.kit.refresh import RefreshWhenShown


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

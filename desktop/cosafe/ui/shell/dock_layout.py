"""The built-in arrangement of the docks, roomy or compact, and dock tabs that show their whole names.

Contract:
- ``arrange_docks(window, compact)`` puts the docks named in ``ROOMY`` or ``COMPACT``
  into their areas, in stacks (split one above the other, or side by side below the
  map), each stack a row of tabs with its first dock in front. Docks it does not name
  (a feature added later) stay where their feature put them. It returns the default
  visibility of each named dock: the compact layout shows fewer of them (the others
  are one click away in the View menu and come back as a tab of their stack).
- Once the docks are shown (Qt keeps no tab order and no sizes for hidden ones),
  ``front_tabs(window, compact)`` brings each stack's first shown dock to the front,
  and ``size_docks(window, compact)``, after the window has laid them out, gives the
  columns and stacks their built-in sizes.
- In a right-to-left window (Arabic) the side columns change sides, as the rest of the
  window does: Qt mirrors widgets but keeps a dock area where it is named
  (``kit.docks.placed(window, area)``).
- ``readable_tabs(bar)`` makes a dock tab bar show whole names, scrolling when they
  do not fit, rather than "L…" and "Wo…". The window applies it to every tab bar Qt
  makes for its docks, then and later (``MainWindow.event``).

Why stacks of two or three tabs: a 300-pixel column holds about 300 pixels of tab
names; the five left-hand docks in one row of tabs needed 480.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

from cosafe.ui.kit.docks import placed

LEFT, RIGHT, BOTTOM = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                       Qt.DockWidgetArea.BottomDockWidgetArea)


@dataclass(frozen=True)
class Arrangement:
    """Stacks of dock names per area, top (or left) stack first, front tab first."""

    stacks: dict[Qt.DockWidgetArea, tuple[tuple[str, ...], ...]]
    hidden: frozenset[str]  # named docks hidden by default
    column: tuple[float, int, int]  # side column width: share of the window, minimum, maximum (px)
    bottom_share: float  # height of the row below the map, share of the window (when shown)


ROOMY = Arrangement(
    stacks={
        LEFT: (("overviewDock", "workshopsDock"), ("layersDock", "auditsDock", "perceptionMapDock")),
        RIGHT: (("proposalDock", "identifyDock", "historyDock"),
                ("proposalsTableDock", "votingDock", "groupComparisonDock")),
        BOTTOM: (("analysisDock", "stakeholdersDock", "actionsDock", "mergeConflictsDock"),),
    },
    hidden=frozenset({"mergeConflictsDock"}),
    # At 1920 pixels a fifth: the proposals' titles and the voting list were cut at 326 pixels.
    column=(0.2, 300, 420),
    bottom_share=0.28,
)

# One column on the right: the map keeps more than half of a 1024×768 window.
COMPACT = Arrangement(
    stacks={
        RIGHT: (("proposalsTableDock", "votingDock", "proposalDock", "groupComparisonDock", "historyDock",
                 "identifyDock"),
                ("workshopsDock", "auditsDock", "layersDock", "overviewDock", "perceptionMapDock")),
        BOTTOM: (("analysisDock", "stakeholdersDock", "actionsDock", "mergeConflictsDock"),),
    },
    hidden=frozenset({"groupComparisonDock", "historyDock", "identifyDock", "overviewDock", "perceptionMapDock",
                      "analysisDock", "stakeholdersDock", "actionsDock", "mergeConflictsDock"}),
    column=(0.32, 300, 420),
    bottom_share=0.3,
)


def arrangement(compact: bool) -> Arrangement:
    return COMPACT if compact else ROOMY



def _docks(window: QMainWindow) -> dict[str, QDockWidget]:
    return {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}


def arrange_docks(window: QMainWindow, compact: bool) -> dict[str, bool]:
    """Place the named docks (see the module contract); returns their default visibility."""
    layout = arrangement(compact)
    docks = _docks(window)
    # The side columns run the full height; the charts below sit under the map only.
    window.setCorner(Qt.Corner.BottomLeftCorner, LEFT)
    window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
    stacks = {area: [members for stack in area_stacks if (members := [docks[n] for n in stack if n in docks])]
              for area, area_stacks in layout.stacks.items()}
    shown: dict[str, bool] = {}
    for members in (m for area_stacks in stacks.values() for m in area_stacks):
        for dock in members:
            # Qt adds a dock a second time rather than moving it: take every one out first.
            window.removeDockWidget(dock)
            shown[dock.objectName()] = dock.objectName() not in layout.hidden
    for area, area_stacks in stacks.items():
        split = Qt.Orientation.Horizontal if area == BOTTOM else Qt.Orientation.Vertical
        heads = [members[0] for members in area_stacks]
        # Split first, tab after: Qt tabs a dock split from one that already has tabs.
        for index, head in enumerate(heads):
            if index == 0:
                window.addDockWidget(placed(window, area), head)
            else:
                window.splitDockWidget(heads[index - 1], head, split)
        for members in area_stacks:
            for dock in members[1:]:
                window.tabifyDockWidget(members[0], dock)
            members[0].raise_()
    return shown


def _shown_heads(window: QMainWindow, compact: bool) -> dict[Qt.DockWidgetArea, list[QDockWidget]]:
    """Per area, each stack's first dock that is shown and docked: the one in front."""
    docks = _docks(window)
    heads: dict[Qt.DockWidgetArea, list[QDockWidget]] = {}
    for area, stacks in arrangement(compact).stacks.items():
        for stack in stacks:
            shown = [docks[name] for name in stack if name in docks and not docks[name].isHidden()]
            if shown and not shown[0].isFloating():
                heads.setdefault(area, []).append(shown[0])
    return heads


def front_tabs(window: QMainWindow, compact: bool) -> None:
    """Each stack's first shown dock in front (Qt keeps no tab order for hidden docks)."""
    for column in _shown_heads(window, compact).values():
        for dock in column:
            dock.raise_()


def size_docks(window: QMainWindow, compact: bool) -> None:
    """The built-in sizes: side columns, the stacks in them halved, the row below the map."""
    layout = arrangement(compact)
    share, least, most = layout.column
    width = int(min(most, max(least, share * window.width())))
    heads = _shown_heads(window, compact)
    for area in (LEFT, RIGHT):
        column = heads.get(area, [])
        if column:
            window.resizeDocks(column[:1], [width], Qt.Orientation.Horizontal)
        if len(column) > 1:
            height = sum(dock.height() for dock in column)
            window.resizeDocks(column, [height // len(column)] * len(column), Qt.Orientation.Vertical)
    if heads.get(BOTTOM):
        window.resizeDocks(heads[BOTTOM][:1], [int(layout.bottom_share * window.height())], Qt.Orientation.Vertical)


def readable_tabs(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)

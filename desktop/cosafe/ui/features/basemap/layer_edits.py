"""The undoable changes the Layers panel makes to basemap layer records.

Contract: each function builds core edits with a label a person understands
("Hide layer “Riverside”") and runs them through ``ProjectSession.perform``, so
every change is one undo step and appears in the Undo History; each returns
whether the change was made. ``perform_together`` makes several edits one undo
step (a core EditGroup: one transaction, so a failure changes nothing).
Moving a layer swaps its ``sort_order`` with its neighbour's (higher = drawn on
top); equal orders are first spread out, so a move always changes the order.
"""

from __future__ import annotations

from collections.abc import Sequence

from cosafe.core.edits import DeleteRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.records import BasemapLayer
from cosafe.ui.features.basemap.words import Layers
from cosafe.ui.session import ProjectSession


def perform_together(session: ProjectSession, edits: Sequence[Edit], label: str) -> bool:
    """Apply ``edits`` as one undo step labelled ``label``; all or nothing."""
    if not edits:
        return True
    return session.perform(edits[0] if len(edits) == 1 else EditGroup(list(edits), label))


def set_visible(session: ProjectSession, layer: BasemapLayer, visible: bool) -> bool:
    label = arg(Layers.tr("Show layer “%1”") if visible else Layers.tr("Hide layer “%1”"), layer.name)
    return session.perform(UpdateRecord(session.store, BasemapLayer, layer.uuid, {"visible": visible},
                                        label=label))


def rename(session: ProjectSession, layer: BasemapLayer, name: str) -> bool:
    name = name.strip()
    if not name or name == layer.name:
        return False
    return session.perform(UpdateRecord(session.store, BasemapLayer, layer.uuid, {"name": name},
                                        label=arg(Layers.tr("Rename layer “%1” to “%2”"), layer.name, name)))


def set_opacity(session: ProjectSession, layer: BasemapLayer, percent: int) -> bool:
    opacity = max(0, min(100, percent)) / 100
    if abs(opacity - layer.opacity) < 1e-9:
        return False
    return session.perform(UpdateRecord(session.store, BasemapLayer, layer.uuid, {"opacity": opacity},
                                        label=arg(Layers.tr("Set opacity of “%1” to %2%"), layer.name, percent)))


def remove(session: ProjectSession, layer: BasemapLayer) -> bool:
    # The features stay in the file until the project is closed, so undo brings them back.
    return session.perform(DeleteRecord(session.store, BasemapLayer, layer.uuid,
                                        label=arg(Layers.tr("Remove layer “%1”"), layer.name)))


def move(session: ProjectSession, top_down: Sequence[BasemapLayer], index: int, up: bool) -> bool:
    """Move ``top_down[index]`` one place up (drawn above its neighbour) or down; one undo step."""
    other = index - 1 if up else index + 1
    if not (0 <= index < len(top_down) and 0 <= other < len(top_down)):
        return False
    layer = top_down[index]
    label = arg(Layers.tr("Move layer “%1” up") if up else Layers.tr("Move layer “%1” down"), layer.name)
    orders = [item.sort_order for item in top_down]
    if len(set(orders)) != len(orders) or orders != sorted(orders, reverse=True):
        # Ties (or an order the list does not show): number them top to bottom first.
        orders = list(range(len(top_down), 0, -1))
    orders[index], orders[other] = orders[other], orders[index]
    edits: list[Edit] = [
        UpdateRecord(session.store, BasemapLayer, item.uuid, {"sort_order": order}, label=label)
        for item, order in zip(top_down, orders)
        if item.sort_order != order
    ]
    return perform_together(session, edits, label)

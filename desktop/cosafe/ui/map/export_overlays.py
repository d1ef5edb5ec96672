"""The overlay items of an exported map, as the features that draw them on the canvas make them.

Contract:
- ``overlay_keys()`` are the keys an export may draw, as the features registered them
  (``overlay_registry``): "proposals", "audit_points", "pins", "incidents", "routes",
  "heat" with every feature installed.
- ``build_overlays(store, overlays, *, public=False, grid_m=100, cache=None,
  **options) -> ExportOverlays`` asks each feature that registered one of
  ``overlays`` for its part, with the item classes the canvas uses, so an exported
  map looks like the screen. ``options`` go to the features that registered them
  (e.g. ``content``, ``heat_source``, ``heat_radius_m``, ``hidden_groups``); an
  unknown overlay or option is a ValueError. ``public`` asks every part for the
  variant that places no person exactly (pins snapped to ``grid_m`` cells).
- ``ExportOverlays.extent()`` is the Mercator box of what is drawn (None if nothing);
  ``part(key)`` the part drawing ``key``; ``legend_rows()`` every part's rows, in
  registration order; ``drawn_points(world)`` what a legend should not hide, in
  logical image pixels; ``paint(painter, world, view)`` paints the items bottom to
  top through ``world`` (Mercator → logical image pixels); the painter's device
  pixel ratio scales the pixel-sized markers and pens, as for the basemap.
- Only a QGuiApplication is needed: the items never join a QGraphicsScene (a scene
  needs a QApplication), they are painted one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from cosafe.core.i18n import arg
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.export_legend import LegendRow
from cosafe.ui.map.layer_stack import Extent, union
from cosafe.ui.map.overlay_registry import OverlayPart, OverlayRequest, overlay_labels, overlay_sources
from cosafe.ui.map.words import Map

MARKER_MARGIN_PX = 24.0  # markers this near the edge still draw their visible part


def overlay_keys() -> tuple[str, ...]:
    return tuple(overlay_labels())


class ExportView(QObject):
    """What the layers need of a ViewBox: a place to put items and the view they are seen in."""

    sigRangeChanged = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.items: list[QGraphicsItem] = []
        self.rect = QRectF()

    def addItem(self, item: QGraphicsItem, ignoreBounds: bool = False) -> None:  # noqa: N802 (ViewBox's name)
        self.items.append(item)

    def removeItem(self, item: QGraphicsItem) -> None:  # noqa: N802
        self.items = [i for i in self.items if i is not item]

    def viewRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def update(self) -> None:
        pass


@dataclass
class ExportOverlays:
    """The overlay items of one export, part by part (one part per feature)."""

    overlays: frozenset[str]
    parts: list[OverlayPart] = field(default_factory=list)
    view: ExportView = field(default_factory=lambda: ExportView())

    def part(self, key: str) -> OverlayPart:
        return next(part for part in self.parts if key in part.keys)

    def extent(self) -> Extent | None:
        return union(part.extent() for part in self.parts)

    def legend_rows(self) -> list[LegendRow]:
        return [row for part in self.parts for row in part.legend_rows()]

    def drawn_points(self, world: QTransform) -> np.ndarray:
        """(n, 2) logical image pixels of what is drawn (markers, vertices): what a legend should not hide."""
        xy = np.concatenate([np.empty((0, 2)), *(part.drawn_xy() for part in self.parts)])
        # world is a scale and a translation (north up): apply it to the arrays at once.
        return np.column_stack([xy[:, 0] * world.m11() + world.dx(), xy[:, 1] * world.m22() + world.dy()])

    def paint(self, painter: QPainter, world: QTransform, view: QRectF) -> None:
        """Paint every visible item, bottom first; ``view`` is the Mercator rectangle shown."""
        self.view.rect = view
        pad = MARKER_MARGIN_PX * abs(1 / world.m11())
        culling = view.adjusted(-pad, -pad, pad, pad)
        for item in sorted(self.view.items, key=lambda i: i.zValue()):
            if not item.isVisible():
                continue
            painter.save()
            if isinstance(item, QGraphicsPathItem):
                _paint_path_item(painter, item, world)
            else:
                if isinstance(item, pg.ScatterPlotItem):
                    # Not in a ViewBox: tell it what it is seen through, and draw each marker
                    # as a vector shape (pyqtgraph's own export mode) so it is sharp at any DPI.
                    item.viewRect = lambda rect=culling: rect  # type: ignore[method-assign]
                    item.setExportMode(True, {"antialias": True, "resolutionScale": 1.0})
                painter.setTransform(item.sceneTransform() * world)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                item.paint(painter, None, None)
            painter.restore()


def _paint_path_item(painter: QPainter, item: QGraphicsPathItem, world: QTransform) -> None:
    """A proposal (QGraphicsPathItem, Qt-painted on the canvas) and its marker children."""
    shapes = [item, *(child for child in item.childItems() if isinstance(child, QGraphicsPathItem)
                      and child.isVisible())]
    for shape in shapes:
        if shape.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations:
            # A fixed-size marker: placed through the map transform, drawn in pixels.
            at = world.map(shape.mapToScene(QPointF(0, 0)))
            painter.setTransform(QTransform.fromTranslate(at.x(), at.y()))
        else:
            painter.setTransform(shape.sceneTransform() * world)
        painter.setPen(shape.pen())
        painter.setBrush(shape.brush())
        painter.drawPath(shape.path())


def build_overlays(store: ProjectStore, overlays: frozenset[str] | set[str], *, public: bool = False,
                   grid_m: float = 100.0, cache: dict[str, Any] | None = None, **options: Any) -> ExportOverlays:
    """Make the overlay items of an export (see the module contract)."""
    overlays = frozenset(overlays)
    unknown = overlays - set(overlay_keys())
    if unknown:
        raise ValueError(arg(Map.tr("Unknown map overlay %1; choose from %2"), repr(sorted(unknown)[0]),
                             ", ".join(overlay_keys())))
    sources = overlay_sources()
    stray = set(options) - {name for source in sources for name in source.options}
    if stray:
        raise ValueError(f"Unknown map overlay option {sorted(stray)[0]!r}")
    result = ExportOverlays(overlays)
    cache = {} if cache is None else cache
    for source in sources:
        keys = overlays & set(source.labels)
        if keys:
            given = {name: value for name, value in options.items() if name in source.options}
            result.parts.append(source.build(OverlayRequest(store, keys, result.view, public, float(grid_m), given,
                                                            cache)))
    return result

"""The canvas's own overlay items (proposals, perceptions, heat map) built for a map export.

Contract:
- ``OVERLAYS`` are the keys an export may draw: "proposals", "audit_points",
  "pins", "incidents", "routes", "heat".
- ``build_overlays(store, overlays, content=None, heat_source=None, heat_radius_m=100,
  public=False, grid_m=100) -> ExportOverlays`` makes the items with the classes the
  canvas uses (``ProposalLayer``, ``PerceptionMapLayers``), so an exported map looks
  like the screen. ``content`` is the ``MapContent`` to draw (None: the whole
  project, unfiltered); with ``public`` the pins are first snapped to the centres of
  a ``grid_m`` grid of Web Mercator metres (``io.export.snap_to_grid``, as the
  GIS export does), and the heat map is
  made from the snapped pins. ``hidden_groups`` are left out of the proposals as on
  the canvas ("" = the ungrouped). ``heat_source`` None picks unsafe pins, else low audit
  scores, else recorded incidents — the first that has any heat.
- ``ExportOverlays.extent()`` is the Mercator box of what is drawn (None if nothing);
  ``paint(painter, world, view)`` paints the items bottom to top through ``world``
  (Mercator → logical image pixels); the painter's device pixel ratio scales the
  pixel-sized markers and pens, as for the basemap.
- Only a QGuiApplication is needed: the items never join a QGraphicsScene (a scene
  needs a QApplication), they are painted one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from cosafe.core.palette import PROPOSAL_COLOUR
from cosafe.core.projection import to_mercator
from cosafe.core.records import Group, Proposal
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.layer_stack import Extent, union
from cosafe.ui.features.analysis.map_layers import PerceptionMapLayers
from cosafe.ui.features.proposals.map_items import ProposalLayer
from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.features.analysis.style import (AUDIT_POINTS, HEAT, INCIDENT_DENSITY, INCIDENTS, LOW_SCORES, PINS, ROUTES,
                                        UNSAFE_PINS)

PROPOSALS = "proposals"
OVERLAYS: tuple[str, ...] = (PROPOSALS, AUDIT_POINTS, PINS, INCIDENTS, ROUTES, HEAT)
MARKER_MARGIN_PX = 24.0  # markers this near the edge still draw their visible part


def public_content(content: MapContent, grid_m: float) -> MapContent:
    """``content`` with its pins snapped to the grid (nothing else in it places a person)."""
    # The GIS export's own rule, so blurred pins line up in both; imported here because
    # io.export loads pyogrio (0.4 s), which a map without blurred pins does not need.
    from cosafe.io.export import snap_to_grid

    lons, lats = snap_to_grid(content.pin_lons, content.pin_lats, grid_m)
    return replace(content, pin_lons=lons, pin_lats=lats)


def project_content(store: ProjectStore) -> MapContent:
    """The whole project's perceptions as the canvas draws them with no filter."""
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    return source.map_content()


def default_heat_source(content: MapContent) -> str | None:
    for source in (UNSAFE_PINS, LOW_SCORES, INCIDENT_DENSITY):
        if (content.heat_input(source)[2] > 0).any():
            return source
    return None


class _ExportView(QObject):
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
    """The overlay items of one export and what they show (for the legend)."""

    overlays: frozenset[str]
    content: MapContent
    heat_source: str | None
    heat_radius_m: float
    proposal_groups: list[tuple[str, str]] = field(default_factory=list)  # (label, colour) of the drawn proposals
    view: _ExportView = field(default_factory=_ExportView)
    proposal_extent: Extent | None = None
    proposal_xy: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))  # vertices, Mercator metres
    blur_m: float | None = None  # the public variant's grid: pins are drawn at its cells' centres

    def extent(self) -> Extent | None:
        boxes = [self.proposal_extent]
        if self.overlays & {AUDIT_POINTS, PINS, INCIDENTS, ROUTES, HEAT}:
            drawn = _only(self.content, self.overlays, self.heat_source)
            bounds = drawn.bounds()
            if bounds is not None:
                x, y = to_mercator([bounds[0], bounds[2]], [bounds[1], bounds[3]])
                boxes.append((float(x[0]), float(y[0]), float(x[1]), float(y[1])))
        return union(boxes)

    def drawn_points(self, world: QTransform) -> np.ndarray:
        """(n, 2) logical image pixels of what is drawn (markers, vertices): what a legend should not hide."""
        drawn = _only(self.content, self.overlays, self.heat_source)
        lons = np.concatenate([drawn.point_lons, drawn.pin_lons, drawn.incident_lons,
                               *(line[:, 0] for lines in drawn.routes.values() for line in lines)])
        lats = np.concatenate([drawn.point_lats, drawn.pin_lats, drawn.incident_lats,
                               *(line[:, 1] for lines in drawn.routes.values() for line in lines)])
        x, y = to_mercator(lons, lats)
        xy = np.concatenate([np.column_stack([np.atleast_1d(x), np.atleast_1d(y)]), self.proposal_xy])
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


def _only(content: MapContent, overlays: frozenset[str], heat_source: str | None) -> MapContent:
    """``content`` keeping only the layers drawn (the heat map's source points count as drawn)."""
    keep = set(overlays)
    if HEAT in keep and heat_source is not None:
        keep.add({UNSAFE_PINS: PINS, LOW_SCORES: AUDIT_POINTS, INCIDENT_DENSITY: INCIDENTS}[heat_source])
    empty = MapContent()
    points, pins, incidents = AUDIT_POINTS in keep, PINS in keep, INCIDENTS in keep
    return MapContent(
        point_lons=content.point_lons if points else empty.point_lons,
        point_lats=content.point_lats if points else empty.point_lats,
        point_scores=content.point_scores if points else empty.point_scores,
        point_dark=content.point_dark if points else empty.point_dark,
        pin_lons=content.pin_lons if pins else empty.pin_lons,
        pin_lats=content.pin_lats if pins else empty.pin_lats,
        pin_feelings=content.pin_feelings if pins else empty.pin_feelings,
        incident_lons=content.incident_lons if incidents else empty.incident_lons,
        incident_lats=content.incident_lats if incidents else empty.incident_lats,
        routes=content.routes if ROUTES in keep else {})


def build_overlays(store: ProjectStore, overlays: frozenset[str] | set[str], *, content: MapContent | None = None,
                   heat_source: str | None = None, heat_radius_m: float = 100.0, public: bool = False,
                   grid_m: float = 100.0, hidden_groups: frozenset[str] = frozenset()) -> ExportOverlays:
    """Make the overlay items of an export (see the module contract)."""
    overlays = frozenset(overlays)
    unknown = overlays - set(OVERLAYS)
    if unknown:
        raise ValueError(f"Unknown map overlay {sorted(unknown)[0]!r}; choose from {', '.join(OVERLAYS)}")
    perceptions = overlays - {PROPOSALS}
    if perceptions and content is None:
        content = project_content(store)
    content = content if content is not None else MapContent()
    if public:
        content = public_content(content, grid_m)
    if HEAT in overlays and heat_source is None:
        heat_source = default_heat_source(content)
    result = ExportOverlays(overlays, content, heat_source if HEAT in overlays else None, float(heat_radius_m),
                            blur_m=float(grid_m) if public else None)
    if PROPOSALS in overlays:
        layer = ProposalLayer(result.view)  # type: ignore[arg-type]
        layer.set_store(store)
        layer.set_hidden_groups(hidden_groups)
        geoms = [geom for geom in (layer.geometry(uuid) for uuid in layer.uuids) if geom is not None]
        if geoms:
            bounds = shapely.total_bounds(np.asarray(geoms, dtype=object))
            result.proposal_extent = tuple(float(v) for v in bounds)  # type: ignore[assignment]
            result.proposal_xy = shapely.get_coordinates(np.asarray(geoms, dtype=object))
        result.proposal_groups = _proposal_groups(store, set(layer.uuids), hidden_groups)
    if perceptions:
        layers = PerceptionMapLayers(result.view)  # type: ignore[arg-type]
        for key in (AUDIT_POINTS, PINS, INCIDENTS, ROUTES, HEAT):
            layers.set_layer_visible(key, key in overlays)
        layers.set_heat(result.heat_source, heat_radius_m)
        layers.show(content)
    return result


def _proposal_groups(store: ProjectStore, drawn: set[str], hidden: frozenset[str]) -> list[tuple[str, str]]:
    """(label, colour) for each group with a drawn proposal, in the groups' order, then the ungrouped."""
    used = {p.group_uuid or "" for p in store.list(Proposal, with_geometry=False) if p.uuid in drawn} - hidden
    groups = [group for group in store.list(Group) if group.uuid in used]
    entries = list(dict.fromkeys((f"Proposals: {group.name or 'unnamed group'}", group.colour) for group in groups))
    if used - {group.uuid for group in groups}:
        entries.append(("Proposals (no group)", PROPOSAL_COLOUR))
    return entries

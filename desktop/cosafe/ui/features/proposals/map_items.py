"""Proposals drawn on the map: one selectable item per proposal, above the basemap.

With thousands in view the unselected ones are drawn batched by one
``ProposalOverview`` item instead (they stay selectable: hits are found from the
geometries, not from the items).

Contract:
- ``ProposalLayer(view_box)``; ``set_store(store | None)`` reads every proposal and
  group and (re)draws them; ``refresh(only=None)`` re-reads after a change (only the
  given proposal UUIDs when the caller knows which changed). Points are markers of
  a fixed screen size, lines thick strokes, areas a translucent fill with an
  outline, all in the colour of the proposal's group (``PROPOSAL_COLOUR`` when it
  has none or the group is gone) and, so that no reader depends on that colour, in
  its symbol (``core.group_symbols``, derived from the colour): the marker's shape,
  the line's and the outline's dash, a hatch over the area's fill.
- ``set_marker_scale(scale)`` draws the point markers ``scale`` times their size (the
  canvas's text scale: presentation mode's larger text, so the group shapes read across
  a room beside their larger numbers); exports keep 1, their DPI scales them.
- ``set_hidden_groups(uuids)`` hides the proposals of those groups (use "" for the
  proposals without a group); hidden proposals cannot be hit or selected on the map.
- ``set_selected(uuids)`` draws those proposals with a highlight halo.
- ``geometry(uuid)`` is a proposal's geometry in map metres (None if unknown or
  hidden); ``hit(x, y, radius)`` the UUID of the proposal a click at (x, y) metres
  means: a marker or line within ``radius``, else the smallest area around the point.
- ``preview(uuid, geom)`` shows a geometry (map metres) in place of the stored one
  during a drag without touching the store; the next ``refresh`` puts it back.
- ``badges`` (``map_labels.ProposalBadges``) label each shown proposal with its number
  and votes; a map adds them as a label source. ``refresh`` re-reads the numbers and
  votes too; ``refresh_labels()`` just those (after votes change).
- The layer only reads the store.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem
from shapely.geometry.base import BaseGeometry

from cosafe.core.group_symbols import group_symbol
from cosafe.core.palette import PROPOSAL_COLOUR
from cosafe.core.records import Group
from cosafe.store import geometry as codec
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import proposal_dots, proposal_numbers, proposal_rows
from cosafe.ui.features.proposals.map_labels import ProposalBadges
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z
from cosafe.ui.map.symbols import group_pen, hatch_brush, marker_path
from cosafe.ui.features.proposals.map_overview import BATCH_ABOVE, ProposalOverview
from cosafe.ui.features.proposals.sketch.shapes import kind_of, to_map

PROPOSAL_Z = BASEMAP_TOP_Z + 10  # areas; lines and markers above them
MARKER_PX = 8.0  # marker radius in screen pixels: 16 across, so a star or a plus reads as one
LINE_PX = 4.0
FILL_ALPHA = 70  # of 255: the streets under a proposed area stay readable
# Selection: a white band edged in near-black reads on every group colour and on the
# basemap (a yellow halo vanished around the orange group).
HALO_BANDS = ((QColor(20, 20, 20, 230), 8.0), (QColor("white"), 5.0))  # colour, pixels wider than the stroke
MAX_TARGETED = 500  # more changed proposals than this: re-read them all, one query
_Z_OF_KIND = {"polygon": 0.0, "line": 1.0, "point": 2.0}


def painter_path(geom: BaseGeometry) -> QPainterPath:
    """A path for lines and areas (map metres); holes stay holes by the odd-even rule."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.coords]))
                path.closeSubpath()
        elif part.geom_type == "LineString":
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in part.coords]))
    return path


def _marker_path(shape: str, scale: float) -> QPainterPath:
    return marker_path(shape, 2 * MARKER_PX * scale)


def _marker(parent: QGraphicsItem, x: float, y: float, shape: str, scale: float) -> QGraphicsPathItem:
    marker = QGraphicsPathItem(_marker_path(shape, scale), parent)
    marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    marker.setPos(QPointF(x, y))
    return marker


class ProposalItem(QGraphicsPathItem):
    """One proposal; markers draw in screen pixels (the item ignores the view's scale).

    Painting and bounds are Qt's own (no Python ``paint``): with ten thousand items a
    Python override per item was most of a frame. The selection halo is two child
    items stacked behind this one, made only while selected; an area's hatch is a
    child over its fill (an item has one brush).
    """

    def __init__(self, uuid: str, geom: BaseGeometry, colour: str, marker_scale: float = 1.0) -> None:
        super().__init__()
        self.uuid = uuid
        self.marker_scale = marker_scale
        self.kind = kind_of(geom)
        self.selected = False
        self._halo: list[QGraphicsPathItem] = []
        self._markers: list[QGraphicsPathItem] = []
        self._hatch: QGraphicsPathItem | None = None
        self._colour = QColor(colour)
        self.colour_name = self._colour.name()  # "#rrggbb": how the overview batches by colour
        self.symbol = group_symbol(self.colour_name)  # the colour decides it: batches share it too
        self.set_geometry(geom)

    @property
    def hatch(self) -> QBrush | None:
        """An area's hatch over its fill (None: plain fill, or not an area)."""
        return self._hatch.brush() if self._hatch is not None else None

    def set_geometry(self, geom: BaseGeometry) -> None:
        for marker in self._markers:
            self._forget(marker)
        self._markers = []
        if self._hatch is not None:
            self._forget(self._hatch)
            self._hatch = None
        coords = shapely.get_coordinates(geom) if self.kind == "point" else None
        if coords is not None and len(coords) == 1:
            # Ignoring the view's transform keeps the marker the same size at every zoom.
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            self.setPos(QPointF(*coords[0]))
            self.setPath(_marker_path(self.symbol.shape, self.marker_scale))
        elif coords is not None:
            # A multipoint (imported, never drawn): one marker child per point, placed in
            # map metres while each keeps its screen size.
            self.setPath(QPainterPath())
            self._markers = [_marker(self, x, y, self.symbol.shape, self.marker_scale) for x, y in coords]
        else:
            self.setPath(painter_path(geom))
            hatch = hatch_brush(self.colour_name) if self.kind == "polygon" else None
            if hatch is not None:
                # Above the fill and under nothing else: a child has no pen and the parent's outline stays on top.
                self._hatch = QGraphicsPathItem(self.path(), self)
                self._hatch.setPen(QPen(Qt.PenStyle.NoPen))
                self._hatch.setBrush(hatch)
        self.setZValue(PROPOSAL_Z + _Z_OF_KIND[self.kind])
        self._style()
        self._draw_halo()

    def set_marker_scale(self, scale: float) -> None:
        """Redraw a point's markers ``scale`` times their size (lines and areas keep theirs)."""
        self.marker_scale = scale
        if self.kind == "point":
            for shape in self.shapes():
                shape.setPath(_marker_path(self.symbol.shape, scale))
            self._draw_halo()

    def set_selected(self, selected: bool) -> None:
        if selected == self.selected:
            return
        self.selected = selected
        self.setZValue(PROPOSAL_Z + _Z_OF_KIND[self.kind] + (0.5 if selected else 0.0))
        self._style()
        self._draw_halo()

    def shapes(self) -> list[QGraphicsPathItem]:
        """The items that carry the drawn shape: this one, or a multipoint's markers."""
        return self._markers or [self]

    def marker_positions(self) -> list[QPointF]:
        """Where a point proposal's markers sit, in map metres (empty for lines and areas)."""
        if self.kind != "point":
            return []
        return [marker.pos() for marker in self._markers] if self._markers else [self.pos()]

    def _draw_halo(self) -> None:
        for band in self._halo:
            self._forget(band)
        self._halo = [self._halo_band(shape, colour, extra, order) for shape in self.shapes()
                      for order, (colour, extra) in enumerate(HALO_BANDS)] if self.selected else []

    @staticmethod
    def _forget(item: QGraphicsItem) -> None:
        if item.scene() is not None:
            item.scene().removeItem(item)
        item.setParentItem(None)

    @staticmethod
    def _halo_band(shape: QGraphicsPathItem, colour: QColor, extra: float, order: int) -> QGraphicsPathItem:
        band = QGraphicsPathItem(shape.path(), shape)
        band.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        band.setZValue(order)  # the inner (white) band over the outer (dark) edge
        halo = QPen(colour)
        halo.setCosmetic(True)
        halo.setWidthF(shape.pen().widthF() + extra)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        band.setPen(halo)
        band.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        return band

    def _style(self) -> None:
        if self.kind == "point":
            pen = QPen(QColor("white"))
            pen.setCosmetic(True)
            pen.setWidthF(1.5)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        else:  # the group's dash: a line's stroke, an area's outline
            pen = group_pen(self._colour, LINE_PX if self.kind == "line" else 2.0)
        fill = QColor(self._colour)
        if self.kind == "polygon":
            fill.setAlpha(FILL_ALPHA + (40 if self.selected else 0))
        brush = QBrush(fill) if self.kind != "line" else QBrush(Qt.BrushStyle.NoBrush)
        for shape in self.shapes():
            shape.setPen(pen)
            shape.setBrush(brush)


class ProposalLayer:
    """Every proposal of the open project as items in one ViewBox."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        self._view_box = view_box
        self._store: ProjectStore | None = None
        self._items: dict[str, ProposalItem] = {}
        self._geoms: dict[str, BaseGeometry] = {}  # map metres
        self._groups: dict[str, str | None] = {}  # proposal -> group UUID
        self._hidden: set[str] = set()
        self._selected: set[str] = set()
        self._signatures: dict[str, tuple[bytes, str]] = {}  # what each item was drawn from
        self._dirty: set[str] = set()  # previewed: redraw from the store on the next refresh
        self._overview = ProposalOverview(PROPOSAL_Z)
        self._overview.setVisible(False)
        view_box.addItem(self._overview, ignoreBounds=True)
        self._batched = False  # the overview draws the unselected proposals
        self._marker_scale = 1.0
        self._bounds: np.ndarray | None = None  # each geometry's box; None: to measure again
        self.badges = ProposalBadges(self)
        view_box.sigRangeChanged.connect(self._follow_view)

    def set_store(self, store: ProjectStore | None) -> None:
        self._store = store
        self.refresh()

    @property
    def uuids(self) -> list[str]:
        return list(self._geoms)

    @property
    def items(self) -> dict[str, ProposalItem]:
        return dict(self._items)

    def refresh(self, only: Iterable[str] | None = None) -> None:
        """Re-read proposals (all, or just the UUIDs in ``only``); redraw those whose geometry or colour changed."""
        if self._store is None:
            self._drop(list(self._items))
            self.refresh_labels()
            return
        colours = {group.uuid: group.colour for group in self._store.list(Group)}
        # The raw rows, not Proposal records: comparing stored bytes finds what changed
        # without decoding a thousand geometries and attribute sets on every edit.
        wanted = None if only is None else set(only) | self._dirty
        if wanted is not None and len(wanted) > MAX_TARGETED:
            wanted = None
        rows = proposal_rows(self._store, wanted)
        signatures = {uuid: (bytes(blob), colours.get(group or "", PROPOSAL_COLOUR)) for uuid, group, blob in rows}
        candidates = self._items if wanted is None else wanted
        gone = [uuid for uuid in candidates if uuid not in signatures]
        self._drop(gone)
        changed = [uuid for uuid, signature in signatures.items()
                   if uuid in self._dirty or self._signatures.get(uuid) != signature]
        self._drop([uuid for uuid in changed if uuid in self._items])
        # One vectorised decode and projection for every new geometry: per-geometry
        # calls were most of a redraw.
        shapes = codec.decode_many([signatures[uuid][0] for uuid in changed]) if changed else []
        projected = to_map(np.asarray(shapes, dtype=object)) if changed else []
        for uuid, geom in zip(changed, projected):
            if geom is None or geom.is_empty:
                continue
            item = ProposalItem(uuid, geom, signatures[uuid][1], self._marker_scale)
            self._geoms[uuid] = geom
            self._items[uuid] = item
            self._signatures[uuid] = signatures[uuid]
            self._view_box.addItem(item, ignoreBounds=True)
        if changed:
            self._bounds = None
        if wanted is None:
            self._groups = {uuid: group for uuid, group, _ in rows}
        else:
            self._groups.update({uuid: group for uuid, group, _ in rows})
        self._dirty.clear()
        self._apply_visibility()
        self.set_selected(self._selected)
        self.refresh_labels(moved=[*changed, *gone])

    def refresh_labels(self, moved: Iterable[str] | None = ()) -> None:
        """Re-read the proposals' numbers and votes for their badges (``moved``: proposals
        whose geometry changed, None for all)."""
        if self._store is None:
            self.badges.set_content({}, {}, None)
        else:
            self.badges.set_content(proposal_numbers(self._store), proposal_dots(self._store), moved)

    def colour_of(self, uuid: str) -> str:
        """The colour a proposal is drawn in ("#rrggbb")."""
        signature = self._signatures.get(uuid)
        return signature[1] if signature is not None else PROPOSAL_COLOUR

    def _drop(self, uuids: list[str]) -> None:
        for uuid in uuids:
            item = self._items.pop(uuid, None)
            if item is not None:
                self._view_box.removeItem(item)
            self._geoms.pop(uuid, None)
            self._signatures.pop(uuid, None)
            self._groups.pop(uuid, None)
            self._bounds = None

    def set_marker_scale(self, scale: float) -> None:
        if scale > 0 and scale != self._marker_scale:
            self._marker_scale = scale
            for item in self._items.values():
                item.set_marker_scale(scale)
            self._view_box.update()

    def set_hidden_groups(self, uuids: Iterable[str]) -> None:
        self._hidden = set(uuids)
        self._apply_visibility()
        self.badges.changed()

    def _apply_visibility(self) -> None:
        """Show each proposal's item, unless its group is hidden or the overview draws it."""
        self._batched = self._count_in_view() > BATCH_ABOVE
        batch = []
        for uuid, item in self._items.items():
            visible = self._visible(uuid)
            on_its_own = visible and (not self._batched or uuid in self._selected)
            item.setVisible(on_its_own)
            if visible and not on_its_own:
                batch.append(item)
        self._overview.setVisible(self._batched)
        if self._batched:
            self._overview.show_items(batch)

    def _follow_view(self, *_: object) -> None:
        if (self._count_in_view() > BATCH_ABOVE) != self._batched:
            self._apply_visibility()

    def _count_in_view(self) -> int:
        if len(self._geoms) <= BATCH_ABOVE:
            return len(self._geoms)
        if self._bounds is None:
            self._bounds = shapely.bounds(np.asarray(list(self._geoms.values()), dtype=object))
        view = self._view_box.viewRect()
        bottom, top = sorted((view.top(), view.bottom()))
        b = self._bounds
        return int(np.count_nonzero((b[:, 0] <= view.right()) & (b[:, 2] >= view.left())
                                    & (b[:, 1] <= top) & (b[:, 3] >= bottom)))

    def _visible(self, uuid: str) -> bool:
        return (self._groups.get(uuid) or "") not in self._hidden

    def set_selected(self, uuids: Iterable[str]) -> None:
        was, self._selected = self._selected, set(uuids)
        repaint = False
        for uuid in was | self._selected:
            item = self._items.get(uuid)
            if item is not None and item.selected != (uuid in self._selected):
                item.set_selected(uuid in self._selected)
                repaint = True
        if repaint:
            if self._batched:
                self._apply_visibility()  # the selected come out of the overview, the rest go back
            # Cosmetic (pixel) strokes reach past bounds kept in metres: repaint the whole
            # view, or a halo taken away when zoomed out would leave slivers behind.
            self._view_box.update()

    def geometry(self, uuid: str, hidden: bool = False) -> BaseGeometry | None:
        """A proposal's geometry (map metres); None if unknown, or hidden unless ``hidden``."""
        return self._geoms.get(uuid) if hidden or self._visible(uuid) else None

    def shows(self, uuid: str) -> bool:
        """Whether the proposal is drawn (known, and its group not hidden)."""
        return uuid in self._geoms and self._visible(uuid)

    def preview(self, uuid: str, geom: BaseGeometry) -> None:
        item = self._items.get(uuid)
        if item is not None:
            item.set_geometry(geom)
            self._dirty.add(uuid)
            self._view_box.update()

    def hit(self, x: float, y: float, radius: float) -> str | None:
        click = shapely.Point(x, y)
        near: list[tuple[int, float, str]] = []
        for uuid, geom in self._geoms.items():
            if not self._visible(uuid):
                continue
            kind = kind_of(geom)
            if kind == "polygon":
                if geom.covers(click) or geom.boundary.distance(click) <= radius:
                    near.append((2, geom.area, uuid))  # the smallest area around the click wins
            elif geom.distance(click) <= radius:
                near.append((0 if kind == "point" else 1, geom.distance(click), uuid))
        return min(near)[2] if near else None

"""Proposals drawn on the map: one selectable item per proposal, above the basemap.

Contract:
- ``ProposalLayer(view_box)``; ``set_store(store | None)`` reads every proposal and
  group and (re)draws them; ``refresh()`` re-reads after a change. Points are round
  markers of a fixed screen size, lines thick strokes, areas a translucent fill
  with a solid outline, all in the colour of the proposal's group
  (``PROPOSAL_COLOUR`` when it has none or the group is gone).
- ``set_hidden_groups(uuids)`` hides the proposals of those groups (use "" for the
  proposals without a group); hidden proposals cannot be hit or selected on the map.
- ``set_selected(uuids)`` draws those proposals with a highlight halo.
- ``geometry(uuid)`` is a proposal's geometry in map metres (None if unknown or
  hidden); ``hit(x, y, radius)`` the UUID of the proposal a click at (x, y) metres
  means: a marker or line within ``radius``, else the smallest area around the point.
- ``preview(uuid, geom)`` shows a geometry (map metres) in place of the stored one
  during a drag without touching the store; the next ``refresh`` puts it back.
- The layer only reads the store.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosafe.core.palette import PROPOSAL_COLOUR
from cosafe.core.records import Group
from cosafe.store import geometry as codec
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z
from cosafe.ui.map.sketch_shapes import kind_of, to_map

PROPOSAL_Z = BASEMAP_TOP_Z + 10  # areas; lines and markers above them
MARKER_PX = 7.0  # marker radius in screen pixels
LINE_PX = 4.0
FILL_ALPHA = 70  # of 255: the streets under a proposed area stay readable
# Selection: a white band edged in near-black reads on every group colour and on the
# basemap (a yellow halo vanished around the orange group).
HALO_OUTER, HALO_INNER = QColor(20, 20, 20, 230), QColor("white")
HALO_PX = 12.0  # half the widest stroke drawn (a selected line's halo), with room to spare
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


class ProposalItem(QGraphicsPathItem):
    """One proposal; markers draw in screen pixels (the item ignores the view's scale)."""

    def __init__(self, uuid: str, geom: BaseGeometry, colour: str) -> None:
        super().__init__()
        self.uuid = uuid
        self.kind = kind_of(geom)
        self.selected = False
        self.pad = HALO_PX  # map units (screen pixels for a marker) the halo reaches past the path
        self._colour = QColor(colour)
        self.set_geometry(geom)

    def set_geometry(self, geom: BaseGeometry) -> None:
        if self.kind == "point":
            # Ignoring the view's transform keeps the marker the same size at every zoom;
            # a MultiPoint (never drawn, only imported) shows at its first point.
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            self.setPos(QPointF(*shapely.get_coordinates(geom)[0]))
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), MARKER_PX, MARKER_PX)
            self.setPath(path)
        else:
            self.setPath(painter_path(geom))
        self.setZValue(PROPOSAL_Z + _Z_OF_KIND[self.kind])
        self._style()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.setZValue(PROPOSAL_Z + _Z_OF_KIND[self.kind] + (0.5 if selected else 0.0))
            self._style()
            self.update()

    def _style(self) -> None:
        pen = QPen(self._colour.darker(130) if self.kind == "point" else self._colour)
        pen.setCosmetic(True)
        pen.setWidthF({"point": 1.5, "line": LINE_PX, "polygon": 2.0}[self.kind])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if self.kind == "point":
            pen.setColor(QColor("white"))
        self.setPen(pen)
        fill = QColor(self._colour)
        if self.kind == "polygon":
            fill.setAlpha(FILL_ALPHA + (40 if self.selected else 0))
        self.setBrush(QBrush(fill) if self.kind != "line" else QBrush(Qt.BrushStyle.NoBrush))

    def set_pad(self, pad: float) -> None:
        if self.kind != "point" and pad != self.pad:
            self.prepareGeometryChange()
            self.pad = pad

    def boundingRect(self) -> QRectF:
        # Cosmetic pens are measured in pixels, the path in metres: without this margin
        # the view's minimal updates would leave slivers of halo behind when zoomed out.
        return self.path().controlPointRect().adjusted(-self.pad, -self.pad, self.pad, self.pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for colour, extra in ((HALO_OUTER, 8.0), (HALO_INNER, 5.0)):
                halo = QPen(colour)
                halo.setCosmetic(True)
                halo.setWidthF(self.pen().widthF() + extra)
                halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(halo)
                painter.drawPath(self.path())
        super().paint(painter, option, widget)


def uuid_changed(uuid: str, new: dict[str, tuple[bytes, str]], old: dict[str, tuple[bytes, str]],
                 dirty: set[str]) -> bool:
    return uuid in dirty or old.get(uuid) != new[uuid]


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
        self._pad = 0.0
        self._signatures: dict[str, tuple[bytes, str]] = {}  # what each item was drawn from
        self._dirty: set[str] = set()  # previewed: redraw from the store on the next refresh
        view_box.sigRangeChanged.connect(self._on_zoom)

    def set_store(self, store: ProjectStore | None) -> None:
        self._store = store
        self.refresh()

    @property
    def uuids(self) -> list[str]:
        return list(self._geoms)

    @property
    def items(self) -> dict[str, ProposalItem]:
        return dict(self._items)

    def refresh(self) -> None:
        """Re-read the proposals; only those whose geometry or colour changed get new items."""
        if self._store is None:
            self._drop(list(self._items))
            return
        self._on_zoom()
        colours = {group.uuid: group.colour for group in self._store.list(Group)}
        # The raw rows, not Proposal records: comparing stored bytes finds what changed
        # without decoding a thousand geometries and attribute sets on every edit.
        rows = self._store.connection.execute(
            "SELECT uuid, group_uuid, geom FROM proposals WHERE geom IS NOT NULL").fetchall()
        signatures = {uuid: (bytes(blob), colours.get(group or "", PROPOSAL_COLOUR)) for uuid, group, blob in rows}
        self._drop([uuid for uuid in self._items if uuid not in signatures])
        changed = [uuid for uuid in signatures if uuid_changed(uuid, signatures, self._signatures, self._dirty)]
        self._drop([uuid for uuid in changed if uuid in self._items])
        # One vectorised decode and projection for every new geometry: per-geometry
        # calls were most of a redraw.
        shapes = codec.decode_many([signatures[uuid][0] for uuid in changed]) if changed else []
        projected = to_map(np.asarray(shapes, dtype=object)) if changed else []
        for uuid, geom in zip(changed, projected):
            if geom is None or geom.is_empty:
                continue
            item = ProposalItem(uuid, geom, signatures[uuid][1])
            item.set_pad(self._pad)
            self._geoms[uuid] = geom
            self._items[uuid] = item
            self._signatures[uuid] = signatures[uuid]
            self._view_box.addItem(item, ignoreBounds=True)
        self._groups = {uuid: group for uuid, group, _ in rows}
        self._dirty.clear()
        self._apply_visibility()
        self.set_selected(self._selected)

    def _drop(self, uuids: list[str]) -> None:
        for uuid in uuids:
            item = self._items.pop(uuid, None)
            if item is not None:
                self._view_box.removeItem(item)
            self._geoms.pop(uuid, None)
            self._signatures.pop(uuid, None)

    def _on_zoom(self, *_: object) -> None:
        """Keep the items' margins a little over HALO_PX screen pixels, in map units."""
        needed = HALO_PX * float(self._view_box.viewPixelSize()[0])
        if needed > self._pad or needed < self._pad / 4:
            self._pad = 2 * needed
            for item in self._items.values():
                item.set_pad(self._pad)

    def set_hidden_groups(self, uuids: Iterable[str]) -> None:
        self._hidden = set(uuids)
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        for uuid, item in self._items.items():
            item.setVisible(self._visible(uuid))

    def _visible(self, uuid: str) -> bool:
        return (self._groups.get(uuid) or "") not in self._hidden

    def set_selected(self, uuids: Iterable[str]) -> None:
        self._selected = set(uuids)
        for uuid, item in self._items.items():
            item.set_selected(uuid in self._selected)

    def geometry(self, uuid: str) -> BaseGeometry | None:
        return self._geoms.get(uuid) if self._visible(uuid) else None

    def preview(self, uuid: str, geom: BaseGeometry) -> None:
        item = self._items.get(uuid)
        if item is not None:
            item.set_geometry(geom)
            self._dirty.add(uuid)

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

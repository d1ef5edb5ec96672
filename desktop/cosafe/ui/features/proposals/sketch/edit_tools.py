"""Editing tools: select, move and vertex edit of proposals already on the map.

Contract (events and hosts as in ``map.draw_tools``):
- Select: a click on a proposal selects it, Shift+click adds or removes it; a click
  on empty map clears the selection (without Shift) and otherwise behaves as the
  plain map does (drag pans, click identifies); Shift+drag on empty map draws a
  rubber band and adds every proposal it touches.
- Move: dragging a proposal moves it and every other selected proposal with it;
  the drag is previewed and written on release as ONE edit.
- Vertex: shows handles on the selected proposal. Dragging a handle moves that
  vertex; pressing on an edge inserts a vertex there (and drags it if the mouse
  moves); Delete/Backspace removes the vertex under the mouse (``vertex_at`` and
  ``delete_vertex`` do it for the map's context menu). Each is ONE edit, and a change
  the geometry cannot take is refused with a message.
- Hit radii are ``HIT_PX`` and ``HANDLE_PX`` for the mouse, widened to a 44 px target
  for a finger or pen (``host.reach``); the handles are drawn larger then too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shapely
from PySide6.QtCore import Qt
from shapely.geometry.base import BaseGeometry

from cosafe.core.sketch_geometry import SketchGeometryError
from cosafe.ui.features.proposals.words import Proposals
from cosafe.ui.features.proposals.sketch.shapes import (VertexKey, insert_vertex, move_vertex, nearest_segment, nearest_vertex,
                                         remove_vertex, vertices)
from cosafe.ui.features.proposals.map_items import ProposalLayer
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.map.draw_tools import DrawHost, Tool

HIT_PX = 8.0  # how near a click must be to a line or marker (7 px in radius) to pick it
HANDLE_PX = 10.0  # how near to a vertex handle


class ToolHost(DrawHost, Protocol):
    """What the editing tools need besides drawing: the proposals on the map and their selection."""

    layer: ProposalLayer
    selection: ProposalSelection

    coarse: bool  # a finger or pen is in use: larger handles

    def commit_geometries(self, geometries: dict[str, BaseGeometry], label: str) -> bool:
        """Store new geometries (map metres) for existing proposals as one edit."""


class SelectTool(Tool):
    name = "select"

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self._empty_press: tuple[float, float, bool] | None = None
        self._band: tuple[float, float] | None = None  # corner of a Shift+drag rubber band

    @property
    def busy(self) -> bool:
        return self._band is not None

    def press(self, x: float, y: float, shift: bool) -> bool:
        uuid = self.host.layer.hit(x, y, self.host.reach(HIT_PX))
        if uuid is None and shift:
            self._band = (x, y)
            return True
        if uuid is None:
            self._empty_press = (x, y, shift)
            return False  # the map pans or identifies as usual
        self._empty_press = None
        if shift:
            self.host.selection.toggle(uuid)
        else:
            self.host.selection.select([uuid])
        return True

    def move(self, x: float, y: float, pressed: bool) -> bool:
        if self._band is None:
            return False
        bx, by = self._band
        self.host.preview.show_drawing([(bx, by), (x, by), (x, y), (bx, y)], None, "polygon")
        return True

    def release(self, x: float, y: float) -> bool:
        if self._band is not None:
            band = shapely.box(*self._band, x, y) if self._band != (x, y) else None
            self._band = None
            self.host.preview.clear_drawing()
            if band is not None:
                touched = [uuid for uuid in self.host.layer.uuids
                           if (geom := self.host.layer.geometry(uuid)) is not None and geom.intersects(band)]
                self.host.selection.add(touched)
            return True
        if self._empty_press is None:
            return True  # the press was ours
        px, py, shift = self._empty_press
        self._empty_press = None
        if not shift and abs(px - x) + abs(py - y) < 4 * self.host.pixel():
            self.host.selection.clear()
        return False

    def cancel(self) -> None:
        self._band = None
        self._empty_press = None
        super().cancel()


class MoveTool(Tool):
    name, draws = "move", True

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self._start: tuple[float, float] | None = None
        self._moved: dict[str, BaseGeometry] = {}

    @property
    def busy(self) -> bool:
        return self._start is not None

    def press(self, x: float, y: float, shift: bool) -> bool:
        uuid = self.host.layer.hit(x, y, self.host.reach(HIT_PX))
        if uuid is None:
            return True
        if uuid not in self.host.selection.selected_uuids:
            (self.host.selection.add if shift else self.host.selection.select)([uuid])
        self._start, self._moved = (x, y), {}
        return True

    def move(self, x: float, y: float, pressed: bool) -> bool:
        if self._start is None:
            return pressed
        dx, dy = x - self._start[0], y - self._start[1]
        self._moved = {}
        for uuid in self.host.selection.selected_uuids:
            geom = self.host.layer.geometry(uuid)
            if geom is not None:
                self._moved[uuid] = shapely.transform(geom, lambda c: c + (dx, dy))
                self.host.layer.preview(uuid, self._moved[uuid])
        return True

    def release(self, x: float, y: float) -> bool:
        if self._start is not None:
            self.move(x, y, True)
            start, self._start = self._start, None
            if abs(x - start[0]) + abs(y - start[1]) >= 2 * self.host.pixel() and self._moved:
                count = len(self._moved)
                self.host.commit_geometries(self._moved, Proposals.tr("Move proposal") if count == 1
                                            else Proposals.tr("Move %Ln proposals", "", count))
        return True

    def key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape and self._start is not None:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        if self._start is not None:
            self._start = None
            self.host.layer.refresh()  # put the previewed proposals back
        super().cancel()


class VertexTool(Tool):
    name, draws = "vertex", True

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self._hot: VertexKey | None = None
        self._drag: VertexKey | None = None
        self._working: BaseGeometry | None = None  # the geometry being edited, map metres

    @property
    def target(self) -> str | None:
        selected = self.host.selection.selected_uuids
        return selected[0] if selected else None

    @property
    def busy(self) -> bool:
        return self._drag is not None

    def refresh(self) -> None:
        """Redraw the handles (after a selection change or a store change)."""
        geom = self.host.layer.geometry(self.target) if self.target else None
        if geom is None:
            self.host.preview.clear_handles()
            return
        keys = [key for key, _, _ in vertices(geom)]
        self.host.preview.show_handles([(vx, vy) for _, vx, vy in vertices(geom)],
                                       keys.index(self._hot) if self._hot in keys else None, self.host.coarse)

    def press(self, x: float, y: float, shift: bool) -> bool:
        target = self.target
        original = self.host.layer.geometry(target) if target else None
        if target is not None and original is not None:
            geom: BaseGeometry | None = original
            key = nearest_vertex(original, x, y, self.host.reach(HANDLE_PX))
            if key is None:
                on_edge = nearest_segment(original, x, y, self.host.reach(HIT_PX))
                if on_edge is not None:
                    key, ex, ey = on_edge
                    geom = self._try(lambda: insert_vertex(original, key, ex, ey))
            if key is not None and geom is not None:
                self._drag, self._working, self._hot = key, geom, key
                self.host.layer.preview(target, geom)
                self.refresh()
                return True
        uuid = self.host.layer.hit(x, y, self.host.reach(HIT_PX))
        if uuid is None:
            self.host.selection.clear()
        else:
            self.host.selection.select([uuid])
        return True

    def move(self, x: float, y: float, pressed: bool) -> bool:
        drag, working = self._drag, self._working
        if drag is not None and working is not None and self.target:
            moved = self._try(lambda: move_vertex(working, drag, *self.host.snap(x, y)))
            if moved is not None:
                self.host.layer.preview(self.target, moved)
                self._show_working(moved)
            return True
        geom = self.host.layer.geometry(self.target) if self.target else None
        hot = nearest_vertex(geom, x, y, self.host.reach(HANDLE_PX)) if geom is not None else None
        if hot != self._hot:
            self._hot = hot
            self.refresh()
        return pressed

    def release(self, x: float, y: float) -> bool:
        if self._drag is None or self._working is None or self.target is None:
            return True
        drag, working, self._drag = self._drag, self._working, None
        final = self._try(lambda: move_vertex(working, drag, *self.host.snap(x, y)))
        original = self.host.layer.geometry(self.target)
        if final is None or original is None or final.equals_exact(original, 0.0):
            self.host.layer.refresh()
            self.refresh()
            return True
        label = Proposals.tr("Move vertex") if len(vertices(final)) == len(vertices(original)) else Proposals.tr("Insert vertex")
        self.host.commit_geometries({self.target: final}, label)
        return True

    def key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel()
            return True
        if key not in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or self._hot is None or self.target is None:
            return False
        self.delete_vertex(self._hot)
        return True

    def vertex_at(self, x: float, y: float, radius: float) -> VertexKey | None:
        """The selected proposal's vertex within ``radius`` map metres of (x, y), if any."""
        geom = self.host.layer.geometry(self.target) if self.target else None
        return nearest_vertex(geom, x, y, radius) if geom is not None else None

    def delete_vertex(self, vertex: VertexKey) -> bool:
        """Remove one vertex of the selected proposal: ONE edit, or a message why the shape cannot lose it."""
        geom = self.host.layer.geometry(self.target) if self.target else None
        if geom is None or self.target is None:
            return False
        smaller = self._try(lambda: remove_vertex(geom, vertex))
        if smaller is None:
            return False
        self._hot = None
        return self.host.commit_geometries({self.target: smaller}, Proposals.tr("Delete vertex"))

    def cancel(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.host.layer.refresh()
        self._hot = None
        super().cancel()

    def _show_working(self, geom: BaseGeometry) -> None:
        keys = [key for key, _, _ in vertices(geom)]
        self.host.preview.show_handles([(vx, vy) for _, vx, vy in vertices(geom)],
                                       keys.index(self._drag) if self._drag in keys else None, self.host.coarse)

    def _try(self, make: Callable[[], BaseGeometry]) -> BaseGeometry | None:
        """``make()``, or None after telling the user why the geometry refused the change."""
        try:
            return make()
        except SketchGeometryError as refused:
            self.host.tell(str(refused))
            return None

"""SketchController: the map's drawing and editing of proposals, between the canvas and the session.

Contract:
- ``SketchController(canvas, selection)`` draws the open project's proposals on
  ``canvas`` (``ProposalLayer``) and routes the viewport's mouse and keyboard to the
  active tool. ``set_session(session | None, context)`` follows the open project;
  ``context()`` returns the current WorkshopContext (or None) when a drawing is
  finished. ``set_tool(name)`` picks one of ``TOOLS``; ``snapping`` toggles snapping
  to basemap vertices within ``SNAP_PX``.
- While a drawing tool is active the left button belongs to the tool: the map does
  not pan or identify with it. The middle button and Space+left drag still pan; the
  wheel still zooms.
- One finger or a pen is the left button (the canvas replays it as mouse events with
  its device); two fingers pan and zoom and never draw: a press they take back
  (``canvas.press_cancelled``) is taken back from the tool (``Tool.cancel_press``).
  While a finger or pen is in use hit radii and vertex handles are touch-sized
  (``coarse``, from the device of the last pointer event).
- The map's context menu (right click, long press) gets, at its spot: Finish / Remove
  Last Point / Cancel while a line or area is being drawn; else Delete Vertex on a
  vertex of the Vertex tool's proposal; and Duplicate and Delete for the proposal
  there (selected first if it was not).
- Writes go only through ``session.perform``: one finished drawing = one AddRecord
  of an untitled proposal ("Draw point"), then ``selection.select_new`` (its name is asked for),
  one drag = one UpdateRecord (an EditGroup when several proposals move), a delete
  or duplicate of several = one EditGroup. A shape the geometry rules refuse, or a
  read-only project, writes nothing and emits ``message`` with the reason.
- The view follows ``session.changed`` (PROPOSALS, WORKSHOPS; VOTES for the proposals'
  badges, which it adds to the canvas's labels) and ``selection``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol

import shapely
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu
from shapely.geometry.base import BaseGeometry

from cosafe.core.changes import Change
from cosafe.core.clock import new_uuid, utc_now
from cosafe.core.edits import AddRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.proposals import delete_proposals_edit
from cosafe.core.records import Proposal
from cosafe.core.sketch_geometry import SketchGeometryError, make_line, make_point, make_polygon
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.features.proposals.map_items import PROPOSAL_Z, ProposalLayer
from cosafe.ui.features.proposals.sketch.edit_tools import HANDLE_PX, HIT_PX, MoveTool, SelectTool, VertexTool
from cosafe.ui.map.draw_preview import SketchPreview
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.proposals.sketch.shapes import snap_target, to_map, to_store
from cosafe.ui.map.contact import is_coarse, target_radius_px
from cosafe.ui.map.draw_tools import FreehandTool, LineTool, PointTool, PolygonTool, Tool, VertexDrawTool
from cosafe.ui.map.interaction import MapSpot
from cosafe.ui.session import ProjectSession, editable

SNAP_PX = 10.0
BADGE_Z = PROPOSAL_Z + 3  # the numbers above every proposal (areas, lines, markers and their halos)
DUPLICATE_OFFSET_PX = 16.0  # a copy lands this far right and down, visibly apart from its original
TOOLS = ("select", "point", "line", "polygon", "freehand", "move", "vertex")
_MAKERS = {"point": make_point, "line": make_line, "polygon": make_polygon}
_TOOL_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


class WorkshopContextLike(Protocol):
    """The part of the toolbar's WorkshopContext a drawing needs."""

    workshop_uuid: str | None
    group_uuid: str | None


class SketchController(QObject):
    """Tools, proposal items and edits of one map canvas."""

    message = Signal(str)  # something to tell the user in the status bar
    tool_changed = Signal(str)
    dismissed = Signal()  # Escape with nothing to cancel or clear: put the drawing tool down

    def __init__(self, canvas: MapCanvas, selection: ProposalSelection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.selection = selection
        self.layer = ProposalLayer(canvas.view_box)
        canvas.labels.add_source(self.layer.badges, BADGE_Z)
        # Presentation mode's larger text: the group shapes grow with their numbers.
        self.layer.set_marker_scale(canvas.labels.text_scale)
        canvas.labels.text_scale_changed.connect(self.layer.set_marker_scale)
        self.preview = SketchPreview(canvas.view_box)
        self.session: ProjectSession | None = None
        self.snapping = False
        self.coarse = False  # the last pointer on the map was a finger or pen
        self._context: Callable[[], WorkshopContextLike | None] = lambda: None
        self._tools: dict[str, Tool] = {tool.name: tool for tool in (
            SelectTool(self), PointTool(self), LineTool(self), PolygonTool(self), FreehandTool(self),
            MoveTool(self), VertexTool(self))}
        self.tool: Tool = self._tools["select"]
        self._ours = False  # the current left press belongs to the tool
        self._space = False  # Space held: left drag pans whatever the tool
        selection.selection_changed.connect(self._on_selection)
        canvas.graphics_view.viewport().installEventFilter(self)
        canvas.graphics_view.installEventFilter(self)
        canvas.press_cancelled.connect(self._on_press_cancelled)
        canvas.context_menu_sources.append(self.fill_context_menu)

    # -- project and tools ------------------------------------------------------------


    def set_session(self, session: ProjectSession | None,
                    context: Callable[[], WorkshopContextLike | None] | None = None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.tool.cancel()
        self.session = session
        if context is not None:
            self._context = context
        if session is not None:
            session.changed.connect(self._on_changed)
        self.selection.clear()
        self.layer.set_store(session.store if session is not None else None)
        if not editable(self.session):
            self.set_tool("select")

    def set_tool(self, name: str) -> None:
        if name not in self._tools:
            raise ValueError(f"No sketch tool {name!r}")
        if name != "select" and not editable(self.session):
            self.message.emit(self.tr("This project is read-only: drawing is turned off"))
            name = "select"
        self.tool.cancel()
        self.tool = self._tools[name]
        self.canvas.identify_enabled = not self.tool.draws
        viewport = self.canvas.graphics_view.viewport()
        if self.tool.draws:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            viewport.unsetCursor()
        self._refresh_handles()
        self.tool_changed.emit(name)

    def set_hidden_groups(self, uuids: set[str]) -> None:
        """Hide the proposals of these groups ("" = proposals without a group)."""
        self.layer.set_hidden_groups(uuids)
        self.selection.select(u for u in self.selection.selected_uuids if self.layer.geometry(u) is not None)

    # -- services for the tools ---------------------------------------------------------

    def pixel(self) -> float:
        return float(self.canvas.view_box.viewPixelSize()[0])

    def reach(self, pixels: float) -> float:
        return target_radius_px(pixels, self.coarse) * self.pixel()

    def snap(self, x: float, y: float) -> tuple[float, float]:
        if self.snapping and self.session is not None:
            target = snap_target(self.session.store, x, y, SNAP_PX * self.pixel())
            if target is not None:
                return target
        return x, y

    def tell(self, text: str) -> None:
        self.message.emit(text)

    def add_shape(self, kind: str, points: Sequence[tuple[float, float]]) -> bool:
        if not editable(self.session) or self.session is None:
            self.message.emit(self.tr("This project is read-only: nothing was drawn"))
            return False
        try:
            geom = _MAKERS[kind](points)
        except SketchGeometryError as refused:
            self.message.emit(arg(self.tr("Nothing was drawn: %1", "%1: why the shape was refused"), refused))
            return False
        context = self._context()
        # No made-up title ("Proposal 7"): the details panel asks for a name (selection.created).
        proposal = Proposal(geom=to_store(geom), title="",
                            workshop_uuid=getattr(context, "workshop_uuid", None),
                            group_uuid=getattr(context, "group_uuid", None))
        draw = {"point": self.tr("Draw point"), "line": self.tr("Draw line"), "polygon": self.tr("Draw area")}
        if self.session.perform(AddRecord(proposal, label=draw[kind])):
            self.selection.select_new(proposal.uuid)
            return True
        return False

    def commit_geometries(self, geometries: dict[str, BaseGeometry], label: str) -> bool:
        if not editable(self.session) or self.session is None:
            self.layer.refresh()
            return False
        store = self.session.store
        edits: list[Edit] = [UpdateRecord(store, Proposal, uuid, {"geom": to_store(geom)}, label)
                             for uuid, geom in geometries.items()]
        done = self.session.perform(edits[0] if len(edits) == 1 else EditGroup(edits, label))
        if not done:
            self.layer.refresh()  # drop the preview
        return done

    # -- commands -----------------------------------------------------------------------

    def delete_selected(self) -> bool:
        uuids = self.selection.selected_uuids
        if not uuids or not editable(self.session) or self.session is None:
            return False
        store = self.session.store
        label = self.tr("Delete proposal") if len(uuids) == 1 else self.tr("Delete %Ln proposals", "", len(uuids))
        return self.session.perform(delete_proposals_edit(store, uuids, label))

    def duplicate_selected(self) -> bool:
        uuids = self.selection.selected_uuids
        if not uuids or not editable(self.session) or self.session is None:
            return False
        offset = DUPLICATE_OFFSET_PX * self.pixel()
        copies = []
        for uuid in uuids:
            original = self.session.store.get(Proposal, uuid)
            if original is None or original.geom is None:
                continue
            moved = to_store(_translated(to_map(original.geom), offset, -offset))
            now = utc_now()
            copies.append(dataclasses.replace(original, uuid=new_uuid(), created_at=now, updated_at=now, geom=moved,
                                              title=arg(self.tr("%1 (copy)", "a duplicated proposal's title"),
                                                                  original.title).strip()))
        if not copies:
            return False
        label = self.tr("Duplicate proposal") if len(copies) == 1 else self.tr("Duplicate %Ln proposals", "", len(copies))
        edits: list[Edit] = [AddRecord(copy, label) for copy in copies]
        if self.session.perform(edits[0] if len(edits) == 1 else EditGroup(edits, label)):
            self.selection.select(copy.uuid for copy in copies)
            return True
        return False

    def handle_delete_key(self) -> bool:
        """Delete: the tool first (a hovered vertex), else the selected proposals."""
        return self.tool.key(Qt.Key.Key_Delete) or self.delete_selected()

    def fill_context_menu(self, menu: QMenu, spot: MapSpot) -> None:
        """The map's context menu at ``spot`` (see the module contract): a finger has no Enter,
        Backspace or Delete key, so what those keys do is here too."""
        tool = self.tool
        if isinstance(tool, VertexDrawTool) and tool.busy:
            area = tool.kind == "polygon"
            menu.addAction(self.tr("&Finish Area") if area else self.tr("&Finish Line"), tool.finish)
            menu.addAction(self.tr("&Remove Last Point"), lambda: tool.key(Qt.Key.Key_Backspace))
            menu.addAction(self.tr("&Cancel Area") if area else self.tr("&Cancel Line"), tool.cancel)
            return
        can_edit = editable(self.session)
        if isinstance(tool, VertexTool) and can_edit:
            vertex = tool.vertex_at(spot.x, spot.y, spot.reach(HANDLE_PX))
            if vertex is not None:
                menu.addAction(self.tr("Delete &Vertex"), lambda: tool.delete_vertex(vertex))
                return
        uuid = self.layer.hit(spot.x, spot.y, spot.reach(HIT_PX))
        if uuid is None:
            return
        if uuid not in self.selection.selected_uuids:
            self.selection.select([uuid])  # the menu acts on what was touched
        count = len(self.selection.selected_uuids)
        duplicate = self.tr("D&uplicate Proposal") if count == 1 else self.tr("D&uplicate %Ln Proposals", "", count)
        delete = self.tr("&Delete Proposal") if count == 1 else self.tr("&Delete %Ln Proposals", "", count)
        for text, act in ((duplicate, self.duplicate_selected), (delete, self.delete_selected)):
            action = menu.addAction(text, act)
            action.setEnabled(can_edit)

    # -- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.canvas.graphics_view:
            if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
                return self._on_key(event)  # type: ignore[arg-type]
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
                    QEvent.Type.MouseButtonDblClick):
            return self._on_mouse(event)  # type: ignore[arg-type]
        return False

    def _on_mouse(self, event: QMouseEvent) -> bool:
        kind = event.type()
        coarse = is_coarse(event.pointingDevice())
        if coarse != self.coarse:
            self.coarse = coarse
            self._refresh_handles()  # a finger's handles are larger
        point = self.canvas.view_box.mapSceneToView(self.canvas.graphics_view.mapToScene(event.position().toPoint()))
        x, y = point.x(), point.y()
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseMove:
            held = bool(event.buttons() & Qt.MouseButton.LeftButton)
            used = self.tool.move(x, y, held and self._ours)
            return held and self._ours and used
        if not left or self._space:
            return False  # middle/right buttons and Space+drag keep navigating the map
        if kind == QEvent.Type.MouseButtonPress:
            self.canvas.graphics_view.setFocus(Qt.FocusReason.MouseFocusReason)  # keys go to the tool
            self._ours = self.tool.press(x, y, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return self._ours
        if kind == QEvent.Type.MouseButtonDblClick:
            return self.tool.double_click(x, y) or self.tool.draws
        ours, self._ours = self._ours, False
        return self.tool.release(x, y) and ours

    def _on_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and event.type() != QEvent.Type.ShortcutOverride:
            self._space = event.type() == QEvent.Type.KeyPress
            return False
        if key not in _TOOL_KEYS or event.type() == QEvent.Type.KeyRelease:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if key == Qt.Key.Key_Escape and not self._escape_has_work():
                return False  # Escape is the window's again: it leaves full screen or the presentation
            event.accept()  # the map has focus: its keys go to the tool, not to window shortcuts
            return True
        if key == Qt.Key.Key_Delete:
            return self.handle_delete_key()
        if self.tool.key(key):
            return True
        if key == Qt.Key.Key_Escape and self.selection.selected_uuids:
            self.selection.clear()
            return True
        if key == Qt.Key.Key_Escape and self.tool.draws:
            self.dismissed.emit()
            return True
        return False

    def _escape_has_work(self) -> bool:
        """Escape cancels a drawing or drag, clears the selection, or puts a drawing tool down, in that order."""
        return self.tool.busy or bool(self.selection.selected_uuids) or self.tool.draws

    def _on_press_cancelled(self) -> None:
        """A second finger landed during a one-finger drag: the fingers pinch, the tool gets nothing."""
        self.tool.cancel_press()
        self._ours = False
        self._refresh_handles()

    def _on_changed(self, change: Change) -> None:
        if change & (Change.PROPOSALS | Change.WORKSHOPS):
            if self.tool.busy and not self.tool.draws:
                self.tool.cancel()  # an undo under a drag: the drag's start no longer exists
            self.layer.refresh(self.session.touched_only("proposals") if self.session else None)
            self.selection.keep_only(set(self.layer.uuids))
            self._refresh_handles()
        elif change & Change.VOTES:
            self.layer.refresh_labels()

    def _on_selection(self, uuids: list[str]) -> None:
        self.layer.set_selected(uuids)
        self._refresh_handles()

    def _refresh_handles(self) -> None:
        vertex_tool = self._tools["vertex"]
        if self.tool is vertex_tool:
            vertex_tool.refresh()  # type: ignore[attr-defined]
        else:
            self.preview.clear_handles()


def _translated(geom: BaseGeometry, dx: float, dy: float) -> BaseGeometry:
    return shapely.transform(geom, lambda c: c + (dx, dy))

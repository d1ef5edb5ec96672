"""Map tools for recording perceptions: draw a walk's route, click audit points and pins.

Contract:
- ``PerceptionTools(canvas)`` watches the map's viewport; ``set_tool(name | None)``
  picks ``"route"``, ``"audit_point"`` or ``"pin"`` (None = off, the map behaves as
  usual). While a tool is on, the left button belongs to it (no pan, no identify,
  no proposal selection); the middle button and the wheel still navigate.
- Route: like the sketch Line tool (``map.draw_tools.LineTool``) — each click adds a
  vertex with a rubber band, Enter or a double-click finishes, Backspace removes the
  last vertex, Escape cancels; a finished line emits ``route_drawn(list of (lon, lat))``.
  Fewer than two distinct vertices emits ``message`` instead.
- Audit point / pin: a click emits ``clicked(tool, lon, lat, units_per_pixel, coarse)``
  (map metres per screen pixel, for hit tests in screen pixels; ``coarse``: made with a
  finger or pen, so hit tests use touch-sized targets).
- A finger or a pen is the left button (the canvas replays one finger or the pen as
  mouse events): a tap places, two fingers pan and zoom and never place; a press they
  take back (``canvas.press_cancelled``) places nothing and takes back a route vertex.
- While a route is being drawn, the map's context menu (right click, long press)
  offers Finish Route, Remove Last Point and Cancel Route: a finger has no Enter key.
- Escape when there is nothing to cancel emits ``dismissed`` (the tool is put down).
- The tools never write; the Audit UI turns their signals into edits.
- The filter is (re)installed each time a tool is chosen, so it sees the viewport's
  events before the sketch controller and the map's click detector.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu
from shapely.geometry.base import BaseGeometry

from cosafe.core.projection import point_to_lonlat
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.draw_preview import SketchPreview
from cosafe.ui.map.contact import is_coarse, target_radius_px
from cosafe.ui.map.draw_tools import LineTool, Point
from cosafe.ui.map.interaction import MapSpot
from cosafe.ui.features.audits.words import Audits

TOOLS = ("route", "audit_point", "pin")
_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace}
_MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
          QEvent.Type.MouseButtonDblClick}


class _RouteHost:
    """What the sketch LineTool needs from its host, for a route instead of a proposal."""

    def __init__(self, tools: PerceptionTools) -> None:
        self._tools = tools
        self.preview = tools.preview

    def pixel(self) -> float:
        return float(self._tools.canvas.view_box.viewPixelSize()[0])

    def reach(self, pixels: float) -> float:
        return target_radius_px(pixels, self._tools.coarse) * self.pixel()

    def snap(self, x: float, y: float) -> Point:
        return x, y

    def add_shape(self, kind: str, points: Sequence[Point]) -> bool:
        distinct = list(dict.fromkeys(points))
        if len(distinct) < 2:
            self._tools.message.emit(Audits.tr("A route needs at least two points: click along the way, then Enter"))
            return False
        self._tools.route_drawn.emit([point_to_lonlat(x, y) for x, y in distinct])
        return True

    def commit_geometries(self, geometries: dict[str, BaseGeometry], label: str) -> bool:
        return False

    def tell(self, text: str) -> None:
        self._tools.message.emit(text)


class PerceptionTools(QObject):
    """The recording tools of one map canvas."""

    route_drawn = Signal(list)  # [(lon, lat), ...]
    clicked = Signal(str, float, float, float, bool)  # tool, lon, lat, map metres per pixel, finger or pen
    message = Signal(str)
    tool_changed = Signal(object)  # name or None
    dismissed = Signal()  # Escape with nothing to cancel: put the tool down

    def __init__(self, canvas: MapCanvas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.preview = SketchPreview(canvas.view_box)
        self.route_tool = LineTool(_RouteHost(self))  # type: ignore[arg-type]
        self.tool: str | None = None
        self.coarse = False  # the last pointer event came from a finger or pen
        self._ours = False
        canvas.press_cancelled.connect(self._on_press_cancelled)
        canvas.context_menu_sources.append(self.fill_context_menu)

    def set_tool(self, name: str | None) -> None:
        if name is not None and name not in TOOLS:
            raise ValueError(f"No perception tool {name!r}")
        self.route_tool.cancel()
        self.tool = name
        viewport = self.canvas.graphics_view.viewport()
        viewport.removeEventFilter(self)
        self.canvas.graphics_view.removeEventFilter(self)
        if name is not None:
            # Installed last = asked first: before the sketch tools and the click detector.
            viewport.installEventFilter(self)
            self.canvas.graphics_view.installEventFilter(self)
            viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            viewport.unsetCursor()
        self.tool_changed.emit(name)

    @property
    def drawing(self) -> bool:
        return self.route_tool.busy

    def fill_context_menu(self, menu: QMenu, spot: MapSpot) -> None:
        """Finish, shorten or cancel the route being drawn (what Enter, Backspace and Escape do)."""
        if self.tool != "route" or not self.route_tool.busy:
            return
        menu.addAction(self.tr("&Finish Route"), self.route_tool.finish)
        menu.addAction(self.tr("&Remove Last Point"), lambda: self.route_tool.key(Qt.Key.Key_Backspace))
        menu.addAction(self.tr("&Cancel Route"), self.route_tool.cancel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.tool is None:
            return False
        kind = event.type()
        if watched is self.canvas.graphics_view:
            if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
                return self._on_key(event)  # type: ignore[arg-type]
            return False
        if kind in _MOUSE:
            return self._on_mouse(event)  # type: ignore[arg-type]
        return False

    def _on_mouse(self, event: QMouseEvent) -> bool:
        kind = event.type()
        view = self.canvas.graphics_view
        point = self.canvas.view_box.mapSceneToView(view.mapToScene(event.position().toPoint()))
        x, y = point.x(), point.y()
        self.coarse = is_coarse(event.pointingDevice())
        if kind == QEvent.Type.MouseMove:
            if self.tool == "route":
                self.route_tool.move(x, y, False)
            return bool(event.buttons() & Qt.MouseButton.LeftButton) and self._ours
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            view.setFocus(Qt.FocusReason.MouseFocusReason)  # Enter / Escape go to the route tool
            self._ours = True
            if self.tool == "route":
                self.route_tool.press(x, y, False)
            return True
        if kind == QEvent.Type.MouseButtonDblClick:
            if self.tool == "route":
                self.route_tool.double_click(x, y)
            return True
        ours, self._ours = self._ours, False  # release
        if ours and self.tool in ("audit_point", "pin"):
            lon, lat = point_to_lonlat(x, y)
            self.clicked.emit(self.tool, lon, lat, float(self.canvas.view_box.viewPixelSize()[0]), self.coarse)
        return ours

    def _on_press_cancelled(self) -> None:
        """A second finger landed: the fingers pinch, so the press places nothing."""
        if self.tool is not None:
            if self._ours and self.tool == "route":
                self.route_tool.cancel_press()
            self._ours = False

    def _on_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and not self.route_tool.busy:
            # Nothing to cancel: Escape puts the tool down, as it leaves a drawing tool.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.dismissed.emit()
            return True
        if self.tool != "route" or event.key() not in _KEYS:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if self.route_tool.busy:
                event.accept()  # Enter / Escape finish or cancel the route, not a window shortcut
                return True
            return False
        return self.route_tool.key(event.key())

"""Drawing tools: small classes that turn mouse events (in map metres) into shapes.

Contract:
- A tool gets events from its controller (the proposals' ``SketchController``, the
  audits' route tool) in map metres: ``press(x, y,
  shift)``, ``move(x, y, pressed)``, ``release(x, y)``, ``double_click(x, y)`` and
  ``key(key)``; each returns True when it used the event (the view then does not
  pan or identify with it). ``cancel()`` drops work in progress; the controller
  calls it when another tool is chosen or the project changes. ``cancel_press()``
  takes back only what the press in progress began (the canvas's ``press_cancelled``:
  a second finger landed, so the fingers pinch); the release that follows is then
  harmless. A finger or pen reaches a tool as the mouse does (``map.contact``).
- ``draws`` tools take left drags for themselves and turn identify off.
- Tools never write: they hand finished shapes to their ``DrawHost``, which makes
  exactly one edit per finished drawing (a proposal, a walk's route).
- Point: a click places it (where pressed, on release: a press a pinch takes back
  places nothing). Line / area: each click adds a vertex; Enter or a double-click
  (a double tap) finishes, Backspace removes the last vertex, Escape cancels.
  Freehand: press-drag-release; the stroke is smoothed and simplified to about
  ``FREEHAND_TOLERANCE_PX``; a stroke ending within ``CLOSE_PX`` of its start is an area.
  Each stroke is finished when the button, finger or pen lifts: one stroke = one
  drawing, with no Enter, so a pen sketches stroke after stroke.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt

from cosafe.core.sketch_geometry import smooth_stroke
from cosafe.ui.map.draw_preview import SketchPreview

FREEHAND_TOLERANCE_PX = 2.0
CLOSE_PX = 12.0
MIN_STROKE_PX = 6.0  # a shorter freehand stroke was a slip, not a drawing
Point = tuple[float, float]
_FINISH_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class DrawHost(Protocol):
    """What drawing tools need from their controller."""

    preview: SketchPreview

    def pixel(self) -> float:
        """Map metres per screen pixel."""

    def reach(self, pixels: float) -> float:
        """Map metres of a hit radius of ``pixels`` screen pixels, widened to a touch target
        (``contact.target_radius_px``) while a finger or pen is in use."""

    def snap(self, x: float, y: float) -> Point:
        """(x, y) moved onto a basemap vertex when snapping is on and one is near."""

    def add_shape(self, kind: str, points: Sequence[Point]) -> bool:
        """Make a record of ``kind`` (point / line / polygon) from the points; one edit."""

    def tell(self, text: str) -> None:
        """Show a short message (a refused change) in the status bar."""


class Tool:
    """Base: a tool that ignores everything."""

    name = ""
    draws = False

    def __init__(self, host: DrawHost) -> None:
        self.host = host

    def press(self, x: float, y: float, shift: bool) -> bool:
        return False

    def move(self, x: float, y: float, pressed: bool) -> bool:
        return False

    def release(self, x: float, y: float) -> bool:
        return False

    def double_click(self, x: float, y: float) -> bool:
        return False

    def key(self, key: int) -> bool:
        return False

    def cancel(self) -> None:
        self.host.preview.clear()

    def cancel_press(self) -> None:
        """Take back what the press in progress began; by default all work in progress."""
        self.cancel()

    @property
    def busy(self) -> bool:
        """True while a drawing or drag is in progress (Escape then means "cancel")."""
        return False


class PointTool(Tool):
    name, draws = "point", True

    def __init__(self, host: DrawHost) -> None:
        super().__init__(host)
        self._pressed: Point | None = None

    def press(self, x: float, y: float, shift: bool) -> bool:
        self._pressed = self.host.snap(x, y)
        return True

    def release(self, x: float, y: float) -> bool:
        point, self._pressed = self._pressed, None
        if point is not None:
            self.host.add_shape("point", [point])
        return True

    def cancel(self) -> None:
        self._pressed = None
        super().cancel()


class VertexDrawTool(Tool):
    """Line or area, one click per vertex, with a live rubber band to the cursor."""

    draws = True
    kind = "line"

    def __init__(self, host: DrawHost) -> None:
        super().__init__(host)
        self.points: list[Point] = []
        self._cursor: Point | None = None
        self._pressed = False  # the press in progress added the last vertex

    @property
    def busy(self) -> bool:
        return bool(self.points)

    def press(self, x: float, y: float, shift: bool) -> bool:
        self.points.append(self.host.snap(x, y))
        self._pressed = True
        self._show()
        return True

    def release(self, x: float, y: float) -> bool:
        self._pressed = False
        return True

    def cancel_press(self) -> None:
        if self._pressed and self.points:
            self.points.pop()  # the vertex the pinch's first finger put down
            self._show()
        self._pressed = False

    def move(self, x: float, y: float, pressed: bool) -> bool:
        self._cursor = self.host.snap(x, y)
        if self.points:
            self._show()
        return bool(self.points) or pressed

    def double_click(self, x: float, y: float) -> bool:
        # Qt sends press, release, double-click, release: the press usually placed this
        # vertex already, and make_line / make_polygon drop the repeat.
        self.points.append(self.host.snap(x, y))
        self.finish()
        return True

    def key(self, key: int) -> bool:
        if key in _FINISH_KEYS and self.points:
            self.finish()
        elif key == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._show()
        elif key == Qt.Key.Key_Escape and self.points:
            self.cancel()
        else:
            return False
        return True

    def finish(self) -> None:
        points, self.points = self.points, []
        self.host.preview.clear_drawing()
        self.host.add_shape(self.kind, points)

    def cancel(self) -> None:
        self.points = []
        self._pressed = False
        super().cancel()

    def _show(self) -> None:
        self.host.preview.show_drawing(self.points, self._cursor, self.kind)


class LineTool(VertexDrawTool):
    name, kind = "line", "line"


class PolygonTool(VertexDrawTool):
    name, kind = "polygon", "polygon"


class FreehandTool(Tool):
    """Press, drag, release: a smoothed line, or an area when the stroke closes on itself."""

    name, draws = "freehand", True

    def __init__(self, host: DrawHost) -> None:
        super().__init__(host)
        self.stroke: list[Point] = []

    @property
    def busy(self) -> bool:
        return bool(self.stroke)

    def press(self, x: float, y: float, shift: bool) -> bool:
        self.stroke = [(x, y)]
        return True

    def move(self, x: float, y: float, pressed: bool) -> bool:
        if not self.stroke:
            return pressed
        self.stroke.append((x, y))
        self.host.preview.show_drawing(self.stroke, None, "freehand")
        return True

    def release(self, x: float, y: float) -> bool:
        if not self.stroke:
            return True
        stroke, self.stroke = [*self.stroke, (x, y)], []
        self.host.preview.clear_drawing()
        pixel = self.host.pixel()
        length = sum(math.dist(a, b) for a, b in zip(stroke, stroke[1:]))
        if length < MIN_STROKE_PX * pixel:
            return True
        closed = math.dist(stroke[0], stroke[-1]) <= CLOSE_PX * pixel and length > 4 * CLOSE_PX * pixel
        smooth = smooth_stroke(stroke, FREEHAND_TOLERANCE_PX * pixel)
        self.host.add_shape("polygon" if closed else "line", smooth)
        return True

    def key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape and self.stroke:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self.stroke = []
        super().cancel()

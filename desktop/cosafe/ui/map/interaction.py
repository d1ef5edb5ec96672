"""Clicks and pinches on the map's viewport, turned into two plain signals.

Contract:
- ``MapInput(viewport)`` watches the viewport's events without taking any: drags
  still pan and the wheel still zooms through pyqtgraph.
- ``clicked(QPointF)`` (viewport pixels) for a left press and release less than
  ``CLICK_SLOP`` pixels apart with no pinch in between — a pan is not a click.
- ``zoom(factor, QPointF)``: zoom in by ``factor`` (> 1 closer) keeping the given
  viewport point fixed, from a touchscreen pinch (QPinchGesture) or a touchpad pinch
  (QNativeGestureEvent, ZoomNativeGesture, as macOS and libinput deliver it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

CLICK_SLOP = 4  # pixels a hand may move between press and release of a click
MAX_STEP = 4.0  # the largest zoom factor one gesture event may apply (a glitch must not jump)


class MapInput(QObject):
    """Click and pinch detection for one map viewport."""

    clicked = Signal(QPointF)  # viewport pixels
    zoom = Signal(float, QPointF)  # factor (> 1 zooms in), viewport pixels to keep fixed

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._press: QPoint | None = None
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._on_press(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.MouseButtonRelease:
            self._on_release(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.NativeGesture:
            return self._on_native_gesture(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.Gesture:
            return self._on_gesture(event)  # type: ignore[arg-type]
        return False

    def _on_press(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        else:
            self._press = None  # a second button turns the gesture into something else

    def _on_release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        position = event.position().toPoint()
        if (position - self._press).manhattanLength() < CLICK_SLOP:
            self.clicked.emit(QPointF(position))
        self._press = None

    def _on_native_gesture(self, event: QNativeGestureEvent) -> bool:
        if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
            return False
        self._press = None
        # value() is the change of scale since the last event: +0.1 means 10 % closer.
        self._emit_zoom(1.0 + event.value(), event.position())
        event.accept()
        return True

    def _on_gesture(self, event: QGestureEvent) -> bool:
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        self._press = None
        event.accept(pinch)
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            # The centre point comes in screen coordinates.
            centre = QPointF(self._viewport.mapFromGlobal(pinch.centerPoint().toPoint()))
            self._emit_zoom(pinch.scaleFactor(), centre)
        return True

    def _emit_zoom(self, factor: float, position: QPointF) -> None:
        if factor > 0:
            self.zoom.emit(min(MAX_STEP, max(1 / MAX_STEP, factor)), QPointF(position))

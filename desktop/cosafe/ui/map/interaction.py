"""Clicks, context requests and two-finger gestures on the map's viewport, turned into plain signals.

Contract:
- ``MapInput(viewport)`` watches the viewport's events without taking mouse ones:
  drags still pan and the wheel still zooms through pyqtgraph. A finger or a pen
  reaches it as mouse events (``contact.ContactInput``), so it reads them as clicks too.
- ``clicked(QPointF, bool)`` (viewport pixels, made with a finger or pen) for a left
  press and release less than ``CLICK_SLOP`` pixels apart with no pinch in between —
  a pan is not a click.
- ``context_requested(QPointF)`` (viewport pixels): a right press and release less
  than ``CLICK_SLOP`` apart (a right drag still zooms, as pyqtgraph does), or the
  keyboard's Menu key (at the mouse if it is over the map, else the centre). A long
  press of a finger or pen is ``ContactInput.long_pressed``.
- ``zoom(factor, QPointF)``: zoom in by ``factor`` (> 1 closer) keeping the given
  viewport point fixed, from a touchscreen pinch (QPinchGesture) or a touchpad pinch
  (QNativeGestureEvent, ZoomNativeGesture, as macOS and libinput deliver it).
- ``pan(QPointF, QPointF)``: move the map so what was under the first viewport point is
  under the second — two fingers moving together (the pinch gesture's centre).
- ``MapSpot``: where a context menu was asked for, with ``reach(pixels)`` for hit tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor, QMouseEvent, QNativeGestureEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

from cosafe.ui.map.contact import is_coarse, target_radius_px

CLICK_SLOP = 4  # pixels a hand may move between press and release of a click
MAX_STEP = 4.0  # the largest zoom factor one gesture event may apply (a glitch must not jump)


@dataclass(frozen=True)
class MapSpot:
    """The point of the map a context menu was asked for."""

    x: float  # Web Mercator metres
    y: float
    lon: float
    lat: float
    pixel: float  # map metres per screen pixel
    coarse: bool  # asked with a finger or a pen: targets are touch-sized

    def reach(self, pixels: float) -> float:
        """Map metres of a hit radius of ``pixels`` (widened for a finger or pen)."""
        return target_radius_px(pixels, self.coarse) * self.pixel


class MapInput(QObject):
    """Click, context and two-finger detection for one map viewport."""

    clicked = Signal(QPointF, bool)  # viewport pixels, made with a finger or pen
    context_requested = Signal(QPointF)  # viewport pixels
    zoom = Signal(float, QPointF)  # factor (> 1 zooms in), viewport pixels to keep fixed
    pan = Signal(QPointF, QPointF)  # viewport pixels: from, to

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._press: QPoint | None = None
        self._context_press: QPoint | None = None
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.installEventFilter(self)

    def forget_press(self) -> None:
        """The press in progress was taken back (a finger's, when a second one landed): no click."""
        self._press = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._on_press(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.MouseButtonRelease:
            self._on_release(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.ContextMenu:
            return self._on_context_menu(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.NativeGesture:
            return self._on_native_gesture(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.Gesture:
            return self._on_gesture(event)  # type: ignore[arg-type]
        return False

    def _on_press(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        self._press = position if event.button() == Qt.MouseButton.LeftButton else None
        # Any other button turns a left press into something else, and vice versa.
        self._context_press = position if event.button() == Qt.MouseButton.RightButton else None

    def _on_release(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if event.button() == Qt.MouseButton.RightButton and self._context_press is not None:
            if (position - self._context_press).manhattanLength() < CLICK_SLOP:
                self.context_requested.emit(QPointF(position))
            self._context_press = None
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        if (position - self._press).manhattanLength() < CLICK_SLOP:
            self.clicked.emit(QPointF(position), is_coarse(event.pointingDevice()))
        self._press = None

    def _on_context_menu(self, event: QContextMenuEvent) -> bool:
        if event.reason() != QContextMenuEvent.Reason.Keyboard:
            return False  # the mouse's: a right click is read from press and release, so a right drag zooms
        cursor = self._viewport.mapFromGlobal(QCursor.pos())
        at = cursor if self._viewport.rect().contains(cursor) else self._viewport.rect().center()
        self.context_requested.emit(QPointF(at))
        event.accept()
        return True

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
        if pinch.state() in (Qt.GestureState.GestureFinished, Qt.GestureState.GestureCanceled):
            return True  # it repeats the last update's change (Qt keeps its flags): applied once already
        flags = pinch.changeFlags()
        # The centre points come in screen coordinates.
        centre = QPointF(self._viewport.mapFromGlobal(pinch.centerPoint()))
        if flags & QPinchGesture.ChangeFlag.CenterPointChanged and pinch.state() != Qt.GestureState.GestureStarted:
            last = QPointF(self._viewport.mapFromGlobal(pinch.lastCenterPoint()))
            if last != centre:
                self.pan.emit(last, centre)  # first: the map follows the fingers, then zooms about them
        if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            self._emit_zoom(pinch.scaleFactor(), centre)
        return True

    def _emit_zoom(self, factor: float, position: QPointF) -> None:
        if factor > 0:
            self.zoom.emit(min(MAX_STEP, max(1 / MAX_STEP, factor)), QPointF(position))

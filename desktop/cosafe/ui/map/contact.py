"""A finger or a pen on the map, turned into the mouse events every map tool already reads.

Contract:
- ``ContactInput(viewport)`` takes the viewport's touch-screen and tablet events for
  itself (accepts them, so Qt synthesizes no mouse events of its own: one tap is one
  press, never two) and replays ONE contact — one finger, or the pen — as left-button
  ``QMouseEvent``s sent to the viewport, each carrying the finger's or pen's
  ``QPointingDevice`` (``is_coarse`` tells a tool to use finger-sized targets). The
  tools, the selection, the click detector and pyqtgraph's pan see them as mouse
  events, so a tool behaves the same under a mouse, a finger and a pen.
- A contact is held back until it says what it is:
  * a **tap** (lifted within ``TOUCH_SLOP_PX``, or ``PEN_SLOP_PX`` for a pen): a press
    and a release at the point first touched; a second tap soon after and near the
    first (Qt's double-click interval, its double-tap distance) is a double-click
    (double-click, release, at the first tap's point), as the mouse sends it;
  * a **drag** (moved further): a press where it began, then moves, then a release
    where it was lifted;
  * a **long press** (held ``LONG_PRESS_MS`` without becoming a drag): nothing is
    sent; ``long_pressed(QPointF)`` is emitted instead (the map's context menu opens
    under the finger). The lift that follows is kept from the menu: Qt hands a popup
    the lift as a mouse release, which would close the menu or pick the entry under
    the finger;
  * a **second finger** before any of these: nothing is sent; the fingers pinch
    (``interaction.MapInput``). A second finger during a drag emits ``cancelled``
    (tools drop what that press began), then sends the release so the view ends its
    drag; nothing more is sent until every finger is up. Two fingers never draw.
- While the pen is down, touches are ignored: the hand resting on the screen.
- Touch from a touchpad (not on the screen) and mouse events are left to Qt.
- Pen pressure, tilt and the eraser end are ignored: a proposal is a geometry drawn at
  one width in its group's colour; a width from pressure would vanish after the stroke.
  A pen hovering (no contact) moves the mouse cursor of the tools (rubber band, hot
  vertex) with plain moves.
"""

from __future__ import annotations

from enum import Enum, auto
from time import monotonic

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget

TOUCH_SLOP_PX = 10.0  # a fingertip wobbles this much in a tap (Android's touch slop is 8 dp)
PEN_SLOP_PX = 4.0  # a pen tip is precise: less is a tap
LONG_PRESS_MS = 600  # held still this long: the context menu, not a tap
TOUCH_TARGET_PX = 44.0  # the smallest target a fingertip hits reliably (Apple HIG, WCAG 2.5.5)
_COARSE = {QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.Stylus, QInputDevice.DeviceType.Airbrush}
_TABLET = {QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease}
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
LEFT = Qt.MouseButton.LeftButton


def is_coarse(device: QInputDevice | None) -> bool:
    """True for a finger or a pen: its targets must be ``TOUCH_TARGET_PX`` across."""
    return device is not None and device.type() in _COARSE


def target_radius_px(pixels: float, coarse: bool) -> float:
    """A hit radius of ``pixels`` for the mouse, widened to half a touch target for a finger or pen."""
    return max(pixels, TOUCH_TARGET_PX / 2) if coarse else pixels


class _State(Enum):
    IDLE = auto()
    PENDING = auto()  # down, not yet a tap, a drag or a long press
    DRAGGING = auto()  # the press was sent; moves follow
    HELD = auto()  # a long press opened the menu: the rest of the contact is ignored
    MULTI = auto()  # two or more fingers: they pinch; ignored until every finger is up


class ContactInput(QObject):
    """One finger or the pen on a map viewport, replayed as mouse events."""

    cancelled = Signal()  # a press already sent was taken back (a second finger landed)
    long_pressed = Signal(QPointF)  # viewport pixels; the device is ``device``

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._state = _State.IDLE
        self._device: QPointingDevice | None = None
        self._start = QPointF()
        self._last = QPointF()
        self._modifiers = Qt.KeyboardModifier.NoModifier
        self._last_tap: tuple[int, QPointF, QInputDevice.DeviceType] | None = None  # (ms, where, device)
        self._clock = QTimer(self)  # the long press
        self._clock.setSingleShot(True)
        self._clock.setInterval(LONG_PRESS_MS)
        self._clock.timeout.connect(self._on_long_press)
        self._guarding = False  # the application filter that keeps a long press's lift from its menu
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        viewport.installEventFilter(self)

    @property
    def device(self) -> QPointingDevice | None:
        """The device of the current or last contact (None before the first)."""
        return self._device

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._guarding and watched is not self._viewport:
            return self._guard_lift(event)
        if kind in _TOUCH:
            return self._on_touch(event)  # type: ignore[arg-type]
        if kind in _TABLET:
            return self._on_tablet(event)  # type: ignore[arg-type]
        return False

    # -- touch -----------------------------------------------------------------------

    def _on_touch(self, event: QTouchEvent) -> bool:
        device = event.pointingDevice()
        if device is None or device.type() != QInputDevice.DeviceType.TouchScreen:
            return False  # a touchpad's fingers are not on the map: Qt makes them a mouse
        event.accept()
        if self._pen_down():
            return True  # the hand resting on the screen while the pen draws
        kind = event.type()
        down = [point for point in event.points() if point.state() != point.State.Released]
        if kind == QEvent.Type.TouchCancel:
            self._abort()
            self._set_guard(False)
            self._state = _State.IDLE
        elif kind == QEvent.Type.TouchBegin and len(down) == 1:
            self._begin(device, down[0].position(), event.modifiers())
        elif len(down) > 1 or (kind == QEvent.Type.TouchBegin and not down):
            self._abort()
            self._state = _State.MULTI
            self._last_tap = None  # a tap before a pinch and one after it are no double tap
        elif kind == QEvent.Type.TouchEnd:
            point = event.points()[0]
            self._end(point.position())
        elif down and self._state in (_State.PENDING, _State.DRAGGING):
            self._moved(down[0].position(), TOUCH_SLOP_PX)
        return True

    # -- pen -------------------------------------------------------------------------

    def _on_tablet(self, event: QTabletEvent) -> bool:
        kind = event.type()
        position = event.position()
        if kind == QEvent.Type.TabletPress:
            if event.button() != LEFT:
                return False  # a barrel button: left to Qt, which makes it that mouse button
            self._begin(event.pointingDevice(), position, event.modifiers())
        elif kind == QEvent.Type.TabletRelease:
            if self._state is not _State.IDLE:
                self._end(position)
        elif self._state in (_State.PENDING, _State.DRAGGING):
            self._moved(position, PEN_SLOP_PX)
        elif self._state is _State.IDLE:
            self._device = event.pointingDevice()
            self._send(QEvent.Type.MouseMove, position, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)  # hover
        event.accept()
        return True

    # -- one contact -------------------------------------------------------------------

    def _pen_down(self) -> bool:
        return (self._state is not _State.IDLE and self._device is not None
                and self._device.type() != QInputDevice.DeviceType.TouchScreen)

    def _begin(self, device: QPointingDevice, position: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self._abort()  # a contact that never ended (a lost release) ends here
        self._set_guard(False)
        self._device, self._modifiers = device, modifiers
        self._start = self._last = QPointF(position)
        self._state = _State.PENDING
        self._clock.start()

    def _moved(self, position: QPointF, slop: float) -> None:
        self._last = QPointF(position)
        if self._state is _State.PENDING:
            offset = position - self._start
            if abs(offset.x()) + abs(offset.y()) < slop:
                return
            self._clock.stop()
            self._state = _State.DRAGGING
            self._last_tap = None
            self._send(QEvent.Type.MouseButtonPress, self._start, LEFT, LEFT)
        self._send(QEvent.Type.MouseMove, position, Qt.MouseButton.NoButton, LEFT)

    def _end(self, position: QPointF) -> None:
        self._clock.stop()
        self._set_guard(False)  # the lift came here: no menu took it
        state, self._state = self._state, _State.IDLE
        if state is _State.DRAGGING:
            self._send(QEvent.Type.MouseButtonRelease, position, LEFT, Qt.MouseButton.NoButton)
        elif state is _State.PENDING:
            self._tap()

    def _tap(self) -> None:
        hints = QGuiApplication.styleHints()
        now = _now_ms()
        device_type = self._device.type() if self._device is not None else QInputDevice.DeviceType.Unknown
        reach = (hints.touchDoubleTapDistance() if device_type == QInputDevice.DeviceType.TouchScreen
                 else hints.mouseDoubleClickDistance())
        previous, self._last_tap = self._last_tap, (now, QPointF(self._start), device_type)
        second = (previous is not None and previous[2] == device_type
                  and now - previous[0] <= hints.mouseDoubleClickInterval()
                  and (self._start - previous[1]).manhattanLength() <= reach)
        if second:
            # Where the first tap was: a fingertip lands a few pixels off, and a tool that adds the
            # double-click's point (a line's last vertex) must see the repeat it drops.
            self._last_tap = None  # a third tap starts a new pair, as with the mouse
            where = previous[1]  # type: ignore[index]
            self._send(QEvent.Type.MouseButtonDblClick, where, LEFT, LEFT)
        else:
            where = self._start
            self._send(QEvent.Type.MouseButtonPress, where, LEFT, LEFT)
        self._send(QEvent.Type.MouseButtonRelease, where, LEFT, Qt.MouseButton.NoButton)

    def _abort(self) -> None:
        """Take back a press already sent (the tools first, then the view's drag)."""
        self._clock.stop()
        if self._state is _State.DRAGGING:
            self._state = _State.IDLE
            self.cancelled.emit()
            self._send(QEvent.Type.MouseButtonRelease, self._last, LEFT, Qt.MouseButton.NoButton)

    def _on_long_press(self) -> None:
        if self._state is _State.PENDING:
            self._state = _State.HELD
            self._last_tap = None
            self._set_guard(True)  # before the menu opens: it may open a nested event loop
            self.long_pressed.emit(QPointF(self._start))

    def _set_guard(self, on: bool) -> None:
        if on != self._guarding:
            self._guarding = on
            app = QApplication.instance()
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def _guard_lift(self, event: QEvent) -> bool:
        """While a long press's menu is up: swallow the held finger's or pen's moves and lift, which
        Qt delivers to the popup as mouse events (a popup takes no touch), until that lift."""
        kind = event.type()
        if kind not in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonPress):
            return False
        if event.pointingDevice() is not self._device:  # type: ignore[attr-defined]
            return False
        if kind == QEvent.Type.MouseButtonPress:  # a new contact: the lift was lost; let it through
            self._set_guard(False)
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            self._set_guard(False)
            if self._state is _State.HELD:
                self._state = _State.IDLE
        return True

    def _send(self, kind: QEvent.Type, position: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        viewport = self._viewport
        window = viewport.window()
        local = QPointF(position)
        scene = QPointF(viewport.mapTo(window, local)) if window is not None else local
        device = self._device if self._device is not None else QPointingDevice.primaryPointingDevice()
        event = QMouseEvent(kind, local, scene, QPointF(viewport.mapToGlobal(local)), button, buttons,
                            self._modifiers, device)
        QApplication.sendEvent(viewport, event)


def _now_ms() -> int:
    return int(monotonic() * 1000)

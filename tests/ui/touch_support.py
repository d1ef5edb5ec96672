"""Fingers and a pen for the UI tests, the way Qt delivers them to a widget.

Holds no tests. Fingers go through ``QTest.touchEvent`` (Qt's window-system path: the
widget's touch handling, Qt's gesture recognisers and, for a touch nobody accepts, Qt's
own mouse synthesis all run as on a touch screen). The pen is ``QTabletEvent``s sent to
the widget with a stylus ``QPointingDevice``: PySide has no QTest function for a pen,
and these are the events a widget receives from one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

HOLD_MS = 750  # a finger held longer than the 0.6 s a long press takes (``contact.LONG_PRESS_MS``)
_devices: dict[str, QPointingDevice] = {}


def finger_device() -> QPointingDevice:
    """One touch screen for the whole test run (Qt keeps every device it is told of)."""
    if "touch" not in _devices:
        _devices["touch"] = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    return _devices["touch"]


def pen_device() -> QPointingDevice:
    if "pen" not in _devices:
        caps = (QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
                | QInputDevice.Capability.XTilt | QInputDevice.Capability.YTilt)
        _devices["pen"] = QPointingDevice("Test pen", 4711, QInputDevice.DeviceType.Stylus,
                                          QPointingDevice.PointerType.Pen, caps, 1, 2)
    return _devices["pen"]


def tap(widget: QWidget, pos: QPoint) -> None:
    QTest.touchEvent(widget, finger_device()).press(0, pos, widget).commit()
    QTest.touchEvent(widget, finger_device()).release(0, pos, widget).commit()


def drag(widget: QWidget, points: Sequence[QPoint]) -> None:
    """One finger down on the first point, along the others, up on the last."""
    QTest.touchEvent(widget, finger_device()).press(0, points[0], widget).commit()
    for point in points[1:]:
        QTest.touchEvent(widget, finger_device()).move(0, point, widget).commit()
    QTest.touchEvent(widget, finger_device()).release(0, points[-1], widget).commit()


def long_press(qtbot, widget: QWidget, pos: QPoint, lift: bool = True) -> None:
    """A finger held still past the long-press time (then lifted, unless ``lift`` is False)."""
    QTest.touchEvent(widget, finger_device()).press(0, pos, widget).commit()
    qtbot.wait(HOLD_MS)
    if lift:
        QTest.touchEvent(widget, finger_device()).release(0, pos, widget).commit()


def two_fingers(widget: QWidget, starts: tuple[QPoint, QPoint], ends: tuple[QPoint, QPoint], steps: int = 6) -> None:
    """Two fingers down together, moved in ``steps`` from ``starts`` to ``ends``, lifted together."""
    finger = finger_device()
    QTest.touchEvent(widget, finger).press(0, starts[0], widget).press(1, starts[1], widget).commit()
    # A first pixel apart along x, as fingers settle on a screen: Qt's pinch starts its sequence on
    # this update, so the steps after it are all applied.
    QTest.touchEvent(widget, finger).move(0, starts[0] - QPoint(1, 0), widget).move(1, starts[1] + QPoint(1, 0),
                                                                                 widget).commit()
    for step in range(1, steps + 1):
        a, b = (_between(starts[i], ends[i], step / steps) for i in (0, 1))
        QTest.touchEvent(widget, finger).move(0, a, widget).move(1, b, widget).commit()
    QTest.touchEvent(widget, finger).release(0, ends[0], widget).release(1, ends[1], widget).commit()


def _between(a: QPoint, b: QPoint, t: float) -> QPoint:
    return QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t))


def pen(widget: QWidget, kind: QEvent.Type, pos: QPoint | QPointF, pressure: float = 0.6,
        buttons: Qt.MouseButton = Qt.MouseButton.LeftButton) -> bool:
    """Send one tablet event; True when the widget accepted it (Qt then synthesizes no mouse event)."""
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.TabletMove else Qt.MouseButton.NoButton
    local = QPointF(pos)
    event = QTabletEvent(kind, pen_device(), local, QPointF(widget.mapToGlobal(local)), pressure, 0.0, 0.0, 0.0, 0.0,
                         0.0, Qt.KeyboardModifier.NoModifier, button, buttons)
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def pen_stroke(widget: QWidget, points: Sequence[QPoint], pressures: Iterable[float] | None = None) -> None:
    """Pen down on the first point, along the others (with ``pressures``, if given), up on the last."""
    levels = list(pressures) if pressures is not None else [0.6] * len(points)
    pen(widget, QEvent.Type.TabletPress, points[0], levels[0])
    for point, level in zip(points[1:], levels[1:]):
        pen(widget, QEvent.Type.TabletMove, point, level)
    pen(widget, QEvent.Type.TabletRelease, points[-1], 0.0, Qt.MouseButton.NoButton)


class MouseSpy(QObject):
    """Counts the mouse presses (and double-clicks) a widget receives, with their devices' types."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.presses: list[QInputDevice.DeviceType] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.presses.append(event.pointingDevice().type())  # type: ignore[attr-defined]
        return False

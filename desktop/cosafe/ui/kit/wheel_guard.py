"""The mouse wheel changes a value only in the control that has focus.

Contract: ``install_wheel_guard(app)`` (idempotent; the main window calls it as its
event loop starts) makes, for every combo box, spin box (date, number) and slider of
the application, those made before and those made after:
- the wheel never gives it focus (``WheelFocus`` becomes ``StrongFocus`` when the
  widget is polished: a click or Tab still does);
- a wheel turned over it while it does not have focus changes nothing: the wheel
  passes on to what holds it, so the panel or list around it scrolls;
- with focus (clicked or tabbed into), the wheel steps its value as Qt's own does.
Scroll bars are not guarded: scrolling is what they are for.

Why: in the trial the wheel, scrolling the Proposal dock, changed four proposals'
interventions on its way down, and each change was committed as an edit. Why one
application-wide filter rather than kit subclasses: every panel, dialog and table
editor is covered at once, including the next one written with a plain QComboBox.
Its cost is one Python call per Qt event; the window installs it once it is up, so
the ~17,000 events of start-up with the sample project (about 75 ms of CPU through the
filter) do not pay it, and the widgets made until then are set by one sweep.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_GUARD_NAME = "cosafeWheelGuard"
# Looked up once: the filter runs for every event of the application.
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish
_WHEEL_FOCUS, _STRONG_FOCUS = Qt.FocusPolicy.WheelFocus, Qt.FocusPolicy.StrongFocus


def is_guarded(widget: QObject) -> bool:
    """True for the value controls whose wheel this guard holds back (not scroll bars)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def has_focus_within(widget: QWidget) -> bool:
    """The widget, its focus proxy (a spin box's line edit) or a child of it has the keyboard focus."""
    if widget.hasFocus():
        return True
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)


def no_wheel_focus(widget: QWidget) -> None:
    """A guarded widget takes focus from a click or Tab, never from the wheel passing over it."""
    if is_guarded(widget) and widget.focusPolicy() == _WHEEL_FOCUS:
        widget.setFocusPolicy(_STRONG_FOCUS)


class WheelGuard(QObject):
    """The application's event filter (see the module contract)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            if is_guarded(watched) and not has_focus_within(watched):  # type: ignore[arg-type]
                # Ignored and consumed: Qt then offers a real wheel event to the parents,
                # so the scroll area (or table) around the control scrolls instead.
                event.ignore()
                return True
        elif kind == _POLISH:
            # Qt gives wheel focus before any filter sees the wheel event: set the policy first.
            no_wheel_focus(watched)  # type: ignore[arg-type]
        return False


def install_wheel_guard(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the guard on ``app`` (the running application by default), once."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_wheel_guard needs a QApplication")
    guard = app.findChild(WheelGuard, _GUARD_NAME)
    if guard is None:
        for widget in QApplication.allWidgets():  # those polished before the guard was there
            no_wheel_focus(widget)
        guard = WheelGuard(app)
        guard.setObjectName(_GUARD_NAME)
        app.installEventFilter(guard)
    return guard

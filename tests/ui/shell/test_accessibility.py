"""Accessibility of the main window on the sample, through Qt's accessibility interface.

Every visible control a person can operate — in the window and in its docks — has an
accessible name (what a screen reader says) and a tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QLineEdit,
    QHeaderView, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)
from shell_support import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView)


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls under ``root`` a person can operate (a combo's own line edit is the combo's)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QTabBar) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts: headers (their sections are named), tab bars' arrows, docks' title buttons
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r} in {type(widget.parent()).__name__}"


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def walk_docks(window) -> list[QWidget]:
    """Every dock shown in turn (raised in its tab group), and each one's controls."""
    found: list[QWidget] = list(controls(window))
    for dock in window.findChildren(QDockWidget):
        if not dock.toggleViewAction().isEnabled():
            continue
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        found += controls(dock)
    return list(dict.fromkeys(found))


def test_every_control_has_an_accessible_name_and_a_tooltip(shown):
    shown.resize(1280, 800)
    found = walk_docks(shown)
    assert len(found) > 40  # the window, its toolbars and every dock were walked
    unnamed = sorted(describe(w) for w in found if not accessible_name(w))
    untipped = sorted(describe(w) for w in found if not w.toolTip().strip())
    assert unnamed == [], unnamed
    assert untipped == [], untipped


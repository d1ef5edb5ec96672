"""Tab goes through every dock and every dialog in reading order.

The controls Tab stops at, in the order of Qt's focus chain, are compared with where
they are on screen: each next one is further down, or on the same row (centres within
``ROW_PX``) further right, or at the top of a column to the right of the one before
(a two-column form is read column by column). Going back up or left is an offence.
"""

from __future__ import annotations

import pytest
from dialog_tour import tour
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QTabBar, QTabWidget, QWidget,
)
from shell_support import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
ROW_PX = 8


def takes_tab(widget: QWidget, root: QWidget) -> bool:
    """Whether Tab stops at ``widget`` (as Qt's own focusNextPrevChild decides), within ``root``."""
    if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(root):
        return False
    if not widget.isEnabled() or widget.focusProxy() is not None:
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox)) and not widget.objectName().startswith("qt_")


def tab_chain(root: QWidget) -> list[QWidget]:
    """The controls of ``root`` Tab stops at, in the order it does."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _step in range(5000):
        if widget is root:
            break
        if root.isAncestorOf(widget) and takes_tab(widget, root) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def place(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def name_of(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__} {text!r}"


def out_of_order(root: QWidget, label: str) -> list[str]:
    """The steps of ``root``'s Tab chain that go back up or left (see the module contract)."""
    wrong = []
    chain = tab_chain(root)
    for before, after in zip(chain, chain[1:]):
        a, b = place(before, root), place(after, root)
        same_row = abs(a.center().y() - b.center().y()) <= ROW_PX or (
            b.top() < a.bottom() and a.top() < b.bottom() and abs(a.top() - b.top()) <= ROW_PX)
        if before.isAncestorOf(after):  # into a scrolled panel: its first control
            continue
        if same_row:
            ok = b.left() >= a.center().x()
        else:
            ok = b.top() >= a.top() + ROW_PX or b.left() >= a.right()  # down, or a column to the right
        if not ok:
            wrong.append(f"{label}: {name_of(before)} at {a.getRect()} → {name_of(after)} at {b.getRect()}")
    return wrong


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # a dialog shown is raised
def test_tab_goes_through_every_dialog_in_reading_order(shown, qtbot, monkeypatch):
    wrong: list[str] = []
    lengths: dict[str, int] = {}

    def visit(name: str, dialog) -> None:
        lengths[name] = len(tab_chain(dialog))
        wrong.extend(out_of_order(dialog, name))

    tour(shown, qtbot, monkeypatch, visit)
    assert wrong == [], "\n".join(wrong)
    assert [name for name, length in lengths.items() if length < 1] == []  # every dialog was walked


def test_tab_goes_through_every_dock_in_reading_order(shown):
    shown.resize(1280, 800)
    wrong: list[str] = []
    walked = 0
    for dock in shown.findChildren(QDockWidget):
        if not dock.toggleViewAction().isEnabled():
            continue
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        pages = [tabs for tabs in dock.findChildren(QTabWidget) if not isinstance(tabs.parent(), QTabBar)]
        for tabs in pages or [None]:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                label = dock.windowTitle() + (f" › {tabs.tabText(index)}" if tabs is not None else "")
                wrong.extend(out_of_order(dock, label))
                walked += 1
    assert walked > 10
    assert wrong == [], "\n".join(wrong)

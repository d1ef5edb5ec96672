"""The mouse wheel changes a value only in the control that has focus (issue 14).

In the trial the wheel, scrolling the Proposal dock, changed four interventions on
its way down, each committed as an edit. Here every combo box, spin box and slider
of the main window and its docks, with the sample project open, gets a wheel turn
without focus, as a real wheel sends it (through the window system).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from shell_support import OFFSCREEN_NOISE

from cosafe.core.records import Proposal
from cosafe.ui.kit.wheel_guard import is_guarded

pytestmark = OFFSCREEN_NOISE

SAMPLE = Path(__file__).resolve().parents[3] / "sample_projects" / "riverside.gpkg"
DOWN, UP = QPoint(0, -120), QPoint(0, 120)


@pytest.fixture
def sample_window(window, tmp_path):
    if not SAMPLE.exists():
        pytest.skip("the bundled sample project has not been built")
    copy = tmp_path / "riverside.gpkg"
    shutil.copy(SAMPLE, copy)
    window.resize(1100, 640)  # small enough that the docks scroll
    assert window.open_project(str(copy))
    # One proposal selected: the Proposal dock shows its fields (where the trial lost four).
    proposal = window.session.store.list(Proposal)[0]
    window.features.sketching.selection.select([proposal.uuid])
    QApplication.processEvents()
    return window


def state(widget: QWidget) -> tuple:
    """What the user would see change: the shown value."""
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return (widget.text(),)
    assert isinstance(widget, QAbstractSlider)
    return (widget.value(),)


def bring_forward(widget: QWidget) -> None:
    """Show the dock, tab and page that hold ``widget``, as a user would by clicking their tabs."""
    chain = []
    parent = widget
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    for child, holder in zip(chain, chain[1:]):
        if isinstance(holder, QDockWidget):
            holder.show()
            holder.raise_()
        elif isinstance(holder, QStackedWidget) and isinstance(holder.parentWidget(), QTabWidget):
            holder.parentWidget().setCurrentWidget(child)
    QApplication.processEvents()
    area = scroll_area_of(widget)
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget)
        QApplication.processEvents()


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def dock_of(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else "a toolbar"


def turn_wheel(widget: QWidget, delta: QPoint) -> None:
    """A wheel turn over the middle of ``widget``, delivered as the window system delivers it."""
    top = widget.window()
    QTest.wheelEvent(top.windowHandle(), widget.mapTo(top, widget.rect().center()), delta)
    QApplication.processEvents()


def test_the_wheel_passes_over_every_value_control_without_changing_it(sample_window, qtbot):
    window = sample_window
    guarded = [w for cls in (QComboBox, QAbstractSpinBox, QAbstractSlider) for w in window.findChildren(cls)
               if is_guarded(w)]
    names = {w.objectName() for w in guarded}
    assert {"workshopCombo", "groupCombo", "statusFilter", "voterCombo", "layerOpacity"} <= names
    canvas = window.map_canvas.graphics_view
    undo = window.session.undo_stack
    tried, scrolled = [], []
    for widget in guarded:
        bring_forward(widget)
        if not widget.isVisible():
            continue  # a panel's part not shown in this state (e.g. merge conflicts: there are none)
        area = scroll_area_of(widget)
        bar = area.verticalScrollBar() if area is not None else None
        canvas.setFocus()  # focus is elsewhere: on the map
        before, steps = state(widget), undo.count()
        start = bar.value() if bar is not None else 0
        delta = DOWN if bar is None or start < bar.maximum() else UP
        turn_wheel(widget, delta)
        label = f"{type(widget).__name__} {widget.objectName()!r} in {dock_of(widget)}"
        assert state(widget) == before, f"the wheel changed {label}"
        assert undo.count() == steps, f"the wheel made an edit through {label}"
        assert not widget.hasFocus(), f"the wheel gave focus to {label}"
        tried.append(label)
        if bar is not None and bar.maximum() > 0:
            assert bar.value() != start, f"the panel around {label} did not scroll"
            scrolled.append(label)
    assert len(tried) >= 15
    details = window.features.proposals.properties
    assert any("proposalPropertiesPanel" in repr(w) or w for w in scrolled)
    # The Proposal dock's four combos and its cost were among those that scrolled their panel.
    for field in (details.principle_combo, details.intervention_combo, details.day_night_combo,
                  details.status_combo, details.cost_spin):
        assert scroll_area_of(field).verticalScrollBar().maximum() > 0


def test_a_focused_control_still_takes_the_wheel(sample_window):
    window = sample_window
    combo = window.features.proposals.properties.status_combo
    bring_forward(combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)  # tabbed into
    before, steps = combo.currentIndex(), window.session.undo_stack.count()
    turn_wheel(combo, DOWN if combo.currentIndex() < combo.count() - 1 else UP)
    assert combo.currentIndex() != before
    assert window.session.undo_stack.count() == steps + 1  # chosen on purpose: one edit, as a click would


def test_a_control_made_after_the_window_is_up_is_guarded_too(window, qtbot):
    """A dialog opened later (its widgets polished after the guard was installed)."""
    from PySide6.QtWidgets import QDialog, QSpinBox, QVBoxLayout

    qtbot.waitUntil(lambda: QApplication.instance().findChild(QObject, "cosafeWheelGuard") is not None)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    spins = []
    for _ in range(30):
        spin = QSpinBox(body)
        spin.setValue(5)
        column.addWidget(spin)
        spins.append(spin)
    area.setWidget(body)
    QVBoxLayout(dialog).addWidget(area)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = next(s for s in spins if s.visibleRegion().boundingRect().height() == s.height())
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    turn_wheel(spin, DOWN)
    assert [s.value() for s in spins] == [5] * 30
    assert area.verticalScrollBar().value() > 0

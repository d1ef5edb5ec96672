"""The Layers dock: every change is one undo step, undone and redone with the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionSlider
from shell_support import OFFSCREEN_NOISE, menu_action
from basemap_support import layers_top_down, write_geojson, write_mbtiles

from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.store import basemap
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def two_layers(project_path, tmp_path):
    """The project with a street layer (drawn on top) over an aerial tile layer."""
    with ProjectStore.open(str(project_path)) as store:
        import_mbtiles(store, str(write_mbtiles(tmp_path)))
        import_vector_basemap(store, str(write_geojson(tmp_path)), name="Riverside streets")
    return project_path


@pytest.fixture
def panel_window(window, two_layers, qtbot):
    assert window.open_project(str(two_layers))
    window.features.basemap.dock.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def stored(window, name: str) -> BasemapLayer:
    [layer] = [layer for layer in layers_top_down(window) if layer.name == name]
    return layer


def undo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def select_row(window, row: int) -> None:
    tree = window.features.basemap.panel.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(row))


def last_step(window) -> str:
    stack = window.session.undo_stack
    return stack.text(stack.index() - 1)


def test_panel_lists_layers_top_down_and_is_in_the_left_column(panel_window):
    panel = panel_window.features.basemap.panel
    rows = [[panel.tree.topLevelItem(r).text(c) for c in range(3)] for r in range(panel.tree.topLevelItemCount())]
    assert rows == [["Riverside streets", "Vector", "3"], ["Oakland aerial", "Tiles", "4 tiles"]]
    # Below the overview, in front of the audits and the perception map (shell/dock_layout.py).
    layers = panel_window.features.basemap.dock
    assert panel_window.dockWidgetArea(layers) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert panel_window.overview_dock not in panel_window.tabifiedDockWidgets(layers)  # a stack of its own
    assert panel_window.features.audits.dock in panel_window.tabifiedDockWidgets(layers)
    assert menu_action(panel_window, "View", "Layers").isChecked()
    assert panel_window.history_dock.width() <= 360  # the right column (proposal panels) stays narrow beside the map


def test_hide_and_show_with_the_keyboard(panel_window, qtbot):
    select_row(panel_window, 0)
    qtbot.keyClick(panel_window.features.basemap.panel.tree, Qt.Key.Key_Space)  # toggles the checkbox
    qtbot.waitUntil(lambda: not stored(panel_window, "Riverside streets").visible)
    assert last_step(panel_window) == "Hide layer “Riverside streets”"
    assert panel_window.features.basemap.panel.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    undo(qtbot, panel_window)
    assert stored(panel_window, "Riverside streets").visible
    assert panel_window.features.basemap.panel.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    redo(qtbot, panel_window)
    assert not stored(panel_window, "Riverside streets").visible


def test_rename_with_f2(panel_window, qtbot):
    select_row(panel_window, 1)
    tree = panel_window.features.basemap.panel.tree
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Aerial photo 2024")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel_window.session.undo_stack.count() == 1)
    assert last_step(panel_window) == "Rename layer “Oakland aerial” to “Aerial photo 2024”"
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Riverside streets", "Aerial photo 2024"]
    undo(qtbot, panel_window)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Riverside streets", "Oakland aerial"]
    assert tree.topLevelItem(1).text(0) == "Oakland aerial"
    redo(qtbot, panel_window)
    assert stored(panel_window, "Aerial photo 2024").kind == "tiles"


def test_opacity_drag_is_one_step_and_keys_are_steps(panel_window, qtbot):
    select_row(panel_window, 1)
    slider = panel_window.features.basemap.panel.opacity_slider
    assert slider.isEnabled() and slider.value() == 100
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider).center()
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle)
    for x in range(handle.x(), handle.x() - slider.width() // 2, -10):  # many ticks on the way
        qtbot.mouseMove(slider, QPoint(x, handle.y()))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(handle.x() - slider.width() // 2, handle.y()))
    stack = panel_window.session.undo_stack
    assert stack.count() == 1
    dragged = stored(panel_window, "Oakland aerial").opacity
    assert 0.3 < dragged < 0.7
    assert last_step(panel_window) == f"Set opacity of “Oakland aerial” to {round(dragged * 100)}%"
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    assert stack.count() == 2
    assert stored(panel_window, "Oakland aerial").opacity == pytest.approx(dragged - 0.1)
    undo(qtbot, panel_window)
    undo(qtbot, panel_window)
    assert stored(panel_window, "Oakland aerial").opacity == 1.0
    assert slider.value() == 100
    redo(qtbot, panel_window)
    assert stored(panel_window, "Oakland aerial").opacity == pytest.approx(dragged)


def test_move_down_and_up_are_single_steps(panel_window, qtbot):
    panel = panel_window.features.basemap.panel
    select_row(panel_window, 0)
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Oakland aerial", "Riverside streets"]
    assert panel.selected_layer().name == "Riverside streets"  # the selection moves with the layer
    stack = panel_window.session.undo_stack
    assert stack.count() == 1 and last_step(panel_window) == "Move layer “Riverside streets” down"
    undo(qtbot, panel_window)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Riverside streets", "Oakland aerial"]
    redo(qtbot, panel_window)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Oakland aerial", "Riverside streets"]
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Riverside streets", "Oakland aerial"]
    assert last_step(panel_window) == "Move layer “Riverside streets” up"


def test_remove_asks_and_undo_brings_features_back(panel_window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask_confirm", lambda _parent, title, message, confirm: asked.append(message) or True)
    store = panel_window.session.store
    select_row(panel_window, 0)
    qtbot.mouseClick(panel_window.features.basemap.panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove “Riverside streets”" in asked[0]
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Oakland aerial"]
    assert last_step(panel_window) == "Remove layer “Riverside streets”"
    assert list(basemap.iter_features(store)) == []
    undo(qtbot, panel_window)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Riverside streets", "Oakland aerial"]
    assert len(list(basemap.iter_features(store))) == 3
    redo(qtbot, panel_window)
    assert [layer.name for layer in layers_top_down(panel_window)] == ["Oakland aerial"]


def test_remove_declined_changes_nothing(panel_window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_confirm", lambda *_args: False)
    select_row(panel_window, 0)
    qtbot.mouseClick(panel_window.features.basemap.panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(layers_top_down(panel_window)) == 2 and panel_window.session.undo_stack.count() == 0


def test_read_only_project_disables_every_control(window, two_layers, qtbot):
    assert window.open_project(str(two_layers), read_only=True)
    panel = window.features.basemap.panel
    select_row(window, 0)
    item = panel.tree.topLevelItem(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable and not item.flags() & Qt.ItemFlag.ItemIsEditable
    for control in (panel.opacity_slider, panel.up_button, panel.down_button, panel.remove_button,
                    panel.import_button):
        assert not control.isEnabled()


def test_empty_project_shows_a_hint_and_import_button(window, project_path, qtbot):
    assert window.open_project(str(project_path))
    panel = window.features.basemap.panel
    assert panel.empty_label.isVisibleTo(panel) and not panel.tree.isVisibleTo(panel)
    assert panel.import_button.isEnabled()

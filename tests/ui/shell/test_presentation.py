"""View › Full Screen (F11), View › Presentation Mode (F5), Escape; the presentation's sizes, contents and screen."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDockWidget, QLabel, QMenuBar
from shell_support import OFFSCREEN_NOISE, menu_action
from test_screen_fit import probe

from cosafe.ui.host import MenuId
from cosafe.ui.shell.presentation import MIN_TARGET_PX, SCALE_KEY, presentation_screen

pytestmark = OFFSCREEN_NOISE


def present(window, qtbot):
    """Press F5 in the window; returns the presentation window, active."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = window.presentation.window
    assert shown is not None
    qtbot.waitUntil(lambda: shown.isVisible() and shown.isActiveWindow())
    return shown


def visible_in(top, kind) -> list:
    return [widget for widget in top.findChildren(kind) if widget.isVisible()]


# -- full screen --------------------------------------------------------------------------------


def test_f11_fills_the_screen_and_escape_leaves(shown, qtbot):
    assert shown.isMaximized() and not shown.isFullScreen()
    qtbot.keyClick(shown, Qt.Key.Key_F11)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.frameGeometry() == shown.screen().geometry()
    assert menu_action(shown, "View", "Full Screen").isChecked()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    assert shown.isMaximized()  # as it was before
    assert not menu_action(shown, "View", "Full Screen").isChecked()
    # Escape means nothing to the window now: the map and the panels keep the key.
    assert not shown.commands.leave_mode.isEnabled()


# -- presentation: in and out -------------------------------------------------------------------


def test_f5_puts_the_map_full_screen_and_escape_brings_it_back(shown, qtbot):
    canvas, voting = shown.map_canvas, shown.features.proposals.voting_dock
    panel = voting.widget()
    presentation = present(shown, qtbot)
    assert menu_action(shown, "View", "Presentation Mode").isChecked()
    # One screen: the presentation covers it; the map fills all but the tools and the legend.
    screen = shown.screen()
    assert presentation.screen() is screen and presentation.isFullScreen()
    assert presentation.geometry() == screen.geometry()
    assert canvas.window() is presentation and canvas.isVisible()
    assert canvas.width() * canvas.height() >= 0.6 * screen.geometry().width() * screen.geometry().height()
    assert shown.pages.currentWidget() is shown.map_away  # the main window says where the map went
    assert panel.window() is presentation and voting.widget() is not panel

    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())
    assert canvas.window() is shown and shown.pages.currentWidget() is canvas
    assert voting.widget() is panel
    assert not menu_action(shown, "View", "Presentation Mode").isChecked()
    qtbot.waitUntil(shown.isActiveWindow)  # the keys are the facilitator's window's again
    # F5 again, and F5 in the presentation ends it too.
    presentation = present(shown, qtbot)
    qtbot.keyClick(presentation, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not presentation.isVisible())
    assert canvas.window() is shown


def test_closing_the_project_ends_the_presentation(shown, qtbot):
    present(shown, qtbot)
    canvas = shown.map_canvas
    shown.close_project()
    assert not shown.presentation.active and not shown.presentation.window.isVisible()
    assert canvas.window() is shown and shown.pages.currentWidget() is shown.welcome
    assert not menu_action(shown, "View", "Presentation Mode").isEnabled()


def test_unplugging_the_projector_ends_the_presentation(shown, qtbot):
    presentation = present(shown, qtbot)
    QApplication.instance().screenRemoved.emit(presentation.screen())  # as Qt says when a screen goes
    assert not shown.presentation.active and not presentation.isVisible()
    assert shown.map_canvas.window() is shown


# -- what the room sees --------------------------------------------------------------------------


def test_text_and_targets_are_large_enough_for_a_room(shown, qtbot):
    normal = QApplication.font().pointSizeF()
    presentation = present(shown, qtbot)
    assert presentation.scale == 2.0  # the default
    for widget in visible_in(presentation, QLabel) + visible_in(presentation, QAbstractButton):
        assert widget.font().pointSizeF() >= 1.75 * normal, widget
    for widget in visible_in(presentation, QAbstractButton) + visible_in(presentation, QComboBox):
        assert widget.height() >= MIN_TARGET_PX, (widget, widget.text() if hasattr(widget, "text") else "")
    for button in visible_in(presentation.toolbar, QAbstractButton):
        assert button.width() >= MIN_TARGET_PX, button.text()
    # The voting's rows, clicked to place dots, are targets too.
    qtbot.mouseClick(presentation.toolbar.widgetForAction(presentation.voting_action), Qt.MouseButton.LeftButton)
    dots = shown.features.proposals.voting.proposals
    qtbot.waitUntil(dots.isVisible)
    assert dots.count() > 0
    assert all(dots.visualItemRect(dots.item(row)).height() >= MIN_TARGET_PX for row in range(dots.count()))


def test_the_text_size_is_chosen_in_the_view_menu_and_kept(shown, qtbot):
    normal = QApplication.font().pointSizeF()
    presentation = present(shown, qtbot)
    sizes = next(a.menu() for a in shown.host.menu(MenuId.VIEW).actions()
                 if a.menu() is not None and a.text().replace("&", "") == "Presentation Text Size")
    assert [a.text() for a in sizes.actions()] == ["175%", "200%", "250%", "300%"]
    next(a for a in sizes.actions() if a.text() == "300%").trigger()
    assert presentation.leave_button.font().pointSizeF() == pytest.approx(3 * normal)
    assert float(QSettings().value(SCALE_KEY)) == 3.0
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert shown.presentation.scale == 3.0  # the next presentation too


def test_only_what_the_room_uses_is_on_screen(shown, qtbot):
    presentation = present(shown, qtbot)
    buttons = sorted(button.text() or button.toolTip() for button in visible_in(presentation, QAbstractButton))
    assert buttons == sorted(["Select", "Point", "Line", "Area", "Freehand", "Perception Pin", "Voting", "Undo",
                              "Redo", "End Presentation (Esc)"])
    # The End button is a square with its words in its tooltip; the choosers go without labels.
    leave = presentation.leave_button
    assert leave.text() == "" and not leave.icon().isNull() and leave.accessibleName() == "End Presentation (Esc)"
    assert MIN_TARGET_PX <= leave.width() <= 1.2 * leave.height()
    assert visible_in(presentation.choosers, QLabel) == []
    assert not visible_in(presentation, QMenuBar) and not presentation.findChildren(QDockWidget)
    combos = visible_in(presentation.choosers, QComboBox)
    assert [combo.currentText() for combo in combos] == ["Riverside safety mapping workshop", "Women traders"]
    # The legend: the workshop's groups, the one drawing now marked, and the pins.
    assert presentation.legend.rows == [("Women traders", True), ("Youth", False), ("Residents and elders", False),
                                        ("Feels safe (pin)", False), ("Feels unsafe (pin)", False)]
    # The voting waits for its turn beside the map.
    dots = shown.features.proposals.voting.proposals
    assert not dots.isVisible()
    presentation.voting_action.trigger()
    assert dots.isVisible() and presentation.side_panel.width() > presentation.legend.width()


def test_the_choosers_keep_their_keys_and_names_without_their_labels(shown, qtbot):
    presentation = present(shown, qtbot)
    workshop, group = visible_in(presentation.choosers, QComboBox)
    assert (workshop.accessibleName(), group.accessibleName()) == ("Workshop", "Group")
    qtbot.keyClick(presentation, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(group.hasFocus)
    qtbot.keyClick(presentation, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(workshop.hasFocus)


def test_the_group_chosen_in_the_presentation_is_the_windows(shown, qtbot):
    presentation = present(shown, qtbot)
    context = shown.features.workshops.context
    group_combo = visible_in(presentation.choosers, QComboBox)[1]
    youth = group_combo.findText("Youth")
    group_combo.setCurrentIndex(youth)
    group_combo.activated.emit(youth)  # as a click on the item does
    assert context.group is not None and context.group.name == "Youth"
    assert shown.features.workshops.selector.group_combo.currentText() == "Youth"
    assert presentation.legend.rows[1] == ("Youth", True)


def test_undo_in_the_presentation_undoes_the_last_edit(shown, qtbot, monkeypatch):
    from test_shell_undo import rename

    rename(shown, monkeypatch, "Renamed")
    presentation = present(shown, qtbot)
    undo = presentation.toolbar.widgetForAction(shown.commands.undo_button)
    assert undo.text() == "Undo" and undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert shown.session.store.name == "Riverside Market sample"
    qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown.session.store.name == "Renamed"  # and the keys work there too


# -- which screen ---------------------------------------------------------------------------------


@dataclass
class FakeScreen:
    name: str
    rect: QRect

    def geometry(self) -> QRect:
        return self.rect


def test_the_presentation_goes_to_the_projector_not_the_laptop():
    laptop = FakeScreen("laptop", QRect(0, 0, 1366, 768))
    projector = FakeScreen("projector", QRect(1366, 0, 1920, 1080))
    small_projector = FakeScreen("old projector", QRect(1366, 0, 1024, 768))
    assert presentation_screen(laptop, [laptop]) is laptop  # one screen: that one
    assert presentation_screen(laptop, [laptop, projector]) is projector
    assert presentation_screen(projector, [laptop, projector]) is laptop  # the window moved to the projector
    assert presentation_screen(laptop, [laptop, small_projector]) is small_projector  # another screen, however small
    # Three screens: the largest other than the facilitator's; of two as large, the later.
    monitor = FakeScreen("monitor", QRect(-1920, 0, 1920, 1080))
    assert presentation_screen(laptop, [monitor, laptop, projector]) is projector
    assert presentation_screen(None, [laptop, projector]) is projector


def test_with_a_projector_the_laptop_keeps_the_normal_window(tmp_path):
    seen = probe(tmp_path, "laptop_and_projector.json", "--present")
    assert seen["window_screen"] == "laptop" and seen["main_after"]["screen"] == "laptop"
    assert QRect(0, 0, 1366, 768).contains(QRect(*seen["main_after"]["frame"]))
    assert seen["presentation"] == {"screen": "projector", "frame": [1366, 0, 1920, 1080], "full_screen": True}


def test_escape_while_drawing_cancels_the_drawing_not_the_presentation(shown, qtbot):
    """Mid-drawing on the projector, Escape is the drawing's: the first cancels the line,
    the next puts the tool down, and only then does Escape end the presentation."""
    presentation = present(shown, qtbot)
    sketching = shown.features.sketching
    sketching.tool_actions["line"].trigger()
    view = shown.map_canvas.graphics_view
    centre = view.viewport().rect().center()
    for offset in (QPoint(-80, 0), QPoint(60, 40)):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + offset)
    assert sketching.controller.tool.busy
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert shown.presentation.active and presentation.isVisible()
    assert not sketching.controller.tool.busy
    assert sketching.tool_actions["line"].isChecked()  # ready for the next line
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert shown.presentation.active
    assert sketching.tool_actions["select"].isChecked() and sketching.controller.tool.name == "select"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())
    assert not shown.presentation.active

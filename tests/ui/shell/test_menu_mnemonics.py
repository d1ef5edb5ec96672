"""Every menu of the window, on the sample, can be driven by its mnemonics.

Each top-level menu's title and each entry of every menu (submenus too) has exactly one
"&" mnemonic ("&&" is a literal ampersand), and no two visible entries of one menu, nor
two top-level menus, share a letter: Alt+letter, then a letter, reaches every command.
A control of the window (a button, a labelled field, a group box) whose mnemonic took a
menu's letter would take Alt+letter from the menu while it is shown: none does, nor do two
controls share one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QMenu, QWidget
from shell_support import OFFSCREEN_NOISE

from cosafe.ui.kit.mnemonics import mnemonics

pytestmark = OFFSCREEN_NOISE


def offenders(label: str, actions: list[QAction]) -> list[str]:
    """Entries of one menu (or the menu bar) without exactly one mnemonic, or sharing one."""
    wrong, seen = [], {}
    for action in actions:
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        marks = mnemonics(action.text())
        if len(marks) != 1:
            wrong.append(f"{label} › {action.text()!r}: {len(marks)} mnemonics")
            continue
        if marks[0] in seen:
            wrong.append(f"{label} › {action.text()!r} shares {marks[0]!r} with {seen[marks[0]]!r}")
        seen.setdefault(marks[0], action.text())
    return wrong


def walk(label: str, menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when shown (Open Recent, sizes) fill now
    wrong = offenders(label, menu.actions())
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            wrong += walk(f"{label} › {action.text()}", action.menu())
    return wrong


def test_every_menu_entry_has_one_mnemonic_unique_in_its_menu(shown):
    bar = shown.menuBar().actions()
    assert len(bar) >= 7  # File, Edit, View, Workshop, Draw, Audit, Plan, Help
    wrong = offenders("menu bar", bar)
    walked = set()
    for action in bar:
        if action.menu() is not None:
            wrong += walk(action.text(), action.menu())
            walked |= {id(m) for m in [action.menu(), *action.menu().findChildren(QMenu)]}
    others = [m for m in shown.findChildren(QMenu) if id(m) not in walked and m.actions()]
    for menu in others:  # a button's menu, a dock's: the window's other menus
        wrong += walk(f"{type(menu.parent()).__name__} menu", menu)
    assert wrong == [], "\n".join(wrong)


def window_mnemonics(window) -> list[tuple[str, str]]:
    """(letter, what) of the window's controls with a mnemonic: buttons, fields' labels, group boxes."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        found += [(letter, f"{type(widget).__name__} {text!r}") for letter in mnemonics(text)]
    return found


def test_no_control_of_the_window_takes_a_menus_alt_letter(shown):
    shown.resize(1600, 1000)
    for dock in shown.findChildren(QDockWidget):  # every panel, as if all were shown at once
        if dock.toggleViewAction().isEnabled():
            dock.show()
    QApplication.processEvents()
    menus = {letter for action in shown.menuBar().actions() for letter in mnemonics(action.text())}
    controls = window_mnemonics(shown)
    assert len(controls) >= 2  # the workshop bar's Workshop and Group
    assert [what for letter, what in controls if letter in menus] == []
    letters = [letter for letter, _what in controls]
    assert sorted({what for letter, what in controls if letters.count(letter) > 1}) == []


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")  # offscreen menus
@pytest.mark.parametrize("on_map", [False, True])
def test_a_letter_in_an_open_menu_chooses_its_entry_not_a_map_tool(shown, qtbot, on_map):
    """Draw › N is Snap to Basemap (N is also the Pin tool's key on the map); Draw › P the Point tool, menu closed."""
    if on_map:
        shown.map_canvas.graphics_view.setFocus()
    sketching, audits = shown.features.sketching, shown.features.audits
    for letter, chosen in ((Qt.Key.Key_N, sketching.snap_action), (Qt.Key.Key_P, sketching.tool_actions["point"])):
        was = chosen.isChecked()
        qtbot.keyClick(QApplication.focusWidget() or shown, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), letter)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        assert chosen.isChecked() != was or chosen.isChecked()
        assert not any(action.isChecked() for action in audits.tool_actions.values())

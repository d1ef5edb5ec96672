"""Every menu of the window, on the sample, can be driven by its mnemonics.

Each top-level menu's title and each entry of every menu (submenus too) has exactly one
"&" mnemonic ("&&" is a literal ampersand), and no two visible entries of one menu, nor
two top-level menus, share a letter: Alt+letter, then a letter, reaches every command.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from shell_support import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def mnemonics(text: str) -> list[str]:
    """The letters marked by a single "&" in ``text`` ("&&" is a literal ampersand)."""
    found, index = [], 0
    while index < len(text):
        if text[index] == "&":
            if index + 1 < len(text) and text[index + 1] == "&":
                index += 2
                continue
            if index + 1 < len(text):
                found.append(text[index + 1].lower())
        index += 1
    return found


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

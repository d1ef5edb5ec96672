"""Accessibility of the main window on the sample, through Qt's accessibility interface.

Every visible control a person can operate — in the window and in its docks — has an
accessible name (what a screen reader says) and a tooltip. In every dialog (the tour of
``dialog_tour``) each has an accessible name, its own or the one Qt takes from its label,
and a tooltip or a label a sighted person reads. A workshop and a group are
made with key presses only: the menu bar by its mnemonic, the menu by the arrow keys,
the dialogs by typing and Enter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QFormLayout, QLineEdit,
    QHeaderView, QLabel, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget,
)
from dialog_tour import FROM_MENUS, MADE, tour
from shell_support import OFFSCREEN_NOISE

from cosafe.core.records import Group, Workshop

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
    """Every dock shown in turn (raised in its tab group, each of its tab pages shown), and its controls."""
    found: list[QWidget] = list(controls(window))
    for dock in window.findChildren(QDockWidget):
        if not dock.toggleViewAction().isEnabled():
            continue
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        found += controls(dock)
        for tabs in dock.findChildren(QTabWidget):  # every page of a dock's tabs (Analysis, Action Plan)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
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


def labelled(widget: QWidget) -> bool:
    """A tooltip, or a label a sighted person reads: a button's text, a buddy label that is shown."""
    if widget.toolTip().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    parent = widget.parentWidget()
    form = parent.layout() if parent is not None else None
    if isinstance(form, QFormLayout):  # where Qt itself looks for a field's name
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.isVisible() and label.text().strip():
            return True
    return any(label.buddy() is widget and label.isVisible() and label.text().strip()
               for label in widget.window().findChildren(QLabel))


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # a dialog shown is raised
def test_every_control_of_every_dialog_has_an_accessible_name_and_a_label(shown, qtbot, monkeypatch):
    """Each dialog of the tour: its controls are named for a screen reader and labelled or tipped on screen."""
    unnamed: list[str] = []
    unlabelled: list[str] = []

    def visit(name: str, dialog) -> None:
        found = controls(dialog)
        assert found, name
        unnamed.extend(f"{name}: {describe(w)}" for w in found if not accessible_name(w))
        unlabelled.extend(f"{name}: {describe(w)}" for w in found if not labelled(w))

    seen = tour(shown, qtbot, monkeypatch, visit)
    assert seen == [name for name, _menu, _entry in FROM_MENUS] + MADE
    assert unnamed + unlabelled == [], "\n".join(["unnamed:", *unnamed, "unlabelled:", *unlabelled])


def answer_dialog(qtbot, typed: str) -> list[str]:
    """When the next dialog opens, type ``typed`` into its focused field and press Enter.

    Returns the list the dialog's title is put in. A dialog Enter did not close is
    rejected, so a failing test fails rather than hangs.
    """
    seen: list[str] = []

    def type_in() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.focusWidget() is None:
            QTimer.singleShot(20, type_in)
            return
        seen.append(dialog.windowTitle())
        field = dialog.focusWidget()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over what is there
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen.append("still open after Enter")
            dialog.reject()

    QTimer.singleShot(0, type_in)
    return seen


def choose_from_menu(qtbot, window, menu_key: Qt.Key, item: str) -> None:
    """Alt+``menu_key`` opens a menu from the menu bar; the arrow keys go down to ``item``, Enter chooses it."""
    window.activateWindow()  # what the window manager does when a dialog closes (offscreen does not)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    for _step in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text().replace("&", "").startswith(item):
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text().replace("&", "").startswith(item) and menu.activeAction().isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Return)


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")  # offscreen menus
def test_a_workshop_and_a_group_can_be_made_from_the_keyboard_alone(shown, qtbot):
    store = shown.session.store
    workshop_title = answer_dialog(qtbot, "Evening walk")
    choose_from_menu(qtbot, shown, Qt.Key.Key_K, "New")  # Wor&kshop › New Workshop…
    qtbot.waitUntil(lambda: any(w.title == "Evening walk" for w in store.list(Workshop)))
    assert workshop_title == ["New Workshop"]
    group_title = answer_dialog(qtbot, "Night shift workers")
    choose_from_menu(qtbot, shown, Qt.Key.Key_K, "Add")  # Wor&kshop › Add Group…
    qtbot.waitUntil(lambda: any(g.name == "Night shift workers" for g in store.list(Group)))
    [workshop] = [w for w in store.list(Workshop) if w.title == "Evening walk"]
    [group] = [g for g in store.list(Group) if g.name == "Night shift workers"]
    assert group.workshop_uuid == workshop.uuid and group_title == ["Add Group"]

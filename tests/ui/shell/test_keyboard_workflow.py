"""The workshop's main work done with key presses only, on the sample.

Open the sample (File › Open Sample Project by mnemonics), choose the workshop and the
group (Alt+W, Alt+G: the workshop bar's labels), make a point proposal (Draw › Point puts
the keyboard on the map; arrow keys move the map under the crosshair, Enter places at
the centre), type its title (the Title field has the focus), give it a dot (F6 to the
Voting panel, Tab to its list, + on the proposal) and place a perception pin (Audit ›
Perception Pin, Enter, Enter in the pin dialog). No mouse event is sent by the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from shell_support import OFFSCREEN_NOISE

from cosafe.core.projection import point_to_mercator
from cosafe.core.records import Group, PerceptionPin, Proposal, Vote

# Offscreen windows and menus: one mark (pytest-qt reads only the nearest), all its messages.
pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE.args,
                                       r"This plugin does not support (raise\(\)|grabbing the keyboard)")
ALT = Qt.KeyboardModifier.AltModifier


def menu_key(qtbot, window, menu_letter: Qt.Key, entry_letter: Qt.Key) -> None:
    """Alt+``menu_letter`` opens a menu of the menu bar; ``entry_letter`` chooses its entry."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, menu_letter, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), entry_letter)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.activateWindow()  # what the window manager does when a menu closes (offscreen does not)
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person's key reaches the window."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_workshop_can_be_run_from_the_keyboard(window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(window.files, "sample_folder", lambda: str(tmp_path / "samples"))
    window.resize(1600, 1000)

    menu_key(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)  # File › Open &Sample Project
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    store = window.session.store
    context = window.features.workshops.context
    selector = window.features.workshops.selector

    # The workshop bar: Alt+W and Alt+G reach its choosers; the arrow keys choose.
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)
    assert QApplication.focusWidget() is selector.workshop_combo
    assert context.workshop_uuid == selector.workshop_combo.currentData()
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)
    assert QApplication.focusWidget() is selector.group_combo
    before = context.group_uuid
    press(qtbot, Qt.Key.Key_Down)
    group = context.group_uuid
    assert group is not None and group != before
    assert store.get(Group, group).workshop_uuid == context.workshop_uuid

    # Draw › Point: the map has the keyboard; an arrow moves the map, Enter places at the centre.
    canvas = window.map_canvas
    menu_key(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas.graphics_view)
    assert canvas.overlay.crosshair
    press(qtbot, Qt.Key.Key_Right)
    centre = canvas.view_box.viewRect().center()
    proposals = {p.uuid for p in store.list(Proposal)}
    press(qtbot, Qt.Key.Key_Return)
    [new] = [p for p in store.list(Proposal) if p.uuid not in proposals]
    x, y = point_to_mercator(new.geom.x, new.geom.y)
    pixel_x, pixel_y = canvas.view_box.viewPixelSize()
    assert abs(x - centre.x()) < 2 * pixel_x and abs(y - centre.y()) < 2 * pixel_y
    assert (new.group_uuid, new.workshop_uuid) == (group, context.workshop_uuid)

    # Its title: the Title field has the focus, its text selected to type over.
    title_edit = window.features.proposals.properties.title_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title_edit)
    qtbot.keyClicks(title_edit, "Bench by the gate")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get(Proposal, new.uuid).title == "Bench by the gate")

    # A dot: F6 goes from panel to panel to the Voting panel; Tab to its list; + gives the dot.
    voting = window.features.proposals.voting
    for _panel in range(20):
        if voting.isAncestorOf(QApplication.focusWidget()):
            break
        press(qtbot, Qt.Key.Key_F6)
    assert voting.isAncestorOf(QApplication.focusWidget())
    for _control in range(10):
        if QApplication.focusWidget() is voting.voter_combo:
            break
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)  # the last voter, who has dots left in the sample
    while QApplication.focusWidget() is not voting.proposals:
        press(qtbot, Qt.Key.Key_Tab)
    for _row in range(voting.proposals.count()):
        if voting.proposals.currentItem() is not None and voting.proposals.currentItem().data(
                Qt.ItemDataRole.UserRole) == new.uuid:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert voting.proposals.currentItem().data(Qt.ItemDataRole.UserRole) == new.uuid
    assert not any(vote.proposal_uuid == new.uuid for vote in store.list(Vote))
    press(qtbot, Qt.Key.Key_Plus)
    assert sum(vote.dots for vote in store.list(Vote) if vote.proposal_uuid == new.uuid) == 1

    # A pin: Audit › Perception Pin puts the keyboard on the map; Enter places; Enter accepts the dialog.
    menu_key(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas.graphics_view)
    pins = len(store.list(PerceptionPin))
    before_pins = {p.uuid for p in store.list(PerceptionPin)}
    answered: list[str] = []

    def accept_with_enter() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.focusWidget() is None:
            QTimer.singleShot(20, accept_with_enter)
            return
        answered.append(dialog.windowTitle())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        if dialog.isVisible():
            answered.append("still open after Enter")
            dialog.reject()

    QTimer.singleShot(0, accept_with_enter)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.list(PerceptionPin)) == pins + 1)
    assert answered == ["New Perception Pin"]
    [pin] = [p for p in store.list(PerceptionPin) if p.uuid not in before_pins]
    x, y = point_to_mercator(pin.geom.x, pin.geom.y)
    centre = canvas.view_box.viewRect().center()
    assert abs(x - centre.x()) < 2 * canvas.view_box.viewPixelSize()[0]
    assert (pin.workshop_uuid, pin.group_uuid) == (context.workshop_uuid, group)

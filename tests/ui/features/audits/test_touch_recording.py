"""Recording with fingers: a tap places one pin (one dialog), a tap a fingertip off a pin edits it,
two fingers place nothing, a long press offers a pin's commands and finishes a route."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QInputDevice
from PySide6.QtWidgets import QApplication
from shell_support import answer_next_modal
from touch_support import MouseSpy, long_press, tap, two_fingers

from cosafe.core.edits import AddRecord
from cosafe.core.records import AuditWalk, PerceptionPin
from cosafe.ui.features.audits.pin_dialog import PinDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)")


def menu_entries(recording) -> dict[str, object]:
    menu = recording.canvas.context_menu
    assert menu is not None, "no context menu is shown"
    return {action.text().replace("&", ""): action for action in menu.actions() if action.text()}


def choose(recording, text: str) -> None:
    entries = menu_entries(recording)
    recording.canvas.context_menu.close()
    entries[text].trigger()


def test_a_tap_places_one_pin_a_near_tap_edits_it_and_two_fingers_place_none(recording, monkeypatch):
    dialogs: list[str] = []
    original_exec = PinDialog.exec
    monkeypatch.setattr(PinDialog, "exec", lambda self: dialogs.append(self.windowTitle()) or original_exec(self))
    recording.ui.tool_actions["pin"].trigger()
    spy = MouseSpy(recording.viewport)
    spot = recording.at(0.001, -0.0005)
    answer_next_modal(lambda dialog: dialog.accept())
    tap(recording.viewport, spot)
    [pin] = recording.store.list(PerceptionPin)
    assert len(dialogs) == 1 and spy.presses == [QInputDevice.DeviceType.TouchScreen]  # one press, one pin
    assert abs(pin.geom.x - recording.canvas.lonlat_at(QPointF(spot))[0]) < 2e-5

    recording.qtbot.wait(QApplication.doubleClickInterval() + 50)
    answer_next_modal(lambda dialog: dialog.safe_radio.setChecked(True) or dialog.accept())
    tap(recording.viewport, spot + QPoint(15, 5))  # a fingertip off the 13 px marker: still the pin
    assert dialogs[-1] == "Edit Perception Pin" and len(recording.store.list(PerceptionPin)) == 1
    assert recording.store.get(PerceptionPin, pin.uuid).feeling == "safe"

    width = recording.canvas.view_box.viewRect().width()
    two_fingers(recording.viewport, (spot, spot + QPoint(100, 0)), (spot - QPoint(30, 0), spot + QPoint(130, 0)))
    assert len(dialogs) == 2 and len(recording.store.list(PerceptionPin)) == 1  # no pin: they zoomed
    assert recording.canvas.view_box.viewRect().width() < width


def test_a_long_press_on_a_pin_offers_edit_and_delete_whatever_the_tool(recording):
    recording.ui.tool_actions["pin"].trigger()
    answer_next_modal(lambda dialog: dialog.accept())
    recording.click(0.001, 0.0)
    [pin] = recording.store.list(PerceptionPin)
    recording.window.features.sketching.tool_actions["select"].trigger()
    long_press(recording.qtbot, recording.viewport, recording.at(0.001, 0.0) + QPoint(0, 16))
    assert list(menu_entries(recording)) == ["Edit Pin…", "Delete Pin", "What Is Here?"]
    choose(recording, "Delete Pin")
    assert recording.store.get(PerceptionPin, pin.uuid) is None
    assert recording.undo_texts()[-1] == "Delete unsafe pin"


def test_a_route_is_tapped_and_finished_from_the_long_press_menu(recording):
    walk = AuditWalk(title="Market street by night", workshop_uuid=recording.workshop.uuid)
    assert recording.window.session.perform(AddRecord(walk, "Add walk"))
    recording.ui.panel.refresh()
    recording.ui.panel.select_walk(walk.uuid)
    recording.ui.tool_actions["route"].trigger()
    for corner in [(-0.002, 0.0), (0.0, 0.001), (0.002, 0.0), (0.003, 0.001)]:
        tap(recording.viewport, recording.at(*corner))
        recording.qtbot.wait(QApplication.doubleClickInterval() + 50)
    long_press(recording.qtbot, recording.viewport, recording.at(0.0, -0.001))
    assert list(menu_entries(recording))[:3] == ["Finish Route", "Remove Last Point", "Cancel Route"]
    choose(recording, "Remove Last Point")
    long_press(recording.qtbot, recording.viewport, recording.at(0.0, -0.001))
    choose(recording, "Finish Route")
    route = recording.store.get(AuditWalk, walk.uuid).geom
    assert route is not None and len(route.coords) == 3

"""Perception pins with the map's pin tool and the pin dialog; the Reason Tags dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from audit_support import NOISE
from shell_support import answer_next_modal
from map_support import LAT, LON

from cosafe.core.records import PerceptionPin, ReasonTag
from cosafe.ui.features.audits.pin_dialog import PinDialog
from cosafe.ui.features.audits.reason_tags_dialog import ReasonTagsDialog

pytestmark = NOISE


def tick(dialog: PinDialog, *labels: str) -> None:
    for row in range(dialog.tag_list.count()):
        item = dialog.tag_list.item(row)
        if item.text() in labels:
            item.setCheckState(Qt.CheckState.Checked)


def offered_tags(dialog: PinDialog) -> list[str]:
    return [dialog.tag_list.item(row).text() for row in range(dialog.tag_list.count())]


def test_a_click_with_the_pin_tool_adds_a_pin_from_the_dialog(recording):
    qtbot = recording.qtbot
    seen = {}

    def handler(dialog):
        assert isinstance(dialog, PinDialog)
        seen["people"] = [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())]
        qtbot.mouseClick(dialog.unsafe_radio, Qt.MouseButton.LeftButton)
        dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(2))
        tick(dialog, "Poor lighting", "Harassment")
        qtbot.keyClicks(dialog.story_edit, "Men wait by the dark underpass")
        dialog.time_combo.setCurrentIndex(dialog.time_combo.findData("night"))
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("P04", Qt.MatchFlag.MatchStartsWith))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    recording.window.features.audits.tool_actions["pin"].trigger()
    answer_next_modal(handler)
    recording.click(0.001, -0.0005)
    [pin] = recording.store.list(PerceptionPin)
    assert (pin.feeling, pin.scale, pin.story, pin.time_of_day) == ("unsafe", 2, "Men wait by the dark underpass",
                                                                     "night")
    assert sorted(pin.reason_tags) == ["harassment", "poor_lighting"]
    p04 = recording.people[3]
    assert (pin.participant_uuid, pin.group_uuid, pin.workshop_uuid) == (p04.uuid, p04.group_uuid,
                                                                         recording.workshop.uuid)
    assert abs(pin.geom.x - (LON + 0.001)) < 2e-5 and abs(pin.geom.y - (LAT - 0.0005)) < 2e-5
    assert seen["people"][0].startswith("Anonymous") and "P04 · Non-binary · 15–24 · Resident" in seen["people"]
    assert recording.undo_texts() == ["Add unsafe pin"]


def test_cancel_adds_nothing(recording):
    recording.window.features.audits.tool_actions["pin"].trigger()
    answer_next_modal(lambda dialog: dialog.reject())
    recording.click(0.0, 0.0)
    assert recording.store.list(PerceptionPin) == []
    assert recording.window.session.undo_stack.count() == 0


def add_pin(recording, dlon: float, dlat: float, feeling: str = "unsafe") -> PerceptionPin:
    def handler(dialog):
        (dialog.safe_radio if feeling == "safe" else dialog.unsafe_radio).setChecked(True)
        dialog.accept()

    answer_next_modal(handler)
    recording.click(dlon, dlat)
    return recording.store.list(PerceptionPin)[-1]


def test_a_click_on_a_pin_edits_it_and_delete_pin_removes_it(recording):
    recording.window.features.audits.tool_actions["pin"].trigger()
    first = add_pin(recording, 0.001, 0.0)
    add_pin(recording, -0.001, 0.0, "safe")
    seen = {}

    def change(dialog):
        seen["title"] = dialog.windowTitle()
        seen["unsafe"] = dialog.unsafe_radio.isChecked()
        dialog.safe_radio.setChecked(True)
        dialog.accept()

    answer_next_modal(change)
    recording.click(0.00101, 0.00001)  # a pixel or so beside the first pin
    assert seen == {"title": "Edit Perception Pin", "unsafe": True}
    assert recording.store.get(PerceptionPin, first.uuid).feeling == "safe"
    assert len(recording.store.list(PerceptionPin)) == 2
    assert recording.undo_texts()[-1] == "Edit unsafe pin"

    answer_next_modal(lambda dialog: recording.qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton))
    recording.click(0.001, 0.0)
    assert recording.store.get(PerceptionPin, first.uuid) is None
    assert recording.undo_texts()[-1] == "Delete safe pin"
    recording.window.session.undo_stack.undo()
    assert recording.store.get(PerceptionPin, first.uuid).feeling == "safe"


def open_tags(recording) -> ReasonTagsDialog:
    dialog = ReasonTagsDialog(recording.window.session, recording.window)
    recording.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_reason_tags_are_added_renamed_and_retired_one_undo_step_each(recording):
    qtbot = recording.qtbot
    dialog = open_tags(recording)
    before = dialog.tag_list.count()
    qtbot.keyClicks(dialog.new_edit, "No toilets")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)
    tag = next(t for t in recording.store.list(ReasonTag) if t.label == "No toilets")
    assert tag.key == "no_toilets" and dialog.tag_list.count() == before + 1
    assert dialog.tag_list.currentItem().text() == "No toilets"
    assert dialog.isVisible()  # Enter added the reason; it did not close the dialog
    # A second tag with the same label (any case) is refused with a message.
    qtbot.keyClicks(dialog.new_edit, "no TOILETS")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already a reason" in dialog.message_label.text()
    assert len(recording.store.list(ReasonTag)) == before + 1
    dialog.tag_list.currentItem().setText("No public toilets")  # as an in-place edit commits it
    assert recording.store.get(ReasonTag, tag.uuid).label == "No public toilets"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert recording.store.get(ReasonTag, tag.uuid).retired
    assert dialog.retire_button.text() == "Restore"
    assert recording.undo_texts() == ["Add reason tag “No toilets”",
                                      "Rename reason tag “No toilets” to “No public toilets”",
                                      "Retire reason tag “No public toilets”"]
    # A retired tag is not offered for new pins.
    pin_dialog = PinDialog([], PerceptionPin(), recording.store.list(ReasonTag))
    qtbot.addWidget(pin_dialog)
    assert "No public toilets" not in offered_tags(pin_dialog) and "Poor lighting" in offered_tags(pin_dialog)
    # Undo in the window shows in the open dialog.
    recording.window.session.undo_stack.undo()
    assert dialog.retire_button.text() == "Retire"
    dialog.close()


def test_a_pin_keeps_its_retired_tag(recording):
    store = recording.store
    tags = store.list(ReasonTag)
    retired = tags[0]
    retired.retired = True
    pin = PerceptionPin(reason_tags=[retired.key])
    dialog = PinDialog([], pin, tags, deletable=True)
    recording.qtbot.addWidget(dialog)
    assert f"{retired.label} (retired)" in offered_tags(dialog)
    assert dialog.values()["reason_tags"] == [retired.key]


def test_read_only_projects_have_no_pin_tool(recording):
    window = recording.window
    window.close_project()
    assert window.open_project(recording.path, read_only=True)
    assert not window.features.audits.tool_actions["pin"].isEnabled()
    assert not window.features.audits.pins.add_pin(LON, LAT)


def test_the_pins_tab_lists_the_workshops_pins_and_edits_or_deletes_them(recording):
    recording.window.features.audits.tool_actions["pin"].trigger()
    first = add_pin(recording, 0.001, 0.0)
    add_pin(recording, -0.001, 0.0, "safe")
    panel = recording.window.features.audits.pins_panel
    assert panel.table.rowCount() == 2
    assert {panel.table.item(row, 0).text() for row in range(2)} == {"Unsafe", "Safe"}
    assert panel.table.item(0, 2).text() == "anonymous"
    panel.select(first.uuid)

    def make_it_night(dialog):
        dialog.time_combo.setCurrentIndex(dialog.time_combo.findData("night"))
        dialog.accept()

    answer_next_modal(make_it_night)
    recording.qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert recording.store.get(PerceptionPin, first.uuid).time_of_day == "night"
    assert panel.selected_uuid() == first.uuid  # kept across the refresh
    panel.delete_action.trigger()
    assert recording.store.get(PerceptionPin, first.uuid) is None
    assert panel.table.rowCount() == 1
    assert recording.undo_texts()[-2:] == ["Edit unsafe pin", "Delete unsafe pin"]


def test_escape_puts_the_pin_tool_down(recording):
    action = recording.window.features.audits.tool_actions["pin"]
    action.trigger()
    view = recording.window.map_canvas.graphics_view
    view.setFocus()
    recording.qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not action.isChecked() and recording.window.features.audits.tools.tool is None

"""The Proposal dock: each field commit is one labelled undo step; photos are downscaled and undoable."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from proposal_support import OFFSCREEN_NOISE, stored

from cosafe.core.edits import SetProjectProperties, UpdateRecord
from cosafe.core.records import Attachment, Group

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def panel(ui, data, qtbot):
    ui.properties_dock.show()
    ui.properties_dock.raise_()
    ui.window.features.sketching.selection.select([data.by_title["Lights on Soko St"].uuid])
    return ui.properties


def last_label(ui) -> str:
    stack = ui.window.session.undo_stack
    return stack.text(stack.index() - 1)


def undo(ui) -> None:
    ui.window.session.undo_stack.undo()


def test_empty_and_several_selected_show_a_hint(ui, data):
    panel = ui.properties
    assert panel.pages.currentIndex() == 0 and "Select a proposal" in panel.hint.text()
    ui.window.features.sketching.selection.select([p.uuid for p in data.proposals[:2]])
    assert panel.pages.currentIndex() == 0 and "2 proposals are selected" in panel.hint.text()


def test_another_selected_proposal_opens_at_the_top(panel, ui, data, qtbot):
    ui.window.resizeDocks([ui.properties_dock], [160], Qt.Orientation.Vertical)
    bar = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the fields do not all fit: the panel scrolls
    bar.setValue(bar.maximum())
    ui.window.features.sketching.selection.select([data.by_title["Football evenings"].uuid])
    assert panel.title_edit.text() == "Football evenings"
    assert bar.value() == 0


def test_title_is_one_undo_step_on_enter_not_per_keystroke(panel, ui, data, qtbot):
    steps = ui.window.session.undo_stack.count()
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "Lights on Soko Street")
    assert stored(data, "Lights on Soko St").title == "Lights on Soko St"  # nothing yet
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert stored(data, "Lights on Soko St").title == "Lights on Soko Street"
    assert ui.window.session.undo_stack.count() == steps + 1
    assert last_label(ui) == "Set title of “Lights on Soko St”"
    undo(ui)
    assert stored(data, "Lights on Soko St").title == "Lights on Soko St"
    assert panel.title_edit.text() == "Lights on Soko St"


def test_principle_beneficiaries_and_cost_each_one_step(panel, ui, data, qtbot):
    stack = ui.window.session.undo_stack
    steps = stack.count()
    panel.principle_combo.setCurrentIndex(panel.principle_combo.findData("maintenance"))
    assert stored(data, "Lights on Soko St").cpted_principle == "maintenance"
    assert last_label(ui) == "Set principle of “Lights on Soko St”"
    girls = panel.beneficiary_boxes["girls"]
    # On the box itself: a checkbox only takes clicks on its indicator and label.
    qtbot.mouseClick(girls, Qt.MouseButton.LeftButton, pos=QPoint(8, girls.height() // 2))
    assert stored(data, "Lights on Soko St").beneficiaries == ["women", "girls"]
    assert last_label(ui) == "Set who it is for of “Lights on Soko St”"
    panel.cost_spin.setFocus()
    panel.cost_spin.selectAll()
    qtbot.keyClicks(panel.cost_spin, "2500")
    qtbot.keyClick(panel.cost_spin, Qt.Key.Key_Return)
    assert stored(data, "Lights on Soko St").cost_estimate == 2500.0
    assert stack.count() == steps + 3
    undo(ui)
    assert stored(data, "Lights on Soko St").cost_estimate == 12000.0
    undo(ui)
    assert stored(data, "Lights on Soko St").beneficiaries == ["women"]
    assert not panel.beneficiary_boxes["girls"].isChecked()
    undo(ui)
    assert stored(data, "Lights on Soko St").cpted_principle == "natural_surveillance"
    assert stack.index() == steps


def test_the_cost_shows_the_project_s_currency(panel, ui, data, qtbot):
    session = ui.window.session
    assert panel.cost_spin.text() == "12,000"  # no currency set: a plain number, as before
    session.perform(SetProjectProperties(session.store, {"currency": "KES"}))
    assert panel.cost_spin.text() == "12,000 KES"
    assert "KES (Kenyan Shilling)" in panel.cost_spin.toolTip()
    panel.cost_spin.setFocus()
    panel.cost_spin.selectAll()  # the number, not its currency
    qtbot.keyClicks(panel.cost_spin, "2500")
    qtbot.keyClick(panel.cost_spin, Qt.Key.Key_Return)
    assert stored(data, "Lights on Soko St").cost_estimate == 2500.0
    assert panel.cost_spin.text() == "2,500 KES"
    undo(ui)
    undo(ui)
    assert panel.cost_spin.text() == "12,000" and "KES" not in panel.cost_spin.toolTip()


def test_typed_intervention_type_is_stored_as_typed_and_offered_again(panel, ui, data, qtbot):
    line = panel.intervention_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Mural programme")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert stored(data, "Lights on Soko St").intervention_type == "Mural programme"
    assert last_label(ui) == "Set intervention of “Lights on Soko St”"
    assert panel.intervention_combo.findData("Mural programme") > 0
    # Choosing a listed type stores its key, not its label.
    panel.intervention_combo.setCurrentIndex(panel.intervention_combo.findData("greening"))
    assert stored(data, "Lights on Soko St").intervention_type == "greening"


def test_switching_proposal_commits_typed_title_to_the_first(panel, ui, data, qtbot):
    panel.title_edit.setText("Brighter Soko St")  # typed, not yet committed
    ui.window.features.sketching.selection.select([data.by_title["Stall lights"].uuid])
    assert stored(data, "Lights on Soko St").title == "Brighter Soko St"
    assert stored(data, "Stall lights").title == "Stall lights"
    assert panel.title_edit.text() == "Stall lights"


def big_photo(tmp_path) -> str:
    path = tmp_path / "wall.jpg"
    Image.new("RGB", (3000, 2000), (180, 90, 40)).save(path, "JPEG")
    return str(path)


def test_photo_is_downscaled_shown_and_undo_removes_it(panel, ui, data, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(panel, "ask_photo_paths", lambda: [big_photo(tmp_path)])
    qtbot.mouseClick(panel.add_photo_button, Qt.MouseButton.LeftButton)
    [photo] = data.store.list(Attachment)
    assert (photo.owner_table, photo.owner_uuid) == ("proposals", data.by_title["Lights on Soko St"].uuid)
    assert (photo.width, photo.height) == (2048, 1365) and photo.mime_type == "image/jpeg"
    with Image.open(io.BytesIO(photo.data)) as image:
        assert max(image.size) <= 2048
    assert panel.photos.count() == 1 and not panel.photos.item(0).icon().isNull()
    assert last_label(ui) == "Add photo to “Lights on Soko St”"
    undo(ui)
    assert data.store.list(Attachment) == [] and panel.photos.count() == 0


def test_remove_photo_is_undoable_and_double_click_opens_viewer(panel, ui, data, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(panel, "ask_photo_paths", lambda: [big_photo(tmp_path)])
    panel.add_photos()
    rect = panel.photos.visualItemRect(panel.photos.item(0))
    # A real double-click starts with a press; the view only reacts to a double-click on what was pressed.
    qtbot.mouseClick(panel.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.photos.viewer is not None and panel.photos.viewer.isVisible()
    panel.photos.viewer.close()
    panel.photos.item(0).setSelected(True)
    assert panel.remove_photo_button.isEnabled()
    qtbot.mouseClick(panel.remove_photo_button, Qt.MouseButton.LeftButton)
    assert data.store.list(Attachment) == []
    undo(ui)
    assert len(data.store.list(Attachment)) == 1 and panel.photos.count() == 1


def test_unreadable_photo_is_refused_inline(panel, data, tmp_path, monkeypatch):
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    monkeypatch.setattr(panel, "ask_photo_paths", lambda: [str(bad)])
    panel.add_photos()
    assert data.store.list(Attachment) == []
    assert not panel.photo_message.isHidden() and "notes.jpg" in panel.photo_message.text()


def test_an_ampersand_in_a_name_shows_in_the_undo_labels_and_menus(panel, ui, data, qtbot):
    """Issue 14: Edit › Undo read "Set title of “Wood  7th”": a single '&' is a mnemonic in a menu."""
    for title in ("Wood & 7th", "Lights at Wood & 7th"):
        panel.title_edit.selectAll()
        qtbot.keyClicks(panel.title_edit, title)
        qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert last_label(ui) == "Set title of “Wood & 7th”"  # the Undo History shows the label as it is
    undo_action, redo_action = ui.window.commands.undo, ui.window.commands.redo
    # What a menu and a toolbar show of an action's text (mnemonics taken out):
    assert undo_action.iconText() == "Undo Set title of “Wood & 7th”"
    undo(ui)
    assert redo_action.iconText() == "Redo Set title of “Wood & 7th”"
    history = ui.window.history_view
    assert "Set title of “Wood & 7th”" in [history.model().index(row, 0).data()
                                          for row in range(history.model().rowCount())]
    # A group's name in Draw › Show Groups.
    sketching = ui.window.features.sketching
    ui.window.session.perform(UpdateRecord(data.store, Group, data.groups[0].uuid, {"name": "Women & girls"},
                                           "Rename group"))
    menu = QMenu()
    sketching.fill_groups_menu(menu)
    assert "Women & girls (Riverside workshop 1)" in [action.iconText() for action in menu.actions()]

"""Deleting a walk in the Audits dock or a group in the Workshop dock takes its sheet photos along; Undo and Redo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cosafe.core.records import Attachment, PaperSheet, PaperSheetRecord
from cosafe.store.project_store import ProjectStore
from sheets_read import read_sheets, rows


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A shortcut as a person presses it (after a dialog the window must be active again)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifiers)


def test_deleting_a_walk_or_a_group_takes_its_sheet_photos_and_undo_brings_them_back(window, project_path,
                                                                                      dialog_log, qtbot):
    with ProjectStore.open(str(project_path)) as store:
        read = read_sheets(store)
    assert window.open_project(str(project_path))
    store = window.session.store
    before = rows(store)
    dialog_log.accept_confirm = True

    audits = window.features.audits.panel
    audits.select_walk(read.walk.uuid)
    audits.delete_action.trigger()
    assert dialog_log.confirms[-1][1] == ("“Market loop”, its 2 audit points with their scores and the photos of its "
                                          "paper sheets will be deleted. Undo brings them back.")
    assert store.count(Attachment, "owner_table = 'audit_walks'") == 0
    assert store.get(PaperSheet, read.audit_sheet.uuid) is None
    assert store.count(PaperSheetRecord, "record_table = 'audit_scores'") == 0
    walk_gone = rows(store)
    press(qtbot, window, Qt.Key.Key_Z)
    assert rows(store) == before
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(store) == walk_gone

    tree = window.features.workshops.panel.tree
    workshop = tree.topLevelItem(0)
    tree.setCurrentItem(next(workshop.child(i) for i in range(workshop.childCount())
                             if workshop.child(i).text(0) == "Youth"))
    window.features.workshops.panel.delete_action.trigger()
    assert dialog_log.confirms[-1][1].startswith("Delete the group “Youth” and the photos of its paper sheets?")
    assert store.count(Attachment) == 0  # no photo of a sheet is left
    sheet = store.get(PaperSheet, read.map_sheet.uuid)
    assert (sheet.group_uuid, sheet.photo_uuid, sheet.photo_sha256) == ("", None, "")
    assert window.session.undo_stack.text(window.session.undo_stack.index() - 1) == "Delete group “Youth”"
    press(qtbot, window, Qt.Key.Key_Z)
    press(qtbot, window, Qt.Key.Key_Z)
    assert rows(store) == before
    assert store.get(Attachment, read.map_photo.uuid) == read.map_photo
    assert store.get(Attachment, read.audit_photo.uuid) == read.audit_photo

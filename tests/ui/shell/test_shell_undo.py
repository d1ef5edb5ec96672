"""Edits through the window: one undo step each, Edit menu and shortcuts, failures."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QToolBar
from shell_support import OFFSCREEN_NOISE, menu_action

from cosafe.core.changes import Change
from cosafe.core.edits import AddRecord, SetProjectProperties
from cosafe.core.records import Stakeholder
from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def opened(window, project_path):
    assert window.open_project(str(project_path))
    return window


def answer_properties(monkeypatch, **fields):
    """Make the Project Properties dialog return at once with ``fields`` typed in."""

    def fake_exec(dialog: ProjectPropertiesDialog) -> int:
        for key, value in fields.items():
            if key == "suppression_threshold":
                dialog.threshold_spin.setValue(value)
            elif key == "description":
                dialog.description_edit.setPlainText(value)
            else:
                getattr(dialog, f"{key}_edit").setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectPropertiesDialog, "exec", fake_exec)


def rename(window, monkeypatch, name: str) -> None:
    answer_properties(monkeypatch, name=name)
    menu_action(window, "Edit", "Project Properties").trigger()


def test_property_change_is_one_step_with_menu_labels(opened, monkeypatch):
    stack = opened.session.undo_stack
    undo, redo = menu_action(opened, "Edit", "Undo"), menu_action(opened, "Edit", "Redo")
    assert (undo.text(), undo.isEnabled()) == ("&Undo", False)

    rename(opened, monkeypatch, "Riverside audit")
    store = opened.session.store
    assert store.name == "Riverside audit"
    assert opened.windowTitle() == "Riverside audit — CoSafe"
    assert opened.overview.name_label.text() == "Riverside audit"
    assert stack.count() == 1
    assert (undo.text(), undo.isEnabled()) == ("&Undo Change project name", True)

    undo.trigger()
    assert store.name == "Test project"
    assert opened.windowTitle() == "Test project — CoSafe"
    assert opened.overview.name_label.text() == "Test project"
    assert redo.text() == "&Redo Change project name"

    redo.trigger()
    assert store.name == "Riverside audit"
    assert opened.windowTitle() == "Riverside audit — CoSafe"


def test_several_fields_make_one_edit_with_only_changed_fields(opened, monkeypatch):
    answer_properties(monkeypatch, name="Test project", place="Riverside", suppression_threshold=8)
    menu_action(opened, "Edit", "Project Properties").trigger()
    stack = opened.session.undo_stack
    assert stack.count() == 1
    assert stack.text(0) == "Change project place, suppression threshold"
    assert opened.session.store.suppression_threshold == 8
    assert "smaller than 8 are hidden" in opened.overview.threshold_label.text()
    stack.undo()
    assert opened.session.store.get_meta("place") == "Testville"
    assert opened.session.store.suppression_threshold == 5


def test_unchanged_dialog_makes_no_step(opened, monkeypatch):
    answer_properties(monkeypatch)
    menu_action(opened, "Edit", "Project Properties").trigger()
    assert opened.session.undo_stack.count() == 0


def test_shortcuts_undo_and_redo(opened, monkeypatch, qtbot):
    rename(opened, monkeypatch, "Renamed")
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.session.store.name == "Test project"
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened.session.store.name == "Renamed"


def test_undo_history_dock_lists_the_steps(opened, monkeypatch):
    rename(opened, monkeypatch, "One")
    rename(opened, monkeypatch, "Two")
    model = opened.history_view.model()
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert rows == ["Project opened", "Change project name", "Change project name"]
    assert opened.history_dock.isVisible()
    # Clicking the first row of the history goes back to how the project was opened.
    opened.history_view.setCurrentIndex(model.index(0, 0))
    assert opened.session.store.name == "Test project"


def test_changed_carries_flags(opened):
    seen = []
    opened.session.changed.connect(seen.append)
    assert opened.session.perform(AddRecord(Stakeholder(name="Market traders' association")))
    opened.session.undo_stack.undo()
    assert seen == [Change.PLAN, Change.PLAN]
    assert opened.overview.count_labels["stakeholders"].text() == "0"


def test_a_failing_write_shows_an_error_and_pushes_nothing(opened, dialog_log):
    store = opened.session.store
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    edit = SetProjectProperties(store, {"description": "x" * 200_000})
    assert not opened.session.perform(edit)
    assert dialog_log.errors == [("The change was not saved", "The change was not saved: the disk is full")]
    assert opened.session.undo_stack.count() == 0
    assert store.get_meta("description") == ""
    assert menu_action(opened, "Edit", "Undo").text() == "&Undo"


def test_a_failing_undo_reports_and_clears_the_history(opened, monkeypatch, dialog_log, qtbot, tmp_path):
    rename(opened, monkeypatch, "Renamed")
    path = opened.session.path
    os.rename(path, tmp_path / "moved.gpkg")  # the USB stick was pulled, say
    try:
        menu_action(opened, "Edit", "Undo").trigger()
        qtbot.waitUntil(lambda: dialog_log.errors != [])
        assert dialog_log.errors[0][0] == "Undo of “Change project name” failed"
        assert dialog_log.errors[0][1].startswith("The project file was moved or deleted while open")
        assert dialog_log.errors[0][1].endswith("The undo history was cleared.")
        assert opened.session.undo_stack.count() == 0
    finally:
        os.rename(tmp_path / "moved.gpkg", path)


def test_read_only_file_shows_banner_and_refuses_edits(window, project_path, dialog_log):
    os.chmod(project_path, 0o444)
    assert window.open_project(str(project_path))
    session = window.session
    assert session.is_read_only
    assert window.windowTitle() == "Test project — CoSafe [read-only]"
    assert window.banner.isVisible()
    assert window.banner.text() == "Read-only: the file is read-only. Use File › Save As to make an editable copy."
    assert not menu_action(window, "Edit", "Project Properties").isEnabled()
    assert not menu_action(window, "Edit", "Undo").isEnabled()
    assert menu_action(window, "File", "Save As").isEnabled()
    assert window.status.saving_label.text().startswith("Read-only")
    assert not session.perform(SetProjectProperties(session.store, {"name": "Nope"}))
    assert dialog_log.errors == [("The change was not made", "The project is read-only (the file is read-only)")]
    assert session.undo_stack.count() == 0


def test_views_learn_which_records_an_edit_touched(opened):
    """While ``changed`` is emitted the session says which records changed; before and after, nothing."""
    session, heard = opened.session, []
    session.changed.connect(lambda change: heard.append((session.touched_only("stakeholders"),
                                                         session.touched_only("proposals"))))
    stakeholder = Stakeholder(name="Market traders' association")
    assert session.perform(AddRecord(stakeholder))
    session.undo_stack.undo()
    session.undo_stack.redo()
    session.notify(Change.BASEMAP)  # work done outside an edit: not known
    only = frozenset({stakeholder.uuid})
    assert heard == [(only, None), (only, None), (only, None), (None, None)]
    assert session.changed_records is None


def test_undo_and_redo_buttons_say_only_undo_and_redo(opened, qtbot, monkeypatch):
    toolbar = opened.findChild(QToolBar, "mainToolBar")
    undo_button = toolbar.widgetForAction(opened.commands.undo_button)
    redo_button = toolbar.widgetForAction(opened.commands.redo_button)
    assert (undo_button.text(), undo_button.isEnabled()) == ("Undo", False)
    rename(opened, monkeypatch, "A rather long project name for a workshop")
    assert (undo_button.text(), undo_button.isEnabled()) == ("Undo", True)
    # The whole label is in the tooltip and in the Edit menu.
    assert undo_button.toolTip() == "Undo Change project name (Ctrl+Z)"
    assert menu_action(opened, "Edit", "Undo").text() == "&Undo Change project name"
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert opened.session.store.name == "Test project"
    assert (redo_button.text(), redo_button.isEnabled()) == ("Redo", True)
    assert redo_button.toolTip().startswith("Redo Change project name")
    qtbot.mouseClick(redo_button, Qt.MouseButton.LeftButton)
    assert opened.session.store.name == "A rather long project name for a workshop"

"""New Project, Save As and Open Sample Project through the window's dialogs."""

from __future__ import annotations

import os
import sys
import types

from PySide6.QtWidgets import QDialogButtonBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash, menu_action

from cosafe.core.edits import SetProjectProperties
from cosafe.store.project_store import ProjectStore
from cosafe.ui.host import MenuId
from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog

pytestmark = OFFSCREEN_NOISE


def test_new_project_asks_file_then_name_and_place(window, dialog_log, tmp_path):
    dialog_log.new_path = str(tmp_path / "riverside-audit.gpkg")
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, ProjectPropertiesDialog)
        seen["suggested"] = dialog.name_edit.text()
        seen["has_threshold"] = dialog.threshold_spin is not None
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name_edit.setText("  ")
        seen["blank_name_ok"] = ok.isEnabled()
        dialog.name_edit.setText("Riverside audit")
        dialog.place_edit.setText("Riverside")
        ok.click()

    answer_next_modal(fill)
    menu_action(window, "File", "New Project").trigger()
    assert seen == {"suggested": "riverside audit", "has_threshold": False, "blank_name_ok": False}
    assert window.session is not None
    assert window.session.path == dialog_log.new_path
    assert window.windowTitle() == "Riverside audit — CoSafe"
    assert window.session.store.get_meta("place") == "Riverside"
    assert window.recent.paths() == [dialog_log.new_path]
    assert dialog_log.errors == []


def test_cancelling_the_name_dialog_creates_nothing(window, dialog_log, tmp_path):
    dialog_log.new_path = str(tmp_path / "never.gpkg")
    answer_next_modal(lambda dialog: dialog.reject())
    assert not window.files.new_project()
    assert not os.path.exists(dialog_log.new_path)
    assert window.session is None


def test_new_project_refuses_to_replace_the_open_project(window, dialog_log, project_path):
    window.open_project(str(project_path))
    before = file_hash(project_path)
    dialog_log.new_path = str(project_path)
    assert not window.files.new_project()
    assert dialog_log.messages == ["project.gpkg is open in CoSafe; choose another file name"]
    assert file_hash(project_path) == before
    assert window.session.path == str(project_path)


def test_save_as_continues_in_the_copy_and_leaves_the_original(window, dialog_log, project_path, tmp_path):
    window.open_project(str(project_path))
    window.session.perform(SetProjectProperties(window.session.store, {"place": "Riverside"}))
    original = file_hash(project_path)
    dialog_log.save_as_path = str(tmp_path / "copy.gpkg")
    menu_action(window, "File", "Save As").trigger()

    assert dialog_log.errors == []
    assert os.path.exists(dialog_log.save_as_path)
    assert window.session.path == dialog_log.save_as_path
    assert window.session.undo_stack.count() == 0  # a fresh history for the new file
    assert len(window.undo_group.stacks()) == 1
    assert window.overview.path_label.text() == dialog_log.save_as_path
    assert window.recent.paths()[0] == dialog_log.save_as_path
    assert file_hash(project_path) == original
    with ProjectStore.open(dialog_log.save_as_path, read_only=True) as copy:
        assert copy.get_meta("place") == "Riverside"
    # Editing the copy leaves the original alone.
    window.session.perform(SetProjectProperties(window.session.store, {"name": "Copy"}))
    assert window.windowTitle() == "Copy — CoSafe"
    assert file_hash(project_path) == original


def test_save_as_turns_a_read_only_project_into_an_editable_copy(window, dialog_log, project_path, tmp_path):
    os.chmod(project_path, 0o444)
    window.open_project(str(project_path))
    assert window.windowTitle() == "Test project — CoSafe [read-only]"
    dialog_log.save_as_path = str(tmp_path / "editable.gpkg")
    window.banner.findChild(type(window.welcome.new_button), "bannerButton").click()
    assert window.windowTitle() == "Test project — CoSafe"
    assert not window.banner.isVisible()
    assert menu_action(window, "Edit", "Project Properties").isEnabled()


def test_save_as_onto_itself_is_refused(window, dialog_log, project_path):
    window.open_project(str(project_path))
    dialog_log.save_as_path = str(project_path)
    assert not window.files.save_as()
    assert dialog_log.messages == ["Choose a different file name to save a copy"]
    assert window.session.path == str(project_path)


def test_save_as_failure_keeps_working_in_the_original(window, dialog_log, project_path, tmp_path):
    window.open_project(str(project_path))
    dialog_log.save_as_path = str(tmp_path / "no-such-folder" / "copy.gpkg")
    assert not window.files.save_as()
    assert dialog_log.errors[0][0] == "Cannot save a copy"
    assert "\n" not in dialog_log.errors[0][1]
    assert window.session.path == str(project_path)
    assert window.session.perform(SetProjectProperties(window.session.store, {"name": "Still editable"}))


def test_open_sample_writes_a_fresh_copy_and_opens_it(window, dialog_log, tmp_path, monkeypatch):
    written = []

    def write_sample_project(path: str) -> None:
        written.append(path)
        ProjectStore.create(path, name="Riverside sample", overwrite=True).close()

    module = types.ModuleType("cosafe.io.samples.project")
    module.write_sample_project = write_sample_project
    monkeypatch.setitem(sys.modules, "cosafe.io.samples.project", module)
    monkeypatch.setattr(window.files, "sample_folder", lambda: str(tmp_path / "samples"))

    menu_action(window, "File", "Open Sample Project").trigger()
    assert window.windowTitle() == "Riverside sample — CoSafe"
    first = window.session.path
    assert first == str(tmp_path / "samples" / "CoSafe sample project.gpkg")
    # While that copy is open, another fresh copy goes beside it instead of over it.
    window.files.open_sample()
    assert window.session.path == str(tmp_path / "samples" / "CoSafe sample project 2.gpkg")
    assert written == [first, window.session.path]
    assert dialog_log.errors == []


def test_open_sample_writes_it_in_the_windows_language(window, dialog_log, tmp_path, monkeypatch, qapp):
    from cosafe.catalogues import translator_for
    from cosafe.core.records import Proposal, Workshop
    from cosafe.ui.language import install_language

    monkeypatch.setattr(window.files, "sample_folder", lambda: str(tmp_path / "samples"))
    install_language(qapp, "sw")
    try:
        assert window.files.open_sample()
    finally:
        install_language(qapp, "en")
    store = window.session.store
    swahili = translator_for("sw")
    assert store.name == swahili("Sample", "Riverside Market sample", None, -1) == "Mfano: Soko la Riverside"
    assert store.get_meta("report_language") == "sw"
    assert swahili("Sample", "Light the market's back lanes", None, -1) in {p.title for p in store.list(Proposal)}
    assert [w.title for w in store.list(Workshop)] == ["Warsha ya ramani ya usalama ya Riverside"]
    assert dialog_log.errors == []


def test_save_as_reopens_the_original_when_the_copy_cannot_be_opened(window, dialog_log, project_path, tmp_path,
                                                                      monkeypatch):
    from cosafe.store.errors import ProjectOpenError

    window.open_project(str(project_path))
    copy_path = str(tmp_path / "copy.gpkg")
    real_open = ProjectStore.open.__func__

    def open_(cls, path, *, read_only=False):
        if os.path.abspath(path) == copy_path:
            raise ProjectOpenError("copy.gpkg cannot be opened: simulated")
        return real_open(cls, path, read_only=read_only)

    monkeypatch.setattr(ProjectStore, "open", classmethod(open_))
    dialog_log.save_as_path = copy_path
    assert not window.files.save_as()
    assert dialog_log.messages == ["copy.gpkg cannot be opened: simulated"]
    assert window.session is not None and window.session.path == str(project_path)
    assert window.session.perform(SetProjectProperties(window.session.store, {"name": "Still editable"}))


def test_each_import_remembers_its_own_folder(window, tmp_path):
    files, folder = window.files, tmp_path / "police data"
    folder.mkdir()
    files.remember_folder("import/testFolder", str(folder / "incidents.csv"))
    assert files.remembered_folder("import/testFolder") == str(folder)
    folder.rmdir()  # gone since: back to the usual start folder
    assert files.remembered_folder("import/testFolder") == files.start_folder()


def test_file_menu_removes_the_traces_of_deleted_records_after_asking(window, dialog_log, project_path):
    import sqlite3

    secret = "a story that was deleted elsewhere - Z9-TRACE"
    with sqlite3.connect(project_path) as raw:  # written by a program with secure delete off
        raw.execute("PRAGMA secure_delete = OFF")
        raw.execute("CREATE TABLE scratch (story TEXT)")
        raw.execute("INSERT INTO scratch VALUES (?)", (secret,))
        raw.commit()
        raw.execute("DROP TABLE scratch")
        raw.commit()
    raw.close()
    assert window.open_project(str(project_path))
    action = window.commands.remove_traces
    assert action.isEnabled() and action in window.host.menu(MenuId.FILE).actions()
    dialog_log.accept_confirm = False
    action.trigger()
    assert dialog_log.confirms[-1][0] == "Remove traces of deleted records?"
    assert secret.encode() in project_path.read_bytes()  # asked, declined: nothing rewritten
    dialog_log.accept_confirm = True
    action.trigger()
    assert secret.encode() not in project_path.read_bytes()
    assert window.statusBar().currentMessage() == ("Removed the traces of deleted records from the project file. "
                                                   "No stored image held camera data or a camera's file name")

"""File › Merge Projects… through the window: preview in words, backup, merge off the UI thread, refusals."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from merge_ui_support import NOISE, TEAM, answer_dialog
from shell_support import file_hash, menu_action

import bad_files
from cosafe.core.records import PerceptionPin, Proposal
from cosafe.store import schema_guard
from cosafe.store.schema import migrations
from cosafe.store.merge import backup as merge_backup
from cosafe.store.merge.log import merge_history
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.merge import flow as merge_flow
from cosafe.ui.features.merge.preview import MergePreviewDialog
from cosafe.ui.kit.progress_job import JobProgressDialog

pytestmark = NOISE


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.before-merge-*.gpkg"))


def choose(monkeypatch, *paths) -> None:
    monkeypatch.setattr(merge_flow, "ask_merge_paths", lambda _parent, _folder: [str(p) for p in paths])


def preview_then(click_merge: bool, seen: dict):
    def handler(dialog: MergePreviewDialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        seen["enabled"] = dialog.merge_button.isEnabled()
        seen["labels"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        if click_merge:
            dialog.merge_button.click()
        else:
            dialog.reject()

    answer_dialog(MergePreviewDialog, handler)


def test_the_menu_entry(merging):
    action = menu_action(merging.window, "File", "Merge Projects")
    assert action is merging.ui.merge_action and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+M"


def test_preview_says_in_words_what_comes_in_and_merge_writes_it_with_a_backup(merging, monkeypatch):
    window, office = merging.window, merging.office_path
    before = file_hash(office)
    with ProjectStore.open(str(merging.team_path), read_only=True) as team:
        team_pin, = [p for p in team.list(PerceptionPin) if p.story == "Team pin"]
    choose(monkeypatch, merging.team_path)
    seen: dict = {}
    preview_then(True, seen)
    merging.ui.merge_action.trigger()
    text = seen["text"]
    assert text.startswith(f"team2.gpkg — from {TEAM}")
    assert "• 1 new record will be added (1 perception pin)." in text
    assert "• 1 record was changed on both laptops: this project keeps its version" in text
    assert "(1 proposal)." in text
    assert "keeps its version" in text and "skipped" in text
    assert seen["enabled"] and "A merge cannot be undone with Undo; the file is backed up first" in seen["labels"]
    assert f"to office.before-merge-{date.today().isoformat()}.gpkg beside it" in seen["labels"]
    # written: their pin came in, the conflict keeps my version and theirs aside
    store = merging.store
    assert store.get(PerceptionPin, team_pin.uuid) is not None
    assert store.get(Proposal, merging.proposal_uuid).title == "Office title"
    assert len(pending_conflicts(store)) == 1
    (entry,) = merge_history(store)
    assert (entry.source_name, entry.added, entry.conflicts) == ("team2.gpkg", 1, 1)
    # the backup beside it is the project as it was before the merge
    (backup,) = backups(office.parent)
    assert backup.name.startswith("office.before-merge-") and file_hash(office) != before
    with ProjectStore.open(str(backup), read_only=True) as copy:
        assert copy.get(PerceptionPin, team_pin.uuid) is None and copy.count(Proposal) == 1
    assert merging.ui.flow.backup_path == str(backup)
    message = window.statusBar().currentMessage()
    assert "1 added" in message and "1 in conflict" in message and backup.name in message
    assert merging.undo_texts() == []  # a merge is no undo step
    assert merging.ui.dock.isVisible() and merging.ui.dock.windowTitle() == "Merge Conflicts (1)"
    assert merging.errors == []


def test_cancel_in_the_preview_changes_nothing(merging, monkeypatch):
    before = file_hash(merging.office_path)
    choose(monkeypatch, merging.team_path)
    seen: dict = {}
    preview_then(False, seen)
    merging.ui.merge_action.trigger()
    assert "team2.gpkg" in seen["text"]
    assert file_hash(merging.office_path) == before and backups(merging.office_path.parent) == []
    assert merge_history(merging.store) == [] and merging.errors == []


def test_merging_the_same_file_again_has_nothing_new(merging, monkeypatch):
    choose(monkeypatch, merging.team_path)
    preview_then(True, {})
    merging.ui.merge_action.trigger()
    after_first = file_hash(merging.office_path)
    seen: dict = {}
    preview_then(True, seen)
    merging.ui.merge_action.trigger()
    assert "Nothing new" in seen["text"] and "1 record already waiting in Merge Conflicts" in seen["text"]
    assert not seen["enabled"]  # nothing to write: Merge is off, the dialog was closed
    assert file_hash(merging.office_path) == after_first and len(backups(merging.office_path.parent)) == 1


def test_several_files_in_one_merge(merging, monkeypatch, tmp_path):
    from cosafe.store.merge.field_copy import make_field_copy
    import shapely

    third = tmp_path / "team3.gpkg"
    make_field_copy(merging.store, str(third), "Youth group laptop")
    with ProjectStore.open(str(third)) as team:
        team.insert(PerceptionPin(geom=shapely.Point(-122.3, 37.81), story="Youth pin"))
    choose(monkeypatch, merging.team_path, third)
    seen: dict = {}
    preview_then(True, seen)
    merging.ui.merge_action.trigger()
    assert "team2.gpkg — from Field team 2" in seen["text"]
    assert "team3.gpkg — from Youth group laptop" in seen["text"]
    stories = {p.story for p in merging.store.list(PerceptionPin)}
    assert {"Team pin", "Youth pin", "Dark corner"} <= stories
    assert [e.source_name for e in merge_history(merging.store)] == ["team3.gpkg", "team2.gpkg"]


@pytest.mark.parametrize("make_bad, words", [
    (bad_files.not_sqlite, "not"),
    (bad_files.foreign_geopackage, "CoSafe"),
    (bad_files.newer_version, "newer"),
    (bad_files.trigger_on_basemap_points, "trigger “lower_threshold” on basemap_points"),
])
def test_refusals_are_one_line_and_change_nothing(merging, monkeypatch, tmp_path, make_bad, words):
    bad = make_bad(tmp_path)
    before = file_hash(merging.office_path)
    choose(monkeypatch, merging.team_path, bad)
    merging.ui.merge_action.trigger()
    (title, message), = merging.errors
    assert title == "Nothing was merged" and "\n" not in message and bad.name in message and words in message
    assert file_hash(merging.office_path) == before and backups(merging.office_path.parent) == []


def test_the_project_itself_is_refused(merging, monkeypatch):
    before = file_hash(merging.office_path)
    choose(monkeypatch, merging.office_path)
    merging.ui.merge_action.trigger()
    (title, message), = merging.errors
    assert message == "office.gpkg is the project you are merging into; choose another file"
    assert file_hash(merging.office_path) == before


def test_an_older_format_source_is_merged_from_memory(merging, monkeypatch, tmp_path):
    older = tmp_path / "older.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])  # a file of schema v2
        with ProjectStore.create(str(older), name="Old laptop") as store:
            # An older CoSafe's Proposal has no participant_uuid (v6): the row as it wrote it.
            store.connection.execute("INSERT INTO proposals (uuid, created_at, updated_at, device_id, title) "
                                   "VALUES ('old-1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
                                   "'old-laptop', 'From an old laptop')")
    schema_guard._cosafe_schema.cache_clear()  # it may have been built from the older migrations
    source_before = file_hash(older)
    choose(monkeypatch, older)
    seen: dict = {}
    preview_then(True, seen)
    merging.ui.merge_action.trigger()
    assert "1 new record will be added (1 proposal)" in seen["text"]
    assert merging.errors == [] and file_hash(older) == source_before
    assert merging.store.get(Proposal, "old-1").title == "From an old laptop"
    (entry,) = merge_history(merging.store)
    assert entry.source_name == "older.gpkg" and "older project format" in entry.note


def test_cancel_while_merging_changes_nothing_and_removes_the_backup(merging, monkeypatch):
    before = file_hash(merging.office_path)
    release = threading.Event()
    real_backup = merge_backup.backup_before_merge

    written: list[str] = []

    def slow_backup(store, today=None):
        path = real_backup(store, today)
        written.append(path)
        release.wait(10)  # until the test has pressed Cancel
        return path

    monkeypatch.setattr(merge_backup, "backup_before_merge", slow_backup)
    choose(monkeypatch, merging.team_path)
    seen: dict = {}
    preview_then(True, seen)

    def press_cancel(dialog: JobProgressDialog) -> None:
        dialog.canceled.emit()  # what the Cancel button sends
        release.set()

    # the merge's own progress dialog, not the one of reading the files before the preview
    answer_dialog(JobProgressDialog, press_cancel, where=lambda dialog: "Merging" in dialog.windowTitle())
    merging.ui.merge_action.trigger()
    release.set()
    assert merging.window.statusBar().currentMessage() == "Merge cancelled; nothing was changed"
    assert seen["text"].startswith("team2.gpkg")  # the preview was reached: the merge itself was cancelled
    assert file_hash(merging.office_path) == before and backups(merging.office_path.parent) == []
    assert len(written) == 1 and not Path(written[0]).exists()  # written first, removed after the cancel
    assert merge_history(merging.store) == [] and merging.errors == []


def test_read_only_project_cannot_merge(merging, monkeypatch):
    window = merging.window
    path = str(merging.office_path)
    window.close_project()
    assert window.open_project(path, read_only=True)
    assert not merging.ui.merge_action.isEnabled() and not merging.ui.hand_out_action.isEnabled()
    assert merging.ui.conflicts_action.isEnabled() and merging.ui.history_action.isEnabled()


def test_a_merge_that_fails_leaves_the_project_unchanged_and_no_backup(merging, monkeypatch):
    from cosafe.store.errors import ProjectWriteError

    before = file_hash(merging.office_path)
    real_merge = merge_flow.merge_files

    def failing(store, paths, dry_run=False, progress=None):
        if dry_run:
            return real_merge(store, paths, dry_run=True, progress=progress)
        raise ProjectWriteError("The project was not changed: the disk is full")

    monkeypatch.setattr(merge_flow, "merge_files", failing)
    monkeypatch.setattr(merge_backup, "merge_files", failing)
    choose(monkeypatch, merging.team_path)
    preview_then(True, {})
    merging.ui.merge_action.trigger()
    assert merging.errors == [("The merge did not happen", "The project was not changed: the disk is full")]
    assert file_hash(merging.office_path) == before and backups(merging.office_path.parent) == []
    assert not merging.ui.dock.isVisible()


def test_a_backup_that_cannot_be_written_stops_the_merge(merging, monkeypatch):
    from cosafe.store.errors import ProjectWriteError

    def no_room(_store, _today=None):
        raise ProjectWriteError("Cannot write in the project's folder: No space left on device")

    before = file_hash(merging.office_path)
    monkeypatch.setattr(merge_backup, "backup_before_merge", no_room)
    choose(monkeypatch, merging.team_path)
    preview_then(True, {})
    merging.ui.merge_action.trigger()
    (title, message), = merging.errors
    assert title == "The merge did not happen" and "No space left" in message
    assert file_hash(merging.office_path) == before and merge_history(merging.store) == []


def test_the_views_hear_of_what_came_in(merging, monkeypatch):
    from cosafe.core.changes import Change

    heard: list = []
    merging.window.session.changed.connect(heard.append)
    choose(monkeypatch, merging.team_path)
    preview_then(True, {})
    merging.ui.merge_action.trigger()
    (change,) = heard
    assert change & Change.PINS and change & Change.PROJECT  # a pin came in; the merge log and conflicts
    assert not change & Change.PLAN and not change & Change.BASEMAP


def test_merging_into_a_field_copy_says_so_and_what_it_leaves_out(qtbot, tmp_path, monkeypatch):
    from merge_ui_support import office_project, open_window

    from cosafe.core.records import Group
    from cosafe.store.merge.field_copy import make_field_copy

    office_path, team_path = tmp_path / "office.gpkg", tmp_path / "women.gpkg"
    store, _proposal, _pin = office_project(office_path)
    women = next(g for g in store.list(Group) if g.name == "Women's group")
    make_field_copy(store, str(team_path), "Women's team", group_uuid=women.uuid)
    store.insert(PerceptionPin(geom=store.list(PerceptionPin)[0].geom, story="Told to the office later"))
    store.close()
    team = open_window(qtbot, team_path, monkeypatch, dict(office_path=office_path, team_path=team_path,
                                                          proposal_uuid="", office_pin_uuid=""))
    choose(monkeypatch, office_path)
    seen: dict = {}
    preview_then(True, seen)
    team.ui.merge_action.trigger()
    line = next(line for line in seen["text"].splitlines() if "field copy" in line)
    assert line.startswith("• This project is a field copy, so it leaves out of office.gpkg what a field copy may "
                           "not hold: 2 pin stories and ")
    assert line.endswith("participants outside Women's group.")
    assert {p.story for p in team.store.list(PerceptionPin)} == {""} and team.errors == []
    team.window.close()
    assert b"Told to the office later" not in team_path.read_bytes()

"""Backups in the window: opening an older file names its backup; Project Properties lists backups and removes them."""

from __future__ import annotations

import datetime
import os
import shutil

from PySide6.QtWidgets import QDialog
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash

from cosafe.store.backups import upgrade_backup_path
from cosafe.store.merge.backup import backup_before_merge
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations
from cosafe.ui.kit.dates import show_date
from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog, edit_project_properties

pytestmark = OFFSCREEN_NOISE

CURRENT = migrations.current_schema_version()
VALUES = {"name": "Riverside", "place": "Nairobi", "description": "", "suppression_threshold": 5}


def with_backups(project_path) -> list[str]:
    """Two merge backups and one from an upgrade beside the project; their paths, oldest first."""
    with ProjectStore.open(str(project_path)) as store:
        first = backup_before_merge(store, datetime.date(2026, 3, 14))
        second = backup_before_merge(store, datetime.date(2026, 3, 14))
    upgrade = upgrade_backup_path(str(project_path), 2)
    shutil.copyfile(project_path, upgrade)
    for age, path in ((300, first), (200, second), (100, upgrade)):  # minutes ago
        moment = datetime.datetime.now().timestamp() - age * 60
        os.utime(path, (moment, moment))
    return [first, second, upgrade]


def rows(dialog: ProjectPropertiesDialog) -> list[list[str]]:
    tree = dialog.backup_list.tree
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]


def test_the_dialog_lists_backups_newest_first_with_when_size_and_why(qtbot, project_path):
    first, second, upgrade = with_backups(project_path)
    dialog = ProjectPropertiesDialog(VALUES, project_path=str(project_path))
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert [row[0] for row in listed] == [os.path.basename(p) for p in (upgrade, second, first)]
    assert [row[3] for row in listed] == ["upgrading format 2", "a merge", "a merge"]
    assert all(row[2].endswith(("KB", "MB")) for row in listed)
    made = datetime.datetime.fromtimestamp(os.path.getmtime(first))  # local time, the window's date format
    assert listed[2][1] == show_date(made.date().isoformat()) + f" {made:%H:%M}"
    assert "full copy of the project, contacts and stories included" in dialog.backup_list.intro.text()
    assert dialog.backup_list.note.text().startswith("3 backups, ")
    assert not dialog.backup_list.remove_button.isEnabled()  # nothing selected yet
    assert dialog.minimumWidth() <= 1024 - 100 and dialog.heightForWidth(dialog.width()) <= 768 - 100


def test_remove_asks_in_plain_words_and_removes_only_after_yes(qtbot, project_path, dialog_log):
    first, second, upgrade = with_backups(project_path)
    project_before = file_hash(project_path)
    dialog = ProjectPropertiesDialog(VALUES, project_path=str(project_path))
    qtbot.addWidget(dialog)
    backups = dialog.backup_list
    backups.tree.topLevelItem(2).setSelected(True)  # the oldest: the first merge's
    assert backups.remove_button.isEnabled()
    backups.remove_button.click()
    (title, message), = dialog_log.confirms
    assert title == "Remove this backup?"
    assert message.startswith(f"{os.path.basename(first)} is a full copy of the project as it was before a merge on ")
    assert "contacts and stories included" in message and "cannot be brought back" in message
    assert os.path.exists(first)  # the answer was no
    dialog_log.accept_confirm = True
    backups.remove_button.click()
    assert not os.path.exists(first) and os.path.exists(second) and os.path.exists(upgrade)
    assert [row[0] for row in rows(dialog)] == [os.path.basename(upgrade), os.path.basename(second)]
    backups.tree.selectAll()
    backups.remove_button.click()
    assert dialog_log.confirms[-1][0] == "Remove 2 backups?"
    assert not os.path.exists(second) and not os.path.exists(upgrade)
    assert rows(dialog) == [] and backups.tree.isHidden() and backups.note.text() == "No backups beside the project file."
    assert file_hash(project_path) == project_before and dialog_log.errors == []


def test_a_backup_that_cannot_be_removed_is_one_line(qtbot, project_path, dialog_log, monkeypatch):
    first, _second, _upgrade = with_backups(project_path)
    dialog = ProjectPropertiesDialog(VALUES, project_path=str(project_path))
    qtbot.addWidget(dialog)
    dialog.backup_list.tree.topLevelItem(2).setSelected(True)
    dialog_log.accept_confirm = True

    def refuse(path):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "unlink", refuse)
    dialog.backup_list.remove_button.click()
    monkeypatch.undo()
    # The system's reason in the reader's words (core.file_errors).
    assert dialog_log.errors == [("Backup not removed", f"{os.path.basename(first)} could not be removed: permission denied")]
    assert os.path.exists(first) and len(rows(dialog)) == 3


def test_opening_an_older_file_names_its_backup_and_properties_list_it(window, project_path, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (
        migrations.Migration(CURRENT + 1, "a later step", lambda connection: None),))
    assert window.open_project(str(project_path))
    backup = f"project.backup-v{CURRENT}.gpkg"
    message = window.statusBar().currentMessage()
    assert f"the file as it was is kept as {backup}" in message and "File › Project Properties" in message
    seen: list[list[list[str]]] = []

    def look(dialog: QDialog) -> None:
        seen.append(rows(dialog))
        dialog.reject()

    answer_next_modal(look, kind=ProjectPropertiesDialog)
    assert not edit_project_properties(window, window.session)
    assert [[row[0], row[3]] for row in seen[0]] == [[backup, f"upgrading format {CURRENT}"]]


def test_the_new_project_dialog_lists_no_backups(qtbot, project_path):
    with_backups(project_path)
    dialog = ProjectPropertiesDialog({"name": "New"}, new_project=True, project_path=str(project_path))
    qtbot.addWidget(dialog)
    assert dialog.backup_list is None

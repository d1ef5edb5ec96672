"""Backups before a merge or an upgrade: one per operation, listed by project, removable."""

from __future__ import annotations

import datetime
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cosafe.core.records import Proposal
from cosafe.store.backups import MERGE, UPGRADE, list_backups, remove_backups
from cosafe.store.errors import ProjectError, ProjectOpenError, ProjectWriteError, ReadOnlyError
from cosafe.store.merge.backup import backup_before_merge, merge_with_backup
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations

CURRENT = migrations.current_schema_version()
DAY = datetime.date(2026, 3, 14)


def _fail(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE workshops ADD COLUMN language TEXT")
    connection.execute("this is not SQL")


def a_later_format(monkeypatch, run=lambda connection: None) -> None:
    """Make every current project "older": this CoSafe knows one more migration."""
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        migrations.MIGRATIONS + (migrations.Migration(CURRENT + 1, "a later step", run),))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failing_upgrade_leaves_no_backup_however_often_it_is_tried(project_path, monkeypatch):
    a_later_format(monkeypatch, _fail)
    before = names(project_path.parent)
    for _attempt in range(3):
        with pytest.raises(ProjectOpenError) as refused:
            ProjectStore.open(str(project_path))
        assert names(project_path.parent) == before
    assert "failed and was undone (the file is as it was, and no backup was kept)" in str(refused.value)


def test_an_upgrade_makes_one_backup_the_store_names_and_the_listing_finds(project_path, monkeypatch):
    original = project_path.read_bytes()
    a_later_format(monkeypatch)
    with ProjectStore.open(str(project_path)) as store:
        backup = store.upgrade_backup
        assert backup == str(project_path.with_name(f"project.backup-v{CURRENT}.gpkg"))
    assert Path(backup).read_bytes() == original
    with ProjectStore.open(str(project_path)) as store:
        assert store.upgrade_backup is None  # already upgraded: nothing more written
    (listed,) = list_backups(str(project_path))
    assert (listed.path, listed.reason, listed.from_version) == (backup, UPGRADE, CURRENT)
    assert listed.why == f"before upgrading from format {CURRENT}"
    assert listed.size == len(original)
    assert abs((datetime.datetime.now().astimezone() - listed.made).total_seconds()) < 60  # when made, not copied


def test_a_read_only_upgrade_in_memory_writes_no_backup(project_path, monkeypatch):
    a_later_format(monkeypatch)
    with ProjectStore.open(str(project_path), read_only=True) as store:
        assert store.upgrade_backup is None
    assert list_backups(str(project_path)) == []


def test_a_merge_makes_one_backup_and_a_failed_merge_none(project_path, tmp_path):
    not_a_project = tmp_path / "notes.gpkg"
    not_a_project.write_text("a shopping list")
    team = tmp_path / "team.gpkg"
    with ProjectStore.open(str(project_path)) as store:
        make_field_copy(store, str(team), "Team 2")
        with ProjectStore.open(str(team)) as copy:
            copy.insert(Proposal(title="Light the underpass"))
        with pytest.raises(ProjectOpenError):
            merge_with_backup(store, [str(team), str(not_a_project)], today=DAY)
        assert list_backups(store.path) == []
        backup, results = merge_with_backup(store, [str(team)], today=DAY)
    assert os.path.basename(backup) == "project.before-merge-2026-03-14.gpkg" and results[0].written
    (listed,) = list_backups(str(project_path))
    assert (listed.path, listed.reason, listed.from_version, listed.why) == (backup, MERGE, None, "before a merge")


def test_the_listing_finds_this_projects_backups_and_nothing_else(tmp_path):
    folder = tmp_path
    project = folder / "x.gpkg"
    with ProjectStore.create(str(project), name="X") as store:
        first = backup_before_merge(store, DAY)
        second = backup_before_merge(store, DAY)
        assert os.path.basename(second) == "x.before-merge-2026-03-14-2.gpkg"
        # A copy of the same project named as if it were a backup of another one, and that copy's own backup.
        renamed = store.save_as(str(folder / "x.backup-v2.gpkg"))
    with renamed:
        its_backup = backup_before_merge(renamed, DAY)
    shutil.copyfile(first, folder / "x.backup-v1.gpkg")  # as an older CoSafe named an upgrade backup
    with ProjectStore.create(str(folder / "other.gpkg"), name="Other"):
        pass
    # Named like backups of x, but not x: another project, a text file, a link, near-misses.
    shutil.copyfile(folder / "other.gpkg", folder / "x.before-merge-2026-03-15.gpkg")
    (folder / "x.before-merge-2026-03-16.gpkg").write_text("not a database")
    os.symlink(first, folder / "x.before-merge-2026-03-17.gpkg")
    for near in ("x.before-merge-2026-3-18.gpkg", "xx.before-merge-2026-03-18.gpkg", "x.before-merge-2026-03-18.gpkg.part",
                 "x.backup-v.gpkg", "x.backup-v3.sqlite"):
        shutil.copyfile(first, folder / near)

    def found(path: Path) -> list[str]:
        return sorted(b.name for b in list_backups(str(path)))

    # x.backup-v2.gpkg is named like a backup of x and holds x: it is listed as one (the name says so).
    assert found(project) == sorted([os.path.basename(first), os.path.basename(second), "x.backup-v1.gpkg",
                                     "x.backup-v2.gpkg"])
    assert found(folder / "x.backup-v2.gpkg") == [os.path.basename(its_backup)]
    assert found(folder / "other.gpkg") == []


def test_remove_one_by_name_or_path_then_all(project_path):
    with ProjectStore.open(str(project_path)) as store:
        first, second, third = (backup_before_merge(store, DAY) for _ in range(3))
    assert [b.path for b in remove_backups(str(project_path), [os.path.basename(second)])] == [second]
    assert [b.path for b in remove_backups(str(project_path), [first])] == [first]
    assert not os.path.exists(first) and not os.path.exists(second) and os.path.exists(third)
    assert [b.path for b in remove_backups(str(project_path))] == [third]
    assert list_backups(str(project_path)) == [] and remove_backups(str(project_path)) == []
    assert project_path.exists()


def test_a_name_that_is_no_backup_removes_nothing(project_path):
    with ProjectStore.open(str(project_path)) as store:
        backup = backup_before_merge(store, DAY)
    for wrong in ("project.gpkg", str(project_path), "../project.before-merge-2026-03-14.gpkg", "elsewhere.gpkg"):
        with pytest.raises(ProjectError, match=r"is not a backup of project\.gpkg; no backup was removed"):
            remove_backups(str(project_path), [os.path.basename(backup), wrong])
    assert os.path.exists(backup) and project_path.exists()


def test_a_read_only_project_keeps_its_backups(project_path):
    with ProjectStore.open(str(project_path)) as store:
        backup = backup_before_merge(store, DAY)
    os.chmod(project_path, 0o444)
    with pytest.raises(ReadOnlyError, match=r"^project\.gpkg is read-only \(the file is read-only\); no backup was removed$"):
        remove_backups(str(project_path))
    assert os.path.exists(backup)
    assert [b.path for b in list_backups(str(project_path))] == [backup]  # listing is reading: still works


def test_a_backup_that_cannot_be_deleted_is_named_in_one_line(project_path, monkeypatch):
    with ProjectStore.open(str(project_path)) as store:
        backup = backup_before_merge(store, DAY)

    def refuse(path):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "unlink", refuse)
    # The system's reason in the reader's words (core.file_errors).
    with pytest.raises(ProjectWriteError, match=r"^project\.before-merge-2026-03-14\.gpkg could not be removed: "
                                                 r"permission denied$"):
        remove_backups(str(project_path))
    monkeypatch.undo()
    assert os.path.exists(backup)


def test_listing_refuses_what_is_not_a_project_in_one_line(tmp_path):
    (tmp_path / "notes.gpkg").write_text("a shopping list")
    with pytest.raises(ProjectOpenError, match="not a CoSafe project"):
        list_backups(str(tmp_path / "notes.gpkg"))
    with pytest.raises(ProjectOpenError, match="no such file"):
        remove_backups(str(tmp_path / "missing.gpkg"))

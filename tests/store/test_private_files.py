"""What CoSafe writes stays its owner's: 0600 files, and deleted records leave no text behind.

Each test writes with a permissive umask (022, the usual one), as a person's session
would, and checks the file mode that other accounts on the laptop would meet.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from shapely.geometry import Point

from cosafe.core.edits import AddRecord, DeleteRecord
from cosafe.core.records import PerceptionPin
from cosafe.io.actions_csv import write_actions_csv
from cosafe.io.export import export_project
from cosafe.store.errors import ReadOnlyError
from cosafe.store.merge.backup import backup_before_merge
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.project_store import ProjectStore, upgrade_with_backup
from cosafe.store.schema import migrations

SECRET = "Walked home past the garage where they wait - Q7X-SECRET-STORY"


@pytest.fixture(autouse=True)
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: str | Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def project(tmp_path):
    store = ProjectStore.create(str(tmp_path / "project.gpkg"), name="Private")
    yield store
    store.close()


def test_a_new_project_and_its_copies_are_the_owners_alone(project, tmp_path):
    assert mode(project.path) == 0o600
    make_field_copy(project, str(tmp_path / "team.gpkg"), "Field team 2")
    assert mode(tmp_path / "team.gpkg") == 0o600
    assert mode(backup_before_merge(project)) == 0o600
    copy = project.save_as(str(tmp_path / "copy.gpkg"))
    copy.close()
    assert mode(tmp_path / "copy.gpkg") == 0o600


def test_the_backup_before_an_upgrade_is_the_owners_alone(tmp_path, monkeypatch):
    path = tmp_path / "older.gpkg"
    ProjectStore.create(str(path), name="Older").close()
    os.chmod(path, 0o644)  # made by an older CoSafe, under the usual umask
    version = migrations.current_schema_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (
        migrations.Migration(version + 1, "a later step", lambda connection: None),))
    backup = upgrade_with_backup(str(path), version)
    assert mode(backup) == 0o600


@pytest.mark.parametrize("fmt", ["gpkg", "geojson", "csv"])
def test_exports_are_the_owners_alone(project, tmp_path, fmt):
    AddRecord(PerceptionPin(geom=Point(36.8, -1.28), feeling="unsafe")).apply(project)
    written = export_project(project, str(tmp_path / "out"), fmt)
    assert written and all(mode(path) == 0o600 for path in written)
    write_actions_csv(project, str(tmp_path / "actions.csv"))
    assert mode(tmp_path / "actions.csv") == 0o600


@pytest.fixture
def sqlite_without_secure_delete(monkeypatch):
    """Connections as an SQLite built with secure delete off makes them (this one has it on)."""
    connect = sqlite3.connect

    def insecure(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA secure_delete = OFF")
        return connection

    monkeypatch.setattr(sqlite3, "connect", insecure)


def test_a_deleted_story_leaves_no_text_in_the_file(sqlite_without_secure_delete, tmp_path):
    project = ProjectStore.create(str(tmp_path / "deleting.gpkg"), name="Deleting")
    pin = PerceptionPin(geom=Point(36.8, -1.28), feeling="unsafe", story=SECRET)
    AddRecord(pin).apply(project)
    assert SECRET.encode() in Path(project.path).read_bytes()
    DeleteRecord(project, PerceptionPin, pin.uuid).apply(project)
    assert project.get(PerceptionPin, pin.uuid) is None
    assert SECRET.encode() not in Path(project.path).read_bytes()
    project.close()


def test_removing_traces_rewrites_a_file_that_kept_deleted_text(tmp_path):
    """A file from elsewhere, written where secure delete was off, still holds a deleted story."""
    path = tmp_path / "from-elsewhere.gpkg"
    ProjectStore.create(str(path), name="From elsewhere").close()
    with sqlite3.connect(path) as raw:  # as another program would have written it
        raw.execute("PRAGMA secure_delete = OFF")
        raw.execute("CREATE TABLE scratch (story TEXT)")
        raw.execute("INSERT INTO scratch VALUES (?)", (SECRET,))
        raw.commit()
        raw.execute("DROP TABLE scratch")
        raw.commit()
    raw.close()
    assert SECRET.encode() in path.read_bytes()
    with ProjectStore.open(str(path)) as store:
        store.remove_traces(lambda image: image)  # this file holds no image
        assert store.check() == []
    assert SECRET.encode() not in path.read_bytes()
    with ProjectStore.open(str(path), read_only=True) as store, pytest.raises(ReadOnlyError, match="read-only"):
        store.remove_traces(lambda image: image)  # this file holds no image

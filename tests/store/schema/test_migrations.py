"""Named, transactional migrations with a backup made first."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from cosafe.store.schema import migrations
from cosafe.store.errors import ProjectOpenError
from cosafe.store.project_store import ProjectStore


def _add_column(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE workshops ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")


def _fail_half_way(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE workshops ADD COLUMN language TEXT")
    connection.execute("this is not SQL")


CURRENT = migrations.current_schema_version()
NEXT = CURRENT + 1  # a migration this CoSafe does not have yet


def test_older_project_is_backed_up_then_migrated(project_path, monkeypatch):
    original = project_path.read_bytes()
    shipped = [(m.version, m.name) for m in migrations.MIGRATIONS]
    monkeypatch.setattr(
        migrations, "MIGRATIONS", migrations.MIGRATIONS + (migrations.Migration(NEXT, "add workshop language", _add_column),)
    )
    with ProjectStore.open(str(project_path)) as store:
        assert store.schema_version == NEXT
        columns = {row[1] for row in store.connection.execute("PRAGMA table_info(workshops)")}
        assert "language" in columns
        applied = store.connection.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert applied == [*shipped, (NEXT, "add workshop language")]
        assert store.check() == []
    backup = project_path.with_name(f"project.backup-v{CURRENT}.gpkg")
    assert backup.read_bytes() == original


def test_failed_migration_leaves_the_project_as_it_was(project_path, monkeypatch):
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    monkeypatch.setattr(
        migrations, "MIGRATIONS", migrations.MIGRATIONS + (migrations.Migration(NEXT, "broken", _fail_half_way),)
    )
    with pytest.raises(ProjectOpenError, match="Upgrading the project failed and was undone"):
        ProjectStore.open(str(project_path))
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before
    # The lock was released: a later attempt is not told the file is already open.
    monkeypatch.undo()
    ProjectStore.open(str(project_path)).close()


def test_read_only_older_project_is_migrated_in_memory_only(project_path, monkeypatch):
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    monkeypatch.setattr(
        migrations, "MIGRATIONS", migrations.MIGRATIONS + (migrations.Migration(NEXT, "add", _add_column),)
    )
    with ProjectStore.open(str(project_path), read_only=True) as store:
        assert store.schema_version == NEXT and store.is_read_only
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


def test_versions_are_consecutive():
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))

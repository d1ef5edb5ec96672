"""Schema v2: the walk_participants table, in new projects and in v1 files upgraded on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checks import validate_gpkg
from cosafe.core.records import AuditWalk, CriteriaSet, Participant, WalkParticipant, Workshop
from cosafe.store import schema_guard
from cosafe.store.schema import migrations
from cosafe.store.errors import ProjectWriteError
from cosafe.store.project_store import ProjectStore


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


@pytest.fixture
def v1_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project written by a CoSafe that knew only schema version 1, with a walk and a person."""
    path = tmp_path / "old.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        with ProjectStore.create(str(path), name="Old project") as store:
            assert store.schema_version == 1
            workshop = Workshop(uuid="w-1", title="Walk day")
            (criteria_set,) = store.list(CriteriaSet)
            store.insert(workshop)
            store.insert(Participant(uuid="p-1", workshop_uuid=workshop.uuid, gender="woman", age_band="18-24"))
            store.insert(AuditWalk(uuid="walk-1", workshop_uuid=workshop.uuid, criteria_set_uuid=criteria_set.uuid))
    schema_guard._cosafe_schema.cache_clear()  # it may have been built from the older migrations
    return path


def test_new_project_has_walk_participants(store: ProjectStore) -> None:
    assert store.schema_version == migrations.current_schema_version()
    columns = _columns(store.connection, "walk_participants")
    assert columns == ["fid", "uuid", "created_at", "updated_at", "device_id", "walk_uuid", "participant_uuid"]
    assert _columns(store.connection, "walk_participants")[:5] == _columns(store.connection, "workshops")[:5]
    indexes = {row[1] for row in store.connection.execute("PRAGMA index_list(walk_participants)")}
    assert "idx_walk_participants_walk" in indexes
    kind = store.connection.execute(
        "SELECT data_type FROM gpkg_contents WHERE table_name = 'walk_participants'").fetchone()
    assert kind == ("attributes",)
    applied = store.connection.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert applied[:2] == [(1, "create initial schema"), (2, "add walk participants")]
    assert store.check() == []


def test_walk_participant_round_trips_and_a_pair_is_unique(store: ProjectStore) -> None:
    link = WalkParticipant(walk_uuid="walk-1", participant_uuid="p-1")
    store.insert(link)
    assert store.get(WalkParticipant, link.uuid) == link
    assert store.counts()["walk_participants"] == 1
    with pytest.raises(ProjectWriteError, match="same identity"):
        store.insert(WalkParticipant(walk_uuid="walk-1", participant_uuid="p-1"))
    store.insert(WalkParticipant(walk_uuid="walk-2", participant_uuid="p-1"))  # another walk is fine
    assert [r.walk_uuid for r in store.list(WalkParticipant, "participant_uuid = ?", ("p-1",))] == ["walk-1", "walk-2"]


def test_v1_file_is_backed_up_and_upgraded_on_open(v1_path: Path) -> None:
    original = v1_path.read_bytes()
    with ProjectStore.open(str(v1_path)) as store:
        assert store.schema_version == migrations.current_schema_version()
        assert store.get(AuditWalk, "walk-1") is not None and store.get(Participant, "p-1").gender == "woman"
        store.insert(WalkParticipant(walk_uuid="walk-1", participant_uuid="p-1"))
        assert store.check() == []
    assert v1_path.with_name("old.backup-v1.gpkg").read_bytes() == original
    assert validate_gpkg(v1_path) == []
    with ProjectStore.open(str(v1_path)) as again:  # opening once more upgrades nothing and backs up nothing
        assert again.schema_version == migrations.current_schema_version() and again.count(WalkParticipant) == 1
    assert sorted(p.name for p in v1_path.parent.iterdir()) == ["old.backup-v1.gpkg", "old.gpkg"]


def test_new_project_passes_gdal_validator(project_path: Path) -> None:
    with ProjectStore.open(str(project_path)) as store:
        store.insert(WalkParticipant(walk_uuid="walk-1", participant_uuid="p-1"))
    assert validate_gpkg(project_path) == []


def test_a_v1_file_that_cannot_be_written_opens_upgraded_in_memory(v1_path: Path) -> None:
    """A field team's old file on a read-only stick: readable, upgraded in memory, never touched."""
    from cosafe.core.records import AuditWalk, WalkParticipant
    from cosafe.store.errors import ReadOnlyError

    original = v1_path.read_bytes()
    v1_path.chmod(0o444)
    try:
        with ProjectStore.open(str(v1_path)) as store:
            assert store.is_read_only and "upgraded in memory" in store.read_only_reason
            assert store.schema_version == migrations.current_schema_version()
            assert store.list(WalkParticipant) == [] and store.count(AuditWalk) == 1
            with pytest.raises(ReadOnlyError):
                store.insert(AuditWalk(title="Market loop", criteria_set_uuid="x"))
    finally:
        v1_path.chmod(0o644)
    assert v1_path.read_bytes() == original
    assert sorted(p.name for p in v1_path.parent.iterdir()) == ["old.gpkg"]  # no backup, no journal

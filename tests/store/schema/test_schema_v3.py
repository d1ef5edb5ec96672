"""Schema v3: the merge tables, in new projects and in v2 files upgraded on open."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import validate_gpkg
from cosafe.core.records import Device, MergeLogEntry, Proposal
from cosafe.store import schema_guard
from cosafe.store.schema import migrations
from cosafe.store.project_store import ProjectStore

V3_TABLES = ("devices", "merge_log", "merge_base", "merge_conflicts")


def test_new_project_has_the_merge_tables(store: ProjectStore) -> None:
    assert store.schema_version == migrations.current_schema_version() >= 3
    registered = dict(store.connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert all(registered[t] == "attributes" for t in V3_TABLES)
    common = [row[1] for row in store.connection.execute('PRAGMA table_info("workshops")')][:5]
    for table in ("devices", "merge_log"):
        assert [row[1] for row in store.connection.execute(f'PRAGMA table_info("{table}")')][:5] == common
    applied = store.connection.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert (3, "add merge tables") in applied
    assert store.check() == []


def test_device_and_log_records_round_trip(store: ProjectStore) -> None:
    device = Device(uuid="dev-1", name="Field team 2 laptop")
    entry = MergeLogEntry(source_name="team2.gpkg", source_device_id="dev-1", added=3, conflicts=1)
    store.insert(device)
    store.insert(entry)
    assert store.get(Device, "dev-1") == device and store.get(MergeLogEntry, entry.uuid) == entry
    assert "devices" not in store.counts()  # bookkeeping, not project data


def test_v2_file_is_upgraded_on_open_and_passes_the_validator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v2.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 2
            # An older CoSafe's Proposal has no participant_uuid (v6): the row as it wrote it.
            old.connection.execute("INSERT INTO proposals (uuid, created_at, updated_at, device_id, title) "
                                   "VALUES ('p-1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
                                   "'old-laptop', 'Light the underpass')")
    schema_guard._cosafe_schema.cache_clear()  # it may have been built from the older migrations
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version() and store.get(Proposal, "p-1").title == "Light the underpass"
        store.insert(Device(uuid="dev-1", name="Office"))
        store.connection.execute("BEGIN")
        store.connection.execute("INSERT INTO merge_base (peer_device_id, table_name, record_uuid, row_hash) "
                                 "VALUES ('x', 'proposals', 'p-1', 'abc')")
        store.connection.execute("COMMIT")
        assert store.check() == []
    assert path.with_name("v2.backup-v2.gpkg").exists()
    assert validate_gpkg(path) == []

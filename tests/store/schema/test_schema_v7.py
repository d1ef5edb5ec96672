"""Schema v7: a recorded incident's description, kept by an upgraded older file and emptied in public exports."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from checks import ogrinfo_available, ogrinfo_summary, validate_gpkg
from cosafe.core.records import Incident
from cosafe.io.export import make_public, table_data
from cosafe.store import schema_guard
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations


def test_a_v6_file_is_upgraded_and_keeps_its_incidents_without_a_description(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v6.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:6])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 6
            # An older CoSafe's Incident has no description, so the row is written as it wrote it.
            old.connection.execute("INSERT INTO incidents (uuid, created_at, updated_at, device_id, category, "
                                   "occurred_on, occurred_at) VALUES ('i-1', '2024-01-01T00:00:00.000Z', "
                                   "'2024-01-01T00:00:00.000Z', 'laptop', 'theft', '2024-01-02', '21:15')")
    schema_guard._cosafe_schema.cache_clear()  # it may have been built above from the first six migrations only
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version() >= 7
        old_incident = store.get(Incident, "i-1")
        assert (old_incident.category, old_incident.occurred_at, old_incident.description) == ("theft", "21:15", "")
        store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="robbery",
                              description="Bag taken at the bus stop"))
        assert store.check() == []
    assert path.with_name("v6.backup-v6.gpkg").exists()
    assert validate_gpkg(path) == []
    if ogrinfo_available():
        assert "description: String" in ogrinfo_summary(path).split("Layer name: incidents")[1]


def test_a_public_export_empties_the_description(store):
    store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="theft", occurred_on="2024-01-03",
                          description="Phone taken from Ms Achieng outside 14 Soko Street"))
    public = make_public(table_data(store, Incident), 100.0)
    assert public.columns["category"] == ["theft"] and public.columns["description"] == [""]

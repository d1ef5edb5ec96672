"""Schema v5: a recorded incident's time of day, kept by an upgraded older file, checked by shape."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from checks import ogrinfo_available, ogrinfo_summary, validate_gpkg
from cosafe.core.records import Incident
from cosafe.io.export import make_public, table_data
from cosafe.store.errors import ProjectWriteError
from cosafe.store import schema_guard
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations


def test_a_v4_file_is_upgraded_and_keeps_its_incidents_without_a_time(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v4.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 4
            # An older CoSafe's Incident has no occurred_at, so the row is written as it wrote it.
            old.connection.execute("INSERT INTO incidents (uuid, created_at, updated_at, device_id, category, "
                                   "occurred_on) VALUES ('i-1', '2024-01-01T00:00:00.000Z', "
                                   "'2024-01-01T00:00:00.000Z', "
                                   "'laptop', 'theft', '2024-01-02')")
    schema_guard._cosafe_schema.cache_clear()  # it may have been built above from the first four migrations only
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version()
        old_incident = store.get(Incident, "i-1")
        assert (old_incident.category, old_incident.occurred_on, old_incident.occurred_at) == (
            "theft", "2024-01-02", None)
        store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="robbery", occurred_on="2024-01-03",
                              occurred_at="22:30"))
        assert store.check() == []
    assert path.with_name("v4.backup-v4.gpkg").exists()
    assert validate_gpkg(path) == []
    if ogrinfo_available():
        assert "occurred_at: String" in ogrinfo_summary(path).split("Layer name: incidents")[1]


@pytest.mark.parametrize("bad", ["24:00", "9:30", "22:60", "noon", "22:30:00"])
def test_only_a_time_of_day_is_stored(store, bad):
    with pytest.raises(ProjectWriteError):
        store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="theft", occurred_at=bad))
    store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="theft", occurred_at="23:59"))


def test_a_public_export_keeps_the_day_but_not_the_time(store):
    store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="theft", occurred_on="2024-01-03",
                          occurred_at="22:30"))
    public = make_public(table_data(store, Incident), 100.0)
    assert public.columns["occurred_on"] == ["2024-01-03"] and public.columns["occurred_at"] == [None]


"""Merging recorded incidents' time of day (schema v5): it travels, and an older file still merges."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from cosafe.core.records import Incident
from cosafe.store import schema_guard
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations
from merge_support import new_project


def test_an_incident_time_travels_in_a_merge_and_a_v4_file_still_merges(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    office = new_project(tmp_path / "office.gpkg")
    try:
        make_field_copy(office, str(tmp_path / "team.gpkg"), "Field team")
        with ProjectStore.open(str(tmp_path / "team.gpkg")) as team:
            team.insert(Incident(uuid="i-night", geom=shapely.Point(36.85, -1.28), category="robbery",
                                 occurred_on="2024-01-03", occurred_at="22:30"))
        (result,) = merge_files(office, [str(tmp_path / "team.gpkg")])
        assert result.plan.count("conflicts") == 0
        assert office.get(Incident, "i-night").occurred_at == "22:30"

        older = tmp_path / "older.gpkg"
        with monkeypatch.context() as patch:
            patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
            with ProjectStore.create(str(older), name="Older") as old:
                old.connection.execute(
                    "INSERT INTO incidents (uuid, created_at, updated_at, device_id, category, occurred_on) VALUES "
                    "('i-old', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'laptop', 'theft', "
                    "'2024-01-02')")
        schema_guard._cosafe_schema.cache_clear()
        merge_files(office, [str(older)])
        assert (office.get(Incident, "i-old").occurred_on, office.get(Incident, "i-old").occurred_at) == (
            "2024-01-02", None)
        assert office.check() == []
    finally:
        office.close()

"""Every record type survives a write and a read, field for field, in a valid GeoPackage."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
import shapely
from checks import ogrinfo_summary, validate_gpkg
from sample_records import ALL_POPULATED

from cosafe.core.records import RECORD_TYPES, Record
from cosafe.store import mapping
from cosafe.store.project_store import ProjectStore


def _same(a: Record, b: Record) -> bool:
    for item in dataclasses.fields(a):
        left, right = getattr(a, item.name), getattr(b, item.name)
        if isinstance(left, shapely.Geometry):
            if not left.equals_exact(right, 0):
                return False
        elif left != right:
            return False
    return True


@pytest.mark.parametrize("record", ALL_POPULATED, ids=lambda r: r.TABLE)
def test_record_round_trips(store: ProjectStore, record: Record):
    record = dataclasses.replace(record)
    store.insert(record)
    loaded = store.get(type(record), record.uuid)
    assert loaded is not None
    assert loaded.device_id == store.device_id
    assert _same(record, loaded)


def test_every_record_field_has_a_column(store: ProjectStore):
    for record_type in RECORD_TYPES:
        columns = {row[1] for row in store.connection.execute(f'PRAGMA table_info("{record_type.TABLE}")')}
        assert set(mapping.column_names(record_type)) <= columns, record_type.TABLE


def test_file_with_every_record_type_passes_gdal_validator(project_path):
    with ProjectStore.open(str(project_path)) as opened:
        for record in ALL_POPULATED:
            opened.insert(dataclasses.replace(record))
        assert opened.check() == []
    assert validate_gpkg(project_path) == []
    if shutil.which("ogrinfo"):
        summary = ogrinfo_summary(project_path)
        for table in ("proposals", "perception_pins", "audit_points", "audit_walks", "incidents"):
            assert f"Layer name: {table}" in summary
        assert "Feature Count: 1" in summary


def test_replace_and_delete(store: ProjectStore):
    record = ALL_POPULATED[0]
    store.insert(dataclasses.replace(record))
    changed = dataclasses.replace(record, title="Night walk")
    store.replace(changed)
    assert store.get(type(record), record.uuid).title == "Night walk"
    store.delete(type(record), record.uuid)
    assert store.get(type(record), record.uuid) is None
    with pytest.raises(KeyError):
        store.replace(changed)


def test_spatial_index_follows_edits(store: ProjectStore):
    proposal = next(r for r in ALL_POPULATED if r.TABLE == "proposals")
    store.insert(dataclasses.replace(proposal))
    rtree = "rtree_proposals_geom"
    assert store.connection.execute(f"SELECT count(*) FROM {rtree}").fetchone()[0] == 1
    store.replace(dataclasses.replace(proposal, geom=shapely.Point(10, 20)))
    assert store.connection.execute(f"SELECT minx, miny FROM {rtree}").fetchone() == (10.0, 20.0)
    extent = store.connection.execute(
        "SELECT min_x, min_y FROM gpkg_contents WHERE table_name = 'proposals'"
    ).fetchone()
    assert extent == (10.0, 20.0)
    store.replace(dataclasses.replace(proposal, geom=None))
    assert store.connection.execute(f"SELECT count(*) FROM {rtree}").fetchone()[0] == 0
    store.delete(type(proposal), proposal.uuid)
    assert store.check() == []

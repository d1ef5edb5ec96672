"""A project file runs no SQL of its own: triggers, views and indexes must be ones CoSafe, the
GeoPackage standard or GDAL make (by name and SQL); files QGIS and GDAL wrote into still open."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from bad_files import SAMPLE, THRESHOLD_TRIGGER, altered_sample

from cosafe.core.records import Proposal
from cosafe.store import schema_guard
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations
from cosafe.store.schema_guard import UntrustedSchemaError, canonical_sql, untrusted_objects


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_sample_and_a_new_project_hold_nothing_untrusted(project_path):
    for path in (SAMPLE, project_path):
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert untrusted_objects(connection) == []
        connection.close()


def test_canonical_sql_ignores_spacing_case_quoting_but_not_meaning():
    ours = 'CREATE TRIGGER "t_x" AFTER DELETE ON "basemap_points" WHEN old."geom" NOTNULL BEGIN SELECT 1; END'
    gdal = "create trigger t_x after delete on basemap_points\n  when OLD.geom NOT NULL -- note\n begin select 1; end;"
    assert canonical_sql(ours) == canonical_sql(gdal)
    assert canonical_sql("SELECT 'A'") != canonical_sql("SELECT 'a'")  # strings stay as written
    assert canonical_sql('SELECT "end" FROM t') != canonical_sql("SELECT end FROM t")  # a quoted keyword is a name


def test_a_known_trigger_name_with_other_sql_is_refused(tmp_path):
    path = altered_sample(
        tmp_path, "swapped.gpkg", "DROP TRIGGER rtree_proposals_geom_delete",
        "CREATE TRIGGER rtree_proposals_geom_delete AFTER DELETE ON proposals WHEN old.geom NOT NULL BEGIN "
        "DELETE FROM rtree_proposals_geom WHERE id = OLD.fid; UPDATE project_meta SET value = '1' "
        "WHERE key = 'suppression_threshold'; END")
    before = _digest(path)
    with pytest.raises(UntrustedSchemaError, match="^swapped.gpkg was refused: it holds a trigger "
                                                   "“rtree_proposals_geom_delete” on proposals, which neither"):
        ProjectStore.open(str(path))
    assert _digest(path) == before


def test_an_older_format_with_a_planted_trigger_is_refused_before_its_backup_and_upgrade(tmp_path, monkeypatch):
    path = tmp_path / "old.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        ProjectStore.create(str(path), name="Old").close()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER on_upgrade AFTER INSERT ON schema_migrations BEGIN "
                       "UPDATE project_meta SET value = 'planted' WHERE key = 'name'; END")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(UntrustedSchemaError, match="trigger “on_upgrade” on schema_migrations"):
        ProjectStore.open(str(path))
    assert _digest(path) == before and os.listdir(tmp_path) == ["old.gpkg"]


def test_reading_connections_do_not_trust_the_schema(project_path):
    with ProjectStore.open(str(project_path), read_only=True) as store:
        assert store.connection.execute("PRAGMA trusted_schema").fetchone() == (0,)


def test_gdal_feature_count_triggers_are_known_but_not_altered_ones(tmp_path):
    """GDAL keeps gpkg_ogr_contents current with two triggers per table (QGIS writes through GDAL)."""
    def gdal_triggers(table: str, sign: str = "+") -> list[str]:
        return [f'CREATE TRIGGER "trigger_{event}_feature_count_{table}" AFTER {event.upper()} ON "{table}" '
                f"BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count {s} 1 "
                f"WHERE lower(table_name) = lower('{table}'); END;"
                for event, s in (("insert", sign), ("delete", "-"))]

    contents = "CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER DEFAULT NULL)"
    fine = altered_sample(tmp_path, "counted.gpkg", contents, *gdal_triggers("proposals"), *gdal_triggers("votes"))
    with ProjectStore.open(str(fine)) as store:
        store.insert(Proposal(title="counted"))
        assert store.connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchall() == []
    altered = altered_sample(tmp_path, "miscounted.gpkg", contents, *gdal_triggers("proposals", sign="- 100 +"))
    with pytest.raises(UntrustedSchemaError, match="trigger “trigger_insert_feature_count_proposals” on proposals"):
        ProjectStore.open(str(altered))


@pytest.mark.skipif(shutil.which("ogr2ogr") is None or shutil.which("gdal_translate") is None,
                    reason="GDAL's command-line tools are not installed")
def test_a_project_gdal_wrote_into_still_opens(tmp_path):
    """ogr2ogr adds a layer (its R-tree triggers) and appends features; gdal_translate adds a raster
    (gpkg_tile_matrix and tile-table triggers): all of it is GDAL's own, so the project opens."""
    from PIL import Image

    path = tmp_path / "edited.gpkg"
    shutil.copy(SAMPLE, path)
    os.chmod(path, 0o600)
    points = tmp_path / "points.geojson"
    points.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                      '{"layer_uuid": "x", "style_class": "lamp", "name": "a", "tags": "{}"}, '
                      '"geometry": {"type": "MultiPoint", "coordinates": [[36.85, -1.28]]}}]}')
    picture = tmp_path / "red.png"
    Image.new("RGB", (256, 256), (200, 10, 10)).save(picture)
    for command in (["ogr2ogr", "-update", str(path), str(points), "-nln", "survey_points"],
                    ["ogr2ogr", "-update", "-append", str(path), str(points), "-nln", "basemap_points"],
                    ["gdal_translate", "-q", "-of", "GPKG", "-a_srs", "EPSG:3857", "-a_ullr", "0", "256", "256", "0",
                     str(picture), str(path), "-co", "APPEND_SUBDATASET=YES", "-co", "RASTER_TABLE=aerial"],
                    ["ogrinfo", "-so", "-al", str(path)]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(path)
    names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    connection.close()
    assert {"rtree_survey_points_geom_insert", "gpkg_tile_matrix_zoom_level_insert", "aerial_zoom_insert"} <= names
    with ProjectStore.open(str(path)) as store:
        assert store.name == "Riverside Market sample"
    with ProjectStore.open(str(path), read_only=True) as store:
        assert store.check() == []


def test_nothing_planted_fires_when_a_refused_file_is_closed(tmp_path):
    """Before, merely opening and closing a file ran this trigger: closing deletes features of removed layers."""
    path = altered_sample(tmp_path, "planted.gpkg", "DELETE FROM basemap_layers", THRESHOLD_TRIGGER)
    before = _digest(path)
    with pytest.raises(UntrustedSchemaError):
        ProjectStore.open(str(path)).close()
    assert _digest(path) == before


def test_time_limit_interrupts_a_query_that_would_never_end():
    connection = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError) as raised:
        with schema_guard.time_limit(connection, 0.2):
            connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                               "SELECT count(*) FROM n").fetchone()
    assert schema_guard.was_interrupted(raised.value)
    assert connection.execute("SELECT 1").fetchone() == (1,)  # the limit ends with the block

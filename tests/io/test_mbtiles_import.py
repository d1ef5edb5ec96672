"""MBTiles raster basemaps become GeoPackage tile pyramids that GDAL reads back."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import subprocess
import time

import pytest
from checks import validate_gpkg
from map_files import ZOOM, make_mbtiles
from PIL import Image

from cosafe.core.records import BasemapLayer
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.store import tiles
from cosafe.store.project_store import ProjectStore


def test_tiles_are_copied_with_rows_flipped(store, tmp_path):
    layer = import_mbtiles(store, str(make_mbtiles(tmp_path / "aerial.mbtiles")))
    assert layer.kind == "tiles" and layer.name == "Oakland aerial" and layer.attribution == "Test imagery"
    assert layer.feature_count == 4
    stored = store.get(BasemapLayer, layer.uuid)
    assert stored.data_table == layer.data_table
    rows = store.connection.execute(
        f'SELECT tile_column, tile_row, tile_data FROM "{layer.data_table}" ORDER BY tile_column, tile_row').fetchall()
    expected_row = tiles.tms_to_gpkg_row(ZOOM, 20111)
    assert (rows[0][0], rows[0][1]) == (5250, expected_row)
    # The tile stored at GeoPackage row r is the MBTiles tile at TMS row 2^z-1-r.
    assert Image.open(io.BytesIO(rows[0][2])).getpixel((0, 0)) == (5250 % 256, 20111 % 256, 100)
    assert tiles.zoom_levels(store.connection, layer.data_table) == [ZOOM]
    west, south, east, north = tiles.tile_bounds(ZOOM, 5250, expected_row)
    found = list(tiles.tiles_in(store.connection, layer.data_table, ZOOM, (west + 1, south + 1, east - 1, north - 1)))
    assert [(c, r) for c, r, _ in found] == [(5250, expected_row)]


def test_project_with_tiles_passes_gdal(project_path, tmp_path):
    with ProjectStore.open(str(project_path)) as store:
        layer = import_mbtiles(store, str(make_mbtiles(tmp_path / "aerial.mbtiles")))
        assert store.check() == []
    assert validate_gpkg(project_path) == []
    if shutil.which("gdalinfo"):
        result = subprocess.run(["gdalinfo", "-oo", f"TABLE={layer.data_table}", str(project_path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        # GDAL reads the pyramid at zoom 15's resolution (40075016.69 m / 2^15 / 256 px).
        assert "Pixel Size = (4.7773" in result.stdout, result.stdout


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("make, message", [
    (lambda folder: (folder / "x.mbtiles").write_bytes(b"not sqlite at all" * 10) and folder / "x.mbtiles",
     "not an MBTiles file"),
    (lambda folder: make_mbtiles(folder / "nometa.mbtiles", metadata=False), "not an MBTiles file"),
    (lambda folder: make_mbtiles(folder / "vector.mbtiles", fmt="pbf"), "vector tiles"),
    (lambda folder: make_mbtiles(folder / "junk.mbtiles", tile_bytes=b"\x1f\x8b junk"), "not a PNG, JPEG or WebP"),
    (lambda folder: folder / "missing.mbtiles", "no such file"),
], ids=["not-sqlite", "no-metadata", "vector", "junk-tiles", "missing"])
def test_bad_mbtiles_is_refused_and_project_unchanged(project_path, tmp_path, make, message):
    source = make(tmp_path)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match=message):
            import_mbtiles(store, str(source))
    assert _digest(project_path) == before


def test_cancel_leaves_project_unchanged(project_path, tmp_path):
    source = make_mbtiles(tmp_path / "aerial.mbtiles")
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(ImportCancelled):
            import_mbtiles(store, str(source), progress=lambda fraction, text: fraction < 1.0)
    assert _digest(project_path) == before


def test_removed_layers_data_stays_until_close_then_is_purged(project_path, tmp_path):
    """Removing a layer record (undoable) keeps its tiles and features until the project closes."""
    import map_files

    from cosafe.core.edits import DeleteRecord
    from cosafe.io.basemap_import import import_vector_basemap
    from cosafe.store import basemap

    with ProjectStore.open(str(project_path)) as store:
        tile_layer = import_mbtiles(store, str(make_mbtiles(tmp_path / "aerial.mbtiles")))
        [vector_layer] = import_vector_basemap(store, str(map_files.osm_xml(tmp_path)))
        removals = [DeleteRecord(store, BasemapLayer, tile_layer.uuid), DeleteRecord(store, BasemapLayer, vector_layer.uuid)]
        for edit in removals:
            edit.apply(store)
        assert list(basemap.iter_features(store)) == []
        removals[1].revert(store)  # undo brings the OSM layer back whole
        assert len(list(basemap.iter_features(store))) == 3
        assert store.connection.execute(f'SELECT count(*) FROM "{tile_layer.data_table}"').fetchone()[0] == 4
    with ProjectStore.open(str(project_path)) as store:
        tables = {t for (t,) in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tile_layer.data_table not in tables
        assert store.counts()["basemap_lines"] == 1
        assert store.check() == []
    assert validate_gpkg(project_path) == []


def test_opening_and_closing_changes_nothing(project_path):
    before = _digest(project_path)
    ProjectStore.open(str(project_path)).close()
    assert _digest(project_path) == before


def _deduplicated(path, view_sql):
    """An MBTiles whose ``tiles`` is a view, as mbutil and TileMill write them (equal tiles stored once)."""
    make_mbtiles(path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)")
    connection.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)")
    connection.execute("INSERT INTO map SELECT zoom_level, tile_column, tile_row, rowid FROM tiles")
    connection.execute("INSERT INTO images SELECT tile_data, rowid FROM tiles")
    connection.execute("DROP TABLE tiles")
    connection.execute(view_sql)
    connection.commit()
    connection.close()
    return path


MBUTIL_VIEW = """create view tiles as
    select map.zoom_level as zoom_level,
    map.tile_column as tile_column,
    map.tile_row as tile_row,
    images.tile_data as tile_data FROM
    map JOIN images on images.tile_id = map.tile_id;"""
ENDLESS_VIEW = ("CREATE VIEW tiles AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT 15 AS zoom_level, i AS tile_column, i AS tile_row, x'00' AS tile_data FROM n")


def test_a_deduplicated_mbtiles_written_by_mbutil_still_imports(store, tmp_path):
    layer = import_mbtiles(store, str(_deduplicated(tmp_path / "dedup.mbtiles", MBUTIL_VIEW)))
    assert layer.feature_count == 4 and tiles.zoom_levels(store.connection, layer.data_table) == [ZOOM]


@pytest.mark.parametrize("view, message", [
    (ENDLESS_VIEW, "its “tiles” is a view CoSafe does not know, not a table"),
    # the known view's text, but over something that is no table: refused as well
    ("CREATE VIEW images AS SELECT 1 AS tile_data, 1 AS tile_id", "its “tiles” is a view CoSafe does not know"),
])
def test_a_view_in_place_of_the_tiles_table_is_refused_not_read(project_path, tmp_path, view, message):
    source = tmp_path / "view.mbtiles"
    if view.startswith("CREATE VIEW images"):
        _deduplicated(source, MBUTIL_VIEW)
        connection = sqlite3.connect(source)
        connection.execute("DROP TABLE images")
        connection.execute(view)
        connection.commit()
        connection.close()
    else:
        make_mbtiles(source)
        connection = sqlite3.connect(source)
        connection.execute("DROP TABLE tiles")
        connection.execute(view)
        connection.commit()
        connection.close()
    before = _digest(project_path)
    started = time.monotonic()
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_mbtiles(store, str(source))
    assert str(raised.value).startswith(f"view.mbtiles is refused: {message}")
    assert "\n" not in str(raised.value) and time.monotonic() - started < 5
    assert _digest(project_path) == before


def test_a_metadata_view_is_refused(project_path, tmp_path):
    source = make_mbtiles(tmp_path / "meta.mbtiles")
    connection = sqlite3.connect(source)
    connection.execute("ALTER TABLE metadata RENAME TO real_metadata")
    connection.execute("CREATE VIEW metadata AS SELECT name, value FROM real_metadata")
    connection.commit()
    connection.close()
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match="^meta.mbtiles is refused: its “metadata” is not a table"):
            import_mbtiles(store, str(source))


def test_reading_stops_at_the_time_limit(store, tmp_path, monkeypatch):
    """A read that runs too long (here: any, with the limit at zero) is refused in one line."""
    from cosafe.store import schema_guard

    monkeypatch.setattr(schema_guard, "READ_SECONDS", 0.0)
    monkeypatch.setattr(schema_guard, "_PROGRESS_STEPS", 1)
    with pytest.raises(BasemapImportError, match="^aerial.mbtiles took too long to read, so it was refused$"):
        import_mbtiles(store, str(make_mbtiles(tmp_path / "aerial.mbtiles")))

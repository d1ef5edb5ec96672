"""MBTiles raster basemaps become GeoPackage tile pyramids that GDAL reads back."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess

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

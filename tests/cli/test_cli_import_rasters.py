"""``cosafe import-basemap`` on GeoTIFFs, raster GeoPackages and vector MBTiles (issue 16)."""

from __future__ import annotations

import hashlib
import os
import subprocess

import pytest
import raster_files
from checks import cosafe_command
from vector_tiles_files import vector_mbtiles


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "project.gpkg"
    assert run("new", str(path)).returncode == 0
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_geotiff_is_placed_by_its_georeferencing(project, tmp_path):
    result = run("import-basemap", str(project), str(raster_files.grid_geotiff(tmp_path / "aerial.tif")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 'aerial': 4 tiles"


def test_a_raster_geopackage_imports_as_tiles(project, tmp_path):
    source = raster_files.raster_geopackage(tmp_path / "offline map.gpkg",
                                            raster_files.utm_geotiff(tmp_path / "o.tif"), google=True)
    result = run("import-basemap", str(project), str(source), "--name", "Offline")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.strip().splitlines()
    assert line.startswith("Imported 'Offline': ") and line.endswith(" tiles")


def test_a_vector_mbtiles_says_each_layer_and_what_it_left_out(project, tmp_path):
    result = run("import-basemap", str(project), str(vector_mbtiles(tmp_path)))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "Imported 'Town – transportation': 2 features" in lines
    assert "Imported 'Town – park': 1 feature" in lines
    assert "Layer 'housenumber' was not imported: house numbers are not drawn on CoSafe's map" in lines


def test_a_picture_without_georeferencing_asks_for_control_points(project, tmp_path):
    result = run("import-basemap", str(project), str(raster_files.plain_tiff(tmp_path / "scan.tif")))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "scan.tif is a picture without georeferencing" in line and "--control-point" in line


def test_a_tiff_with_a_world_file_and_no_crs_is_placed_with_crs_given(project, tmp_path):
    source = raster_files.tiff_with_world_file(tmp_path / "ortho.tif")
    without = run("import-basemap", str(project), str(source))
    assert without.returncode != 0 and "without georeferencing" in without.stderr
    unknown = run("import-basemap", str(project), str(source), "--crs", "EPSG:999999")
    assert unknown.returncode != 0 and len(unknown.stderr.strip().splitlines()) == 1, unknown.stderr
    assert "unknown coordinate reference system 'EPSG:999999'" in unknown.stderr
    placed = run("import-basemap", str(project), str(source), "--crs", "EPSG:32610")
    assert placed.returncode == 0, placed.stderr
    assert placed.stdout.startswith("Imported 'ortho': ") and placed.stdout.strip().endswith(" tiles")


@pytest.mark.parametrize("make", [
    lambda folder: raster_files.utm_geotiff(folder / "site.tif", size=50, crs='LOCAL_CS["site",UNIT["metre",1]]'),
    lambda folder: raster_files.elevation_geopackage(folder / "dem.gpkg"),
], ids=["crs-proj-cannot-use", "elevations"])
def test_a_raster_that_cannot_be_placed_is_one_line_and_changes_nothing(project, tmp_path, make):
    source = make(tmp_path)
    before = _digest(project)
    result = run("import-basemap", str(project), str(source))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and str(tmp_path) not in result.stderr, result.stderr
    assert _digest(project) == before

"""What the command loads to start: ``--version`` and ``--help`` load argparse and the chosen
command's words only, not Qt nor the GIS, drawing and PDF libraries. Run in a fresh process
each (this one has loaded everything)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import map_files
import pytest

HEAVY = ("PySide6", "shapely", "pyproj", "pyogrio", "reportlab", "numpy", "osmium", "babel", "pyqtgraph", "cv2",
         "segno")

_PROBE = """
import contextlib, io, json, sys
from cosafe.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(%r)))
print(json.dumps({"code": code, "heavy": heavy, "out": out.getvalue()}))
"""


def _loaded(*arguments: str) -> dict:
    result = subprocess.run([sys.executable, "-c", _PROBE % json.dumps(HEAVY), "--language", "en", *arguments],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("arguments", [["--version"], ["--help"], ["import-basemap", "--help"],
                                       ["import-incidents", "--help"], ["export", "--help"],
                                       ["print-sheets", "--help"], ["read-sheets", "--help"]],
                         ids=lambda a: " ".join(a))
def test_version_and_help_load_nothing_heavy(arguments):
    loaded = _loaded(*arguments)
    assert loaded["code"] == 0 and loaded["out"].strip()
    assert loaded["heavy"] == []


def test_the_export_formats_listed_are_the_exporters(tmp_path):
    from cosafe.io.export import EXPORT_FORMATS

    assert all(name in _loaded("export", "--help")["out"] for name in EXPORT_FORMATS)


def test_an_osm_import_reads_with_osmium(tmp_path):
    project = tmp_path / "town.gpkg"
    assert _loaded("new", str(project))["code"] == 0
    loaded = _loaded("import-basemap", str(project), str(map_files.osm_xml(tmp_path)))
    assert loaded["code"] == 0 and "3 features" in loaded["out"]
    assert "osmium" in loaded["heavy"] and "PySide6" not in loaded["heavy"]
    assert "pyogrio" not in loaded["heavy"] and "pyproj" not in loaded["heavy"]  # libosmium reads it; degrees


def test_another_import_does_not_load_osmium(tmp_path):
    project = tmp_path / "town.gpkg"
    assert _loaded("new", str(project))["code"] == 0
    loaded = _loaded("import-basemap", str(project), str(map_files.geojson(tmp_path)))
    assert loaded["code"] == 0 and "pyogrio" in loaded["heavy"] and "osmium" not in loaded["heavy"]
    assert "pyproj" not in loaded["heavy"]  # in longitude/latitude: nothing to convert, PROJ not loaded
    assert "babel" not in loaded["heavy"]  # no money shown


_PROJ_OFFLINE = """
import contextlib, io, json, sys
from cosafe.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
import pyproj.network
print(json.dumps({"code": code, "out": out.getvalue(), "network": pyproj.network.is_network_enabled()}))
"""


def test_a_projected_file_loads_pyproj_offline_and_is_converted(tmp_path):
    """pyogrio is kept from loading pyproj (``safe_gdal``); a file that needs it loads it then,
    with PROJ's network off, even when the environment asks for it on."""
    import os

    import shapely

    from cosafe.store import basemap
    from cosafe.store.project_store import ProjectStore

    project = tmp_path / "town.gpkg"
    assert _loaded("new", str(project))["code"] == 0
    result = subprocess.run([sys.executable, "-c", _PROJ_OFFLINE, "--language", "en", "import-basemap", str(project),
                             str(map_files.shapefile_utm(tmp_path))],
                            capture_output=True, text=True, timeout=120, env=dict(os.environ, PROJ_NETWORK="ON"))
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert loaded["code"] == 0 and loaded["network"] is False
    with ProjectStore.open(str(project)) as store:
        shapes = basemap.read_feature_arrays(store).geometries
    minx, miny, maxx, maxy = shapely.total_bounds(shapes)
    assert -180 <= minx < maxx <= 180 and -90 <= miny < maxy <= 90 and maxx - minx < 1  # degrees, not metres


def test_reading_sheets_needs_no_qt(tmp_path):
    from PIL import Image

    project = tmp_path / "town.gpkg"
    assert _loaded("new", str(project))["code"] == 0
    photo = tmp_path / "wall.png"
    Image.new("RGB", (640, 480), "white").save(photo)
    loaded = _loaded("read-sheets", str(project), str(photo), "--dry-run")
    assert loaded["code"] == 1  # no sheet on a white wall
    assert "cv2" in loaded["heavy"] and "PySide6" not in loaded["heavy"]


def test_numpy_starts_no_blas_threads():
    """An import command's numpy runs on the command's one thread: OpenBLAS's idle workers only
    spend CPU (they would be one more thread per core here)."""
    probe = ("import os; from cosafe.cli.main import main; import numpy; "
             "print(len(os.listdir('/proc/self/task')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env={key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"})
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) == 1

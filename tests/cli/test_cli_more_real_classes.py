"""``cosafe import-basemap`` on more classes of real files (issue 16): what its one line says."""

from __future__ import annotations

import os
import subprocess

import map_files
from checks import cosafe_command


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def test_a_file_without_crs_in_degrees_is_told_to_give_epsg_4326(tmp_path):
    """A shapefile without its .prj whose coordinates are longitude/latitude (an outline of Iraq,
    a zipped Afghanistan) was told to give a UTM code, e.g. EPSG:32737."""
    project = tmp_path / "project.gpkg"
    assert run("new", str(project)).returncode == 0
    source = map_files.shapefile_without_crs(tmp_path)
    refused = run("--language", "en", "import-basemap", str(project), str(source))
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert "give --crs EPSG:4326" in lines[0] and "32737" not in lines[0] and str(tmp_path) not in lines[0]
    imported = run("import-basemap", str(project), str(source), "--crs", "EPSG:4326")
    assert imported.returncode == 0, imported.stderr


def test_a_file_without_shapes_or_crs_is_told_it_has_no_shapes_not_asked_for_a_crs(tmp_path):
    """A FlatGeobuf of country names without geometry or CRS was asked for a CRS, which would place nothing."""
    import numpy as np
    import pyogrio.raw

    project = tmp_path / "project.gpkg"
    assert run("new", str(project)).returncode == 0
    source = tmp_path / "names.fgb"
    pyogrio.raw.write(str(source), np.array([None, None], dtype=object), [np.array(["Kenya", "Peru"], dtype=object)],
                      ["name"], driver="FlatGeobuf", geometry_type="Unknown", crs=None, SPATIAL_INDEX="NO")
    refused = run("--language", "en", "import-basemap", str(project), str(source))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert "has no shapes to draw" in line and "--crs" not in line


def test_a_shapefile_of_empty_shapes_without_crs_is_told_it_has_no_shapes(tmp_path):
    """A Shapefile whose shapes are all empty says 0, 0, 0, 0 for its extent, which lies within
    longitude/latitude's range: it was asked for EPSG:4326 instead of being told it has no shapes."""
    import numpy as np
    import pyogrio.raw

    project = tmp_path / "project.gpkg"
    assert run("new", str(project)).returncode == 0
    source = tmp_path / "register.shp"
    pyogrio.raw.write(str(source), np.array([None, None], dtype=object), [np.array(["a", "b"], dtype=object)],
                      ["name"], driver="ESRI Shapefile", geometry_type="Point", crs="EPSG:4326")
    source.with_suffix(".prj").unlink()
    refused = run("--language", "en", "import-basemap", str(project), str(source))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert "has no shapes to draw" in line and "--crs" not in line

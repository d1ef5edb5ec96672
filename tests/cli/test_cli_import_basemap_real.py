"""``cosafe import-basemap`` on files whose coordinate reference system is missing or wrong."""

from __future__ import annotations

import os
import subprocess

from checks import cosafe_command
from map_files import undefined_srs_geopackage


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def test_undefined_cartesian_srs_asks_for_crs_then_imports(tmp_path):
    project = tmp_path / "project.gpkg"
    assert run("new", str(project)).returncode == 0
    source = undefined_srs_geopackage(tmp_path / "site plan.gpkg", -1)
    refused = run("import-basemap", str(project), str(source))
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert "--crs EPSG:" in lines[0] and "site plan.gpkg" in lines[0] and str(tmp_path) not in lines[0]
    imported = run("import-basemap", str(project), str(source), "--crs", "EPSG:32737")
    assert imported.returncode == 0, imported.stderr
    assert "2 features" in imported.stdout


def test_unknown_crs_text_is_one_line(tmp_path):
    project = tmp_path / "project.gpkg"
    assert run("new", str(project)).returncode == 0
    source = undefined_srs_geopackage(tmp_path / "plan.gpkg", 0)
    result = run("import-basemap", str(project), str(source), "--crs", "EPSG:999999")
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, result.stderr

"""cosafe import-basemap's choices for files of several layers: --layer, --list-layers,
--label-field, --encoding — each a one-line error when it cannot apply."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import map_files
from checks import cosafe_command
from map_files import ACCENTED, folders_kml, shapefile_in_encoding


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def _project(tmp_path: Path) -> str:
    project = str(tmp_path / "p.gpkg")
    assert run("new", project).returncode == 0
    return project


def _counts(project: str) -> dict:
    return json.loads(run("info", project, "--json").stdout)["counts"]


def test_list_layers_and_import_only_those_named(tmp_path):
    project = _project(tmp_path)
    kml = str(folders_kml(tmp_path / "zones.kml", plain_folders=15))
    listed = run("import-basemap", project, kml, "--list-layers")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 17 and lines[0] == "Sector 00: points, 2 features" and lines[-1] == "Shops: points, 2 features"
    assert _counts(project)["basemap_layers"] == 0  # listing imports nothing
    done = run("import-basemap", project, kml, "--name", "z", "--layer", "Shops", "--layer", "Sector 03")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Imported 'z – Sector 03': 2 features, drawn as poi",
                                        "Imported 'z – Shops': 2 features, drawn as poi"]


def test_an_unknown_layer_is_one_line_with_the_names_shortened(tmp_path):
    project = _project(tmp_path)
    kml = str(folders_kml(tmp_path / "zones.kml", plain_folders=15))
    refused = run("import-basemap", project, kml, "--layer", "Shops", "--layer", "Parks")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.strip() == ("cosafe: zones.kml has no layer 'Parks'; its layers are 'Sector 00', 'Sector 01', "
                                      "'Sector 02', 'Sector 03', 'Sector 04', 'Sector 05', 'Sector 06', 'Sector 07', 'Sector 08', "
                                      "'Sector 09', 'Sector 10', 'Sector 11' and 5 more")
    assert _counts(project)["basemap_layers"] == 0


def test_label_field_applies_to_the_layers_that_have_it(tmp_path):
    project = _project(tmp_path)
    kml = str(folders_kml(tmp_path / "zones.kml", plain_folders=1))
    done = run("import-basemap", project, kml, "--label-field", "kind")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(project) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM basemap_points")}
    assert names == {"bakery", "café", "Lamp 0a", "Lamp 0b", "Queens"}  # Shops by kind, the others by a guess
    refused = run("import-basemap", project, kml, "--layer", "Sector 00", "--label-field", "kind")
    assert refused.returncode == 1 and refused.stderr.strip() == "cosafe: No chosen layer of zones.kml has a field 'kind'"


def test_encoding_is_detected_and_can_be_given(tmp_path):
    project = _project(tmp_path)
    shp = str(shapefile_in_encoding(tmp_path, ACCENTED, "UTF-8", language_byte=0x57, cpg=False))
    assert run("import-basemap", project, shp, "--name", "auto").returncode == 0
    given = run("import-basemap", project, shp, "--name", "declared", "--encoding", "windows-1252")
    assert given.returncode == 0, given.stderr
    with sqlite3.connect(project) as connection:
        rows = connection.execute("SELECT l.name, p.name FROM basemap_polygons p JOIN basemap_layers l "
                                  "ON l.uuid = p.layer_uuid").fetchall()
    assert sorted(name for layer, name in rows if layer == "auto") == sorted(ACCENTED)
    assert "RÃ©gion de BokÃ©" in {name for layer, name in rows if layer == "declared"}
    unknown = run("import-basemap", project, shp, "--encoding", "klingon")
    assert unknown.returncode == 1 and unknown.stderr.startswith("cosafe: Unknown encoding 'klingon'; give auto or")
    geojson = str(map_files.geojson(tmp_path))
    wrong = run("import-basemap", project, geojson, "--encoding", "UTF-8")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "cosafe: roads.geojson is not a Shapefile: --encoding applies only to a " \
                                   "Shapefile's attributes"


def test_help_names_the_new_options():
    text = run("import-basemap", "--help").stdout
    assert all(option in text for option in ("--layer NAME", "--list-layers", "--label-field FIELD",
                                             "--encoding NAME"))

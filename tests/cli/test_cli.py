"""The ``cosafe`` command, run through its installed entry point."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from bad_files import BAD_FILES
from checks import cosafe_command, validate_gpkg
from cosafe.store.schema.migrations import current_schema_version


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env)


def test_new_info_check(tmp_path):
    path = tmp_path / "market-street.gpkg"
    result = run("new", str(path), "--place", "Riverside")
    assert result.returncode == 0, result.stderr
    assert path.exists()
    info = run("info", str(path), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["name"] == "Market Street" and data["place"] == "Riverside"
    assert data["schema_version"] == current_schema_version()
    assert data["counts"]["criteria"] == 9 and data["counts"]["proposals"] == 0
    assert data["currency"] == ""  # a new project has none: costs are plain numbers
    text = run("info", str(path))
    assert "Market Street" in text.stdout and "Perception pins" in text.stdout
    assert re.search(r"costs: +plain numbers \(no currency set\)", text.stdout)
    assert re.search(r"plan language: +not set: the language of whoever exports it", text.stdout)
    check = run("check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "integrity ok" in check.stdout
    assert validate_gpkg(path) == []


def test_info_names_the_project_s_currency(tmp_path):
    from cosafe.core.edits import SetProjectProperties
    from cosafe.store.project_store import ProjectStore

    path = tmp_path / "p.gpkg"
    assert run("new", str(path)).returncode == 0
    with ProjectStore.open(str(path)) as store:
        SetProjectProperties(store, {"currency": "XOF"}).apply(store)
    assert json.loads(run("info", str(path), "--json").stdout)["currency"] == "XOF"
    assert re.search(r"costs: +XOF — West African CFA Franc", run("info", str(path)).stdout)


def test_new_with_name_refuses_existing(tmp_path):
    path = tmp_path / "p.gpkg"
    assert run("new", str(path), "--name", "Plan").returncode == 0
    before = path.read_bytes()
    again = run("new", str(path))
    assert again.returncode == 1
    assert again.stderr.strip() == "cosafe: p.gpkg already exists"
    assert path.read_bytes() == before


@pytest.mark.parametrize("make", list(BAD_FILES), ids=lambda f: f.__name__)
@pytest.mark.parametrize("command", ["info", "check"])
def test_bad_files_give_one_line_and_exit_1(tmp_path, make, command):
    path = make(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run(command, str(path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and BAD_FILES[make] in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_check_reports_structure_problems(tmp_path):
    import sqlite3

    path = tmp_path / "p.gpkg"
    assert run("new", str(path)).returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER rtree_proposals_geom_insert")
    connection.commit()
    connection.close()
    result = run("check", str(path))
    assert result.returncode == 1
    assert "proposals: R-tree trigger insert is missing" in result.stdout


def test_missing_file(tmp_path):
    result = run("info", str(tmp_path / "nope.gpkg"))
    assert result.returncode == 1 and result.stderr.strip() == "cosafe: nope.gpkg: no such file"


def test_usage_errors_exit_2():
    assert run("info").returncode == 2
    assert run("new").returncode == 2
    assert run("info", "a", "--bogus").returncode == 2


@pytest.mark.parametrize("command", ["new", "info", "check", "sample", "import-basemap", "export", "render",
                                     "remove-traces", "room", "print-sheets", "read-sheets"])
def test_help_on_every_subcommand(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage: cosafe" in result.stdout


def test_top_level_help_and_version():
    result = run("--help")
    assert result.returncode == 0
    for command in ("new", "info", "check", "sample"):
        assert command in result.stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("CoSafe ")


def test_import_basemap(tmp_path):
    import map_files

    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    result = run("import-basemap", str(project), str(map_files.osm_xml(tmp_path)), "--name", "Town")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 'Town': 3 features"
    shapefile = map_files.shapefile_without_crs(tmp_path)
    refused = run("import-basemap", str(project), str(shapefile))
    assert refused.returncode == 1 and "no known coordinate reference system" in refused.stderr and "--crs" in refused.stderr
    told = run("import-basemap", str(project), str(shapefile), "--crs", "EPSG:4326", "--style-class", "green")
    assert told.returncode == 0, told.stderr
    assert "drawn as green" in told.stdout
    counts = json.loads(run("info", str(project), "--json").stdout)["counts"]
    assert counts["basemap_layers"] == 2 and counts["basemap_polygons"] == 2
    assert validate_gpkg(project) == []


@pytest.mark.parametrize("content", [b"", b"garbage, not a map", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><osm/>'])
def test_import_basemap_bad_input_leaves_project_unchanged(tmp_path, content):
    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    bad = tmp_path / "bad.osm"
    bad.write_bytes(content)
    result = run("import-basemap", str(project), str(bad))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_foreign_geopackage_gets_a_hint(tmp_path):
    from bad_files import foreign_geopackage

    result = run("info", str(foreign_geopackage(tmp_path)))
    assert result.returncode == 1
    assert "import-basemap" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_export_through_the_command(tmp_path):
    import map_files

    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    assert run("import-basemap", str(project), str(map_files.osm_xml(tmp_path))).returncode == 0
    result = run("export", str(project), "--format", "geojson", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "out" / "criteria.csv") in result.stdout.splitlines()
    bad = run("export", str(project), "--format", "gpkg", "-o", str(project))
    assert bad.returncode == 1 and bad.stderr.startswith("cosafe: Cannot create the folder")
    assert run("export", str(project), "--format", "shp", "-o", "x").returncode == 2


def test_render_draws_the_map_headless(tmp_path):
    import map_files
    from PIL import Image

    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    assert run("import-basemap", str(project), str(map_files.osm_xml(tmp_path))).returncode == 0
    out = tmp_path / "map.png"
    env_free = run("render", str(project), "-o", str(out), "--size", "640x480", "--dpi", "200")
    assert env_free.returncode == 0, env_free.stderr
    with Image.open(out) as image:
        assert image.size == (640, 480)
        assert round(image.info["dpi"][0]) == 200
        colours = image.convert("RGB").getcolors(640 * 480)
    assert len(colours) > 20  # roads, buildings, text: not a blank page
    assert os.stat(out).st_mode & 0o777 == 0o600  # readable by its owner only
    assert not (tmp_path / "map.png.part").exists()
    bbox = run("render", str(project), "-o", str(tmp_path / "b.png"), "--bbox=-122.301,37.806,-122.297,37.809")
    assert bbox.returncode == 0, bbox.stderr


def test_render_errors(tmp_path):
    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    empty = run("render", str(project), "-o", str(tmp_path / "x.png"))
    assert empty.returncode == 1 and len(empty.stderr.strip().splitlines()) == 1 and "Traceback" not in empty.stderr
    assert not (tmp_path / "x.png").exists()
    for bad in (["--size", "big"], ["--bbox", "1,2,3"], ["--dpi", "5000"], ["--bbox", "10,0,5,1"]):
        result = run("render", str(project), "-o", str(tmp_path / "y.png"), *bad)
        assert result.returncode == 2, bad


def test_import_basemap_tiles_and_paper_map(tmp_path):
    from map_files import make_mbtiles
    from PIL import Image

    project = tmp_path / "p.gpkg"
    assert run("new", str(project)).returncode == 0
    tiles = run("import-basemap", str(project), str(make_mbtiles(tmp_path / "aerial.mbtiles")))
    assert tiles.returncode == 0 and tiles.stdout.strip() == "Imported 'Oakland aerial': 4 tiles", tiles.stderr
    photo = tmp_path / "paper map.jpg"
    Image.new("RGB", (400, 300), (230, 220, 200)).save(photo)
    refused = run("import-basemap", str(project), str(photo))
    assert refused.returncode == 1 and "--control-point" in refused.stderr
    corners = ["--control-point=0,0,-122.30,37.81", "--control-point=400,0,-122.29,37.81",
               "--control-point=0,300,-122.30,37.80"]
    placed = run("import-basemap", str(project), str(photo), *corners)
    assert placed.returncode == 0, placed.stderr
    assert placed.stdout.strip() == "Placed 'paper map': 3 control points, RMS error 0.0 m"
    assert run("import-basemap", str(project), str(photo), "--control-point", "a,b").returncode == 2
    counts = json.loads(run("info", str(project), "--json").stdout)["counts"]
    assert counts["basemap_layers"] == 2 and counts["attachments"] == 1
    assert validate_gpkg(project) == []


def test_remove_traces_rewrites_the_file(tmp_path):
    import sqlite3

    path = tmp_path / "elsewhere.gpkg"
    assert run("new", str(path)).returncode == 0
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA secure_delete = OFF")
        raw.execute("CREATE TABLE scratch (story TEXT)")
        raw.execute("INSERT INTO scratch VALUES ('deleted story Q-77')")
        raw.commit()
        raw.execute("DROP TABLE scratch")
        raw.commit()
    raw.close()
    assert b"deleted story Q-77" in path.read_bytes()
    result = run("remove-traces", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Removed the traces of deleted records from elsewhere.gpkg (")
    assert b"deleted story Q-77" not in path.read_bytes()
    assert run("check", str(path)).returncode == 0
    missing = run("remove-traces", str(tmp_path / "none.gpkg"))
    assert missing.returncode == 1 and missing.stderr.startswith("cosafe: ") and len(missing.stderr.splitlines()) == 1

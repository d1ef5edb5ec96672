"""The public export: pins snapped to the grid, no story, comment, note or contact anywhere, files GDAL opens."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from checks import cosafe_command, ogrinfo_available, ogrinfo_summary, validate_gpkg

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from sample_records import ALL_POPULATED  # noqa: E402

import math  # noqa: E402

from cosafe.core.privacy import METRES_PER_DEGREE_LAT  # noqa: E402
from cosafe.core.records import PerceptionPin  # noqa: E402
from cosafe.io.export import ExportError, export_project, snap_to_grid  # noqa: E402

# Text of the populated records that must never leave in a public file.
PRIVATE_TEXT = ("story — ", "comment — ", "notes — ", "contact — ", "contact_person — ", "filename — ", "caption — ")
NEAR = [(36.8201, -1.2834), (36.82015, -1.28345), (36.8302, -1.2711)]


@pytest.fixture
def full_store(store):
    for record in ALL_POPULATED:
        store.insert(dataclasses.replace(record))
    for lon, lat in NEAR:
        store.insert(PerceptionPin(geom=shapely.Point(lon, lat), story="I was followed here — private",
                                   participant_uuid=ALL_POPULATED[2].uuid))
    return store


def _is_cell_centre(lon: float, lat: float, grid_m: float, atol_m: float = 1e-4) -> bool:
    """Whether (lon, lat) is the centre of a cell of the ground grid (rows grid_m tall, cells grid_m wide)."""
    row = grid_m / METRES_PER_DEGREE_LAT
    width = row / math.cos(math.radians(lat))
    off_lat, off_lon = (lat / row) % 1.0 - 0.5, (lon / width) % 1.0 - 0.5
    return abs(off_lat) * grid_m <= atol_m and abs(off_lon) * grid_m <= atol_m


def _assert_nothing_private(paths) -> None:
    for path in paths:
        data = Path(path).read_bytes()
        for text in (*PRIVATE_TEXT, "I was followed"):
            assert text.encode() not in data, f"{text!r} in {Path(path).name}"


def test_snap_to_grid_moves_each_point_to_its_cell_centre():
    lons, lats = snap_to_grid([36.8201, 36.82015, -122.27, 0.0], [-1.2834, -1.28345, 37.8, 0.0], 100)
    assert all(_is_cell_centre(lo, la, 100) for lo, la in zip(lons, lats))
    # Two points of one 100 m cell both go to its centre; a third 100 m east goes to the next one.
    (centre_lon,), (centre_lat,) = snap_to_grid([36.8201], [-1.2834], 100)
    east = 100 / (METRES_PER_DEGREE_LAT * math.cos(math.radians(centre_lat)))
    cell_lons, cell_lats = snap_to_grid([centre_lon - 0.3 * east, centre_lon + 0.3 * east, centre_lon + east],
                                        [centre_lat + 0.0002, centre_lat - 0.0002, centre_lat], 100)
    assert np.allclose(cell_lons[:2], centre_lon) and np.allclose(cell_lats, centre_lat)
    assert np.isclose(cell_lons[2], centre_lon + east)
    for lon, lat, lon0, lat0 in zip(lons[:3], lats[:3], [36.8201, 36.82015, -122.27], [-1.2834, -1.28345, 37.8]):
        assert _ground_offset_m(lon0, lat0, lon, lat) <= (50 + 1e-6, 50 + 1e-6)  # at most half a cell each way
    with pytest.raises(ValueError, match="more than 0 m"):
        snap_to_grid([0.0], [0.0], 0)


def _ground_offset_m(lon0: float, lat0: float, lon: float, lat: float) -> tuple[float, float]:
    """East–west and north–south ground metres from (lon0, lat0) to (lon, lat)."""
    return (abs(lon - lon0) * METRES_PER_DEGREE_LAT * math.cos(math.radians(lat)),
            abs(lat - lat0) * METRES_PER_DEGREE_LAT)


@pytest.mark.parametrize("latitude", [-1.28, 37.8, 51.5, 60.0, -33.9])
def test_the_blur_grid_is_true_ground_metres_at_any_latitude(latitude):
    """'Blurred to a 100 m grid' means 100 m on the ground: a Web Mercator grid is 62 m at 51.5°, 50 m at 60°."""
    lons = 10.0 + np.arange(0, 2000, 7) / (METRES_PER_DEGREE_LAT * math.cos(math.radians(latitude)))  # 2 km east
    snapped_lons, snapped_lats = snap_to_grid(lons, np.full(len(lons), latitude), 100)
    centres = np.unique(np.round(snapped_lons, 9))
    spacing = np.diff(centres) * METRES_PER_DEGREE_LAT * math.cos(math.radians(snapped_lats[0]))
    assert np.allclose(spacing, 100, rtol=0.01)
    assert 19 <= len(centres) <= 21  # 2 km in 100 m cells
    for lon, lat, lon0 in zip(snapped_lons, snapped_lats, lons):
        east, north = _ground_offset_m(lon0, latitude, lon, lat)
        assert east <= 50.5 and north <= 50.5


@pytest.mark.parametrize("grid_m", [100.0, 250.0])
def test_public_gpkg_snaps_pins_and_keeps_nothing_private(full_store, tmp_path, grid_m):
    [path] = export_project(full_store, str(tmp_path / "out"), "gpkg", public=True, grid_m=grid_m)
    assert Path(path).name == "test-project-public.gpkg"
    assert validate_gpkg(path) == []
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {"proposals", "perception_pins", "audit_points", "stakeholders", "votes"} <= layers
    assert not layers & {"participants", "walk_participants", "attachments"}
    _meta, _, geometry, fields = pyogrio.raw.read(path, layer="perception_pins")
    points = shapely.from_wkb(geometry)
    assert len(points) == 4 and all(_is_cell_centre(p.x, p.y, grid_m) for p in points)
    names = list(_meta["fields"])
    assert set(fields[names.index("story")]) == {""}
    assert all(v is None or v == "" for v in fields[names.index("participant_uuid")])
    assert "contact_person" not in names and "contact_person" not in pyogrio.read_info(path, "stakeholders")["fields"]
    _assert_nothing_private([path])
    if ogrinfo_available():
        assert "Layer name: perception_pins" in ogrinfo_summary(path)


def test_public_geojson_and_csv(full_store, tmp_path):
    written = export_project(full_store, str(tmp_path / "g"), "geojson", public=True, grid_m=200)
    names = {Path(p).name for p in written}
    assert "perception_pins.geojson" in names and "participants.csv" not in names and "attachments.csv" not in names
    pins = json.loads((tmp_path / "g" / "perception_pins.geojson").read_text(encoding="utf-8"))
    for feature in pins["features"]:
        assert _is_cell_centre(*feature["geometry"]["coordinates"], 200)
        assert feature["properties"]["story"] == ""
    _assert_nothing_private(written)
    if ogrinfo_available():
        assert "Feature Count: 4" in ogrinfo_summary(tmp_path / "g" / "perception_pins.geojson")
    written = export_project(full_store, str(tmp_path / "c"), "csv", public=True)
    with open(tmp_path / "c" / "perception_pins.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # CSV coordinates have 7 decimals (about 1 cm).
    assert len(rows) == 4 and all(_is_cell_centre(float(r["lon"]), float(r["lat"]), 100, 0.05) for r in rows)
    with open(tmp_path / "c" / "audit_points.csv", encoding="utf-8") as handle:
        assert [r["comment"] for r in csv.DictReader(handle)] == [""]
    _assert_nothing_private(written)


def test_the_private_export_still_has_stories_and_exact_pins(full_store, tmp_path):
    """The test above would pass on an export that drops everything: this one shows what public removes."""
    written = export_project(full_store, str(tmp_path), "geojson")
    pins = json.loads((tmp_path / "perception_pins.geojson").read_text(encoding="utf-8"))
    coordinates = [tuple(f["geometry"]["coordinates"]) for f in pins["features"]]
    assert (36.8201, -1.2834) in coordinates
    assert any(b"I was followed" in Path(p).read_bytes() for p in written)


def test_public_refuses_contacts_and_a_bad_grid(full_store, tmp_path):
    with pytest.raises(ExportError, match="never includes contacts"):
        export_project(full_store, str(tmp_path / "x"), "gpkg", public=True, include_contacts=True)
    with pytest.raises(ExportError, match="more than 0 m"):
        export_project(full_store, str(tmp_path / "x"), "gpkg", public=True, grid_m=0)
    assert not (tmp_path / "x").exists()


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def test_cli_export_public_with_grid(full_store, tmp_path):
    project = full_store.path
    result = _run("export", project, "--format", "gpkg", "--public", "--grid", "500", "-o", str(tmp_path / "o"))
    assert result.returncode == 0, result.stderr
    [path] = result.stdout.split()
    _meta, _, geometry, _fields = pyogrio.raw.read(path, layer="perception_pins")
    assert all(_is_cell_centre(p.x, p.y, 500) for p in shapely.from_wkb(geometry))
    _assert_nothing_private([path])
    for variant in (["--public"], []):  # public is the default: contacts need --full
        refused = _run("export", project, "--format", "csv", *variant, "--include-contacts", "-o", str(tmp_path / "p"))
        assert refused.returncode == 1
        assert refused.stderr.strip() == "cosafe: --include-contacts needs --full: a public export never holds contacts"
        assert not (tmp_path / "p").exists()
    default = _run("export", project, "--format", "gpkg", "-o", str(tmp_path / "d"))
    _assert_nothing_private(default.stdout.split())
    bad = _run("export", project, "--format", "csv", "--public", "--grid", "-5", "-o", str(tmp_path / "p"))
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_public_exports_keep_no_name_no_laptop_no_time_and_no_exact_incident(full_store, tmp_path):
    """An incident's exact place with its date and kind, a facilitator's name, the laptop that made a
    record and the minute it was made can each point at a person."""
    [path] = export_project(full_store, str(tmp_path / "out"), "gpkg", public=True, grid_m=100)
    for layer, _ in pyogrio.list_layers(path):
        meta, _, geometry, fields = pyogrio.raw.read(path, layer=layer)
        names = list(meta["fields"])
        if "device_id" in names:
            assert all(value in (None, "") for value in fields[names.index("device_id")]), layer
        for column in ("created_at", "updated_at", "occurred_on"):
            if column in names:
                assert all(value is None or len(str(value)) == 10 for value in fields[names.index(column)]), (layer,
                                                                                                           column)
        if layer == "workshops":
            assert set(fields[names.index("facilitator")]) == {""}
        if layer == "incidents":
            assert all(_is_cell_centre(p.x, p.y, 100) for p in shapely.from_wkb(geometry))
    full = export_project(full_store, str(tmp_path / "full"), "gpkg")[0]
    meta, _, _, fields = pyogrio.raw.read(full, layer="workshops")
    assert fields[list(meta["fields"]).index("facilitator")][0].startswith("facilitator")  # the full one keeps it

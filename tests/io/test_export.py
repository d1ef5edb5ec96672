"""Exports open in GDAL, keep every attribute, and leave contacts out by default."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from sample_records import ALL_POPULATED  # noqa: E402

from cosafe.io.export import ExportError, export_project  # noqa: E402


@pytest.fixture
def full_store(store):
    for record in ALL_POPULATED:
        store.insert(dataclasses.replace(record))
    return store


def _ogrinfo(path: Path) -> str:
    result = subprocess.run(["ogrinfo", "-al", "-so", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Warning" not in result.stderr, result.stderr
    return result.stdout


def test_gpkg_export_has_every_table_and_no_contacts(full_store, tmp_path):
    [path] = export_project(full_store, str(tmp_path / "out"), "gpkg")
    assert Path(path).name == "test-project.gpkg"
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {"proposals", "perception_pins", "participants", "stakeholders", "attachments", "votes"} <= layers
    participants = pyogrio.read_info(path, layer="participants")
    assert "contact" not in participants["fields"] and "gender" in participants["fields"]
    assert "contact_person" not in pyogrio.read_info(path, layer="stakeholders")["fields"]
    attachments = pyogrio.read_info(path, layer="attachments")["fields"]
    assert "data" not in attachments and "size_bytes" in attachments
    meta, _, geometry, fields = pyogrio.raw.read(path, layer="proposals")
    assert list(meta["fields"]).count("title") == 1 and fields[list(meta["fields"]).index("title")][0].startswith("title")
    if shutil.which("ogrinfo"):
        assert "Layer name: perception_pins" in _ogrinfo(Path(path))


def test_contacts_only_on_request(full_store, tmp_path):
    [path] = export_project(full_store, str(tmp_path), "gpkg", include_contacts=True)
    assert "contact" in pyogrio.read_info(path, layer="participants")["fields"]


def test_geojson_export(full_store, tmp_path):
    written = {Path(p).name for p in export_project(full_store, str(tmp_path), "geojson")}
    assert {"proposals.geojson", "perception_pins.geojson", "audit_walks.geojson", "participants.csv"} <= written
    info = pyogrio.read_info(tmp_path / "perception_pins.geojson")
    assert info["features"] == 1 and info["crs"] == "EPSG:4326"
    if shutil.which("ogrinfo"):
        assert "Feature Count: 1" in _ogrinfo(tmp_path / "proposals.geojson")


def test_csv_export_has_coordinates_and_no_contacts(full_store, tmp_path):
    export_project(full_store, str(tmp_path), "csv")
    with open(tmp_path / "perception_pins.csv", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["lon"] == "36.8201000" and row["lat"] == "-1.2834000" and row["wkt"].startswith("POINT")
    assert row["story"] == "story — Ünïcødé 安全"
    with open(tmp_path / "participants.csv", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert "contact" not in header


def test_new_project_exports_only_its_default_tables(store, tmp_path):
    written = sorted(Path(p).name for p in export_project(store, str(tmp_path / "e"), "csv"))
    assert written == ["criteria.csv", "criteria_sets.csv", "reason_tags.csv"]


def test_unwritable_target_is_one_line_and_leaves_nothing(full_store, tmp_path):
    tmp_path = tmp_path / "target"
    tmp_path.mkdir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="Cannot create the folder"):
        export_project(full_store, str(blocker / "sub"), "csv")
    with pytest.raises(ExportError, match="Unknown export format"):
        export_project(full_store, str(tmp_path), "shp")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]

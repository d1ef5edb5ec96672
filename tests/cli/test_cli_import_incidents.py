"""``cosafe import-incidents`` through the installed entry point: recorded data in, bad files refused whole."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from checks import cosafe_command, ogrinfo_summary, validate_gpkg

from cosafe.core.records import Incident
from cosafe.store.project_store import ProjectStore


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "riverside.gpkg"
    ProjectStore.create(str(path), name="Riverside").close()
    return path


def test_a_csv_of_incidents_is_imported_with_its_source(tmp_path):
    project = _project(tmp_path)
    data = tmp_path / "police.csv"
    data.write_text("longitude,latitude,offence,date\n36.8465,-1.2845,theft,2024-03-14\n"
                    "36.8470,-1.2850,assault,14 March 2024\n36.8480,-1.2860,theft,\n")
    result = run("import-incidents", str(project), str(data), "--source", "Police records 2024")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 3 recorded incidents from police.csv"
    with ProjectStore.open(str(project), read_only=True) as store:
        incidents = sorted(store.list(Incident), key=lambda i: i.geom.x)
    assert [(i.category, i.occurred_on, i.source) for i in incidents] == [
        ("theft", "2024-03-14", "Police records 2024"), ("assault", "2024-03-14", "Police records 2024"),
        ("theft", None, "Police records 2024")]
    assert validate_gpkg(project) == []
    assert "Feature Count: 3" in ogrinfo_summary(project).split("Layer name: incidents")[1]


def test_a_file_without_dates_is_refused_and_the_project_is_unchanged(tmp_path):
    project = _project(tmp_path)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    data = tmp_path / "no_dates.csv"
    data.write_text("longitude,latitude,category\n36.84,-1.28,theft\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 1
    assert result.stderr.strip() == "cosafe: no_dates.csv has no date column; name the column that holds the dates"
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_a_row_without_coordinates_refuses_the_whole_file(tmp_path):
    project = _project(tmp_path)
    data = tmp_path / "gaps.csv"
    data.write_text("longitude,latitude,category,date\n36.84,-1.28,theft,2024-01-02\n,,theft,2024-01-03\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    with ProjectStore.open(str(project), read_only=True) as store:
        assert store.count(Incident) == 0


def test_help_names_the_options():
    result = run("import-incidents", "--help")
    assert result.returncode == 0 and "--source" in result.stdout and "--date-field" in result.stdout

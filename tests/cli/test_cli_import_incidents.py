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


def test_a_file_whose_dates_cannot_be_read_is_refused_and_the_project_is_unchanged(tmp_path):
    project = _project(tmp_path)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    data = tmp_path / "vague.csv"
    data.write_text("longitude,latitude,category,date\n36.84,-1.28,theft,last tuesday\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 1
    assert result.stderr.strip() == ("cosafe: vague.csv: column 'date' holds no date CoSafe can read (such as "
                                     "'last tuesday'); choose the date format")
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_a_file_without_a_date_column_imports_undated_and_says_so(tmp_path):
    project = _project(tmp_path)
    data = tmp_path / "no_dates.csv"
    data.write_text("longitude,latitude,category\n36.84,-1.28,theft\n36.85,-1.28,assault\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported 2 recorded incidents from no_dates.csv; the file has no date column, "
                                     "so all 2 incidents were kept without a date")


def test_rows_without_a_location_are_skipped_and_named_by_line(tmp_path):
    project = _project(tmp_path)
    data = tmp_path / "gaps.csv"
    data.write_text("longitude,latitude,category,date\n36.84,-1.28,theft,2024-01-02\n,,theft,2024-01-03\n"
                    "0,0,theft,2024-01-04\n36.85,-1.29,theft,sometime\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported 2 recorded incidents from gaps.csv; skipped 2 rows without a location "
                                     "(lines 3, 4); kept 1 row without a date because its date could not be read")
    with ProjectStore.open(str(project), read_only=True) as store:
        assert sorted((i.occurred_on or "", i.source) for i in store.list(Incident)) == [
            ("", "gaps.csv"), ("2024-01-02", "gaps.csv")]


def test_police_exports_with_named_columns_and_a_projected_crs(tmp_path):
    project = _project(tmp_path)
    denver = tmp_path / "denver.csv"
    denver.write_text("OFFENSE_CATEGORY_ID,FIRST_OCCURRENCE_DATE,GEO_X,GEO_Y,GEO_LON,GEO_LAT\n"
                      "larceny,2021-06-01T14:20:00,3144000,1698000,-104.98,39.74\n" +
                      "".join(f"larceny,2021-06-0{n},0,0,0,0\n" for n in range(2, 9)))
    result = run("import-incidents", str(project), str(denver), "--source", "Denver PD")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported 1 recorded incident from denver.csv; skipped 7 rows without a "
                                     "location (lines 3, 4, 5, 6, 7, …)")
    philly = tmp_path / "philly.csv"
    philly.write_text("when;what;EAST;NORTH\n04/05/2019 22:15;Thefts;2694000;236000\n"
                      "13/05/2019 09:30;Vandalism;2694100;236100\n")
    result = run("import-incidents", str(project), str(philly), "--x-field", "east", "--y-field", "north",
                 "--crs", "EPSG:2272", "--date-field", "when", "--category-field", "what",
                 "--date-format", "%d/%m/%Y %H:%M")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 2 recorded incidents from philly.csv"
    with ProjectStore.open(str(project), read_only=True) as store:
        rows = sorted((i.source, i.category, i.occurred_on, i.occurred_at, round(i.geom.x, 2), round(i.geom.y, 2))
                      for i in store.list(Incident))
    assert rows == [("Denver PD", "larceny", "2021-06-01", "14:20", -104.98, 39.74),
                    ("philly.csv", "Thefts", "2019-05-04", "22:15", -75.16, 39.95),
                    ("philly.csv", "Vandalism", "2019-05-13", "09:30", -75.16, 39.95)]
    assert validate_gpkg(project) == []


def test_a_file_with_no_usable_location_changes_nothing(tmp_path):
    project = _project(tmp_path)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    data = tmp_path / "island.csv"
    data.write_text("Longitude,Latitude,Crime type,Month\n0,0,Burglary,2022-12\n,,Burglary,2022-12\n")
    result = run("import-incidents", str(project), str(data))
    assert result.returncode == 1
    assert result.stderr.strip() == "cosafe: island.csv: no row has a usable location"
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    result = run("import-incidents", str(project), str(data), "--x-field", "GEO_LON")
    assert result.returncode == 1 and "has no column 'GEO_LON'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_names_the_options():
    result = run("import-incidents", "--help")
    assert result.returncode == 0 and "--source" in result.stdout and "--date-field" in result.stdout
    for option in ("--x-field", "--y-field", "--time-field", "--date-format", "--description-field"):
        assert option in result.stdout

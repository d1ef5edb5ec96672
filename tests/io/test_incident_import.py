"""io.incident_import: CSV and GIS incident files in; bad files refused with one line and nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely

from cosafe.core.records import Incident
from cosafe.io.incident_import import IncidentImportError, import_incidents, parse_date, read_incidents
from cosafe.store.errors import ProjectError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def stored(store) -> list[tuple]:
    return [(i.category, i.occurred_on, i.source, round(i.geom.x, 6), round(i.geom.y, 6))
            for i in store.list(Incident)]


def test_csv_with_lon_lat_is_imported_as_one_labelled_layer(store, tmp_path):
    path = write(tmp_path / "police.csv", "id,Longitude,Latitude,Offence,Date\n"
                                          "1,36.851,-1.281,robbery,2024-03-14\n"
                                          "2,36.852,-1.282,assault,2024-03-15T22:30:00\n"
                                          "3,36.853,-1.283,,\n")
    assert import_incidents(store, str(path), "  Police  2024 ") == 3
    assert stored(store) == [("robbery", "2024-03-14", "Police 2024", 36.851, -1.281),
                             ("assault", "2024-03-15", "Police 2024", 36.852, -1.282),
                             ("unspecified", None, "Police 2024", 36.853, -1.283)]


def test_csv_x_y_needs_a_crs_and_is_reprojected(store, tmp_path):
    path = write(tmp_path / "utm.csv", "x,y,type,occurred_on\n"
                                       "261000,9858400,theft,14/03/2024\n"
                                       "261100,9858500,theft,28/03/2024\n")
    with pytest.raises(IncidentImportError, match="x/y columns but no coordinate reference system"):
        read_incidents(str(path))
    with pytest.raises(IncidentImportError, match="unknown coordinate reference system"):
        read_incidents(str(path), crs="EPSG:999999")
    incidents = read_incidents(str(path), crs="EPSG:32737")
    assert [i.occurred_on for i in incidents] == ["2024-03-14", "2024-03-28"]
    lon, lat = incidents[0].geom.x, incidents[0].geom.y
    assert 36.8 < lon < 36.9 and -1.3 < lat < -1.2
    assert {i.category for i in incidents} == {"theft"}


def test_geojson_with_polygons_gives_centroids_and_chosen_fields(tmp_path):
    square = [[[36.85, -1.28], [36.852, -1.28], [36.852, -1.282], [36.85, -1.282], [36.85, -1.28]]]
    features = [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square},
         "properties": {"what": "harassment", "when_seen": "14 March 2024", "category": "ignored"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.86, -1.29]},
         "properties": {"what": "theft", "when_seen": "March 15, 2024", "category": "ignored"}},
    ]
    path = write(tmp_path / "ngo.geojson", json.dumps({"type": "FeatureCollection", "features": features}))
    incidents = read_incidents(str(path), category_field="WHAT", date_field="when_seen")
    assert [(i.category, i.occurred_on) for i in incidents] == [("harassment", "2024-03-14"), ("theft", "2024-03-15")]
    assert incidents[0].geom.equals_exact(shapely.Point(36.851, -1.281), 1e-9)
    with pytest.raises(IncidentImportError, match="has no column 'nope'"):
        read_incidents(str(path), date_field="nope")


def test_geopackage_in_a_projected_crs_with_real_dates(store, tmp_path):
    path = tmp_path / "hospital.gpkg"
    points = np.array([shapely.Point(261000, 9858400), shapely.Point(261050, 9858450)], dtype=object)
    pyogrio.raw.write(str(path), geometry=shapely.to_wkb(points), field_data=[
        np.array(["2024-01-02", "2024-02-03"], dtype="datetime64[D]"), np.array(["injury", "injury"], dtype=object)],
        fields=["reported_on", "kind"], crs="EPSG:32737", geometry_type="Point", driver="GPKG", layer="cases")
    assert import_incidents(store, str(path), "Hospital") == 2
    rows = stored(store)
    assert [r[:3] for r in rows] == [("injury", "2024-01-02", "Hospital"), ("injury", "2024-02-03", "Hospital")]
    assert all(36.8 < r[3] < 36.9 for r in rows)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_file_without_crs_needs_one(tmp_path):
    path = tmp_path / "nocrs.gpkg"
    pyogrio.raw.write(str(path), geometry=shapely.to_wkb(np.array([shapely.Point(261000, 9858400)], dtype=object)),
                      field_data=[np.array(["2024-01-02"], dtype=object)], fields=["date"], crs=None,
                      geometry_type="Point", driver="GPKG")
    with pytest.raises(IncidentImportError, match="no coordinate reference system"):
        read_incidents(str(path))
    assert read_incidents(str(path), crs="EPSG:32737")[0].occurred_on == "2024-01-02"


BAD_FILES = {
    "no date column": ("lon,lat,category\n36.85,-1.28,theft\n", "no date column"),
    "no dates at all": ("lon,lat,category,date\n36.85,-1.28,theft,\n36.86,-1.28,theft,\n", "has no dates"),
    "a date that is not one": ("lon,lat,date\n36.85,-1.28,2024-03-14\n36.86,-1.28,last tuesday\n",
                               "row 2 has 'last tuesday'"),
    "ambiguous slashes": ("lon,lat,date\n36.85,-1.28,03/04/2024\n", "day/month or month/day"),
    "mixed slashes": ("lon,lat,date\n36.85,-1.28,13/04/2024\n36.85,-1.28,04/13/2024\n", "mixes day/month"),
    "no coordinates": ("category,date\ntheft,2024-03-14\n", "has no coordinates"),
    "a row without coordinates": ("lon,lat,date\n36.85,-1.28,2024-03-14\n,,2024-03-15\n",
                                  r"1 row has no coordinates \(row 2\); add its coordinates or remove the row"),
    "header only": ("lon,lat,date\n", "holds no incidents|no coordinates"),
    "empty": ("", "empty or a folder, not an incident file"),
    "junk": ("\x00\x01 this is not a table \x02" * 20, "cannot be read"),
    "coordinates off the globe": ("lon,lat,date\n500,-1.28,2024-03-14\n", "outside longitude"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_line_and_nothing_stored(store, tmp_path, case):
    text, message = BAD_FILES[case]
    suffix = ".gpkg" if case == "junk" else ".csv"
    path = write(tmp_path / f"bad{suffix}", text)
    store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="earlier", source="kept"))
    before = stored(store)
    with pytest.raises(IncidentImportError, match=message) as refused:
        import_incidents(store, str(path), "Police")
    assert "\n" not in str(refused.value) and isinstance(refused.value, (ProjectError, ValueError))
    assert stored(store) == before


def test_missing_file_and_many_layers(tmp_path):
    with pytest.raises(IncidentImportError, match="no such file"):
        read_incidents(str(tmp_path / "missing.csv"))
    path = tmp_path / "two.gpkg"
    for name in ("a", "b"):
        pyogrio.raw.write(str(path), geometry=shapely.to_wkb(np.array([shapely.Point(36.85, -1.28)], dtype=object)),
                          field_data=[np.array(["2024-01-02"], dtype=object)], fields=["date"], crs="EPSG:4326",
                          geometry_type="Point", driver="GPKG", layer=name, append=name == "b")
    with pytest.raises(IncidentImportError, match="has 2 layers"):
        read_incidents(str(path))
    assert len(read_incidents(str(path), layer="b")) == 1
    with pytest.raises(IncidentImportError, match="no layer 'c'"):
        read_incidents(str(path), layer="c")


def test_a_failed_write_stores_nothing(store, tmp_path, monkeypatch):
    path = write(tmp_path / "ok.csv", "lon,lat,date\n36.85,-1.28,2024-03-14\n36.86,-1.28,2024-03-15\n")
    calls = []
    original = store._insert_rows

    def fail_after_first(record_type, rows):
        calls.append(len(rows))
        with store.atomic() as connection:
            original(record_type, rows[:1])
            connection.execute("this is not SQL")

    monkeypatch.setattr(store, "_insert_rows", fail_after_first)
    with pytest.raises(ProjectError):
        import_incidents(store, str(path), "Police")
    assert calls == [2] and store.count(Incident) == 0


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("2024-03-14", None, "2024-03-14"), ("2024/3/4", None, "2024-03-04"), ("2024-03-14 10:00", None, "2024-03-14"),
    ("14.03.2024", None, "2024-03-14"), ("14/03/2024", True, "2024-03-14"), ("03/14/2024", False, "2024-03-14"),
    ("03/04/2024", None, None), ("5 Jan 2024", None, "2024-01-05"), ("2024-02-30", None, None), ("soon", None, None),
])
def test_parse_date(text, day_first, expected):
    assert parse_date(text, day_first) == expected


def test_spreadsheet_csv_with_bom_semicolons_and_crlf(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffLongitude;Latitude;Type;Date\r\n36.85;-1.28;theft;14.03.2024\r\n36.86;-1.281;assault;\r\n"
                     .encode("utf-8"))
    assert [(i.category, i.occurred_on, i.geom.x) for i in read_incidents(str(path))] == [
        ("theft", "2024-03-14", 36.85), ("assault", None, 36.86)]

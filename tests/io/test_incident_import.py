"""io.incident_import: CSV and GIS incident files in; bad files refused with one line and nothing stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely

from cosafe.core.records import Incident
from cosafe.io.incident_import import (IncidentImportError, import_incident_file, import_incidents, left_out_notes,
                                       parse_date, read_incident_file, read_incidents)
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
    "no readable date": ("lon,lat,date\n36.85,-1.28,last tuesday\n",
                         "column 'date' holds no date CoSafe can read \\(such as 'last tuesday'\\)"),
    "ambiguous slashes": ("lon,lat,date\n36.85,-1.28,03/04/2024\n", "day/month or month/day"),
    "mixed slashes": ("lon,lat,date\n36.85,-1.28,13/04/2024\n36.85,-1.28,04/13/2024\n", "mixes day/month"),
    "no coordinates": ("category,date\ntheft,2024-03-14\n", "has no coordinates"),
    "only null island": ("lon,lat,date\n0,0,2024-03-14\n0.0,0.0,2024-03-15\n", "no row has a usable location"),
    "a field too long for a table": ("lon,lat,date\n" + "36.85,-1.28,2024-03-14\n" * 300 + '"' + "x" * 200000 + '"\n',
                                     "cannot be read as a table of incidents"),
    "binary in a csv": ("lon,lat,date\n\x00\x00,1,2\n", "cannot be read as an incident file"),
    "a column that is not there": ("lon,lat,date\n36.85,-1.28,2024-03-14\n", "has no column 'Primary Type'"),
    "header only": ("lon,lat,date\n", "holds no incidents|no coordinates"),
    "empty": ("", "empty or a folder, not an incident file"),
    "junk": ("\x00\x01 this is not a table \x02" * 20, "cannot be read"),
    "coordinates off the globe": ("lon,lat,date\n500,-1.28,2024-03-14\n", "no row has a usable location"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_line_and_nothing_stored(store, tmp_path, case):
    text, message = BAD_FILES[case]
    suffix = ".gpkg" if case == "junk" else ".csv"
    path = write(tmp_path / f"bad{suffix}", text)
    store.insert(Incident(geom=shapely.Point(36.85, -1.28), category="earlier", source="kept"))
    before = stored(store)
    options = {"category_field": "Primary Type"} if case == "a column that is not there" else {}
    with pytest.raises(IncidentImportError, match=message) as refused:
        import_incidents(store, str(path), "Police", **options)
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


def test_a_row_without_a_usable_location_is_skipped_by_line_and_the_rest_kept(store, tmp_path):
    path = write(tmp_path / "gaps.csv", "lon,lat,date\n36.85,-1.28,2024-03-14\n,,2024-03-15\n"
                                        "0,0,2024-03-16\n36.86,0,2024-03-17\n\"36.87\",\"-1.29\",last tuesday\n"
                                        "n/a,-1.3,2024-03-18\n500,-1.3,2024-03-19\n")
    result = import_incident_file(store, str(path), "Police")
    assert result.skipped_lines == [3, 4, 5, 7, 8]
    assert result.undated == 1
    assert [(i[1], i[3]) for i in stored(store)] == [("2024-03-14", 36.85), (None, 36.87)]


def test_chicago_export_with_state_plane_and_lat_lon_uses_degrees_and_keeps_the_time(tmp_path):
    path = write(tmp_path / "chicago.csv",
                 "ID,Case Number,Date,Block,Primary Type,Description,X Coordinate,Y Coordinate,Latitude,Longitude\n"
                 "1,JG1,01/05/2023 11:40:00 PM,001XX W MADISON ST,THEFT,OVER $500,1175000,1900000,"
                 "41.881832,-87.631212\n"
                 "2,JG2,01/13/2023 09:05:00 AM,002XX W MADISON ST,BATTERY,SIMPLE,,,,\n"
                 "3,JG3,02/01/2023 12:15:00 AM,003XX W MADISON ST,ROBBERY,ARMED,1176000,1901000,41.8845,-87.6280\n")
    result = read_incident_file(str(path))
    assert (result.roles.x, result.roles.y, result.roles.category, result.roles.description) == (
        "Longitude", "Latitude", "Primary Type", "Description")
    assert result.date_format.form == "month_first"
    assert [(i.category, i.occurred_on) for i in result.incidents] == [("THEFT", "2023-01-05"),
                                                                        ("ROBBERY", "2023-02-01")]
    assert result.times == ["23:40", "00:15"] and result.skipped_lines == [3]
    assert [i.occurred_at for i in result.incidents] == result.times


def test_uk_police_month_only_dates_are_the_first_of_the_month(tmp_path):
    path = write(tmp_path / "2022-12-metropolitan-street.csv",
                 "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                 "Crime type,Last outcome category,Context\n"
                 "abc,2022-12,Metropolitan Police Service,Metropolitan Police Service,-0.106220,51.518275,"
                 "On or near Holborn,E01000914,Camden 028B,Anti-social behaviour,,\n"
                 "def,2022-12,Metropolitan Police Service,Metropolitan Police Service,,,No Location,,,"
                 "Burglary,Under investigation,\n")
    result = read_incident_file(str(path))
    assert result.roles.date == "Month" and result.roles.category == "Crime type"
    assert result.date_format.precision == "month"
    assert [(i.category, i.occurred_on) for i in result.incidents] == [("Anti-social behaviour", "2022-12-01")]
    assert result.skipped_lines == [3] and result.times == [None]


def test_denver_geo_lon_lat_and_offense_category(tmp_path):
    path = write(tmp_path / "denver.csv",
                 "incident_id,offense_code,OFFENSE_TYPE_ID,OFFENSE_CATEGORY_ID,FIRST_OCCURRENCE_DATE,"
                 "GEO_X,GEO_Y,GEO_LON,GEO_LAT\n"
                 "1,2399,theft-other,larceny,2021-06-01T14:20:00,3144000,1698000,-104.98,39.74\n"
                 "2,2399,theft-other,larceny,2021-06-02 03:05:00,0,0,0,0\n")
    result = read_incident_file(str(path))
    assert (result.roles.x, result.roles.y, result.roles.category) == ("GEO_LON", "GEO_LAT", "OFFENSE_CATEGORY_ID")
    assert [(i.category, i.occurred_on, i.geom.x) for i in result.incidents] == [("larceny", "2021-06-01", -104.98)]
    assert result.times == ["14:20"] and result.skipped_lines == [3]


def test_sacramento_two_digit_years(tmp_path):
    path = write(tmp_path / "sacramento.csv",
                 "cdatetime,address,district,beat,grid,crimedescr,ucr_ncic_code,latitude,longitude\n"
                 "1/1/06 0:00,3108 OCCIDENTAL DR,3,3C,1115,10851(A)VC TAKE VEH W/O OWNER,2404,38.55042047,"
                 "-121.3914158\n"
                 "1/13/06 17:45,2082 EXPEDITION WAY,5,5A,1512,459 PC  BURGLARY RESIDENCE,2204,38.47350069,"
                 "-121.4901858\n")
    result = read_incident_file(str(path))
    assert result.roles.category == "crimedescr" and result.roles.date == "cdatetime"
    assert [i.occurred_on for i in result.incidents] == ["2006-01-01", "2006-01-13"]
    assert result.times == ["00:00", "17:45"]


def test_projected_state_plane_feet_with_crs_and_a_time_column(tmp_path):
    # EPSG:2272 is Pennsylvania South state plane in US feet; Philadelphia City Hall is about (2694000, 236000).
    path = write(tmp_path / "philly.csv", "objectid,dispatch_date,dispatch_time,text_general_code,point_x,point_y\n"
                                          "1,2019-05-04,22:15:00,Thefts,2694000,236000\n"
                                          "2,2019-05-05,0930,Vandalism,0,0\n")
    with pytest.raises(IncidentImportError, match="x/y columns but no coordinate reference system"):
        read_incident_file(str(path))
    result = read_incident_file(str(path), crs="EPSG:2272", category_field="text_general_code")
    point = result.incidents[0].geom
    assert -75.17 < point.x < -75.15 and 39.94 < point.y < 39.96
    assert result.times == ["22:15"] and result.skipped_lines == [3]
    assert result.roles.time == "dispatch_time"


def test_unix_style_dates_and_chosen_columns(tmp_path):
    path = write(tmp_path / "export.tsv", "east\tnorth\twhen\twhat\tnotes\n"
                                          "36.85\t-1.28\tThu Apr 01 15:30:00 UTC 2010\tmugging\tnear the market\n")
    result = read_incident_file(str(path), x_field="EAST", y_field="north", date_field="when",
                                category_field="what", description_field="notes")
    assert result.date_format.form == "unix"
    assert [(i.category, i.occurred_on) for i in result.incidents] == [("mugging", "2010-04-01")]
    assert result.times == ["15:30"]
    assert result.roles.in_degrees and result.roles.reasons["x"] == "chosen"
    fixed = read_incident_file(str(path), x_field="east", y_field="north", crs="EPSG:4326")
    assert fixed.incidents[0].geom.x == 36.85


def test_a_chosen_date_format_wins_and_unreadable_values_are_undated(tmp_path):
    path = write(tmp_path / "ambiguous.csv", "lon,lat,date\n36.85,-1.28,03/04/2024\n36.86,-1.28,05/06/2024\n"
                                             "36.87,-1.28,someday\n")
    with pytest.raises(IncidentImportError, match="could be day/month or month/day"):
        read_incident_file(str(path))
    result = read_incident_file(str(path), date_format="%d/%m/%Y")
    assert [i.occurred_on for i in result.incidents] == ["2024-04-03", "2024-06-05", None]
    assert result.undated == 1


def test_a_csv_without_a_date_column_imports_undated_and_says_so(tmp_path):
    path = write(tmp_path / "patrol.csv", "lon,lat,category,time\n36.85,-1.28,theft,22:15\n36.86,-1.28,robbery,\n")
    result = read_incident_file(str(path))
    assert [(i.category, i.occurred_on, i.occurred_at) for i in result.incidents] == [
        ("theft", None, "22:15"), ("robbery", None, None)]
    assert result.without_date_column and result.undated == 0
    assert left_out_notes(result) == ["the file has no date column, so all 2 incidents were kept without a date"]


def test_a_csv_without_a_date_column_stored_as_read_says_how_many(store, tmp_path):
    path = write(tmp_path / "patrol.csv", "lon,lat,category\n36.85,-1.28,theft\n36.86,-1.28,robbery\n")
    result = import_incident_file(store, str(path), "Patrol")
    assert result.incidents == [] and result.count == 2 and store.count(Incident) == 2  # stored as read
    assert left_out_notes(result) == ["the file has no date column, so all 2 incidents were kept without a date"]


def test_a_gis_file_without_a_date_column_imports_undated_and_says_so(tmp_path):
    path = tmp_path / "patrol.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                    '{"offence": "theft"}, "geometry": {"type": "Point", "coordinates": [36.85, -1.28]}}]}')
    result = read_incident_file(str(path))
    assert [(i.category, i.occurred_on) for i in result.incidents] == [("theft", None)]
    assert left_out_notes(result) == ["the file has no date column, so its 1 incident was kept without a date"]


def test_a_date_column_with_unreadable_values_still_keeps_them_undated_and_counts_them(tmp_path):
    path = write(tmp_path / "log.csv", "lon,lat,date\n36.85,-1.28,2024-03-14\n36.86,-1.28,sometime\n")
    result = read_incident_file(str(path))
    assert [i.occurred_on for i in result.incidents] == ["2024-03-14", None]
    assert not result.without_date_column and result.undated == 1
    assert left_out_notes(result) == ["kept 1 row without a date because its date could not be read"]


def test_a_csv_without_its_header_line_says_so(tmp_path):
    path = write(tmp_path / "log.csv", "1/1/06 0:00,3108 OCCIDENTAL DR,3,1115,38.55042047,-121.3914158\n"
                                       "1/1/06 0:00,2082 EXPEDITION WAY,5,1512,38.47350069,-121.4901858\n")
    with pytest.raises(IncidentImportError, match=r"^log.csv has no header line: its first line holds values"):
        read_incident_file(str(path))


def test_a_csv_is_stored_in_parts_in_one_transaction(store, tmp_path, monkeypatch):
    """``import_incident_file`` stores a CSV a part at a time as it reads it (never all its
    incidents in memory): every part is stored, and a failure in a later part stores nothing."""
    from cosafe.io import incident_import

    monkeypatch.setattr(incident_import, "_STORED_AT_ONCE", 3)
    rows = "".join(f"36.{850 + n},-1.28,theft,2024-03-{n + 1:02d}\n" for n in range(10))
    path = write(tmp_path / "parts.csv", "lon,lat,type,date\n" + rows + ",,theft,2024-03-20\n")
    result = import_incident_file(store, str(path), "Police")
    assert result.count == 10 and result.incidents == [] and result.skipped_lines == [12]
    assert [i[1] for i in stored(store)] == [f"2024-03-{n + 1:02d}" for n in range(10)]
    calls = []
    original = store._insert_rows

    def fail_on_third(record_type, rows):
        calls.append(len(rows))
        if len(calls) == 3:
            raise sqlite3.OperationalError("disk I/O error")
        original(record_type, rows)

    monkeypatch.setattr(store, "_insert_rows", fail_on_third)
    with pytest.raises(ProjectError):  # the store says it in one line
        import_incident_file(store, str(path), "Again")
    assert calls == [3, 3, 3] and store.count(Incident) == 10  # the first import only


def _police_csv(path: Path, rows: int) -> Path:
    lines = ["id,lon,lat,offense,district,date,description,reported"]
    for n in range(rows):
        lines.append(f"{n},-104.{9000 + n % 997},39.{7000 + n % 991},theft-from-motor-vehicle,{n % 7},"
                     f"2024-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00,"
                     f"\"items taken from a parked car near block {n} of a long street name\",2024-12-31")
    return write(path, "\n".join(lines) + "\n")


def test_a_large_csv_is_read_without_holding_it(tmp_path):
    """The rows are read twice as a stream (the date form from the column's distinct values,
    then the incidents, stored a part at a time): what Python holds at its peak does not grow
    with the file, where holding the text, the rows and every incident made it grow with it."""
    import tracemalloc

    from cosafe.store.project_store import ProjectStore

    peaks = []
    for rows in (4000, 16000):
        path = _police_csv(tmp_path / f"police{rows}.csv", rows)
        with ProjectStore.create(str(tmp_path / f"p{rows}.gpkg"), name="p") as store:
            tracemalloc.start()
            try:
                result = import_incident_file(store, str(path), "Police")
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            assert result.count == rows and store.count(Incident) == rows
        peaks.append(peak)
    assert peaks[1] < 1.5 * peaks[0], peaks  # four times the rows, not four times the memory


def test_a_windows_1252_byte_late_in_a_large_csv_makes_it_read_as_windows_1252(tmp_path):
    """The encoding is settled over the whole file (read a chunk at a time), not its start."""
    padding = "".join(f"36.85,-1.28,theft,2024-03-14,{'x' * 60}\n" for _ in range(20000))  # over a megabyte
    path = tmp_path / "latin.csv"
    path.write_bytes(("lon,lat,type,date,note\n" + padding).encode("ascii") + "36.86,-1.29,dégât,2024-03-15,\n"
                     .encode("cp1252"))
    read = read_incident_file(str(path))
    assert read.count == 20001 and read.incidents[-1].category == "dégât"


def test_the_description_column_is_kept_with_each_incident(store, tmp_path):
    path = write(tmp_path / "chicago.csv", "ID,Date,Primary Type,Description,Latitude,Longitude\n"
                                           "1,01/15/2024 10:30:00 PM,THEFT,FROM BUILDING,41.88,-87.63\n"
                                           "2,01/16/2024 08:00:00 AM,BATTERY,,41.89,-87.64\n")
    result = read_incident_file(str(path))
    assert result.roles.description == "Description"
    assert [(i.category, i.description) for i in result.incidents] == [("THEFT", "FROM BUILDING"), ("BATTERY", "")]
    assert import_incident_file(store, str(path), "Police 2024").count == 2  # the streamed import keeps it too
    assert sorted(i.description for i in store.list(Incident)) == ["", "FROM BUILDING"]


def test_a_gis_file_s_description_is_kept_only_from_the_column_chosen(tmp_path):
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.86, -1.29]},
                 "properties": {"what": "theft", "narrative": "Phone taken at the stage", "description": "<b>x</b>"}}]
    path = write(tmp_path / "ngo.geojson", json.dumps({"type": "FeatureCollection", "features": features}))
    assert [i.description for i in read_incidents(str(path), category_field="what")] == [""]
    chosen = read_incident_file(str(path), category_field="what", description_field="NARRATIVE").incidents
    assert [i.description for i in chosen] == ["Phone taken at the stage"]

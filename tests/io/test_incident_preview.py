"""io.incident_preview: the start of an incident CSV read as the import reads it (issue 16)."""

from __future__ import annotations

import pytest

from cosafe.io import incident_preview
from cosafe.io.incident_columns import detect_date_format, guess_roles
from cosafe.io.incident_import import IncidentImportError, read_incident_file
from cosafe.io.incident_preview import preview, read_head

LON, LAT = -87.65, 41.85


def write(folder, text: str, name: str = "police.csv"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GAPPY = ("Longitude,Latitude,Date,Primary Type,Description\n"
         f"{LON},{LAT},2024-03-14 22:30,THEFT,\"two lines\nof description\"\n"  # lines 2–3
         "\n"  # a blank line 4
         f",,2024-03-15 10:00,THEFT,no place\n"  # line 5
         f"{LON},{LAT},someday,BATTERY,unreadable date\n"  # line 6
         "0,0,2024-03-16,THEFT,null island\n"  # line 7
         f"{LON + 0.01},{LAT},2024-03-17,ASSAULT,\n")  # line 8


def test_the_preview_counts_what_the_import_does_with_the_same_line_numbers(tmp_path):
    path = write(tmp_path, GAPPY)
    head = read_head(str(path))
    assert head.whole and head.columns == ["Longitude", "Latitude", "Date", "Primary Type", "Description"]
    assert [line for line, _cells in head.rows] == [2, 5, 6, 7, 8]
    seen = preview(head)
    imported = read_incident_file(str(path))
    assert seen.error is None and seen.rows == 5
    assert seen.skipped_lines == imported.skipped_lines == [5, 7]
    assert seen.importable == len(imported.incidents) == 3
    assert seen.undated == imported.undated == 1
    assert seen.timed == 1  # only the first row's date carries a time
    assert seen.roles.category == "Primary Type" and seen.roles.reasons["category"] == "named like one"
    assert seen.date_format.label() == "year-month-day (2024-03-14)"


def test_only_the_first_rows_are_read_and_the_reader_gets_exactly_them(tmp_path):
    rows = "".join(f"{LON},{LAT},2024-03-{1 + i % 28:02d},THEFT,row {i}\n" for i in range(1000))
    head = read_head(str(write(tmp_path, "Longitude,Latitude,Date,Crime type,Notes\n" + rows)), rows=10)
    assert len(head.rows) == 10 and not head.whole
    assert head.text.count("\n") == 11 and head.text.endswith("row 9\n")
    assert preview(head).importable == 10


def test_a_row_cut_by_the_bytes_read_is_left_out(tmp_path, monkeypatch):
    text = "Longitude,Latitude,Date\n" + "".join(f"{LON},{LAT},2024-03-{d:02d}\n" for d in range(1, 29))
    # 100 bytes: the header, three whole rows and part of a fourth. The bytes are cut after the last whole
    # line, and the last row before the cut is left out too: a quoted line break might have been cut.
    monkeypatch.setattr(incident_preview, "HEAD_BYTES", 100)
    head = read_head(str(write(tmp_path, text)))
    assert not head.whole and [line for line, _ in head.rows] == [2, 3]
    assert head.text == text[:len(head.text)] and head.text.endswith("2024-03-02\n")


def test_choices_are_the_import_s_own(tmp_path):
    path = write(tmp_path, "X,Y,Fecha,Hora,Delito,Tipo\n"
                           "500000,4649776,03/04/2024,2215,robo,a\n500100,4649876,05/04/2024,0930,hurto,b\n")
    head = read_head(str(path))
    seen = preview(head)
    assert seen.ambiguous == "03/04" and "no coordinate reference system" in seen.error
    chosen = preview(head, {"category": "Tipo", "time": ""}, crs="EPSG:32616", date_format="day_first")
    assert chosen.error is None and chosen.importable == 2 and chosen.timed == 0  # no time column, chosen so
    assert chosen.roles.category == "Tipo" and chosen.roles.reasons["time"] == "none chosen"
    read = read_incident_file(str(path), crs="EPSG:32616", date_format="day_first", category_field="Tipo",
                              time_field="")
    assert [(i.occurred_on, i.occurred_at, i.category) for i in read.incidents] == [
        ("2024-04-03", None, "a"), ("2024-04-05", None, "b")]


def test_a_file_the_import_refuses_is_refused_in_one_line(tmp_path):
    with pytest.raises(IncidentImportError, match="^police.csv: no such file$"):
        read_head(str(tmp_path / "police.csv"))
    with pytest.raises(IncidentImportError, match="not an incident file"):
        read_head(str(write(tmp_path, "\n\n")))
    vrt = write(tmp_path, "<OGRVRTDataSource><OGRVRTLayer name='p'><SrcDataSource>/vsicurl/http://127.0.0.1:9/p.csv"
                          "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>", "vrt.csv")
    with pytest.raises(IncidentImportError, match="GDAL virtual layer"):
        read_head(str(vrt))
    header_only = preview(read_head(str(write(tmp_path, "Longitude,Latitude,Date\n", "header.csv"))))
    assert header_only.error == "header.csv holds no incidents"


def test_a_date_form_named_and_a_role_left_out():
    form = detect_date_format([], "day_first")
    assert form.read("03/04/2024 21:05") == ("2024-04-03", "21:05")
    assert form.read("2024-05-06") == ("2024-05-06", None)  # a stray ISO date is still read
    assert detect_date_format([], "month_first").read("03/04/24") == ("2024-03-04", None)
    roles = guess_roles(["lon", "lat", "date", "time", "type"], [], {"time": "", "category": None})
    assert roles.time is None and roles.reasons["time"] == "none chosen"
    assert roles.category == "type" and roles.x == "lon"
    assert guess_roles(["lon", "lat"], [], {"y": ""}).x is None  # x and y are guessed as a pair, or not at all


def test_a_csv_read_says_how_far_it_is_and_stops_when_told(tmp_path):
    from cosafe.io.import_errors import ImportCancelled

    path = write(tmp_path, "Longitude,Latitude,Date\n" + f"{LON},{LAT},2024-03-14\n" * 12_000)
    shares: list[float] = []
    read = read_incident_file(str(path), rows_read=lambda share: shares.append(share) or True)
    assert len(read.incidents) == 12_000 and shares == [0.0, 5000 / 12000, 10000 / 12000]
    with pytest.raises(ImportCancelled):
        read_incident_file(str(path), rows_read=lambda share: share < 0.4)

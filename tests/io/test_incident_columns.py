"""io.incident_columns: column roles guessed from real export headers, date forms detected per column."""

from __future__ import annotations

import pytest

from cosafe.io.incident_columns import (AmbiguousDates, MixedDates, detect_date_format, guess_roles,
                                        parse_time)


@pytest.mark.parametrize(("header", "expected"), [
    (["ID", "Date", "Primary Type", "Description", "X Coordinate", "Y Coordinate", "Latitude", "Longitude"],
     ("Longitude", "Latitude", "Date", None, "Primary Type", "Description", True)),
    (["Crime ID", "Month", "Longitude", "Latitude", "Crime type", "Last outcome category"],
     ("Longitude", "Latitude", "Month", None, "Crime type", "Last outcome category", True)),
    (["OFFENSE_CATEGORY_ID", "FIRST_OCCURRENCE_DATE", "GEO_X", "GEO_Y", "GEO_LON", "GEO_LAT"],
     ("GEO_LON", "GEO_LAT", "FIRST_OCCURRENCE_DATE", None, "OFFENSE_CATEGORY_ID", None, True)),
    (["cdatetime", "crimedescr", "latitude", "longitude"],
     ("longitude", "latitude", "cdatetime", None, "crimedescr", None, True)),
    (["X", "Y", "OCC_DATE", "TIME OCC", "offense"], ("X", "Y", "OCC_DATE", "TIME OCC", "offense", None, False)),
    (["lon", "lat", "date", "type"], ("lon", "lat", "date", None, "type", None, True)),
])
def test_roles_are_guessed_from_real_headers(header, expected):
    rows = [dict.fromkeys(header, "2694000")]
    roles = guess_roles(header, rows)
    assert (roles.x, roles.y, roles.date, roles.time, roles.category, roles.description, roles.in_degrees) == expected
    assert roles.reasons["x"] == "named like one"


def test_x_y_holding_degrees_are_degrees_and_chosen_columns_win():
    rows = [{"x": "36.85", "y": "-1.28", "kind": "theft", "type": "a"}]
    roles = guess_roles(["x", "y", "kind", "type"], rows)
    assert roles.in_degrees and roles.reasons["x"] == "its values are degrees"
    chosen = guess_roles(["x", "y", "kind", "type"], rows, {"category": "KIND", "date": None})
    assert chosen.category == "kind" and chosen.reasons["category"] == "chosen" and chosen.date is None
    with pytest.raises(KeyError):
        guess_roles(["x", "y"], rows, {"x": "GEO_LON"})


@pytest.mark.parametrize(("values", "form", "first"), [
    (["2024-03-14", "2024-03-15T22:30:00Z"], "iso", ("2024-03-14", None)),
    (["2022-12", "2023-01"], "month", ("2022-12-01", None)),
    (["1/1/06 0:00", "1/13/06 17:45"], "month_first", ("2006-01-01", "00:00")),
    (["13/01/2024", "01/02/2024"], "day_first", ("2024-01-13", None)),
    (["01/05/2023 11:40:00 PM", "01/13/2023 09:05:00 AM"], "month_first", ("2023-01-05", "23:40")),
    (["Thu Apr 01 15:30:00 UTC 2010"], "unix", ("2010-04-01", "15:30")),
    (["14.03.2024"], "dotted", ("2024-03-14", None)),
    (["14 March 2024", "March 15, 2024"], "wordy", ("2024-03-14", None)),
    (["31/12/99 23:59"], "day_first", ("1999-12-31", "23:59")),
])
def test_date_forms_are_detected_per_column(values, form, first):
    detected = detect_date_format(values)
    assert detected.form == form and detected.read(values[0]) == first
    assert detected.label()


def test_undecidable_and_mixed_slashes_and_a_chosen_format():
    with pytest.raises(AmbiguousDates):
        detect_date_format(["03/04/2024"])
    with pytest.raises(MixedDates):
        detect_date_format(["13/04/2024", "04/13/2024"])
    assert detect_date_format(["05/05/2024"]).read("05/05/2024") == ("2024-05-05", None)
    chosen = detect_date_format(["03/04/2024 10:30"], "%d/%m/%Y %H:%M")
    assert chosen.read("03/04/2024 10:30") == ("2024-04-03", "10:30") and chosen.read("nope") is None
    assert "%d/%m/%Y %H:%M" in chosen.label()
    assert detect_date_format(["soon", ""]) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("15:30", "15:30"), ("15:30:00", "15:30"), ("1530", "15:30"), ("930", "09:30"), ("3:30 PM", "15:30"),
    ("12:05 am", "00:05"), ("25:00", None), ("noon", None), ("", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected

"""Clicking an audit point, a perception pin or a recorded incident names it and shows its facts."""

from __future__ import annotations

import pytest
from perception_support import LAT, LON, day_scores, new_project, night_scores
from shell_support import OFFSCREEN_NOISE

from cosafe.ui.features.analysis.identify_records import identify_record

pytestmark = OFFSCREEN_NOISE
ALL = ("audit_points", "perception_pins", "incidents")


@pytest.fixture
def seeded(tmp_path):
    store, seeded = new_project(tmp_path / "p.gpkg")
    yield store, seeded
    store.close()


def test_an_audit_point_shows_its_walk_scores_and_dark_spot(seeded):
    store, _seeded = seeded
    found = identify_record(store, LON, LAT, 10.0, ALL)  # place 0: walked by day and (dark) at night
    assert found is not None and found.class_label == "Audit point" and found.distance_m < 1.0
    night = "night" in found.tags["Walk"]
    scores = night_scores(0) if night else day_scores(0)
    assert found.tags["Lighting"] == f"{scores['lighting']} of 3" and found.tags["Safety score"].endswith("of 5")
    assert found.name.endswith("dark spot") == (scores["lighting"] == 0)


def test_pins_and_incidents_are_told_apart_and_hidden_layers_are_skipped(seeded):
    store, _seeded = seeded
    pin = identify_record(store, LON + 0.0004, LAT - 0.0008, 10.0, ALL)
    assert pin is not None and pin.name == "Feels unsafe" and pin.tags["Time of day"] == "Night"
    assert pin.tags["Placed by"] != ""
    incident = identify_record(store, LON + 0.0005, LAT + 0.0012, 10.0, ALL)
    assert incident is not None and incident.name == "Recorded incident: robbery"
    assert incident.layer_name == "Recorded incidents (imported data)" and incident.tags["Source"] == "Police records"
    assert incident.tags["Time"] == "10:05 (day)" and incident.tags["Date"] == "2026-10-20"
    assert identify_record(store, LON + 0.0010, LAT + 0.0012, 10.0, ALL).tags["Time"] == "unknown"  # never guessed
    assert identify_record(store, LON, LAT + 0.0012, 10.0, ALL).tags["Time"] == "22:15 (night)"
    assert identify_record(store, LON + 0.0005, LAT + 0.0012, 10.0, ("perception_pins",)) is None
    assert identify_record(store, LON + 0.5, LAT, 10.0, ALL) is None  # nothing there


def test_a_click_in_the_window_identifies_the_pin_before_the_basemap(window, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    window.features.analysis.map_dock.show()
    found = window.map_canvas.identify_at(LON + 0.0004, LAT - 0.0008)
    assert found is not None and found.name == "Feels unsafe"
